import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/routing/urls.ts';
import { AUDIENCE_PAGES } from '../../src/schemas/audiences.ts';
import { settings } from '../../src/settings/index.ts';
import { buildSite, listFiles, type BuildResult } from '../support/build.ts';
import { parse } from 'node-html-parser';
import { addressSlug, builtFile, defaultLocale, demoLocales, demoPath, filesIn } from '../support/demo.ts';
import { brokenInternalLinks, readPages, searchBundles, unansweredAlternates } from '../support/html.ts';

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

	it('has every kind of page in every language', () => {
		const files = new Set(listFiles(build.dist));
		const required = [
			'index.html',
			'404.html',
			...demoLocales.flatMap((locale) => [
				urls.home(locale),
				urls.stories(locale),
				demoPath.storiesBySpecialty(locale, 'liesbreukcentrum'),
				urls.storiesByAudience(locale, 'relatives'),
				urls.section(locale, 'specialties'),
				demoPath.specialty(locale, 'liesbreukcentrum'),
				urls.section(locale, 'team'),
				demoPath.teamMember(locale, 'sanne-de-vries'),
				urls.section(locale, 'locations'),
				demoPath.location(locale, 'weidebroek'),
				...AUDIENCE_PAGES.map((audience) => urls.audience(locale, audience)),
				urls.section(locale, 'testimonials'),
				urls.section(locale, 'search'),
				...filesIn('pages', defaultLocale).map((file) => demoPath.page(locale, file)),
			]),
		].map((sitePath) => (sitePath.endsWith('.html') ? sitePath : builtFile(sitePath)));
		expect(demoLocales.length).toBeGreaterThanOrEqual(3);
		expect(required.filter((file) => !files.has(file))).toEqual([]);
	});

	it('publishes every story in each language it is written in, at that translation’s own address', () => {
		for (const locale of demoLocales) {
			const stories = filesIn('stories', locale);
			expect(stories.length, locale).toBeGreaterThanOrEqual(4);
			for (const file of stories) expect(fs.existsSync(path.join(build.dist, builtFile(demoPath.story(locale, file)))), `${locale}/${file}`).toBe(true);
		}
	});

	it('gives the translations their own addresses, in their own words', () => {
		for (const locale of demoLocales.filter((code) => code !== defaultLocale)) {
			for (const collection of ['stories', 'specialties'] as const) {
				const sharingTheFileName = filesIn(collection, locale).filter((file) => addressSlug(collection, locale, file) === file);
				expect(sharingTheFileName, `${collection} in ${locale}`).toEqual([]);
			}
		}
	});

	it('joins every page to its translations with reciprocal hreflang', () => {
		expect(unansweredAlternates(build.dist, settings.siteUrl)).toEqual([]);
	});

	it('shows each language’s testimonials on its own pages only, each quote marked with its language', () => {
		for (const locale of demoLocales) {
			const pages = [urls.home(locale), urls.section(locale, 'testimonials'), demoPath.specialty(locale, 'liesbreukcentrum'), urls.audience(locale, AUDIENCE_PAGES[0])];
			for (const sitePath of pages) {
				const quotes = [...page(builtFile(sitePath)).matchAll(/<blockquote lang="([^"]+)"/g)].map((match) => match[1]);
				expect(quotes.length, sitePath).toBeGreaterThan(0);
				expect(new Set(quotes), sitePath).toEqual(new Set([locale]));
			}
		}
		// Every other listing too: story pages, the other audiences, every specialty.
		const elsewhere = readPages(build.dist).flatMap(([file, html]) => {
			const locale = /<html lang="([^"]+)"/.exec(html)?.[1];
			return [...html.matchAll(/<blockquote lang="([^"]+)"/g)].filter((match) => match[1] !== locale).map((match) => `${file}: ${match[1]}`);
		});
		expect(elsewhere).toEqual([]);
	});

	it('indexes each language for search in a bundle of its own, with that language’s own stemming', () => {
		const bundles = searchBundles(build.dist);
		expect(Object.keys(bundles).sort()).toEqual([...demoLocales].sort());
		for (const locale of demoLocales) {
			// One language per bundle: its search page loads its own (urls.searchIndex).
			expect(Object.keys(bundles[locale]!.entry.languages), locale).toEqual([locale]);
			// Pagefind falls back to "unknown" (no stemming) for a language it cannot stem.
			expect(bundles[locale]!.entry.languages[locale]!.wasm, locale).toBe(locale);
			expect(page(builtFile(urls.section(locale, 'search')))).toContain(`data-index="${urls.searchIndex(locale)}"`);
		}
	});

	it('names the organisation in the page’s language', () => {
		for (const [file, html] of readPages(build.dist)) {
			const locale = /<html lang="([^"]+)"/.exec(html)?.[1];
			if (!locale || file === 'index.html' || file === '404.html' || file.startsWith('admin/')) continue;
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
			const others = Object.entries(settings.organisation.names).filter(([code, name]) => code !== locale && name !== settings.organisation.names[locale]);
			// The title carries the name after " — " only where it fits in what search engines show (src/seo/meta.ts pageTitle); og:site_name always.
			if (title.includes(' — ')) expect(title.endsWith(`— ${settings.organisation.names[locale]}`), `${file}: ${title}`).toBe(true);
			expect(/<meta property="og:site_name" content="([^"]*)"/.exec(html)?.[1], file).toBe(settings.organisation.names[locale]);
			for (const [, name] of others) expect(title, file).not.toContain(name);
		}
	});

	it('ships no client-side JavaScript on content pages: only the search page and the CMS load a script', () => {
		const searchPages = demoLocales.map((locale) => builtFile(urls.section(locale, 'search')));
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
			const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
			expect(demoLocales, file).toContain(lang);
			const folder = file.split('/')[0]!;
			if (demoLocales.includes(folder)) expect(lang, file).toBe(folder);
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
			expect(title.trim().length, file).toBeGreaterThan(10);
			expect(title.trim().toLowerCase(), file).not.toBe('home');
		}
	});

	it('follows every name in a description list with its description (a specialty lists conditions without one, e.g. MDL)', () => {
		// HTML's <dl>: groups of one or more <dt> followed by one or more <dd>, optionally each group in a <div>.
		const broken: string[] = [];
		for (const [file, html] of readPages(build.dist)) {
			for (const list of parse(html).querySelectorAll('dl')) {
				const groups = list.children.every((child) => child.tagName === 'DIV') ? list.children : [list];
				for (const group of groups) {
					const tags = group.children.map((child) => child.tagName.toLowerCase()).join(' ');
					if (!/^(dt( dt)*( dd)+)( dt( dt)*( dd)+)*$/.test(tags)) broken.push(`${file}: <dl> holds ${tags}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	it('says on the privacy page, from the settings, that it sets no cookies and counts nothing (statistics are off)', () => {
		for (const file of ['nl/privacy/index.html', 'en/privacy/index.html']) {
			expect(parse(page(file)).querySelector('#privacy-statistics')!.parentNode!.text, file).toMatch(/Deze website plaatst geen cookies en telt geen bezoeken|This website sets no cookies and does not count visits/);
		}
	});

	it('links only to pages and files that exist', () => {
		expect(brokenInternalLinks(build.dist)).toEqual([]);
	});

	it('links each story to its translations in the language switcher', () => {
		const file = filesIn('stories', defaultLocale).find((name) => demoLocales.every((locale) => filesIn('stories', locale).includes(name)))!;
		for (const locale of demoLocales) {
			const html = page(builtFile(demoPath.story(locale, file)));
			for (const other of demoLocales.filter((code) => code !== locale)) expect(html, `${locale} → ${other}`).toContain(`href="${demoPath.story(other, file)}" hreflang="${other}"`);
		}
	});
});
