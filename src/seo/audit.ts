import { parse, type HTMLElement } from 'node-html-parser';
import { TITLE_LENGTH } from './meta.ts';
import { message } from '../messages/index.ts';

/**
 * The SEO and health-content audit that runs after every build: it reads the
 * built pages as a search engine would and lists every defect with its page.
 * Pure: it gets the pages' HTML and the list of built files.
 */

export interface Defect {
	/** The page, relative to the build folder, e.g. "nl/verhalen/x/index.html". */
	page: string;
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

/** Tags that load something into the page (as opposed to links a visitor may follow). */
const LOADING_SELECTORS: [selector: string, attribute: string][] = [
	['script[src]', 'src'],
	['link[rel~=stylesheet]', 'href'],
	['link[rel~=icon]', 'href'],
	['link[rel~=preload]', 'href'],
	['link[rel~=modulepreload]', 'href'],
	['link[rel~=manifest]', 'href'],
	['img', 'src'],
	['source', 'src'],
	['video', 'src'],
	['audio', 'src'],
	['iframe', 'src'],
	['embed', 'src'],
	['object', 'data'],
];

function metaContent(root: HTMLElement, key: 'name' | 'property', value: string): string | undefined {
	return root.querySelector(`meta[${key}="${value}"]`)?.getAttribute('content')?.trim() || undefined;
}

export function auditSite(input: AuditInput): Defect[] {
	const defects: Defect[] = [];
	const report = (page: string, problem: string) => defects.push({ page, problem });
	const advise = (page: string, problem: string) => defects.push({ page, problem, advice: true });
	const base = input.base.endsWith('/') ? input.base : `${input.base}/`;
	const siteOrigin = new URL(input.siteUrl).origin;
	const allowedOrigins = new Set([siteOrigin, ...(input.allowedOrigins ?? [])]);
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
	const exists = (file: string) => input.files.has(file);

	// One page's tree at a time (thousands of parsed pages do not fit in memory together): a link to an
	// anchor on another page is noted in its place and checked once every page's ids are known.
	const ids = new Map<string, Set<string>>();
	const pageReports: { file: string; items: (string | { target: string; anchor: string; href: string })[] }[] = [];
	const sitemapUrls = new Set([...(input.sitemap ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&')));
	const titles = new Map<string, string[]>();
	const descriptions = new Map<string, string[]>();

	for (const page of input.pages) {
		const { file } = page;
		const root = parse(page.html);
		ids.set(file, new Set(root.querySelectorAll('[id]').map((element) => element.id)));
		const items: (typeof pageReports)[number]['items'] = [];
		pageReports.push({ file, items });
		const report = (_page: string, problem: string) => items.push(problem);
		const robots = metaContent(root, 'name', 'robots') ?? '';
		const indexable = !/noindex/i.test(robots);

		const lang = root.querySelector('html')?.getAttribute('lang');
		if (!lang) report(file, 'no <html lang>');

		const title = root.querySelector('title')?.text.trim() ?? '';
		if (!title) report(file, 'no <title>');
		else if (EMPTY_TITLES.has(title.toLowerCase()) || title.length < 10) report(file, `the title "${title}" does not say what the page is`);
		else {
			// Unique per language: a translation may share a name, such as a location's.
			if (indexable) titles.set(`${lang}:${title}`, [...(titles.get(`${lang}:${title}`) ?? []), file]);
			const length = [...title].length;
			if (indexable && length > TITLE_LENGTH.cutOff) advise(file, titleTooLong(title, length));
		}

		const description = metaContent(root, 'name', 'description');
		if (!description) report(file, 'no meta description');
		else {
			if (description.length > 160) report(file, `the meta description is ${description.length} characters; search engines show 160`);
			if (description.length < 50) report(file, `the meta description is ${description.length} characters; write at least 50`);
			if (indexable) descriptions.set(`${lang}:${description}`, [...(descriptions.get(`${lang}:${description}`) ?? []), file]);
		}

		const canonical = root.querySelector('link[rel=canonical]')?.getAttribute('href');
		if (!canonical) report(file, 'no canonical link');
		else if (!/^https?:\/\//.test(canonical)) report(file, `the canonical link "${canonical}" is not absolute`);

		for (const property of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'og:locale']) {
			if (!metaContent(root, 'property', property)) report(file, `no ${property}`);
		}
		const ogImage = metaContent(root, 'property', 'og:image');
		if (ogImage) {
			if (!/^https?:\/\//.test(ogImage)) report(file, `og:image "${ogImage}" is not absolute`);
			else {
				const imageFile = fileOf(ogImage);
				if (imageFile !== undefined && !exists(imageFile)) report(file, `og:image ${ogImage} does not exist in the build`);
			}
		}
		if (!metaContent(root, 'name', 'twitter:card')) report(file, 'no twitter:card');

		if (indexable) {
			const hreflangs = root.querySelectorAll('link[rel=alternate][hreflang]').map((link) => link.getAttribute('hreflang'));
			if (!hreflangs.includes('x-default') || hreflangs.length < 2) report(file, 'no hreflang alternates (the page itself and x-default at least)');
			if (canonical && input.sitemap !== undefined && !sitemapUrls.has(canonical)) report(file, `indexable, but ${canonical} is not in sitemap.xml`);
		} else if (canonical && sitemapUrls.has(canonical)) {
			report(file, 'marked noindex, yet listed in sitemap.xml');
		}

		for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
			let data: unknown;
			try {
				data = JSON.parse(script.textContent);
			} catch (error) {
				report(file, `structured data (JSON-LD) does not parse: ${(error as Error).message}`);
				continue;
			}
			for (const problem of checkStructuredData(data)) report(file, problem);
		}

		const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6');
		const h1s = headings.filter((heading) => heading.tagName === 'H1');
		if (h1s.length !== 1) report(file, `${h1s.length} <h1> headings; a page has exactly one`);
		const mainHeading = h1s[0] ? headingText(h1s[0]) : '';
		for (const heading of headings) {
			if (heading.tagName !== 'H1' && mainHeading && headingText(heading) === mainHeading) advise(file, headingRepeated(heading.tagName.toLowerCase(), h1s[0]!.text.trim()));
		}
		let previous = 0;
		for (const heading of headings) {
			const level = Number(heading.tagName.slice(1));
			if (previous > 0 && level > previous + 1) report(file, `heading levels skip from h${previous} to h${level} ("${heading.text.trim().slice(0, 40)}")`);
			previous = level;
		}

		for (const image of root.querySelectorAll('img')) {
			if (!image.hasAttribute('alt')) report(file, `an image without alt text: ${image.getAttribute('src') ?? ''}`);
		}

		for (const [selector, attribute] of LOADING_SELECTORS) {
			for (const element of root.querySelectorAll(selector)) {
				const urls = [element.getAttribute(attribute), ...(element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0])];
				for (const url of urls) {
					if (url && /^(https?:)?\/\//.test(url) && !allowedOrigins.has(new URL(url, siteOrigin).origin)) report(file, `loads ${url} from another site`);
				}
			}
		}

		for (const link of root.querySelectorAll('a[href]')) {
			const href = link.getAttribute('href')!;
			if (/^(mailto|tel|sms):/.test(href) || (/^(https?:)?\/\//.test(href) && !href.startsWith(publicPrefix))) continue;
			const [target = '', anchor] = href.split('#') as [string, string | undefined];
			const targetFile = target === '' ? file : fileOf(target);
			if (targetFile === undefined) {
				report(file, `a link to ${href} that does not start with the site's base ${base}`);
				continue;
			}
			if (!exists(targetFile)) report(file, `a broken link to ${href}`);
			else if (anchor && targetFile.endsWith('.html')) items.push({ target: targetFile, anchor, href });
		}
	}
	for (const { file, items } of pageReports) {
		for (const item of items) {
			if (typeof item === 'string') report(file, item);
			else if (!ids.get(item.target)?.has(decodeURIComponent(item.anchor))) report(file, `a link to ${item.href}, but that page has no #${item.anchor}`);
		}
	}

	const reportDuplicates = (seen: Map<string, string[]>, what: string) => {
		for (const [key, pages] of seen) {
			if (pages.length < 2) continue;
			const text = key.slice(key.indexOf(':') + 1);
			for (const page of pages) report(page, `the ${what} "${text.length > 60 ? `${text.slice(0, 60)}…` : text}" is also used by ${pages.filter((other) => other !== page).join(', ')}`);
		}
	};
	reportDuplicates(titles, 'title');
	reportDuplicates(descriptions, 'meta description');
	return defects;
}

/** A heading's words, for comparing: spacing and case do not count. */
const headingText = (heading: HTMLElement) => heading.text.trim().replace(/\s+/g, ' ').toLowerCase();

function titleTooLong(title: string, length: number): string {
	return message('seo.titleTooLong', { title, length, shown: TITLE_LENGTH.shown });
}

function headingRepeated(tag: string, text: string): string {
	return message('seo.headingRepeated', { tag, text });
}

/** Problems in one JSON-LD document: missing required properties and review markup. */
export function checkStructuredData(data: unknown): string[] {
	const problems: string[] = [];
	const visit = (node: unknown) => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (!node || typeof node !== 'object') return;
		const item = node as Record<string, unknown>;
		const types = ([] as unknown[]).concat(item['@type'] ?? []).map(String);
		for (const type of types) {
			if (FORBIDDEN_TYPES.has(type)) problems.push(`structured data marks something up as ${type}; testimonials must never be reviews or ratings`);
			for (const property of REQUIRED_PROPERTIES[type] ?? []) {
				const value = item[property];
				if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) problems.push(`structured data: ${type} without ${property}`);
			}
		}
		for (const [key, value] of Object.entries(item)) if (key !== '@context') visit(value);
	};
	visit(data);
	return problems;
}

/** The audit's report for the build log: the defects that stop a build (pass those without `advice`). */
export function describeDefects(defects: Defect[]): string {
	const byPage = new Map<string, string[]>();
	for (const { page, problem } of defects) byPage.set(page, [...(byPage.get(page) ?? []), problem]);
	return [
		`${message('seo.auditFailed', { count: defects.length })}:`,
		...[...byPage].map(([page, problems]) => `/${page}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`),
	].join('\n');
}
