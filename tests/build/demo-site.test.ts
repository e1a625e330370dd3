import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, type BuildResult } from '../support/build.ts';
import { brokenInternalLinks, readPages } from '../support/html.ts';

let build: BuildResult;
const page = (file: string) => fs.readFileSync(path.join(build.dist, file), 'utf8');

beforeAll(() => {
	build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
});

describe('the demo site build', () => {
	it('builds more than 40 pages', () => {
		expect(readPages(build.dist).length).toBeGreaterThan(40);
	});

	it('has every kind of page in both languages', () => {
		const files = new Set(listFiles(build.dist));
		const required = [
			'index.html',
			'404.html',
			'nl/index.html',
			'en/index.html',
			'nl/verhalen/index.html',
			'en/stories/index.html',
			'nl/verhalen/specialisme/liesbreukcentrum/index.html',
			'en/stories/specialty/liesbreukcentrum/index.html',
			'nl/verhalen/voor/naasten/index.html',
			'en/stories/for/relatives/index.html',
			'nl/specialismen/index.html',
			'nl/specialismen/liesbreukcentrum/index.html',
			'en/specialties/liesbreukcentrum/index.html',
			'nl/team/index.html',
			'nl/locaties/index.html',
			'nl/locaties/weidebroek/index.html',
			'en/locations/weidebroek/index.html',
			'nl/voor/patienten/index.html',
			'nl/voor/naasten/index.html',
			'nl/voor/verwijzers/index.html',
			'en/for/referrers/index.html',
			'nl/ervaringen/index.html',
			'en/testimonials/index.html',
			'nl/over-ons/index.html',
			'en/about/index.html',
			'nl/deel-uw-verhaal/index.html',
			'en/share-your-story/index.html',
		];
		expect(required.filter((file) => !files.has(file))).toEqual([]);
	});

	it('publishes every story in Dutch and English', () => {
		const stories = fs.readdirSync('content/stories/nl').map((file) => file.replace(/\.mdx$/, ''));
		expect(stories.length).toBeGreaterThanOrEqual(8);
		for (const slug of stories) {
			expect(fs.existsSync(path.join(build.dist, 'nl/verhalen', slug, 'index.html')), slug).toBe(true);
			expect(fs.existsSync(path.join(build.dist, 'en/stories', slug, 'index.html')), slug).toBe(true);
		}
	});

	it('ships no client-side JavaScript on content pages: only the search page and the CMS load a script', () => {
		const searchPages = ['nl/zoeken/index.html', 'en/search/index.html'];
		const withScripts = readPages(build.dist).filter(([, html]) => /<script\b(?![^>]*type="application\/(ld\+)?json")/i.test(html));
		expect(withScripts.map(([file]) => file).sort()).toEqual(['admin/index.html', ...searchPages].sort());
		const moduleScripts = (file: string) => [...page(file).matchAll(/<script\b(?![^>]*type="application\/(?:ld\+)?json")([^>]*)>([^<]*)<\/script>/g)];
		for (const file of searchPages) {
			const scripts = moduleScripts(file);
			// One external module and nothing inline, so a strict Content-Security-Policy holds.
			expect(scripts, file).toHaveLength(1);
			expect(scripts[0]![1]).toMatch(/type="module" src="\/_astro\/[^"]+\.js"/);
			expect(scripts[0]![2]).toBe('');
		}
		// The CMS's bundle (Decap, React: megabytes) is loaded by /admin/ and by no page a visitor sees.
		const [admin] = moduleScripts('admin/index.html');
		const adminBundle = /src="\/(admin\/assets\/[^"]+\.js)"/.exec(admin![1]!)![1]!;
		expect(fs.statSync(path.join(build.dist, adminBundle)).size).toBeGreaterThan(1_000_000);
		expect(readPages(build.dist).filter(([file, html]) => file !== 'admin/index.html' && html.includes(path.basename(adminBundle)))).toEqual([]);
		const scriptFiles = listFiles(build.dist).filter((file) => file.endsWith('.js'));
		expect(scriptFiles.filter((file) => !/^(pagefind|_astro|admin\/assets)\//.test(file))).toEqual([]);
	});

	it('sets the page language and a title that is never just "Home"', () => {
		for (const [file, html] of readPages(build.dist)) {
			const lang = /<html lang="(nl|en)"/.exec(html)?.[1];
			expect(lang, file).toBeDefined();
			if (file.startsWith('en/')) expect(lang, file).toBe('en');
			if (file.startsWith('nl/')) expect(lang, file).toBe('nl');
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
			expect(title.trim().length, file).toBeGreaterThan(10);
			expect(title.trim().toLowerCase(), file).not.toBe('home');
		}
	});

	it('links only to pages and files that exist', () => {
		expect(brokenInternalLinks(build.dist)).toEqual([]);
	});

	it('links each story to its translation', () => {
		const slug = fs.readdirSync('content/stories/nl')[0]!.replace(/\.mdx$/, '');
		expect(page(`nl/verhalen/${slug}/index.html`)).toContain(`href="/en/stories/${slug}/" hreflang="en"`);
		expect(page(`en/stories/${slug}/index.html`)).toContain(`href="/nl/verhalen/${slug}/" hreflang="nl"`);
	});
});
