/**
 * The search index is a Pagefind bundle per language (src/search/index-site.ts), and a build
 * indexes again only the languages whose indexed pages changed since the last build that
 * passed: the decision is exact (the path and bytes of every page Pagefind is given, and
 * what else shapes a bundle), never a guess. Pagefind runs here on a site of a few pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { bundleKeys, bundlesToCopy, indexSite, searchPageFacts, type IndexedPage } from '../../src/search/index-site.ts';
import { urls } from '../../src/routing/urls.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const temporary = () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-search-index-'));
	made.push(dir);
	return dir;
};

describe('what the index knows of a page', () => {
	it('takes its language from the <html> tag, as Pagefind does, in lower case', () => {
		expect(searchPageFacts('<!DOCTYPE html><html lang="nl" data-template="story"><body data-pagefind-body>x</body></html>')).toEqual({ language: 'nl', indexed: true });
		expect(searchPageFacts("<html data-x='1' lang='pt-BR'><body></body></html>")).toEqual({ language: 'pt-br', indexed: false });
		expect(searchPageFacts('<html LANG=fr><body><p lang="en">x</p></body></html>').language).toBe('fr');
	});

	it('files a page without a usable language under "unknown", as Pagefind names it, and never as a path', () => {
		expect(searchPageFacts('<html><body data-pagefind-body><p lang="nl">x</p></body></html>').language).toBe('unknown');
		expect(searchPageFacts('<html lang="../../etc"><body></body></html>').language).toBe('unknown');
		expect(searchPageFacts('<html lang=""><body></body></html>').language).toBe('unknown');
	});

	it('hands Pagefind only the pages that mark what it indexes', () => {
		expect(searchPageFacts('<html lang="nl"><body><article data-pagefind-body>x</article></body></html>').indexed).toBe(true);
		expect(searchPageFacts('<html lang="nl"><body><ul><li>a listing</li></ul></body></html>').indexed).toBe(false);
	});
});

describe('the key of a language’s bundle', () => {
	const pages: IndexedPage[] = [
		{ file: 'nl/verhalen/a/index.html', hash: 'a1', language: 'nl' },
		{ file: 'nl/verhalen/b/index.html', hash: 'b1', language: 'nl' },
		{ file: 'en/stories/a/index.html', hash: 'c1', language: 'en' },
	];
	const keys = bundleKeys(pages, 'pagefind 1.6.0');

	it('is the same for the same pages in any order, one per language', () => {
		expect([...keys.keys()]).toEqual(['en', 'nl']);
		expect(bundleKeys([...pages].reverse(), 'pagefind 1.6.0')).toEqual(keys);
	});

	it('changes for that language only when one of its pages changes, is added, removed or moved', () => {
		const changed = (list: IndexedPage[]) => {
			const other = bundleKeys(list, 'pagefind 1.6.0');
			return ['en', 'nl'].filter((language) => other.get(language) !== keys.get(language));
		};
		expect(changed(pages.map((page) => (page.file === 'nl/verhalen/b/index.html' ? { ...page, hash: 'b2' } : page)))).toEqual(['nl']);
		expect(changed([...pages, { file: 'nl/verhalen/c/index.html', hash: 'd1', language: 'nl' }])).toEqual(['nl']);
		expect(changed(pages.filter((page) => page.file !== 'en/stories/a/index.html'))).toEqual(['en']);
		// The same bytes at another address: another result URL.
		expect(changed(pages.map((page) => (page.file === 'nl/verhalen/a/index.html' ? { ...page, file: 'nl/verhalen/z/index.html' } : page)))).toEqual(['nl']);
		// A page that now says it is English.
		expect(changed(pages.map((page) => (page.file === 'nl/verhalen/a/index.html' ? { ...page, language: 'en' } : page)))).toEqual(['en', 'nl']);
	});

	it('changes for every language with another Pagefind, index options or code', () => {
		const other = bundleKeys(pages, 'pagefind 1.6.1');
		expect(['en', 'nl'].filter((language) => other.get(language) === keys.get(language))).toEqual([]);
	});

	it('lets a bundle be copied only when its key is the kept one', () => {
		expect(bundlesToCopy(keys, undefined)).toEqual(new Set());
		expect(bundlesToCopy(keys, { nl: keys.get('nl')!, en: 'another', fr: 'whatever' })).toEqual(new Set(['nl']));
	});
});

/** A small built site: two languages, marked pages and a listing, as the templates write them. */
function writeSite(dir: string, pages: Record<string, string>) {
	for (const [file, html] of Object.entries(pages)) {
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.writeFileSync(path.join(dir, file), html);
	}
}
const page = (lang: string, title: string, text: string) =>
	`<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></body></html>`;
const SITE: Record<string, string> = {
	'index.html': '<!DOCTYPE html><html lang="nl"><body><a href="/nl/">Nederlands</a> <a href="/en/">English</a></body></html>',
	'nl/index.html': '<!DOCTYPE html><html lang="nl"><body><ul><li>Herstel na een liesbreuk</li></ul></body></html>',
	'nl/verhalen/herstel/index.html': page('nl', 'Herstel na een liesbreuk', 'Het begon met pijn in de lies, en na een week stond ik weer op het werk.'),
	'nl/verhalen/afdeling/index.html': page('nl', 'Een dag op de afdeling', 'Om zeven uur begint de dag met de overdracht.'),
	'en/stories/recovery/index.html': page('en', 'Recovering from a hernia', 'It started with a pain in the groin, and a week later I was back at work.'),
	'en/stories/ward/index.html': page('en', 'A day on the ward', 'The day starts at seven with the handover.'),
	'_astro/site.css': 'body{}',
};

/** Every file of the site's search index with its bytes, by path. */
const indexFiles = (site: string) => {
	const root = path.join(site, urls.searchIndexes().slice(1));
	return Object.fromEntries(listFiles(root).map((file) => [file, fs.readFileSync(path.join(root, file)).toString('base64')]));
};
/** The text of every page in a language's bundle, as Pagefind keeps it. */
const fragments = (site: string, language: string) => {
	const folder = path.join(site, 'pagefind', language, 'fragment');
	return listFiles(folder).map((file) => gunzipSync(fs.readFileSync(path.join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, ''));
};
const copiedOf = (index: Awaited<ReturnType<typeof indexSite>>) => index.languages.filter((bundle) => bundle.copied).map((bundle) => bundle.language);

describe('the search index of a built site', () => {
	it('is a Pagefind bundle per language at /pagefind/<language>/, of the marked pages only, without Pagefind’s ready-made interfaces', { timeout: 60_000 }, async () => {
		const site = temporary();
		writeSite(site, SITE);
		const index = await indexSite(site);
		expect(index.pages).toBe(4);
		expect(index.languages).toEqual([
			{ language: 'en', pages: 2, copied: false },
			{ language: 'nl', pages: 2, copied: false },
		]);
		expect(fs.readdirSync(path.join(site, 'pagefind')).sort()).toEqual(['en', 'nl']);
		for (const language of ['en', 'nl']) {
			const bundle = path.join(site, urls.searchIndex(language).slice(1));
			const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string }> };
			// Only its own language, with its own stemming.
			expect(Object.keys(entry.languages)).toEqual([language]);
			expect(entry.languages[language]).toMatchObject({ page_count: 2, wasm: language });
			expect(fs.existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
			expect(fs.readdirSync(bundle).filter((file) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file))).toEqual([]);
		}
		// Each result at the page's own address; the listing and the language choice are not in it, nor the <h1> in the text.
		expect(fragments(site, 'nl').map((text) => JSON.parse(text).url).sort()).toEqual(['/nl/verhalen/afdeling/', '/nl/verhalen/herstel/']);
		expect(fragments(site, 'nl').every((text) => !JSON.parse(text).content.includes('Herstel na een liesbreuk.'))).toBe(true);
		// Nothing is kept without a place to keep it.
		index.keep();
	});

	it('copies a language’s bundle from the last build that passed only while its pages are the same, byte for byte', { timeout: 120_000 }, async () => {
		const kept = temporary();
		const build = async (pages: Record<string, string>) => {
			const site = temporary();
			writeSite(site, pages);
			return { site, index: await indexSite(site, { keptDir: kept }) };
		};

		const first = await build(SITE);
		expect(copiedOf(first.index)).toEqual([]);
		// A build that did not pass keeps nothing: the next one is judged against the last that passed.
		const unkept = await build(SITE);
		expect(copiedOf(unkept.index)).toEqual([]);
		first.index.keep();

		// The same site: every bundle copied, and exactly what Pagefind makes of it (which a fresh index shows).
		const same = await build(SITE);
		expect(copiedOf(same.index)).toEqual(['en', 'nl']);
		expect(same.index.pages).toBe(4);
		expect(indexFiles(same.site)).toEqual(indexFiles(first.site));
		same.index.keep();

		// One paragraph of one Dutch story: Dutch is indexed again, English copied.
		const edited = { ...SITE, 'nl/verhalen/afdeling/index.html': page('nl', 'Een dag op de afdeling', 'Om zeven uur begint de dag met de overdracht, en om acht uur de ronde.') };
		const edit = await build(edited);
		expect(copiedOf(edit.index)).toEqual(['en']);
		expect(fragments(edit.site, 'nl').some((text) => text.includes('om acht uur de ronde'))).toBe(true);
		const fresh = temporary();
		writeSite(fresh, edited);
		await indexSite(fresh);
		expect(indexFiles(edit.site)).toEqual(indexFiles(fresh));
		edit.index.keep();

		// An English story withdrawn: its page is gone from the next build, and from the English index; Dutch is copied.
		const withdrawn = Object.fromEntries(Object.entries(edited).filter(([file]) => file !== 'en/stories/recovery/index.html'));
		const after = await build(withdrawn);
		expect(copiedOf(after.index)).toEqual(['nl']);
		expect(after.index.languages.find((bundle) => bundle.language === 'en')?.pages).toBe(1);
		expect(fragments(after.site, 'en').filter((text) => text.includes('groin') || text.includes('/en/stories/recovery/'))).toEqual([]);
		after.index.keep();
		expect(fs.readdirSync(path.join(kept, 'bundles')).sort()).toEqual(['en', 'nl']);

		// A language that has no marked page any more goes from the kept bundles too.
		const dutchOnly = Object.fromEntries(Object.entries(withdrawn).filter(([file]) => !file.startsWith('en/')));
		const dutch = await build(dutchOnly);
		expect(dutch.index.languages).toEqual([{ language: 'nl', pages: 2, copied: true }]);
		expect(fs.existsSync(path.join(dutch.site, 'pagefind', 'en'))).toBe(false);
		dutch.index.keep();
		expect(fs.readdirSync(path.join(kept, 'bundles'))).toEqual(['nl']);

		// A kept record that does not hold (damaged, or of other terms) copies nothing.
		fs.writeFileSync(path.join(kept, 'record.json'), JSON.stringify({ terms: 'pagefind 0.9', languages: { nl: 'x' } }));
		expect(copiedOf((await build(dutchOnly)).index)).toEqual([]);
	});

	it('copies a kept bundle only as it was kept: a file planted in it, changed or taken out makes the language be indexed again', { timeout: 120_000 }, async () => {
		const kept = temporary();
		const build = async () => {
			const site = temporary();
			writeSite(site, SITE);
			return { site, index: await indexSite(site, { keptDir: kept }) };
		};
		const first = await build();
		first.index.keep();
		const bundle = (language: string) => path.join(kept, 'bundles', language);
		const fragmentsOf = (language: string) => fs.readdirSync(path.join(bundle(language), 'fragment'));

		// A withheld story's words planted as a fragment of the kept Dutch bundle (when every page is the same, the
		// build takes over the last build's checks, so nothing else would read it).
		fs.copyFileSync(path.join(bundle('nl'), 'fragment', fragmentsOf('nl')[0]!), path.join(bundle('nl'), 'fragment', 'nl_planted.pf_fragment'));
		// The English bundle cut short: a page's fragment gone, so a visitor's result for it would not load.
		fs.rmSync(path.join(bundle('en'), 'fragment', fragmentsOf('en')[0]!));
		const tampered = await build();
		expect(copiedOf(tampered.index)).toEqual([]);
		expect(indexFiles(tampered.site)).toEqual(indexFiles(first.site));
		tampered.index.keep();

		// One byte changed in a kept file: indexed again too; the kept bundles are whole again afterwards, and copied.
		const entry = path.join(bundle('nl'), 'pagefind-entry.json');
		fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace('"nl"', '"nl" '));
		const changed = await build();
		expect(copiedOf(changed.index)).toEqual(['en']);
		expect(indexFiles(changed.site)).toEqual(indexFiles(first.site));
		changed.index.keep();
		expect(copiedOf((await build()).index)).toEqual(['en', 'nl']);

		// A kept record from before the bundles' contents were recorded copies nothing.
		const record = path.join(kept, 'record.json');
		const { contents: _, ...older } = JSON.parse(fs.readFileSync(record, 'utf8')) as Record<string, unknown>;
		fs.writeFileSync(record, JSON.stringify(older));
		expect(copiedOf((await build()).index)).toEqual([]);
	});

	it('reads pages at any path, each at its own address, also where Pagefind’s glob would misread the path', { timeout: 60_000 }, async () => {
		const site = temporary();
		const odd = ['nl/verhalen/a(b)!/index.html', 'nl/verhalen/c{d,e}/index.html', 'nl/verhalen/f g/index.html', 'nl/verhalen/cd/index.html'];
		writeSite(site, { ...SITE, ...Object.fromEntries(odd.map((file) => [file, page('nl', file, `De pagina op ${file}.`)])) });
		const index = await indexSite(site);
		expect(index.languages.find((bundle) => bundle.language === 'nl')?.pages).toBe(6);
		expect(fragments(site, 'nl').map((text) => JSON.parse(text).url).sort()).toEqual([
			'/nl/verhalen/a(b)!/',
			'/nl/verhalen/afdeling/',
			'/nl/verhalen/c%7Bd,e%7D/',
			'/nl/verhalen/cd/',
			'/nl/verhalen/f%20g/',
			'/nl/verhalen/herstel/',
		]);
	});

	it('replaces whatever lay at the index’s place, so no file of another index stays behind', { timeout: 60_000 }, async () => {
		const site = temporary();
		writeSite(site, { ...SITE, 'pagefind/pagefind-entry.json': '{}', 'pagefind/fragment/old.pf_fragment': 'old' });
		await indexSite(site);
		expect(fs.readdirSync(path.join(site, 'pagefind')).sort()).toEqual(['en', 'nl']);
	});
});
