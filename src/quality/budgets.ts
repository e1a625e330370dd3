import { gzipSync } from 'node:zlib';
import { attribute, findElement, findElements, hasWord, isElement, named, parseHtml, parsePage, textOf, type HtmlDocument, type HtmlElement } from '../lib/html-document.ts';
import { PAGE_SIZE } from '../lib/pagination.ts';
import { message } from '../messages/index.ts';

/**
 * Performance budgets for the built site: what keeps a story fast on a phone
 * on a slow connection, checked on the files in dist/ rather than in a
 * browser, so the check takes a second and says which page broke which budget.
 *
 * Pure: it gets the list of built files and a way to read them.
 *
 * @example
 * const site = { files: listFiles('dist'), read: (file) => fs.readFileSync(path.join('dist', file)) };
 * const breaches = checkBudgets(site, {
 * 	scriptPages: ['nl/zoeken/index.html', 'en/search/index.html'],
 * 	isStoryPage: storyPageMatcher(['nl/verhalen/', 'en/stories/']),
 * });
 */

/** 1 KB is 1,024 bytes in every budget and message here. */
export const KB = 1024;

export type BudgetName = 'scripts' | 'story-weight' | 'lcp-image' | 'listing-size';

export interface BudgetLimits {
	/** Scripts other than structured data (JSON-LD) on a page that is not allowed any. Default 0. */
	scripts: number;
	/** A story's HTML plus the CSS it links, each gzipped at level 9, summed, in bytes. Default 20 KB. */
	storyWeight: number;
	/** The file a phone loads for a story's first picture, in bytes. Default 100 KB. */
	lcpImage: number;
	/** Items in one listing on one page. Default 24, the page size of src/lib/pagination.ts. */
	listingItems: number;
}

export const DEFAULT_LIMITS: BudgetLimits = {
	scripts: 0,
	storyWeight: 20 * KB,
	lcpImage: 100 * KB,
	listingItems: PAGE_SIZE,
};

/** The built site: every file relative to its root with forward slashes ("nl/index.html", "_astro/x.css"). */
export interface SiteFiles {
	files: readonly string[];
	read: (file: string) => Buffer;
}

export interface BudgetOptions {
	/** HTML files that may load scripts, relative to the site root: the search pages, e.g. "nl/zoeken/index.html". */
	scriptPages: readonly string[];
	/**
	 * External scripts every page may load, by their exact src: only the statistics script the
	 * settings name (Plausible's, see src/analytics/analytics.ts). Not counted against `scripts`.
	 * Default none.
	 */
	allowedScripts?: readonly string[];
	/** Which HTML files are story pages, e.g. `storyPageMatcher(['nl/verhalen/', 'en/stories/'])`. */
	isStoryPage: (file: string) => boolean;
	/** The path the site is published under, as Astro's base ("/zorgmerk/"). Default "/". */
	base?: string;
	/** Overrides for single limits; see {@link DEFAULT_LIMITS}. */
	limits?: Partial<BudgetLimits>;
}

export interface BudgetBreach {
	/** The HTML page, relative to the site root, e.g. "nl/verhalen/x/index.html". */
	file: string;
	budget: BudgetName;
	/** What was measured: a count, or bytes. */
	actual: number;
	limit: number;
	/** Names the page by its address and says what to do, in Dutch and English. */
	message: string;
}

/**
 * Story pages are `<section>/<slug>/index.html` right below one of these
 * folders; deeper pages (by specialty, by audience, page 2 of the listing)
 * and the listing itself are not stories.
 */
export function storyPageMatcher(sections: readonly string[]): (file: string) => boolean {
	return (file) => sections.some((section) => file.startsWith(section) && /^[^/]+\/index\.html$/.test(file.slice(section.length)));
}

/** Checks every budget on every HTML page of the site; an empty list means all budgets hold. */
export function checkBudgets(site: SiteFiles, options: BudgetOptions): BudgetBreach[] {
	const pages = site.files
		.filter((candidate) => candidate.endsWith('.html'))
		.map((file) => {
			const html = site.read(file);
			return { file, facts: pageFacts(parsePage(html), html, options.isStoryPage(file)) };
		});
	return judgeBudgets(site, pages, options);
}

/**
 * What the budgets measure on one page, as JSON: the build keeps it per page
 * content (src/lib/findings-cache.ts) and reads only pages that changed; the
 * files a page points at (stylesheets, its first picture) are measured by
 * {@link judgeBudgets} on every build.
 */
export interface PageFacts {
	/**
	 * The page's scripts other than structured data, as they are: whether one is allowed depends on the
	 * settings ({@link BudgetOptions.allowedScripts}), which {@link judgeBudgets} applies on every build.
	 */
	scripts: PageScript[];
	/** Only for a story page. */
	story?: {
		/** The page's HTML gzipped at level 9, in bytes. */
		html: number;
		/** The href of every stylesheet it links, in order. */
		stylesheets: string[];
		/** The candidate a phone loads for its first picture (see TARGET_WIDTH); none when it has none. */
		lcpImage?: { url: string; width?: number };
	};
	/** Every listing (an element with data-listing): its name and its items. */
	listings: { name: string; items: number }[];
}

/** A <script> on a page, as the budget for scripts judges it. */
export interface PageScript {
	/** Its src attribute as written; absent for an inline script. */
	src?: string;
	/** Whether it has the defer attribute. */
	defer: boolean;
	/** Whether it has text of its own (code between the tags, not only white space). */
	text: boolean;
}

/**
 * Measures one page, parsed (parsePage in src/lib/html-document.ts).
 *
 * @param html the page's bytes, for the weight of a story.
 * @param story whether it is a story page (see {@link storyPageMatcher}).
 */
export function pageFacts(root: HtmlDocument, html: Buffer, story: boolean): PageFacts {
	const scripts = findElements(root, named('script')).filter((script) => (attribute(script, 'type') ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/ld+json');
	const facts: PageFacts = {
		scripts: scripts.map((script) => {
			const src = attribute(script, 'src');
			return { ...(src === undefined ? {} : { src }), defer: Object.hasOwn(script.attribs, 'defer'), text: textOf(script).trim() !== '' };
		}),
		listings: listingsOf(root),
	};
	if (story) {
		const stylesheets = findElements(root, named('link', 'href'))
			.filter((link) => hasWord((attribute(link, 'rel') ?? '').toLowerCase(), 'stylesheet'))
			.map((link) => link.attribs.href!);
		const lcpImage = lcpCandidate(root);
		facts.story = { html: gzipSync(html, { level: 9 }).length, stylesheets, ...(lcpImage ? { lcpImage } : {}) };
	}
	return facts;
}

/**
 * Every budget of every page, from what {@link pageFacts} measured on each (in
 * the order of `pages`) and the files they point at in `site`.
 *
 * @throws Error when a page points at a stylesheet or picture that is not in the built site (usually the wrong base).
 */
export function judgeBudgets(site: SiteFiles, pages: readonly { file: string; facts: PageFacts }[], options: BudgetOptions): BudgetBreach[] {
	const limits = { ...DEFAULT_LIMITS, ...options.limits };
	const context = new SiteContext(site, options.base ?? '/');
	const scriptPages = new Set(options.scriptPages);
	const breaches: BudgetBreach[] = [];
	for (const { file, facts } of pages) {
		if (!scriptPages.has(file)) breaches.push(...checkScripts(context, file, facts.scripts, limits.scripts, options.allowedScripts ?? []));
		if (facts.story) {
			breaches.push(...checkStoryWeight(context, file, facts.story, limits.storyWeight));
			breaches.push(...checkLcpImage(context, file, facts.story, limits.lcpImage));
		}
		breaches.push(...checkListings(context, file, facts.listings, limits.listingItems));
	}
	return breaches;
}

/** What the budgets measure on one story page, breached or not: for reports such as "how heavy are our stories". */
export interface StoryMeasurement {
	file: string;
	/** HTML gzipped, in bytes. */
	html: number;
	/** Each linked stylesheet, gzipped, in bytes. */
	stylesheets: { file: string; gzipped: number }[];
	/** HTML plus stylesheets, as the story-weight budget counts it. */
	total: number;
	/** The picture a phone loads first, as the lcp-image budget picks it; undefined when the story has none. */
	lcpImage?: LcpImage;
}

/** Measures one story page the way the budgets do. */
export function measureStory(site: SiteFiles, file: string, base = '/'): StoryMeasurement {
	const context = new SiteContext(site, base);
	const html = site.read(file);
	const { story } = pageFacts(parsePage(html), html, true);
	const weight = storyWeight(context, file, story!);
	const lcpImage = findLcpImage(context, file, story!);
	return { file, ...weight, ...(lcpImage ? { lcpImage } : {}) };
}

/** Counts the items of every listing (an element with data-listing) on a page. */
export function measureListings(html: string): { name: string; items: number }[] {
	return listingsOf(parseHtml(html));
}

function listingsOf(root: HtmlDocument): PageFacts['listings'] {
	return findElements(root, (element) => Object.hasOwn(element.attribs, 'data-listing')).map((listing) => ({ name: attribute(listing, 'data-listing') ?? '', items: topLevelItems(listing) }));
}

// ---------------------------------------------------------------------------

type StoryFacts = NonNullable<PageFacts['story']>;

class SiteContext {
	readonly site: SiteFiles;
	readonly files: ReadonlySet<string>;
	readonly base: string;
	private readonly gzipped = new Map<string, number>();

	constructor(site: SiteFiles, base: string) {
		this.site = site;
		this.files = new Set(site.files);
		this.base = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	}

	/** The address a visitor sees for a built file: "nl/x/index.html" → "/nl/x/". */
	address(file: string): string {
		return `${this.base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
	}

	/**
	 * The built file a reference on `page` points to ("/zorgmerk/_astro/x.css",
	 * "../x.css"), or undefined for another website. Throws when it points into
	 * the site but no such file was built: usually the wrong base path.
	 */
	fileFor(page: string, reference: string, what: string): string | undefined {
		const url = new URL(reference, `https://site.invalid${this.address(page)}`);
		if (url.origin !== 'https://site.invalid') return undefined;
		const pathname = decodeURIComponent(url.pathname);
		const file = pathname.startsWith(this.base) ? pathname.slice(this.base.length) : undefined;
		const resolved = file === undefined || file === '' || file.endsWith('/') ? `${file ?? ''}index.html` : file;
		if (file === undefined || !this.files.has(resolved)) {
			throw new Error(`${this.address(page)} (${page}): ${what} "${reference}" is not in the built site${file === undefined ? ` (it is outside the base path ${this.base})` : ''}. Is the base path right?`);
		}
		return resolved;
	}

	/** Size in bytes after gzip at level 9; each file once. */
	gzippedSize(file: string): number {
		let size = this.gzipped.get(file);
		if (size === undefined) {
			size = gzipSync(this.site.read(file), { level: 9 }).length;
			this.gzipped.set(file, size);
		}
		return size;
	}
}

const formatKb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function breach(context: SiteContext, file: string, budget: BudgetName, actual: number, limit: number, problem: string): BudgetBreach {
	return { file, budget, actual, limit, message: `${context.address(file)} (${file}): ${problem}` };
}

// (a) Content pages work without JavaScript; structured data is data, not code. The one exception the settings
// may make, Plausible's statistics script, counts only as itself: external, at exactly that address, deferred.
function checkScripts(context: SiteContext, file: string, all: readonly PageScript[], limit: number, allowed: readonly string[]): BudgetBreach[] {
	const isAllowed = (script: PageScript) => script.src !== undefined && allowed.includes(script.src) && script.defer && !script.text;
	const scripts = all.filter((script) => !isAllowed(script));
	if (scripts.length <= limit) return [];
	const names = scripts.map((script) => script.src ?? 'inline').join(', ');
	return [
		breach(
			context,
			file,
			'scripts',
			scripts.length,
			limit,
			message('budget.scripts', { count: scripts.length, names }),
		),
	];
}

// (b) A story's HTML and CSS, what the browser needs before it can show the text.
function storyWeight(context: SiteContext, file: string, story: StoryFacts) {
	const stylesheetFiles = [...new Set(story.stylesheets.flatMap((href) => context.fileFor(file, href, 'the stylesheet') ?? []))];
	const stylesheets = stylesheetFiles.map((stylesheet) => ({ file: stylesheet, gzipped: context.gzippedSize(stylesheet) }));
	const { html } = story;
	return { html, stylesheets, total: html + stylesheets.reduce((sum, stylesheet) => sum + stylesheet.gzipped, 0) };
}

function checkStoryWeight(context: SiteContext, file: string, story: StoryFacts, limit: number): BudgetBreach[] {
	const { html, stylesheets, total } = storyWeight(context, file, story);
	if (total <= limit) return [];
	const css = stylesheets.reduce((sum, stylesheet) => sum + stylesheet.gzipped, 0);
	const parts = `HTML ${formatKb(html)} + ${stylesheets.length} stylesheet(s) ${formatKb(css)}`;
	return [
		breach(
			context,
			file,
			'story-weight',
			total,
			limit,
			message('budget.storyWeight', { total: formatKb(total), parts, limit: formatKb(limit) }),
		),
	];
}

/** The phone width we measure for, in CSS pixels (an iPhone 12 to 15). */
const PHONE_WIDTH = 390;
/**
 * (c) Which candidate a phone downloads for a story's first picture. A phone
 * 390 CSS pixels wide at device pixel ratio 3, with the picture at full width
 * (a story hero's sizes say 100vw below 72rem), would ask for 1,170 pixels.
 * We deliberately count 2 pixels per CSS pixel (780 w) instead: beyond 2× the
 * difference is hard to see, and it is what we want the budget to guarantee
 * at the least. So: the AVIF source's smallest candidate at least 780 w wide,
 * or its largest when none is; `sizes` is not evaluated. A picture without an
 * AVIF source falls back to the <img>'s own srcset by the same rule, then to
 * its src. An <img> without srcset counts as is.
 */
const TARGET_WIDTH = PHONE_WIDTH * 2;

export interface LcpImage {
	/** The built image file, relative to the site root. */
	file: string;
	/** The srcset width descriptor, when it had one. */
	width?: number;
	bytes: number;
}

/** The candidate a phone loads for a story's first picture, by the rule of TARGET_WIDTH. */
function lcpCandidate(root: HtmlDocument): { url: string; width?: number } | undefined {
	const image = findElement(root, (element) => element.name === 'img' && insideArticle(element));
	if (!image) return undefined;
	const parent = image.parent;
	const picture = parent && isElement(parent) && parent.name === 'picture' ? parent : undefined;
	const avif = picture && findElements(picture, named('source')).find((source) => {
		const type = attribute(source, 'type');
		return type ? type.trim().toLowerCase() === 'image/avif' : /\.avif(\s|,|$)/i.test(attribute(source, 'srcset') ?? '');
	});
	const candidates = parseSrcset((avif && attribute(avif, 'srcset')) ?? attribute(image, 'srcset') ?? '');
	const src = attribute(image, 'src');
	return pickCandidate(candidates) ?? (src ? { url: src } : undefined);
}

/** Whether an element is inside an <article> (as CSS's `article img`). */
function insideArticle(element: HtmlElement): boolean {
	for (let parent = element.parent; parent && isElement(parent); parent = parent.parent) {
		if (parent.name === 'article') return true;
	}
	return false;
}

function findLcpImage(context: SiteContext, file: string, story: StoryFacts): LcpImage | undefined {
	const choice = story.lcpImage;
	if (!choice) return undefined;
	const imageFile = context.fileFor(file, choice.url, 'the first picture');
	if (!imageFile) return undefined; // Another website: the build's audit already refuses those.
	return { file: imageFile, ...(choice.width ? { width: choice.width } : {}), bytes: context.site.read(imageFile).length };
}

/** Candidates of a srcset ("a.avif 400w, b.avif 800w"); density descriptors ("2x") are kept without a width. */
export function parseSrcset(srcset: string): { url: string; width?: number }[] {
	return srcset
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/))
		.filter(([url]) => Boolean(url))
		.map(([url, descriptor]) => {
			const width = descriptor?.endsWith('w') ? Number(descriptor.slice(0, -1)) : undefined;
			return width ? { url: url!, width } : { url: url! };
		});
}

/** The smallest candidate at least TARGET_WIDTH wide, else the widest; the first one when none has a width. */
export function pickCandidate(candidates: readonly { url: string; width?: number }[], target = TARGET_WIDTH): { url: string; width?: number } | undefined {
	const sized = candidates.filter((candidate) => candidate.width !== undefined).sort((a, b) => a.width! - b.width!);
	if (sized.length === 0) return candidates[0];
	return sized.find((candidate) => candidate.width! >= target) ?? sized.at(-1);
}

function checkLcpImage(context: SiteContext, file: string, story: StoryFacts, limit: number): BudgetBreach[] {
	const image = findLcpImage(context, file, story);
	if (!image || image.bytes <= limit) return [];
	const which = `${context.base}${image.file}${image.width ? `, ${image.width} px` : ''}`;
	return [
		breach(
			context,
			file,
			'lcp-image',
			image.bytes,
			limit,
			message('budget.firstPicture', { size: formatKb(image.bytes), which, limit: formatKb(limit) }),
		),
	];
}

// (d) Long listings make a page slow and hard to scan on a phone: paginate.
function checkListings(context: SiteContext, file: string, listings: PageFacts['listings'], limit: number): BudgetBreach[] {
	return listings.flatMap((listing) => {
		const { items } = listing;
		if (items <= limit) return [];
		const name = listing.name ? ` "${listing.name}"` : '';
		return [
			breach(
				context,
				file,
				'listing-size',
				items,
				limit,
				message('budget.listing', { name, items, limit }),
			),
		];
	});
}

/** The list items of a listing, not counting lists inside its items (a card's own list of tags). */
function topLevelItems(listing: HtmlElement): number {
	return findElements(listing, named('li')).filter((item) => {
		for (let parent = item.parent; parent && parent !== listing; parent = parent.parent) {
			if (isElement(parent) && parent.name === 'li') return false;
		}
		return true;
	}).length;
}
