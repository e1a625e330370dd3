import type { Alternates } from '../routing/routes.ts';
import { absoluteUrl } from '../routing/urls.ts';
import type { Locale } from '../schemas/primitives.ts';

/** What every page tells search engines and social networks about itself. */
export interface PageMeta {
	/** The full <title>. */
	title: string;
	description: string;
	canonical: string;
	/** hreflang alternates: each translation, plus x-default. Empty for pages that are not indexed. */
	alternates: { hreflang: string; href: string }[];
	noindex: boolean;
}

export interface MetaInput {
	/** The page's own title, e.g. the story's headline; omit on the home page. */
	title?: string;
	/** Use this title as it is, without the organisation's name after it. */
	fullTitle?: string;
	description: string;
	path: string;
	alternates: Alternates;
	locales: readonly Locale[];
	noindex?: boolean;
	/** The page for visitors whose language is not offered; default the first language's version. */
	xDefault?: string;
}

/**
 * How much of a page title search engines show, in characters: about 60
 * (Google cuts titles at about 600 px, https://developers.google.com/search/docs/appearance/title-link);
 * past 70 nearly every title is cut off, and the SEO audit warns (src/seo/audit.ts).
 */
export const TITLE_LENGTH = { shown: 60, cutOff: 70 } as const;

/**
 * How long a meta description should be, in characters: search engines show
 * about 160 (longer ones are cut off), and under 50 says too little; the SEO
 * audit stops a build outside these (src/seo/audit.ts), as the content check
 * refuses a description outside them (metaDescription in src/schemas/story.ts).
 */
export const DESCRIPTION_LENGTH = { minimum: 50, maximum: 160 } as const;

/**
 * A page's <title>: its own title with the organisation's name after it while
 * the whole fits in what search engines show ("Liesbreuk: herstel na een
 * operatie — Ziekenhuis Lindeveld"), else the page's own title alone: its
 * words matter more, and search engines name the site apart from the title
 * (og:site_name and the Organization in the structured data say it).
 */
export function pageTitle(title: string, organisation: string): string {
	if (title === organisation) return title;
	const full = `${title} — ${organisation}`;
	return [...full].length <= TITLE_LENGTH.shown ? full : title;
}

export function buildMeta(input: MetaInput, site: { siteUrl: string; organisation: string; base?: string }): PageMeta {
	const url = (path: string) => absoluteUrl(path, site.siteUrl, site.base);
	const alternates = input.noindex
		? []
		: [
				...input.locales.flatMap((locale) => {
					const path = input.alternates[locale];
					return path ? [{ hreflang: locale, href: url(path) }] : [];
				}),
				// For visitors whose language we do not have: the default language's version, or the given page.
				{ hreflang: 'x-default', href: url(input.xDefault ?? input.alternates[input.locales[0]!] ?? input.path) },
			];
	return {
		title: input.fullTitle ?? pageTitle(input.title ?? site.organisation, site.organisation),
		description: input.description,
		canonical: url(input.path),
		alternates,
		noindex: input.noindex ?? false,
	};
}
