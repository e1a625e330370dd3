import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { languageNameIn, t } from '../../src/i18n/index.ts';
import { packOf } from '../../src/i18n/packs.ts';
import { urls } from '../../src/routing/urls.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';
import { brokenInternalLinks, hreflangAlternates, searchBundles, unansweredAlternates } from '../support/html.ts';

/**
 * The basic fixture (two languages) plus tests/fixtures/german/: a settings
 * file that lists a third language and a few files in its folders. No code
 * names it; the language file in src/i18n/languages/ is all the kit needs.
 */
const overlay = path.join(projectRoot, 'tests', 'fixtures', 'german');
const settings = parse(fs.readFileSync(path.join(overlay, 'settings', 'site.yaml'), 'utf8')) as { siteUrl: string; locales: string[]; organisation: { name: Record<string, string> } };
const added = settings.locales.at(-1)!;
const [first] = settings.locales;
const read = (dist: string, sitePath: string) => fs.readFileSync(path.join(dist, sitePath, sitePath.endsWith('/') ? 'index.html' : ''), 'utf8');
const storyAddress = (locale: string, slug: string) => urls.story(locale, slug);

describe('a language added by settings and content alone', () => {
	const build = buildSite({ name: 'fourth-language', contentDir: fixtureCopy((dir) => fs.cpSync(overlay, dir, { recursive: true })) });
	const addedStory = storyAddress(added, 'ein-tag-auf-der-station');

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('is a language of the kit because its file is there, not because code names it', () => {
		const code = ['src', 'cms', 'scripts'].flatMap((folder) =>
			fs.readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|astro|mjs)$/.test(file)).map((file) => path.join(folder, file)),
		);
		// A language's own files may name it: its dictionary (src/i18n/languages/de.ts) and its words for the CMS (cms/interface/de.ts, cms/text/de.ts).
		const ownFile = (file: string) => path.basename(file) === `${added}.ts`;
		const naming = code.filter((file) => !ownFile(file) && new RegExp(`['"\`/]${added}['"\`/]`).test(fs.readFileSync(path.join(projectRoot, file), 'utf8')));
		expect(naming).toEqual([]);
		expect(fs.existsSync(path.join(projectRoot, 'src', 'i18n', 'languages', `${added}.ts`))).toBe(true);
	});

	it('publishes its home page, sections and translated entries at its own addresses, in its own words', () => {
		const home = read(build.dist, urls.home(added));
		expect(home).toContain(`<html lang="${added}"`);
		expect(home).toContain(settings.organisation.name[added]);
		expect(home).toContain(t(added, 'home.specialties'));
		expect(read(build.dist, addedStory)).toMatch(/<h1[^>]*>Ein Tag auf der Station<\/h1>/);
		for (const [sitePath] of [[urls.section(added, 'stories')], [urls.specialty(added, 'leistenbruchzentrum')], [urls.storiesBySpecialty(added, 'leistenbruchzentrum')], [urls.page(added, 'ueber-uns')], [urls.location(added, 'hauptgebaeude')], [urls.storiesFeed(added)]]) {
			expect(fs.existsSync(path.join(build.dist, sitePath!, sitePath!.endsWith('/') ? 'index.html' : '')), sitePath).toBe(true);
		}
		expect(brokenInternalLinks(build.dist)).toEqual([]);
	});

	it('joins translations with reciprocal hreflang, each at its own address', () => {
		expect(unansweredAlternates(build.dist, settings.siteUrl)).toEqual([]);
		const alternates = hreflangAlternates(read(build.dist, addedStory));
		expect(alternates).toMatchObject({ [first!]: `${settings.siteUrl}${storyAddress(first!, 'een-dag-op-de-afdeling')}`, [added]: `${settings.siteUrl}${addedStory}` });
		// The story not translated into it has no alternate in the added language, and its switcher leads to that language's home page.
		const untranslated = read(build.dist, storyAddress(first!, 'herstel-na-een-liesbreuk'));
		expect(Object.keys(hreflangAlternates(untranslated))).not.toContain(added);
		expect(untranslated).toContain(`href="${urls.home(added)}" hreflang="${added}"`);
		expect(read(build.dist, storyAddress(first!, 'een-dag-op-de-afdeling'))).toContain(`href="${addedStory}" hreflang="${added}"`);
	});

	it('lists its addresses in the sitemap, the feed and the search index', () => {
		const sitemap = fs.readFileSync(path.join(build.dist, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${settings.siteUrl}${addedStory}</loc>`);
		expect(sitemap).toContain(`hreflang="${added}" href="${settings.siteUrl}${addedStory}"`);
		expect(fs.readFileSync(path.join(build.dist, urls.storiesFeed(added)), 'utf8')).toContain(`<link>${settings.siteUrl}${addedStory}</link>`);
		const bundles = searchBundles(build.dist);
		expect(Object.keys(bundles).sort()).toEqual([...settings.locales].sort());
		// Searched in a bundle of its own, with its own stemming: Pagefind falls back to "unknown" for a language it cannot stem.
		expect(bundles[added]!.entry.languages[added]!.wasm).toBe(added);
		expect(bundles[added]!.fragments.some((fragment) => fragment.includes(`"url":"${addedStory}"`))).toBe(true);
	});

	it('shows testimonials in every language where the site asks for it, each marked with its language', () => {
		const page = read(build.dist, urls.section(first!, 'testimonials'));
		const tag = t(first!, 'testimonial.inLanguage', { language: languageNameIn(first!, added) });
		expect(page).toContain(`<div lang="${added}" class="other-language`);
		expect(page).toContain(tag);
		// The page's own language first, then the others.
		expect(page.indexOf('Binnen een week stond ik weer op de tennisbaan.')).toBeLessThan(page.indexOf('Nach einer Woche stand ich wieder im Garten.'));
	});

	it('quotes with the marks of its language file, in the stylesheet every page loads', () => {
		const html = read(build.dist, addedStory);
		const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => fs.readFileSync(path.join(build.dist, href!), 'utf8')).join('\n');
		const rule = new RegExp(`:lang\\(${added}\\)\\{quotes:("[^"]*") ("[^"]*") ("[^"]*") ("[^"]*")\\}`).exec(css);
		// A CSS string as the browser reads it: escapes (\\201e, \\00201e) or the characters themselves.
		const text = (value: string) => value.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
		expect(rule?.slice(1).map(text)).toEqual(packOf(added).typography.quotes.flat());
	});

	it('marks a testimonial in another language that a story embeds, with its language', () => {
		const html = read(build.dist, addedStory);
		const body = html.slice(html.indexOf('class="zm-prose body'), html.indexOf('class="credits'));
		expect(body).toContain('Binnen een week stond ik weer op de tennisbaan.');
		expect(body).toContain(`<div lang="${first}" class="other-language`);
		expect(body).toContain(t(added, 'testimonial.inLanguage', { language: languageNameIn(added, first!) }));
	});
});
