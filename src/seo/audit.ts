import { attribute, findElement, findElements, hasWord, named, parseHtml, textOf, type HtmlDocument, type HtmlElement } from '../lib/html-document.ts';
import { DESCRIPTION_LENGTH, TITLE_LENGTH } from './meta.ts';
import { message, renderMessage, type CodedMessage, type MessageCode, titled } from '../messages/index.ts';

/**
 * The SEO and health-content audit that runs after every build: it reads the
 * built pages as a search engine would and lists every defect with its page.
 * Pure: it gets the pages' HTML and the list of built files.
 */

export interface Defect {
	/** The page, relative to the build folder, e.g. "nl/verhalen/x/index.html". */
	page: string;
	/** What is wrong, as the catalogue's code (src/messages/catalogue.ts), e.g. "seo.brokenLink". */
	code: MessageCode;
	/** What is wrong and what to do, in the editor's language, ending with the code: "de link naar /nl/weg/ … [seo.brokenLink]". */
	problem: string;
	/** Advice for editors (a title search engines cut off): shown in the build log, never stops a build. */
	advice?: true;
}

export interface AuditInput {
	/** Every HTML page: its path relative to the build and its HTML. */
	pages: { file: string; html: string }[];
	/** Every file of the build, relative to it, with forward slashes. */
	files: ReadonlySet<string>;
	/** The built sitemap.xml, if any. */
	sitemap?: string;
	/** The site's address without trailing slash, e.g. "https://www.ziekenhuis.example". */
	siteUrl: string;
	/** Astro's base, e.g. "/" or "/zorgmerk/". */
	base: string;
	/** Other origins pages may load from: only the statistics service the organisation chose. */
	allowedOrigins?: string[];
}

/** Titles that say nothing about the page. */
const EMPTY_TITLES = new Set(['home', 'homepage', 'untitled', 'index', 'welkom', 'welcome', 'pagina', 'page', 'new page', 'nieuwe pagina']);

/** Required schema.org properties per type, as search engines expect them. */
const REQUIRED_PROPERTIES: Record<string, string[]> = {
	Hospital: ['name', 'url', 'logo', 'address', 'telephone'],
	MedicalClinic: ['name', 'url'],
	MedicalWebPage: ['name', 'url', 'inLanguage'],
	Article: ['headline', 'datePublished', 'author', 'publisher'],
	BreadcrumbList: ['itemListElement'],
	Person: ['name'],
	Physician: ['name', 'hasCredential'],
	PostalAddress: ['streetAddress', 'postalCode', 'addressLocality', 'addressCountry'],
	MedicalCondition: ['name'],
	MedicalProcedure: ['name'],
};
/** Testimonials are never marked up as reviews: search engines ignore self-serving reviews and stars mislead. */
const FORBIDDEN_TYPES = new Set(['Review', 'AggregateRating', 'Rating']);

/** A <link> whose rel holds `word` (as CSS's `link[rel~=word]`). */
const linkWith = (word: string) => (element: HtmlElement) => element.name === 'link' && hasWord(element.attribs.rel, word);

/** Tags that load something into the page (as opposed to links a visitor may follow), and the attribute that says from where. */
const LOADING_ELEMENTS: [test: (element: HtmlElement) => boolean, attribute: string][] = [
	[named('script', 'src'), 'src'],
	[linkWith('stylesheet'), 'href'],
	[linkWith('icon'), 'href'],
	[linkWith('preload'), 'href'],
	[linkWith('modulepreload'), 'href'],
	[linkWith('manifest'), 'href'],
	[named('img'), 'src'],
	[named('source'), 'src'],
	[named('video'), 'src'],
	[named('audio'), 'src'],
	[named('iframe'), 'src'],
	[named('embed'), 'src'],
	[named('object'), 'data'],
];

/** The content of the first <meta> whose `key` is `value`, trimmed; undefined when there is none or it is empty. */
function metaContent(root: HtmlDocument, key: 'name' | 'property', value: string): string | undefined {
	const meta = findElement(root, named('meta', key, value));
	return (meta && attribute(meta, 'content')?.trim()) || undefined;
}

/** What the audit needs of the site to audit one page on its own: the inputs that are the same for every page. */
export type PageAuditContext = Pick<AuditInput, 'siteUrl' | 'base' | 'allowedOrigins'>;

/**
 * What the audit found on one page, and what the checks of the whole site
 * need of it (see {@link judgeSite}), as JSON: the build keeps it per page
 * content (src/lib/findings-cache.ts) and audits only pages that changed.
 */
export interface PageAudit {
	/** The ids on the page, for links to #anchors from other pages. */
	ids: string[];
	/** What to report, in the order it is reported: a problem, or a check that needs the site. */
	items: PageItem[];
	/** "<lang>:<title>" of an indexable page with a good title, for duplicates. */
	title?: string;
	/** "<lang>:<description>" of an indexable page with a description, for duplicates. */
	description?: string;
}

/**
 * One thing to report of a page, kept without words or limits of its own so
 * that what the build keeps does not depend on the editor's language or on a
 * limit that may change ({@link judgeSite} words and judges it on every build):
 * - a problem of the page itself, as the catalogue's code and its parameters;
 * - what a length problem or advice (a {@link Defect} with `advice`) is made
 *   of: an indexable page's title and its length in characters (advice over
 *   TITLE_LENGTH.cutOff), the length of its meta description in characters (a
 *   problem outside DESCRIPTION_LENGTH; both in meta.ts), a heading (its tag,
 *   "h2") with the same words as the page's <h1> (`repeats`, the <h1>'s text);
 * - what depends on other files: a file the page points at (og:image, a link,
 *   and an #anchor on the page linked to), or whether its address is in
 *   sitemap.xml.
 */
export type PageItem =
	| CodedMessage
	| { title: string; length: number }
	| { descriptionLength: number }
	| { heading: string; repeats: string }
	| { image: string; url: string }
	| { link: string; href: string; anchor?: string }
	| { canonical: string; indexable: boolean };

/** Audits every page and the site as a whole: {@link auditPage} for each page, then {@link judgeSite}. */
export function auditSite(input: AuditInput): Defect[] {
	return judgeSite(
		input.pages.map((page) => ({ file: page.file, audit: auditPage(page.file, parseHtml(page.html), input) })),
		input,
	);
}

/**
 * The audit of one page, parsed (parseHtml in src/lib/html-document.ts), on
 * its own: everything but what needs other files. Reads the page as a
 * browser does: what is inside <noscript> too, and the code of a <script> as
 * it is written (entities are not decoded there).
 *
 * @param file the page, relative to the build folder, e.g. "nl/verhalen/x/index.html".
 */
export function auditPage(file: string, root: HtmlDocument, input: PageAuditContext): PageAudit {
	const { base, fileOf, publicPrefix, siteOrigin } = addresses(input);
	const allowedOrigins = new Set([siteOrigin, ...(input.allowedOrigins ?? [])]);
	const items: PageItem[] = [];
	const result: PageAudit = { ids: findElements(root, (element) => Object.hasOwn(element.attribs, 'id')).map((element) => element.attribs.id!), items };
	{
		const report = (found: CodedMessage) => items.push(found);
		const robots = metaContent(root, 'name', 'robots') ?? '';
		const indexable = !/noindex/i.test(robots);

		const html = findElement(root, named('html'));
		const lang = html && attribute(html, 'lang');
		if (!lang) report({ code: 'seo.langMissing' });

		const titleElement = findElement(root, named('title'));
		const title = titleElement ? textOf(titleElement).trim() : '';
		if (!title) report({ code: 'seo.titleMissing' });
		else if (EMPTY_TITLES.has(title.toLowerCase()) || title.length < 10) report({ code: 'seo.titleSaysNothing', params: { title } });
		else if (indexable) {
			// Unique per language: a translation may share a name, such as a location's.
			result.title = `${lang}:${title}`;
			items.push({ title, length: [...title].length });
		}

		const description = metaContent(root, 'name', 'description');
		if (!description) report({ code: 'seo.descriptionMissing' });
		else {
			items.push({ descriptionLength: [...description].length });
			if (indexable) result.description = `${lang}:${description}`;
		}

		const canonicalLink = findElement(root, named('link', 'rel', 'canonical'));
		const canonical = canonicalLink && attribute(canonicalLink, 'href');
		if (!canonical) report({ code: 'seo.canonicalMissing' });
		else if (!/^https?:\/\//.test(canonical)) report({ code: 'seo.canonicalNotAbsolute', params: { url: canonical } });

		for (const property of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'og:locale']) {
			if (!metaContent(root, 'property', property)) report({ code: 'seo.shareTagMissing', params: { tag: property } });
		}
		const ogImage = metaContent(root, 'property', 'og:image');
		if (ogImage) {
			if (!/^https?:\/\//.test(ogImage)) report({ code: 'seo.shareImageNotAbsolute', params: { url: ogImage } });
			else {
				const imageFile = fileOf(ogImage);
				if (imageFile !== undefined) items.push({ image: imageFile, url: ogImage });
			}
		}
		if (!metaContent(root, 'name', 'twitter:card')) report({ code: 'seo.shareTagMissing', params: { tag: 'twitter:card' } });

		if (indexable) {
			const hreflangs = findElements(root, (element) => named('link', 'rel', 'alternate')(element) && Object.hasOwn(element.attribs, 'hreflang')).map((link) => link.attribs.hreflang!);
			if (!hreflangs.includes('x-default') || hreflangs.length < 2) report({ code: 'seo.hreflangMissing' });
			if (canonical) items.push({ canonical, indexable: true });
		} else if (canonical) {
			items.push({ canonical, indexable: false });
		}

		for (const script of findElements(root, named('script', 'type', 'application/ld+json'))) {
			let data: unknown;
			try {
				data = JSON.parse(textOf(script));
			} catch (error) {
				report({ code: 'seo.structuredDataUnreadable', params: { detail: (error as Error).message } });
				continue;
			}
			for (const problem of checkStructuredData(data)) report(problem);
		}

		const headings = findElements(root, (element) => HEADINGS.has(element.name));
		const h1s = headings.filter((heading) => heading.name === 'h1');
		if (h1s.length !== 1) report({ code: 'seo.mainHeadingCount', params: { count: h1s.length } });
		const mainHeading = h1s[0] ? headingText(h1s[0]) : '';
		for (const heading of headings) {
			if (heading.name !== 'h1' && mainHeading && headingText(heading) === mainHeading) items.push({ heading: heading.name, repeats: textOf(h1s[0]!).trim() });
		}
		let previous = 0;
		for (const heading of headings) {
			const level = Number(heading.name.slice(1));
			if (previous > 0 && level > previous + 1) report({ code: 'seo.headingLevelSkipped', params: { from: previous, to: level, text: textOf(heading).trim().slice(0, 40) } });
			previous = level;
		}

		for (const image of findElements(root, named('img'))) {
			if (!Object.hasOwn(image.attribs, 'alt')) report({ code: 'seo.imageAltMissing', params: { src: attribute(image, 'src') ?? '' } });
		}

		for (const [test, name] of LOADING_ELEMENTS) {
			for (const element of findElements(root, test)) {
				const urls = [attribute(element, name), ...(attribute(element, 'srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0])];
				for (const url of urls) {
					if (url && /^(https?:)?\/\//.test(url) && !allowedOrigins.has(new URL(url, siteOrigin).origin)) report({ code: 'seo.loadsFromElsewhere', params: { url } });
				}
			}
		}

		for (const link of findElements(root, named('a', 'href'))) {
			const href = link.attribs.href!;
			if (/^(mailto|tel|sms):/.test(href) || (/^(https?:)?\/\//.test(href) && !href.startsWith(publicPrefix))) continue;
			const [target = '', anchor] = href.split('#') as [string, string | undefined];
			const targetFile = target === '' ? file : fileOf(target);
			if (targetFile === undefined) {
				report({ code: 'seo.linkOutsideBase', params: { href, base } });
				continue;
			}
			items.push(anchor ? { link: targetFile, href, anchor } : { link: targetFile, href });
		}
	}
	return result;
}

/**
 * The checks that need the whole site, from every page's {@link PageAudit}
 * (in the order of `pages`): files pointed at, #anchors on other pages,
 * sitemap.xml, and titles and descriptions used by more than one page.
 *
 * @returns every defect, advice included, per page in the order of `pages`, then the duplicates.
 */
export function judgeSite(pages: readonly { file: string; audit: PageAudit }[], input: Omit<AuditInput, 'pages'>): Defect[] {
	const defects: Defect[] = [];
	const report = (page: string, found: CodedMessage) => defects.push({ page, code: found.code, problem: renderMessage(found) });
	const advise = (page: string, found: CodedMessage) => defects.push({ page, code: found.code, problem: renderMessage(found), advice: true });
	const exists = (file: string) => input.files.has(file);
	const ids = new Map(pages.map(({ file, audit }) => [file, new Set(audit.ids)]));
	const sitemapUrls = new Set([...(input.sitemap ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&')));
	const titles = new Map<string, string[]>();
	const descriptions = new Map<string, string[]>();

	for (const { file, audit } of pages) {
		if (audit.title !== undefined) titles.set(audit.title, [...(titles.get(audit.title) ?? []), file]);
		if (audit.description !== undefined) descriptions.set(audit.description, [...(descriptions.get(audit.description) ?? []), file]);
		for (const item of audit.items) {
			if ('code' in item) report(file, item);
			else if ('descriptionLength' in item) {
				const length = item.descriptionLength;
				if (length > DESCRIPTION_LENGTH.maximum) report(file, { code: 'seo.descriptionTooLong', params: { length, maximum: DESCRIPTION_LENGTH.maximum } });
				if (length < DESCRIPTION_LENGTH.minimum) report(file, { code: 'seo.descriptionTooShort', params: { length, minimum: DESCRIPTION_LENGTH.minimum } });
			} else if ('length' in item) {
				if (item.length > TITLE_LENGTH.cutOff) advise(file, { code: 'seo.titleTooLong', params: { title: item.title, length: item.length, shown: TITLE_LENGTH.shown } });
			} else if ('repeats' in item) advise(file, { code: 'seo.headingRepeated', params: { tag: item.heading, text: item.repeats } });
			else if ('image' in item) {
				if (!exists(item.image)) report(file, { code: 'seo.shareImageNotBuilt', params: { url: item.url } });
			} else if ('canonical' in item) {
				if (item.indexable && input.sitemap !== undefined && !sitemapUrls.has(item.canonical)) report(file, { code: 'seo.notInSitemap', params: { url: item.canonical } });
				else if (!item.indexable && sitemapUrls.has(item.canonical)) report(file, { code: 'seo.noindexInSitemap', params: { url: item.canonical } });
			} else if (!exists(item.link)) report(file, { code: 'seo.brokenLink', params: { href: item.href } });
			else if (item.anchor && item.link.endsWith('.html') && !ids.get(item.link)?.has(decodeURIComponent(item.anchor))) {
				report(file, { code: 'seo.missingAnchor', params: { href: item.href, anchor: item.anchor } });
			}
		}
	}

	/** Each page that shares a text with others, naming the others as the report names pages ("/nl/x/index.html"). */
	const reportDuplicates = (seen: Map<string, string[]>, found: (text: string, others: string) => CodedMessage) => {
		for (const [key, pages] of seen) {
			if (pages.length < 2) continue;
			const text = key.slice(key.indexOf(':') + 1);
			const shown = [...text].length > 60 ? `${[...text].slice(0, 60).join('')}…` : text;
			for (const page of pages) report(page, found(shown, pages.filter((other) => other !== page).map((other) => `/${other}`).join(', ')));
		}
	};
	reportDuplicates(titles, (title, pages) => ({ code: 'seo.duplicateTitle', params: { title, pages } }));
	reportDuplicates(descriptions, (description, pages) => ({ code: 'seo.duplicateDescription', params: { description, pages } }));
	return defects;
}

/** The headings, <h1> to <h6>. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading's words, for comparing: spacing and case do not count. */
const headingText = (heading: HtmlElement) => textOf(heading).trim().replace(/\s+/g, ' ').toLowerCase();

/** How the audit reads the site's addresses. */
function addresses(input: PageAuditContext) {
	const base = input.base.endsWith('/') ? input.base : `${input.base}/`;
	const siteOrigin = new URL(input.siteUrl).origin;
	const publicPrefix = `${input.siteUrl.replace(/\/$/, '')}${base.slice(0, -1)}/`;
	/** The built file a site URL points to, or undefined when it is not on this site. */
	const fileOf = (url: string): string | undefined => {
		let pathname: string;
		if (url.startsWith(publicPrefix)) pathname = `/${url.slice(publicPrefix.length)}`;
		else if (url.startsWith(base)) pathname = `/${url.slice(base.length)}`;
		else return undefined;
		const clean = decodeURIComponent(pathname.split('#')[0]!.split('?')[0]!);
		return (clean.endsWith('/') ? `${clean}index.html` : clean).slice(1);
	};
	return { base, fileOf, publicPrefix, siteOrigin };
}

/**
 * Problems in one JSON-LD document, as the catalogue's codes and parameters: review markup
 * (`seo.structuredDataReview`) and required properties missing (`seo.structuredDataIncomplete`), in document order.
 */
export function checkStructuredData(data: unknown): CodedMessage[] {
	const problems: CodedMessage[] = [];
	const visit = (node: unknown) => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (!node || typeof node !== 'object') return;
		const item = node as Record<string, unknown>;
		const types = ([] as unknown[]).concat(item['@type'] ?? []).map(String);
		for (const type of types) {
			if (FORBIDDEN_TYPES.has(type)) problems.push({ code: 'seo.structuredDataReview', params: { type } });
			for (const property of REQUIRED_PROPERTIES[type] ?? []) {
				const value = item[property];
				if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) problems.push({ code: 'seo.structuredDataIncomplete', params: { type, property } });
			}
		}
		for (const [key, value] of Object.entries(item)) if (key !== '@context') visit(value);
	};
	visit(data);
	return problems;
}

/** The audit's report for the build log: the defects that stop a build (pass those without `advice`). */
export function describeDefects(defects: Defect[]): string {
	return byPage(message('seo.auditFailed', { count: defects.length }), defects);
}

/**
 * The audit's advice for the build log (pass the defects with `advice`), in the editor's language: its title
 * (`seo.advice`), then each page with its advice, each ending with its own code.
 */
export function describeAdvice(advice: Defect[]): string {
	return byPage(message('seo.advice', { count: advice.length }), advice);
}

/** The title (followed by a colon as the editor's language writes it) and the problems under the page they are about, pages in the order first met. */
function byPage(title: string, defects: Defect[]): string {
	const pages = new Map<string, string[]>();
	for (const { page, problem } of defects) pages.set(page, [...(pages.get(page) ?? []), problem]);
	return [titled(title), ...[...pages].map(([page, problems]) => `/${page}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)].join('\n');
}
