/**
 * Plausible's Stats API v2 (POST /api/v2/query, https://plausible.io/docs/stats-api),
 * as the "Bezoekers" page uses it: five queries, each a JSON body sent with
 * the key in the Authorization header, and the answers ({"results":[{"metrics":
 * […],"dimensions":[…]}],"meta":{…},"query":{…}}) turned into the page's
 * figures (report.ts). Pure: client.ts sends the requests.
 *
 * Plausible answers errors with an HTTP status and {"error": "…"}: 401 for a
 * key that is wrong or cannot read the site, 400 for a query it refuses, 402
 * for a plan without the Stats API, 429 for too many requests.
 */
import { VisitorsError } from './errors.ts';
import type { HttpRequest } from './matomo.ts';
import { fillDays, SOURCE_KINDS, type Period, type ProviderFigures, type SourceKind } from './report.ts';
import type { VisitorsSetup } from './setup.ts';

/** The five queries, in the order plausibleFigures reads their answers. */
export function plausibleQueries(site: string, periods: { period: Period; previous: Period }): Record<string, unknown>[] {
	const dates = (period: Period) => [period.from, period.to];
	const current = dates(periods.period);
	return [
		{ site_id: site, metrics: ['visits', 'pageviews'], date_range: current },
		{ site_id: site, metrics: ['pageviews'], date_range: current, dimensions: ['event:page'], pagination: { limit: 10000 } },
		{ site_id: site, metrics: ['visits'], date_range: current, dimensions: ['visit:channel'] },
		{ site_id: site, metrics: ['visits'], date_range: current, dimensions: ['time:day'] },
		{ site_id: site, metrics: ['visits', 'pageviews'], date_range: dates(periods.previous) },
	];
}

export function plausibleRequests(setup: Pick<VisitorsSetup, 'api' | 'site'>, token: string, periods: { period: Period; previous: Period }): HttpRequest[] {
	return plausibleQueries(setup.site, periods).map((query) => ({
		url: setup.api,
		method: 'POST',
		headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
		body: JSON.stringify(query),
	}));
}

/**
 * Plausible's acquisition channels (visit:channel) in the page's words. Its
 * documented values: Organic/Paid Search, Organic/Paid Social, Referral, Direct,
 * Email, Organic/Paid Video, Cross-network, Affiliates, Display, Audio, SMS.
 */
export function channelKind(channel: string): SourceKind {
	if (/search/i.test(channel)) return 'search';
	if (/social/i.test(channel)) return 'social';
	if (/^referral$/i.test(channel)) return 'referral';
	if (/^direct$/i.test(channel)) return 'direct';
	return 'other';
}

type Row = { metrics: number[]; dimensions: string[] };

/** The rows of one answer, or unreadable. */
function rows(answer: unknown): Row[] {
	const results = (answer as { results?: unknown } | null)?.results;
	if (!Array.isArray(results) || !results.every((row) => Array.isArray((row as Row)?.metrics) && Array.isArray((row as Row)?.dimensions))) {
		throw new VisitorsError({ kind: 'unreadable' });
	}
	return results as Row[];
}

const metric = (row: Row | undefined, index: number) => (typeof row?.metrics[index] === 'number' ? row.metrics[index]! : 0);

/**
 * The figures in Plausible's five answers to plausibleRequests, in order.
 *
 * @throws VisitorsError (unreadable) for an answer that is not the documented format.
 */
export function plausibleFigures(answers: unknown[], periods: { period: Period; previous: Period }): { current: ProviderFigures; previous: Pick<ProviderFigures, 'visits' | 'pageviews'> } {
	if (answers.length !== 5) throw new VisitorsError({ kind: 'unreadable' });
	const [totals, pages, channels, days, previous] = answers.map(rows) as [Row[], Row[], Row[], Row[], Row[]];
	const sources = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0])) as Record<SourceKind, number>;
	for (const row of channels) sources[channelKind(row.dimensions[0] ?? '')] += metric(row, 0);
	return {
		current: {
			visits: metric(totals[0], 0),
			pageviews: metric(totals[0], 1),
			pages: pages.map((row) => ({ path: row.dimensions[0] ?? '', pageviews: metric(row, 0) })).filter((page) => page.path.startsWith('/')),
			sources,
			daily: fillDays(periods.period, new Map(days.map((row) => [String(row.dimensions[0]).slice(0, 10), metric(row, 0)]))),
		},
		previous: { visits: metric(previous[0], 0), pageviews: metric(previous[0], 1) },
	};
}

/** Plausible's error answer ({"error": "…"}), in its own words, or undefined. */
export function plausibleErrorText(answer: unknown): string | undefined {
	const error = (answer as { error?: unknown } | null)?.error;
	return typeof error === 'string' && error.trim() ? error.trim() : undefined;
}
