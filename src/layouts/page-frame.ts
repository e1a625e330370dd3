import { findEntry, inLocale, type Location, type Site } from '../data/site.ts';
import { resolveNavigation, type Link } from '../routing/navigation.ts';
import { paths } from '../routing/paths.ts';
import type { Locale } from '../schemas/primitives.ts';
import type { Settings } from '../schemas/settings.ts';
import { metaPolicy, policyFor } from '../security/headers.ts';

/**
 * What the frame of every page in one language shows (src/layouts/BaseLayout.astro): the same on each of them, so
 * made once per build and language instead of once per page.
 */
export interface PageFrame {
	/** The content of the page's Content-Security-Policy <meta> (src/security/headers.ts). */
	contentSecurityPolicy: string;
	/** The main menu from settings, resolved for the language (routing/navigation.ts). */
	navigation: readonly Link[];
	/** The hospital's main location (settings `contact.mainLocation`) in the language, else in the site's first; undefined if not published. */
	mainLocation: Location | undefined;
	/** The hospital's own pages in the footer, by title as the language sorts (localeCompare). */
	footerPages: readonly Link[];
}

/**
 * Kept per published site: a build loads one (getSite), and a site loaded again (another build, content reloaded
 * while developing) gets frames of its own, made from what it publishes; when a site is let go, so are its frames.
 */
const frames = new WeakMap<Site, Map<string, { settings: Settings; frame: PageFrame }>>();

/**
 * The frame of a page in `locale` on this published site.
 *
 * @param site the published site (getSite), whose pages and locations the frame shows
 * @param settings the site's settings (src/settings): menu, main location, security policy
 * @param base the build's base path (import.meta.env.BASE_URL), for the security policy
 * @param development true in `astro dev`, whose policy allows inline styles and scripts (metaPolicy)
 * @returns the same frozen object for the same site, language, settings, base and mode
 */
export function pageFrame(site: Site, locale: Locale, settings: Settings, base: string, development: boolean): PageFrame {
	let known = frames.get(site);
	if (!known) frames.set(site, (known = new Map()));
	const key = JSON.stringify([locale, base, development]);
	const kept = known.get(key);
	if (kept && kept.settings === settings) return kept.frame;
	const frame: PageFrame = Object.freeze({
		contentSecurityPolicy: metaPolicy(policyFor(settings, base), { development }),
		navigation: Object.freeze(resolveNavigation(settings.navigation, site, locale)),
		mainLocation: findEntry(site.locations, locale, settings.contact.mainLocation) ?? findEntry(site.locations, site.locales[0]!, settings.contact.mainLocation),
		footerPages: Object.freeze(
			inLocale(site.pages, locale)
				.map((page) => ({ label: page.data.title, path: paths.page(page) }))
				.sort((a, b) => a.label.localeCompare(b.label, locale)),
		),
	});
	known.set(key, { settings, frame });
	return frame;
}
