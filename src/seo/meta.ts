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

/** "Liesbreuk: herstel na een operatie — Ziekenhuis Lindeveld". */
export function pageTitle(title: string, organisation: string): string {
	return title === organisation ? title : `${title} — ${organisation}`;
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
