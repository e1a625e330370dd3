import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { codeVersion } from '../lib/code-version.ts';
import { readJsonFile } from '../lib/files.ts';
import { BuiltSite, FindingsCache } from '../lib/findings-cache.ts';
import { urls } from '../routing/urls.ts';

/**
 * The search index: one Pagefind bundle per language, at /pagefind/<language>/
 * (urls.searchIndex). Each language's search page searches only its own
 * language, so no bundle needs another's pages, and a build indexes again
 * only the languages whose indexed pages changed since the last build that
 * passed every check; every other language's bundle is copied from that
 * build (Pagefind cannot update an index in place: Pagefind/pagefind#71).
 * An edit of one Dutch story re-indexes the Dutch pages only.
 */

/**
 * What the index leaves out of every page's text (as data-pagefind-ignore does, which
 * templates use for what only they know, such as a story's dates). The <h1> is the
 * page's title: Pagefind still takes it as the result's title and, since 1.5, searches
 * it as metadata with a fivefold weight (https://pagefind.app/docs/ranking/), so in the
 * text it would only make every excerpt start by repeating the title above it.
 */
const EXCLUDE_SELECTORS = ['h1'];

/** How every bundle is made (Pagefind's createIndex options): part of every bundle's key. */
const INDEX_OPTIONS: pagefind.PagefindServiceConfig = { excludeSelectors: EXCLUDE_SELECTORS };

/** Pages mark their indexed content with this attribute (stories, specialties, team, locations, pages). */
const BODY_MARKER = 'data-pagefind-body';

/** The language of a page, as Pagefind reads it: the first <html> tag's lang attribute. */
const HTML_LANG = /<html\b[^>]*?\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** A language code usable as a folder name ("nl", "pt-br"); anything else is indexed under "unknown", as Pagefind names a page without a language. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

/** Pagefind's ready-made interfaces: our search page talks to its API, so they would only be dead weight on the host. */
const READY_MADE_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** What the index needs to know of one built HTML page. */
export interface SearchPageFacts {
	/** The language whose bundle the page belongs to: its <html lang>, lower case, or "unknown". */
	language: string;
	/**
	 * Whether the page is handed to Pagefind: it holds {@link BODY_MARKER}. Pagefind itself then indexes only
	 * the content of the element that carries it; a page that holds the words elsewhere (in its text) is handed
	 * over too and left out by Pagefind, as long as its language has one real marked page (our templates mark
	 * every page they index).
	 */
	indexed: boolean;
}

/** The {@link SearchPageFacts} of a page, from its HTML. */
export function searchPageFacts(html: string): SearchPageFacts {
	const match = HTML_LANG.exec(html);
	const lang = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim().toLowerCase();
	return { language: LANGUAGE_CODE.test(lang) ? lang : 'unknown', indexed: html.includes(BODY_MARKER) };
}

/** A page handed to Pagefind: its path in the build, the SHA-256 of its bytes (BuiltSite.hash) and its language. */
export interface IndexedPage {
	file: string;
	hash: string;
	language: string;
}

/**
 * The key of each language's bundle: a hash of exactly what Pagefind is given to make it (the path and bytes of
 * every page of the language it indexes, and nothing else) and of `terms`, everything else that shapes the bundle
 * (Pagefind's version, our index options, this module's code). Two builds with the same key for a language make
 * the same bundle for it, byte for byte; a page added, removed, changed or moved to another language changes the key.
 *
 * @returns language → key (hex), for every language with at least one page.
 */
export function bundleKeys(pages: readonly IndexedPage[], terms: string): Map<string, string> {
	const byLanguage = new Map<string, IndexedPage[]>();
	for (const page of pages) {
		const list = byLanguage.get(page.language);
		if (list) list.push(page);
		else byLanguage.set(page.language, [page]);
	}
	const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const keys = new Map<string, string>();
	for (const [language, list] of [...byLanguage].sort(([a], [b]) => order(a, b))) {
		const hash = createHash('sha256').update(terms).update('\0').update(language);
		for (const page of list.sort((a, b) => order(a.file, b.file))) hash.update(`\0${page.file}\0${page.hash}`);
		keys.set(language, hash.digest('hex'));
	}
	return keys;
}

/**
 * Which bundles can be copied from the last build that passed: those whose key is the one kept for them.
 * @param kept language → key of the kept bundles (their record), or undefined when nothing is kept.
 */
export function bundlesToCopy(keys: ReadonlyMap<string, string>, kept: Readonly<Record<string, string>> | undefined): Set<string> {
	return new Set([...keys].filter(([language, key]) => kept?.[language] === key).map(([language]) => language));
}

/** The folder of a language's bundle in the built site, e.g. "pagefind/nl". */
export function bundleFolder(language: string): string {
	return urls.searchIndex(language).slice(1, -1);
}

export interface IndexOptions {
	/**
	 * Where the bundles of the last build that passed are kept for the next build (bundles/<language>/), with their
	 * keys and the digest of each kept bundle's files (record.json) and what is known of each page (pages.json); e.g. <cacheDir>/search-index. Without it
	 * every language is indexed and nothing is kept.
	 */
	keptDir?: string;
}

/** The search index of a build. */
export interface SearchIndex {
	/** Pages in the index, every language together (Pagefind's page_count). */
	pages: number;
	/** Each language's bundle, by language code: its pages, and whether it was copied from the last build that passed. */
	languages: { language: string; pages: number; copied: boolean }[];
	/** Keeps this build's bundles for the next build. Call only when every check passed (it is then the last build that passed). */
	keep(): void;
}

/**
 * Builds the search index of a built site into <site>/pagefind/<language>/: a
 * Pagefind bundle per language of the pages that mark their main content with
 * data-pagefind-body (stories, specialties, team, locations and pages), so
 * listings, menus and footers stay out. A language whose pages are, path for
 * path and byte for byte, those of the last build that passed, indexed by the
 * same Pagefind with the same options and code ({@link bundleKeys}), gets
 * that build's bundle copied; the others are indexed by Pagefind.
 *
 * @param site the built site, before the index (a folder, or the BuiltSite the checks share, whose hashes it reuses).
 * @throws Error when Pagefind cannot start, read a page or write its index.
 */
export async function indexSite(site: string | BuiltSite, options: IndexOptions = {}): Promise<SearchIndex> {
	const built = typeof site === 'string' ? new BuiltSite(site) : site;
	const keptDir = options.keptDir;
	const terms = indexTerms();
	const known = new FindingsCache<SearchPageFacts>(keptDir && path.join(keptDir, 'pages.json'), { code: [new URL(import.meta.url)], inputs: INDEX_OPTIONS });
	const pages: IndexedPage[] = [];
	for (const file of built.files()) {
		if (!file.endsWith('.html')) continue;
		const hash = built.hash(file);
		const key = known.key(file, hash);
		const facts = known.get(key) ?? searchPageFacts(built.read(file).toString('utf8'));
		known.set(key, facts);
		if (facts.indexed) pages.push({ file, hash, language: facts.language });
	}
	known.save();

	const keys = bundleKeys(pages, terms ?? '');
	const record = keptDir && terms !== undefined ? readRecord(path.join(keptDir, 'record.json')) : undefined;
	const copied = bundlesToCopy(keys, record?.terms === terms ? record?.languages : undefined);
	for (const language of copied) if (!fs.existsSync(path.join(keptDir!, 'bundles', language))) copied.delete(language);

	// Whatever is at the index's place goes: the index is only what is made here.
	fs.rmSync(path.join(built.dir, urls.searchIndexes().slice(1)), { recursive: true, force: true });
	// A kept bundle is used only as it was kept, file for file and byte for byte (checked on the copy that is published):
	// when every page is the same this build takes over the last one's checks, so nothing else would read a file
	// planted in it, and a bundle cut short would break results silently. Any difference: the language is indexed again.
	const contents: Record<string, string> = {};
	for (const language of copied) {
		const folder = path.join(built.dir, bundleFolder(language));
		fs.cpSync(path.join(keptDir!, 'bundles', language), folder, { recursive: true });
		const digest = bundleDigest(folder);
		if (digest !== undefined && digest === record?.contents[language]) contents[language] = digest;
		else {
			fs.rmSync(folder, { recursive: true, force: true });
			copied.delete(language);
		}
	}
	const rebuilt = [...keys.keys()].filter((language) => !copied.has(language));
	if (rebuilt.length > 0) {
		await writeBundles(
			built.dir,
			rebuilt.map((language) => ({ language, files: pages.filter((page) => page.language === language).map((page) => page.file) })),
		);
	}
	built.changed();

	const languages = [...keys.keys()].map((language) => ({ language, pages: bundlePages(path.join(built.dir, bundleFolder(language))), copied: copied.has(language) }));
	return {
		pages: languages.reduce((sum, { pages: count }) => sum + count, 0),
		languages,
		keep: () => {
			if (!keptDir || terms === undefined) return;
			const recordFile = path.join(keptDir, 'record.json');
			fs.rmSync(recordFile, { force: true });
			const bundles = path.join(keptDir, 'bundles');
			fs.mkdirSync(bundles, { recursive: true });
			for (const language of fs.readdirSync(bundles)) if (!keys.has(language)) fs.rmSync(path.join(bundles, language), { recursive: true, force: true });
			for (const language of rebuilt) {
				fs.rmSync(path.join(bundles, language), { recursive: true, force: true });
				fs.cpSync(path.join(built.dir, bundleFolder(language)), path.join(bundles, language), { recursive: true });
				const digest = bundleDigest(path.join(bundles, language));
				if (digest !== undefined) contents[language] = digest;
			}
			// The record last: a build stopped while copying leaves no record, so nothing half-copied is used.
			fs.writeFileSync(recordFile, JSON.stringify({ terms, languages: Object.fromEntries(keys), contents }));
		},
	};
}

/**
 * Everything besides the pages that shapes a bundle: Pagefind's version (its package, and package-lock.json,
 * which pins its binary), the index options and this module's code. Undefined when any of it cannot be read:
 * then nothing is kept or copied.
 */
function indexTerms(): string | undefined {
	const code = codeVersion([new URL(import.meta.url)]);
	const version = (readJsonFile(fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url))) as { version?: unknown } | undefined)?.version;
	if (code === undefined || typeof version !== 'string') return undefined;
	return JSON.stringify({ pagefind: version, options: INDEX_OPTIONS, code });
}

/**
 * The kept record: the terms, each language's key, and each kept bundle's {@link bundleDigest} (contents), which a
 * bundle must still have to be copied. Undefined when it is missing or not of this shape.
 */
function readRecord(file: string): { terms: string; languages: Record<string, string>; contents: Record<string, string> } | undefined {
	const record = readJsonFile(file) as { terms?: unknown; languages?: unknown; contents?: unknown } | undefined;
	if (typeof record?.terms !== 'string') return undefined;
	const languages = languageMap(record.languages);
	const contents = languageMap(record.contents);
	if (!languages || !contents) return undefined;
	return { terms: record.terms, languages, contents };
}

/** A record's language → text map, or undefined when it is not one (a key not a language code, a value not text). */
function languageMap(value: unknown): Record<string, string> | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const entries = Object.entries(value as Record<string, unknown>);
	if (!entries.every(([language, text]) => (LANGUAGE_CODE.test(language) || language === 'unknown') && typeof text === 'string')) return undefined;
	return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * SHA-256 (hex) of a bundle as it lies: the relative path and bytes of every file in it, in path order, and every
 * folder (so an emptied folder counts). Undefined when the folder cannot be read or holds anything but files and folders.
 */
function bundleDigest(folder: string): string | undefined {
	const hash = createHash('sha256');
	const entries: string[] = [];
	try {
		for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
			const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
			if (entry.isDirectory()) entries.push(`d\0${relative}`);
			else if (entry.isFile()) entries.push(`f\0${relative}`);
			else return undefined;
		}
		for (const entry of entries.sort()) {
			hash.update(`${entry}\0`);
			if (!entry.startsWith('f')) continue;
			const bytes = fs.readFileSync(path.join(folder, entry.slice(2)));
			hash.update(`${bytes.length}\0`).update(bytes);
		}
	} catch {
		return undefined;
	}
	return hash.digest('hex');
}

/** Pages in a written bundle, from its pagefind-entry.json. */
function bundlePages(bundle: string): number {
	const entry = readJsonFile(path.join(bundle, 'pagefind-entry.json')) as { languages?: Record<string, { page_count?: unknown }> } | undefined;
	if (!entry?.languages) throw new Error(`The search index in ${bundle} has no pagefind-entry.json`);
	return Object.values(entry.languages).reduce((sum, language) => sum + (typeof language.page_count === 'number' ? language.page_count : 0), 0);
}

/** A path Pagefind's glob takes as it is: the kit's own addresses (slugs are [a-z0-9-], see primitives.ts). */
const PLAIN_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/**
 * Indexes each language's pages with Pagefind into <site>/pagefind/<language>/, exactly the pages listed. Pagefind
 * reads them from the site itself, through a glob that names each page (no copy, nothing sent through Node); a page
 * whose path the glob could misread (any character but letters, digits, ".", "_", "-") is handed over with its
 * content instead, which gives it the same address.
 */
async function writeBundles(siteDir: string, languages: { language: string; files: string[] }[]): Promise<void> {
	try {
		for (const { language, files } of languages) {
			const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
			if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			const plain = files.filter((file) => PLAIN_PATH.test(file));
			const added = plain.length > 0 ? await index.addDirectory({ path: siteDir, glob: `{${plain.join(',')}}` }) : { errors: [], page_count: 0 };
			if (added.errors.length > 0 || added.page_count !== plain.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ') || `${added.page_count} of ${plain.length} pages read`}`);
			for (const file of files.filter((other) => !PLAIN_PATH.test(other))) {
				const one = await index.addHTMLFile({ sourcePath: file, content: fs.readFileSync(path.join(siteDir, file), 'utf8') });
				if (one.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${one.errors.join('; ')}`);
			}
			const written = await index.writeFiles({ outputPath: path.join(siteDir, bundleFolder(language)) });
			if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
			await index.deleteIndex();
			for (const file of fs.readdirSync(written.outputPath)) if (READY_MADE_UI.test(file)) fs.rmSync(path.join(written.outputPath, file));
		}
	} finally {
		await pagefind.close();
	}
}
