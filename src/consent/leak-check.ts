import fs from 'node:fs';
import path from 'node:path';
import { hashDistance, PerceptualHashCache, SAME_PICTURE_DISTANCE } from '../images/perceptual-hash.ts';
import { BuiltSite, FindingsCache } from '../lib/findings-cache.ts';
import { PAGE_CODE, type HtmlDocument } from '../lib/html-document.ts';
import { MIN_WORDS, RUN_LENGTH, type Needle, type WhyNot } from './needles.ts';
import { NeedleSearch } from './needle-search.ts';
import { readerReadings, readerSentences, readerWords } from './reader-words.ts';
import { fileText, type Place } from './site-text.ts';
import { WordRunMatcher } from './word-runs.ts';
import { message, messagePart, titled } from '../messages/index.ts';

/**
 * The proof after every build: no file of the built site may contain the
 * consent reference of any item, nor anything recognisable of an item that
 * may not be published today (its words, title, name, address or photo; see
 * needles.ts). The gate keeps them out; this check catches what slips past
 * it, such as a quote an editor copied into a story or a withdrawn patient's
 * photo reused in a Figure.
 *
 * Every file of dist/ is read once: its text as a reader sees it, in element
 * text and every attribute, JSON-LD, the search index, feeds, the sitemap,
 * stylesheets and scripts (site-text.ts), searched for runs of words
 * (word-runs.ts); its bytes and name for consent references and addresses;
 * and every raster picture by its pixels (src/images/perceptual-hash.ts), but
 * the link previews the kit draws from a page's title (see LINK_CARD).
 */

export type { Needle } from './needles.ts';

/** Where a leak is: a place in the file's text, or the file itself. */
export type LeakPlace = Place | { kind: 'file name' } | { kind: 'address' } | { kind: 'picture'; picture: string; distance: number };

export interface Leak {
	/** The published page (for a search fragment, the page it indexes; for a picture, a page that shows it), relative to the site's root. */
	page: string;
	/** The built file, relative to the build folder. */
	file: string;
	place: LeakPlace;
	/** The words found, as a reader reads them. */
	words?: string;
	needle: Needle;
}

/** Addresses and references count where they are used as one: in a path, an anchor, an attribute value or a file name. */
const SLUG_BEFORE = new Set(['/', '#', '"', "'", '=']);
const SLUG_AFTER = new Set(['/', '.', '"', "'", '#', '?', '&']);
const RASTER = /\.(jpe?g|png|webp|avif|gif)$/i;
const BINARY = /\.(jpe?g|png|webp|avif|gif|ico|woff2?|ttf|otf|wasm)$/i;
/** Astro names a processed picture "<name>.<source hash>_<transform hash>.<ext>": versions of one source share the start. */
const PROCESSED = /^(.*\.[A-Za-z0-9_-]{8})_[A-Za-z0-9_-]+\.[a-z]+$/;
/**
 * Formats from the quickest to read to the slowest: of Astro's versions of a
 * picture, the one judged is the first format here, and of that the smallest
 * file. Measured on the benchmark's photos (CPU per picture, machine loaded):
 * JPEG 7 ms (sharp shrinks it while decoding), PNG 12 ms, WebP 16 ms, AVIF 55 ms.
 */
const QUICKEST_FIRST = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif'];
/**
 * The link previews the kit draws (src/pages/og/): a page's title and the
 * organisation's logo on a coloured ground, never a photo (TitleCard in
 * src/images/social-card.ts). Not judged by their pixels, which cost 12 ms a
 * card and could show no one's photo; their words are the page's title, read
 * on the page itself, and their file names are checked like every file's.
 */
const LINK_CARD = /^og\/.+\.png$/;

/**
 * Places whose text is code: a script or stylesheet, where what looks like a tag or comment is one (a script that
 * writes "<em>" writes markup, and a comment it writes is as hidden as one in the page). Their words are read with
 * markup left out only; every other text also as it is written (see search in leakScanner). The CMS's 5.8 MB script
 * read twice doubled the consent check's CPU on the demo (390 ms to 757 ms).
 */
const CODE = new Set<Place['kind']>(['script', 'style']);

/** Words shown around a hit in the report, at most. */
const SHOWN_WORDS = 14;

export interface FileScan {
	leaks: Leak[];
	/** File names of the pictures the file shows, to name a page for a picture found by its pixels. */
	pictures: string[];
	page: string;
}

/**
 * Scans one built file: `file` its path relative to the build, `content` its bytes, `parsed` (for a page) its bytes
 * parsed by another check already or on demand (BuiltSite.parsed; see fileText in site-text.ts).
 */
export type FileScanner = (file: string, content: Buffer, parsed?: () => HtmlDocument) => FileScan;

const scanners = new WeakMap<Needle[], FileScanner>();

/** The text leaks in one built file. `file` is its path relative to the build; `content` its bytes. */
export function leaksIn(file: string, content: Buffer, needles: Needle[]): Leak[] {
	return leakScanner(needles)(file, content).leaks;
}

/**
 * The needles prepared for a whole site, once: a function that scans one
 * built file for every text, reference and address needle at once.
 */
export function leakScanner(needles: Needle[], runLength = RUN_LENGTH): FileScanner {
	const cached = scanners.get(needles);
	if (cached) return cached;
	const literal = needles.filter((needle) => needle.kind === 'reference' || needle.kind === 'slug');
	const literalSearch = new NeedleSearch(literal.map((needle) => needle.value));
	// Text by runs of words; references also by their words, whole (written with entities, in JSON…).
	const wordNeedles = needles.filter((needle) => needle.kind === 'text' || needle.kind === 'reference');
	const matcher = new WordRunMatcher(
		wordNeedles.map((needle) => {
			const { words, starts: sentences } = needle.kind === 'text' ? readerSentences(needle.value) : { words: readerWords(needle.value), starts: [] };
			const starts = needle.own ? betweenLongSentences(sentences, words.length, runLength) : sentences;
			// Text shorter than a run is looked for whole only where needles.ts says so (a quote, a title, a name).
			const searched = needle.kind === 'reference' || words.length >= runLength || (needle.whole && words.length >= MIN_WORDS);
			return { words: searched ? words : [], starts, ...(needle.skip ? { skip: needle.skip } : {}), ...(needle.whole ? { whole: true } : {}) };
		}),
		runLength,
	);
	type Reading = { words: string[]; hits: ReturnType<WordRunMatcher['find']> };
	const remembered = new Map<string, Reading[]>();
	/**
	 * A text's words and the runs found in them. Text a reader is shown as it is written (every place but code, see
	 * CODE) is read both ways when it holds markup (readerReadings): "<!-- … -->" in an alt text, a description, an
	 * element's text or a JSON-LD string is shown, words and all. A needle found with the markup left out is not looked
	 * for again in the second reading, which would name it twice.
	 */
	const search = (text: string, code: boolean): Reading[] => {
		// Menus, footers and meta tags repeat on every page: their text is searched once. A page's own text is not looked up (that alone would read it once more).
		const short = text.length < 2000;
		const key = code ? `\0${text}` : text;
		const known = short ? remembered.get(key) : undefined;
		if (known) return known;
		const [words, markupRead] = code ? [readerWords(text)] : readerReadings(text);
		const found: Reading[] = [{ words, hits: matcher.find(words) }];
		if (markupRead) {
			const named = new Set(found[0]!.hits.map((hit) => hit.needle));
			const hits = matcher.find(markupRead).filter((hit) => !named.has(hit.needle));
			if (hits.length > 0) found.push({ words: markupRead, hits });
		}
		if (short) remembered.set(key, found);
		return found;
	};

	const scan: FileScanner = (file, content, parsed) => {
		const leaks: Leak[] = [];
		/** One line per needle and place; a reference or address found in a place is not reported again as found in the file's bytes. */
		const reported = new Set<string>();
		const report = (leak: Leak) => {
			const needle = needles.indexOf(leak.needle);
			const key = `${needle}\0${JSON.stringify(leak.place)}\0${leak.words ?? ''}`;
			if (reported.has(key) || ((leak.place.kind === 'address' || leak.place.kind === 'contents') && reported.has(`${needle}\0placed`))) return;
			reported.add(key).add(`${needle}\0placed`);
			leaks.push(leak);
		};
		const binary = BINARY.test(file);
		const text = binary ? undefined : fileText(file, content, parsed);
		const page = text?.page ?? file;
		literalSearch.forEach(`/${file}`, (at, position) => {
			const needle = literal[at]!;
			if (needle.kind === 'slug' && !isAddress(`/${file}`, position, needle.value)) return false;
			report({ page, file, place: { kind: 'file name' }, needle });
			return true;
		});
		if (!text) return { leaks, pictures: [], page };
		for (const segment of text.segments) {
			for (const { words, hits } of search(segment.text, CODE.has(segment.place.kind))) {
				if (hits.length === 0) continue;
				const all = spans(hits);
				for (const [needle, start, end] of all) {
					const found = wordNeedles[needle]!;
					// A pull quote or caption is also part of its story's text: named once, by the more exact field.
					if (found.field === 'body' && all.some(([other, otherStart, otherEnd]) => other !== needle && wordNeedles[other]!.source === found.source && otherStart < end && start < otherEnd)) continue;
					report({ page, file, place: segment.place, ...(found.kind === 'text' ? { words: shown(words, start, end) } : {}), needle: found });
				}
			}
		}
		literalSearch.forEach(text.raw, (at, position) => {
			const needle = literal[at]!;
			if (needle.kind === 'slug' && !isAddress(text.raw, position, needle.value)) return false;
			report({ page, file, place: needle.kind === 'slug' ? { kind: 'address' } : { kind: 'contents' }, needle });
			return true;
		});
		return { leaks, pictures: text.pictures, page };
	};
	scanners.set(needles, scan);
	return scan;
}

/**
 * Of the sentence starts of a person's own words (word offsets), those a run may not cross: between two sentences
 * that each have a run of their own. A shorter sentence would otherwise never be looked for, and a quote of short
 * sentences ("Ik was echt bang. Het ging heel goed. Dank aan iedereen daar.") not at all: its runs take in the words
 * around it. A run across two long sentences of a quote is left out, as one of a story's text is (see needles.ts).
 */
export function betweenLongSentences(starts: readonly number[], words: number, runLength: number): number[] {
	const ends = [...starts.slice(1), words];
	const long = (sentence: number) => sentence >= 0 && sentence < starts.length && ends[sentence]! - starts[sentence]! >= runLength;
	return starts.filter((_, sentence) => sentence > 0 && long(sentence - 1) && long(sentence));
}

function isAddress(text: string, position: number, value: string): boolean {
	return SLUG_BEFORE.has(text[position - 1] ?? '') && SLUG_AFTER.has(text[position + value.length] ?? '');
}

/** Runs found of one needle that touch or overlap, merged: [needle, first word, after the last word]. */
function spans(hits: ReturnType<WordRunMatcher['find']>): [number, number, number][] {
	const open = new Map<number, [number, number, number]>();
	const done: [number, number, number][] = [];
	for (const hit of hits) {
		const current = open.get(hit.needle);
		if (current && hit.position <= current[2]) current[2] = Math.max(current[2], hit.position + hit.length);
		else {
			if (current) done.push(current);
			open.set(hit.needle, [hit.needle, hit.position, hit.position + hit.length]);
		}
	}
	return [...done, ...open.values()];
}

function shown(words: string[], start: number, end: number): string {
	const found = words.slice(start, end);
	const text = found.length > SHOWN_WORDS ? `${found.slice(0, SHOWN_WORDS / 2).join(' ')} … ${found.slice(-SHOWN_WORDS / 2).join(' ')}` : found.join(' ');
	return `${start > 0 ? '… ' : ''}${text}${end < words.length ? ' …' : ''}`;
}

export interface FindLeaksOptions {
	/** Where to keep the pictures' perceptual hashes between builds (JSON), by their content. Default: not kept. */
	hashCache?: string;
	/**
	 * Where to keep what was found in each built file (JSON; see src/lib/findings-cache.ts), so that the next build
	 * searches only files that changed: a file with the same path and bytes, searched for the same needles by the
	 * same code, is not searched again. Default: not kept.
	 */
	findings?: string;
	/** The build's files, when other checks read them too: a page any of them parses is parsed once (BuiltSite.parsed). */
	site?: BuiltSite;
}

/** What is kept of one file's scan: its leaks with their needle by its place in the list (the list is in the cache's terms). */
interface KeptScan {
	page: string;
	pictures: string[];
	leaks: (Omit<Leak, 'needle'> & { needle: number })[];
}

/** The modules whose code makes a file's scan: the cache of scans belongs to them (see FindingsCache). */
const SCAN_CODE = [...['leak-check.ts', 'needle-search.ts', 'needles.ts', 'reader-words.ts', 'site-text.ts', 'word-runs.ts'].map((name) => new URL(name, import.meta.url)), ...PAGE_CODE];

/** Every leak in a built site: its text files, file names and pictures. */
export async function findLeaks(buildDir: string, needles: Needle[], options: FindLeaksOptions = {}): Promise<Leak[]> {
	const search = new LeakSearch(buildDir, needles, options);
	for (const file of search.site.files()) search.look(file);
	return search.finish();
}

/**
 * The consent check of a build, one file at a time, so that it can look at
 * each page while the other checks do (site-checks.ts): {@link look} at every
 * file of the build in the order of its list, then {@link finish}. The same
 * leaks, in the same order, as {@link findLeaks}.
 */
export class LeakSearch {
	/** The build's files, read and parsed through it. */
	readonly site: BuiltSite;
	private readonly buildDir: string;
	private readonly needles: Needle[];
	private readonly options: FindLeaksOptions;
	private readonly scan: FileScanner | undefined;
	private readonly kept: FindingsCache<KeptScan> | undefined;
	private readonly files: string[] = [];
	private readonly leaks: Leak[] = [];
	private readonly shownOn = new Map<string, Set<string>>();

	/** Nothing is searched when there are no needles. */
	constructor(buildDir: string, needles: Needle[], options: FindLeaksOptions = {}) {
		this.buildDir = buildDir;
		this.needles = needles;
		this.options = options;
		this.site = options.site ?? new BuiltSite(buildDir);
		if (needles.length === 0) return;
		this.scan = leakScanner(needles);
		// Every needle is in the terms, and with it today's verdicts (why.state, why.on): a withdrawal or an expiry searches every file again.
		this.kept = new FindingsCache<KeptScan>(options.findings, { code: SCAN_CODE, inputs: { needles, runLength: RUN_LENGTH } });
	}

	/** Searches one file of the build (`file` relative to it), unless what was found in it is kept from a build on the same terms. */
	look(file: string): void {
		const { scan, kept, site, needles } = this;
		if (!scan || !kept) return;
		this.files.push(file);
		// A picture or font is searched by its name only: its key is its path.
		const binary = BINARY.test(file);
		const key = kept.key(file, binary ? '' : site.hash(file));
		const known = kept.get(key);
		let result: FileScan;
		if (known) {
			result = { page: known.page, pictures: known.pictures, leaks: known.leaks.map((leak) => ({ ...leak, needle: needles[leak.needle]! })) };
		} else {
			const content = binary ? Buffer.alloc(0) : site.read(file);
			result = scan(file, content, () => site.parsed(file));
			kept.set(key, { page: result.page, pictures: result.pictures, leaks: result.leaks.map((leak) => ({ ...leak, needle: needles.indexOf(leak.needle) })) });
		}
		this.leaks.push(...result.leaks);
		for (const picture of result.pictures) {
			let pages = this.shownOn.get(picture);
			if (!pages) this.shownOn.set(picture, (pages = new Set()));
			pages.add(result.page);
		}
	}

	/** Keeps what was found in each file, then compares the pictures: every leak, those in the files' text first. */
	async finish(): Promise<Leak[]> {
		if (!this.kept) return [];
		this.kept.save();
		return [...this.leaks, ...(await pictureLeaks(this.buildDir, this.files, this.needles, this.shownOn, this.options))];
	}
}

/**
 * Published pictures that look like a picture that may not be published.
 * Astro's versions of one source (sizes, formats) are judged by one of them
 * (see QUICKEST_FIRST); every other picture on its own, but for the link
 * previews (see LINK_CARD).
 */
async function pictureLeaks(buildDir: string, files: string[], needles: Needle[], shownOn: Map<string, Set<string>>, options: FindLeaksOptions): Promise<Leak[]> {
	const pictures = needles.filter((needle) => needle.kind === 'picture');
	const hashes = new PerceptualHashCache(options.hashCache);
	try {
		if (pictures.length === 0) return [];
		const withheld: { needle: Needle; hash: string }[] = [];
		for (const needle of pictures) {
			const hash = fs.existsSync(needle.value) ? await hashes.hashOf(needle.value) : null;
			if (hash) withheld.push({ needle, hash });
		}
		const groups = new Map<string, string[]>();
		for (const file of files.filter((candidate) => RASTER.test(candidate) && !LINK_CARD.test(candidate))) {
			const key = PROCESSED.exec(path.posix.basename(file))?.[1];
			const group = key ? `${path.posix.dirname(file)}/${key}` : file;
			groups.set(group, [...(groups.get(group) ?? []), file]);
		}
		const leaks: Leak[] = [];
		const rank = (file: string) => {
			const format = QUICKEST_FIRST.indexOf(path.posix.extname(file).slice(1).toLowerCase());
			return [format < 0 ? QUICKEST_FIRST.length : format, fs.statSync(path.join(buildDir, file)).size] as const;
		};
		for (const members of groups.values()) {
			const ranked = members.map((file) => ({ file, rank: rank(file) }));
			const { file: judged } = ranked.reduce((best, next) => (next.rank[0] < best.rank[0] || (next.rank[0] === best.rank[0] && next.rank[1] < best.rank[1]) ? next : best));
			const hash = await hashes.hashOf(path.join(buildDir, judged));
			if (!hash) continue;
			for (const { needle, hash: original } of withheld) {
				const distance = hashDistance(hash, original);
				if (distance > SAME_PICTURE_DISTANCE) continue;
				const pages = [...new Set(members.flatMap((file) => [...(shownOn.get(path.posix.basename(file)) ?? [])]))];
				for (const page of pages.length > 0 ? pages.slice(0, 3) : [judged]) {
					leaks.push({ page, file: judged, place: { kind: 'picture', picture: `/${judged}`, distance: Math.round(distance * 10) / 10 }, needle });
				}
			}
		}
		return leaks;
	} finally {
		hashes.save();
	}
}

/** How a place is named in the report, in the editor's language. */
export function placeLabel(place: LeakPlace): string {
	return messagePart('leakPlace', place);
}

/** Why the source may not be published, as the report says it, in the editor's language. */
export function whyNotLabel(why: WhyNot): string {
	return messagePart('leakReason', why);
}

/** One line of the report, e.g. "nl/verhalen/een-dag-met-thomas/ — tekst: '… om drie uur …' komt uit testimonials/henk-jan.md (quote), ingetrokken op 2026-11-30 [consent.leak]". */
export function describeLeak(leak: Leak): string {
	const what = messagePart(
		'leakWhat',
		leak.words ? { kind: 'words', words: leak.words } : leak.needle.kind === 'reference' ? { kind: 'reference', value: leak.needle.value } : leak.needle.kind === 'slug' ? { kind: 'slug', value: leak.needle.value } : { kind: 'photo' },
	);
	const field = leak.needle.kind === 'picture' ? `${leak.needle.field}: ${path.basename(leak.needle.value)}` : leak.needle.field;
	return `${leak.page} — ${message('consent.leak', { place: placeLabel(leak.place), what, source: leak.needle.source, field, why: whyNotLabel(leak.needle.why) })}`;
}

/** Lines of the report at most; the rest are counted. */
const REPORTED = 100;

/** The leak report an editor reads when the build stops: first one line for each thing found, then where else it is. */
export function describeLeaks(leaks: Leak[]): string {
	const seen = new Set<Needle>();
	const firsts = new Set(leaks.filter((leak) => !seen.has(leak.needle) && seen.add(leak.needle)));
	const sorted = [...firsts, ...leaks.filter((leak) => !firsts.has(leak))];
	const lines = sorted.slice(0, REPORTED).map((leak) => `  - ${describeLeak(leak)}`);
	if (leaks.length > REPORTED) lines.push(`  - ${message('consent.leakMore', { count: leaks.length - REPORTED })}`);
	return [titled(message('consent.leaksFound')), ...lines, message('consent.leaksFix')].join('\n');
}
