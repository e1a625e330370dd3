/**
 * A site that has grown: more stories, testimonials and team members than fit
 * on one page. Every overview is split into pages of at most 24, each page
 * with its own title and links to the others, and the build's listing budget
 * holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';

const STORIES = 30;
const TESTIMONIALS = 50;
const TEAM = 25;

const numbered = (count: number) => Array.from({ length: count }, (_, index) => String(index + 1).padStart(2, '0'));

const content = fixtureCopy((dir) => {
	for (const n of numbered(STORIES)) {
		fs.writeFileSync(
			path.join(dir, 'stories', 'nl', `werkdag-${n}.mdx`),
			`---\ntitle: Werkdag ${n} op de dagbehandeling\ndescription: Verpleegkundige ${n} vertelt hoe een gewone werkdag op de afdeling dagbehandeling verloopt.\npublishedOn: 2025-01-${n}\nkind: staff\nspecialties: [liesbreukcentrum]\naudiences: [patients]\nreviewedBy: anna-jansen\n---\nOm zeven uur begint de dag.\n`,
		);
	}
	const marieke = fs.readFileSync(path.join(dir, 'testimonials', 'marieke.md'), 'utf8');
	for (const n of numbered(TESTIMONIALS)) {
		fs.writeFileSync(
			path.join(dir, 'testimonials', `patient-${n}.md`),
			marieke.replace('stond ik weer op de tennisbaan', `stond ik weer op de tennisbaan (${n})`).replace('TOE-FIXTURE-001', `TOE-FIXTURE-1${n}`),
		);
	}
	const anna = fs.readFileSync(path.join(dir, 'team', 'nl', 'anna-jansen.md'), 'utf8');
	for (const n of numbered(TEAM)) {
		fs.writeFileSync(path.join(dir, 'team', 'nl', `collega-${n}.md`), anna.replace('dr. Anna Jansen', `Collega ${n}`).replace('12345678901', `123456789${n}`));
	}
});

describe('a site with long listings', () => {
	const build = buildSite({ name: 'long-listings', contentDir: content, env: { ZORGMERK_TODAY: '2026-06-15' } });
	const page = (address: string) => fs.readFileSync(path.join(build.dist, address, 'index.html'), 'utf8');
	const items = (html: string, listing: string) => {
		const list = new RegExp(`<ul class="zm-grid" data-listing="${listing}"[^>]*>([\\s\\S]*?)</ul>\\s*<nav class="pagination"`).exec(html)?.[1] ?? '';
		return (list.match(/<li[\s>]/g) ?? []).length;
	};

	it('builds, within the budget of 24 items per listing page', () => {
		expect(build.status, build.output).toBe(0);
	});

	it.each([
		{ listing: 'stories', first: 'nl/verhalen/', total: STORIES + 2 },
		{ listing: 'testimonials', first: 'nl/ervaringen/', total: TESTIMONIALS + 1 },
		{ listing: 'team', first: 'nl/team/', total: TEAM + 1 },
	])('splits the $listing overview into pages of 24 that link to each other', ({ listing, first, total }) => {
		const second = `${first}pagina/2/`;
		const [one, two] = [page(first), page(second)];
		expect(items(one, listing)).toBe(24);
		expect(items(two, listing)).toBe(Math.min(24, total - 24));
		const pages = Math.ceil(total / 24);
		expect(fs.existsSync(path.join(build.dist, `${first}pagina/${pages}/index.html`))).toBe(true);
		expect(fs.existsSync(path.join(build.dist, `${first}pagina/${pages + 1}`))).toBe(false);
		expect(one).toMatch(new RegExp(`<a href="/${second}" rel="next"`));
		expect(two).toMatch(new RegExp(`<a href="/${first}" rel="prev"`));
		expect(two).toMatch(new RegExp(`<a href="/${second}" aria-current="page"`));
	});

	it('shows the newest six stories on the page of someone who reviewed all of them, and leads on to the rest', () => {
		const anna = page('nl/team/anna-jansen/');
		const newest = /<ul class="zm-grid" data-listing="stories"[^>]*>([\s\S]*?)<\/ul>\s*<ul class="more"/.exec(anna)?.[1] ?? '';
		expect(newest.match(/<li[\s>]/g)).toHaveLength(6);
		expect(anna).toMatch(/<ul class="more"[^>]*><li[^>]*><a href="\/nl\/verhalen\/specialisme\/liesbreukcentrum\/"/);
	});

	it('gives every page of an overview its own title and description, and lists it in the sitemap', () => {
		const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
		const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
		const [one, two] = [page('nl/ervaringen/'), page('nl/ervaringen/pagina/2/')];
		expect(title(one)).toMatch(/^Ervaringen van patiënten en naasten \(pagina 1 van 3\)/);
		expect(title(two)).toMatch(/^Ervaringen van patiënten en naasten \(pagina 2 van 3\)/);
		expect(description(two)).toMatch(/\(pagina 2 van 3\)$/);
		expect(description(one)).not.toBe(description(two));
		const sitemap = fs.readFileSync(path.join(build.dist, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain('/nl/ervaringen/pagina/3/</loc>');
	});
});
