import type { VisitorsSetup } from '../../cms/visitors/setup.ts';
import { urls, withBase } from '../routing/urls.ts';
import type { Settings } from '../schemas/settings.ts';

export type Analytics = NonNullable<Settings['analytics']>;

/**
 * Matomo's tracking address for one page view, requested as an image: no
 * JavaScript and no cookie. The page's address and title are written into it
 * at build time, because the Referer a browser sends to another origin holds
 * only the site's origin.
 */
export function matomoPixel(analytics: Extract<Analytics, { provider: 'matomo' }>, page: { url: string; title: string }): string {
	const tracker = new URL('matomo.php', analytics.url.endsWith('/') ? analytics.url : `${analytics.url}/`);
	tracker.search = new URLSearchParams({ idsite: String(analytics.siteId), rec: '1', url: page.url, action_name: page.title, send_image: '1' }).toString();
	return tracker.href;
}

/**
 * The one script a content page may load besides none: Plausible's, when the
 * settings choose Plausible. Plausible counts only with its script (its Events
 * API takes a POST from a server, https://plausible.io/docs/events-api, which
 * a static site does not have), so choosing it is choosing this exception; the
 * budgets allow exactly this address (src/quality/budgets.ts) and the README says so.
 * Matomo counts with an image, and statistics are off by default: then there is none.
 *
 * @returns e.g. ["https://plausible.io/js/script.js"], or [].
 */
export function analyticsScripts(analytics: Analytics | undefined): string[] {
	return analytics?.provider === 'plausible' ? [analytics.script] : [];
}

/** The origin the statistics service is reached at, or none when statistics are off. */
export function analyticsOrigins(analytics: Analytics | undefined): string[] {
	if (!analytics) return [];
	return [new URL(analytics.provider === 'matomo' ? analytics.url : analytics.script).origin];
}

/** Plausible's own page on what it collects, linked from the privacy page unless the settings name another. */
export const PLAUSIBLE_DATA_POLICY = 'https://plausible.io/data-policy';

/** The statistics service's privacy terms for the privacy page, or none (your own Matomo keeps the figures with you). */
export function analyticsPrivacyPolicy(analytics: Analytics | undefined): string | undefined {
	if (!analytics) return undefined;
	return analytics.privacyPolicy ?? (analytics.provider === 'plausible' ? PLAUSIBLE_DATA_POLICY : undefined);
}

/**
 * Where the CMS's "Bezoekers" page asks the service for its figures: Matomo's
 * Reporting API (`<url>/index.php`), or Plausible's Stats API v2 (`/api/v2/query`
 * on the script's server), unless the settings name another address (statsApi).
 */
export function statsApiUrl(analytics: Analytics): string {
	if (analytics.statsApi) return analytics.statsApi;
	if (analytics.provider === 'matomo') return new URL('index.php', analytics.url.endsWith('/') ? analytics.url : `${analytics.url}/`).href;
	return new URL('/api/v2/query', analytics.script).href;
}

/** What the CMS's "Bezoekers" page needs (cms/visitors/setup.ts), or undefined when statistics are off. */
export function visitorsSetup(settings: Settings, base: string): VisitorsSetup | undefined {
	const analytics = settings.analytics;
	if (!analytics) return undefined;
	const sections = Object.fromEntries(
		settings.locales.map((locale) => [
			locale,
			{ home: withBase(urls.home(locale), base), stories: withBase(urls.stories(locale), base), specialties: withBase(urls.section(locale, 'specialties'), base) },
		]),
	);
	return { provider: analytics.provider, api: statsApiUrl(analytics), site: analytics.provider === 'matomo' ? String(analytics.siteId) : analytics.domain, sections, siteUrl: settings.siteUrl };
}
