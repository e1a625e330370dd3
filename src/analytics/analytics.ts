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
