import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { basicFixture } from '../support/fixtures.ts';
import { brokenInternalLinks, readPages } from '../support/html.ts';

describe('a site published under a sub-path (e.g. a GitHub Pages project site)', () => {
	const build = buildSite({ name: 'sub-path', contentDir: basicFixture, base: '/zorgmerk/' });

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('prefixes every internal link, image and stylesheet with the sub-path, and they all resolve', () => {
		expect(brokenInternalLinks(build.dist, '/zorgmerk/')).toEqual([]);
	});

	it('uses the sub-path in canonical and alternate addresses', () => {
		const html = fs.readFileSync(path.join(build.dist, 'nl', 'index.html'), 'utf8');
		expect(html).toContain('<link rel="canonical" href="https://www.testkliniek.example/zorgmerk/nl/">');
		expect(html).toContain('hreflang="en" href="https://www.testkliniek.example/zorgmerk/en/"');
	});

	it('has images on its pages', () => {
		const images = readPages(build.dist).flatMap(([, html]) => [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((match) => match[1]!));
		expect(images.length).toBeGreaterThan(0);
		expect(images.every((src) => src.startsWith('/zorgmerk/'))).toBe(true);
	});

	it('links its story feed and the items in it under the sub-path', () => {
		const home = fs.readFileSync(path.join(build.dist, 'nl', 'index.html'), 'utf8');
		expect(home).toContain('type="application/rss+xml"');
		expect(home).toMatch(/href="\/zorgmerk\/nl\/verhalen\/rss\.xml"/);
		const feed = fs.readFileSync(path.join(build.dist, 'nl', 'verhalen', 'rss.xml'), 'utf8');
		const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
		expect(links.length).toBeGreaterThan(1);
		expect(links.every((link) => link.startsWith('https://www.testkliniek.example/zorgmerk/nl/'))).toBe(true);
	});

	it('writes the security headers for the sub-path', () => {
		const headers = fs.readFileSync(path.join(build.dist, '_headers'), 'utf8');
		expect(headers).toContain('\n/zorgmerk/*\n');
		expect(headers).toContain('\n/zorgmerk/admin/*\n');
	});
});
