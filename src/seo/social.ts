import type { Site } from '../data/site.ts';
import { cardBrand, type TitleCard } from '../images/social-card.ts';
import { t } from '../i18n/index.ts';
import { packOf } from '../i18n/packs.ts';
import type { Route } from '../routing/routes.ts';
import { urls } from '../routing/urls.ts';
import type { Locale } from '../schemas/primitives.ts';
import type { Settings } from '../schemas/settings.ts';

/**
 * Link previews: which pages get their own picture (home pages, stories and
 * specialties), what it says, and the Open Graph and Twitter tags.
 */

/** The card of a page that has its own, or undefined for pages that share their home page's card. */
export function titleCardFor(route: Route, site: Site, settings: Settings): TitleCard | undefined {
	if (route.template === 'root') return undefined;
	// The organisation's name in the page's language ("Lindeveld Hospital" on an English card).
	const brand = cardBrand(settings, route.locale);
	switch (route.template) {
		case 'home':
			return { format: 'link', title: settings.organisation.tagline[route.locale] ?? brand.organisation, brand };
		case 'story': {
			const specialty = site.specialties.find((entry) => entry.id === `${route.locale}/${route.story.data.specialties[0]}`);
			const eyebrow = [t(route.locale, `kind.${route.story.data.kind}`), specialty?.data.name].filter(Boolean).join(' · ');
			return { format: 'link', title: route.story.data.title, eyebrow, brand };
		}
		case 'specialty':
			return { format: 'link', title: route.specialty.data.name, eyebrow: t(route.locale, 'specialties.title'), brand };
		default:
			return undefined;
	}
}

/** The card a page shows when shared: its own, or its language's home page card. */
export function socialCardPath(route: { path: string; template: string }, locale: Locale): string {
	return ['home', 'story', 'specialty'].includes(route.template) ? urls.socialCard(route.path) : urls.socialCard(urls.home(locale));
}

/**
 * og:locale of a page in `locale` for an organisation in `country` (ISO 3166-1
 * alpha-2), e.g. nl_BE for Dutch in Belgium: the language file's
 * `openGraphLocale` for that country, or its default.
 */
export function openGraphLocale(locale: Locale, country: string): string {
	const { openGraphLocale: byCountry } = packOf(locale);
	return byCountry[country] ?? byCountry.default;
}

export interface SocialInput {
	type: 'website' | 'article';
	title: string;
	description: string;
	url: string;
	siteName: string;
	image: { url: string; alt: string; width: number; height: number };
	locale: string;
	alternateLocales: string[];
	publishedTime?: string;
	modifiedTime?: string;
}

/** The Open Graph and Twitter tags of a page, as attribute pairs for <meta>. */
export function socialMeta(input: SocialInput): { key: 'property' | 'name'; name: string; content: string }[] {
	const og = (name: string, content: string) => ({ key: 'property' as const, name: `og:${name}`, content });
	return [
		og('type', input.type),
		og('site_name', input.siteName),
		og('title', input.title),
		og('description', input.description),
		og('url', input.url),
		og('image', input.image.url),
		og('image:width', String(input.image.width)),
		og('image:height', String(input.image.height)),
		og('image:alt', input.image.alt),
		og('locale', input.locale),
		...input.alternateLocales.map((locale) => og('locale:alternate', locale)),
		...(input.publishedTime ? [{ key: 'property' as const, name: 'article:published_time', content: input.publishedTime }] : []),
		...(input.modifiedTime ? [{ key: 'property' as const, name: 'article:modified_time', content: input.modifiedTime }] : []),
		{ key: 'name', name: 'twitter:card', content: 'summary_large_image' },
	];
}
