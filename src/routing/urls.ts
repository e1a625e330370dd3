import type { Audience } from '../schemas/audiences.ts';
import { packOf, type Locale } from '../i18n/packs.ts';
import type { Section } from '../schemas/settings.ts';

/**
 * The site's address scheme, in one place. Every link, canonical URL,
 * hreflang alternate, sitemap entry and feed item is built here, so the scheme
 * can change without hunting through templates. Paths start and end with "/"
 * and do not include the base path; `withBase` adds it.
 */

/** The address words of a language, from its file in src/i18n/languages/. */
const segments = (locale: Locale) => packOf(locale).segments;

const join = (...parts: (string | number)[]) => `/${parts.map(String).join('/')}/`;

/** Page 1 of a listing lives at its own path; page n at <path>/pagina/<n>/. */
function paged(locale: Locale, path: string, page: number): string {
	return page <= 1 ? path : `${path}${segments(locale).page}/${page}/`;
}

export const urls = {
	/** The language choice at the site's root. */
	root: () => '/',
	home: (locale: Locale) => join(locale),
	section: (locale: Locale, section: Section, page = 1) => paged(locale, join(locale, segments(locale)[section]), page),
	stories: (locale: Locale, page = 1) => paged(locale, join(locale, segments(locale).stories), page),
	storiesBySpecialty: (locale: Locale, specialty: string, page = 1) =>
		paged(locale, join(locale, segments(locale).stories, segments(locale).bySpecialty, specialty), page),
	storiesByAudience: (locale: Locale, audience: Audience, page = 1) =>
		paged(locale, join(locale, segments(locale).stories, segments(locale).audience, packOf(locale).audiences[audience]), page),
	story: (locale: Locale, slug: string) => join(locale, segments(locale).stories, slug),
	specialty: (locale: Locale, slug: string) => join(locale, segments(locale).specialties, slug),
	teamMember: (locale: Locale, slug: string) => join(locale, segments(locale).team, slug),
	location: (locale: Locale, slug: string) => join(locale, segments(locale).locations, slug),
	audience: (locale: Locale, audience: Audience) => join(locale, segments(locale).audience, packOf(locale).audiences[audience]),
	page: (locale: Locale, slug: string) => join(locale, slug),
	/** The RSS feed of a language's stories. */
	storiesFeed: (locale: Locale) => `${join(locale, segments(locale).stories)}rss.xml`,
	sitemap: () => '/sitemap.xml',
	/** Where the search index lives: a folder of Pagefind bundles, one per language (src/search/index-site.ts). */
	searchIndexes: () => '/pagefind/',
	/** The search index of one language's pages, a Pagefind bundle: its search page loads `pagefind.js` from here. */
	searchIndex: (language: string) => `/pagefind/${language}/`,
	/** The link-preview picture of a page, e.g. "/og/nl/verhalen/x.png" for "/nl/verhalen/x/". */
	socialCard: (pagePath: string) => `/og${pagePath === '/' ? '/index' : pagePath.slice(0, -1)}.png`,
};

/**
 * Prefixes a site path with Astro's base (e.g. "/zorgmerk/" on a GitHub Pages
 * project site). `base` defaults to the build's BASE_URL.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${prefix}${path}`;
}

/** The absolute address of a site path, for canonical links, feeds and sitemaps. */
export function absoluteUrl(path: string, siteUrl: string, base?: string): string {
	return new URL(withBase(path, base), `${siteUrl}/`).href;
}

/**
 * The language of the page at `pathname` (as in Astro.url, base path
 * included), e.g. "nl" for "/zorgmerk/nl/verhalen/x/"; undefined outside a
 * language, such as the root. For parts of a page that are not handed its
 * language, like the building blocks in a story.
 */
export function localeOfPath<T extends string>(pathname: string, locales: readonly T[], base: string = import.meta.env.BASE_URL ?? '/'): T | undefined {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
	return locales.find((locale) => path.split('/')[0] === locale);
}
