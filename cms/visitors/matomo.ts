/**
 * Matomo's Reporting API, as the "Bezoekers" page uses it: one bulk request
 * (API.getBulkRequest) with seven reports, POSTed so that the token travels in
 * the body and never in an address a server logs
 * (https://developer.matomo.org/api-reference/reporting-api, "Authenticate to
 * the API via token_auth parameter"), and the answers turned into the page's
 * figures (report.ts). Pure: client.ts sends the request.
 *
 * Matomo answers HTTP 200 also for errors, with {"result":"error","message":…},
 * the whole answer or one report of a bulk request.
 */
import { VisitorsError } from './errors.ts';
import { fillDays, SOURCE_KINDS, type Period, type ProviderFigures, type SourceKind } from './report.ts';
import type { VisitorsSetup } from './setup.ts';

export interface HttpRequest {
	url: string;
	method: 'POST';
	headers: Record<string, string>;
	body: string;
}

const range = (period: Period) => `${period.from},${period.to}`;

/** The seven reports, in the order matomoFigures reads them. */
function reports(site: string, periods: { period: Period; previous: Period }): Record<string, string>[] {
	const { period, previous } = periods;
	const common = { idSite: site, format: 'JSON' };
	return [
		{ ...common, method: 'VisitsSummary.get', period: 'range', date: range(period) },
		{ ...common, method: 'Actions.get', period: 'range', date: range(period) },
		{ ...common, method: 'Actions.getPageUrls', period: 'range', date: range(period), flat: '1', filter_limit: '-1' },
		{ ...common, method: 'Referrers.getReferrerType', period: 'range', date: range(period) },
		{ ...common, method: 'VisitsSummary.get', period: 'day', date: range(period) },
		{ ...common, method: 'VisitsSummary.get', period: 'range', date: range(previous) },
		{ ...common, method: 'Actions.get', period: 'range', date: range(previous) },
	];
}

/** The one request for both periods. */
export function matomoRequest(setup: Pick<VisitorsSetup, 'api' | 'site'>, token: string, periods: { period: Period; previous: Period }): HttpRequest {
	const body = new URLSearchParams({ module: 'API', method: 'API.getBulkRequest', format: 'JSON', token_auth: token });
	reports(setup.site, periods).forEach((report, index) => body.set(`urls[${index}]`, new URLSearchParams(report).toString()));
	return { url: setup.api, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body.toString() };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A count from a report; Matomo writes numbers, sometimes as text, and gives [] or nothing where it has no data. */
const count = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : 0);

/** Matomo's error answer ({"result":"error","message":…}) as the page's problem. */
function matomoError(value: unknown): VisitorsError | undefined {
	if (!isObject(value) || value.result !== 'error') return undefined;
	const message = String(value.message ?? '').trim();
	// Matomo's words for a token it does not accept, or one without 'view' access to the site.
	if (/token|access|authenticat|permission|log ?in/i.test(message)) return new VisitorsError({ kind: 'wrong-token' });
	return new VisitorsError(message ? { kind: 'refused', detail: message } : { kind: 'unreadable' });
}

/** A page's path from a row of Actions.getPageUrls (flat): its url when Matomo gives one, else its label. */
function pagePath(row: Json): string | undefined {
	if (typeof row.url === 'string') {
		try {
			return new URL(row.url).pathname;
		} catch {
			// Not an address: fall back to the label.
		}
	}
	if (typeof row.label !== 'string') return undefined;
	// Flat labels are the path's segments joined by "/", a page ending in "/" counted as ".../index".
	const path = `/${row.label.replace(/^\/+/, '').replace(/(^|\/)index$/, '$1')}`;
	return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** Matomo's referrer types (the row's segment, referrerType==…) in the page's words. */
const REFERRER_TYPES: Record<string, SourceKind> = { search: 'search', social: 'social', website: 'referral', direct: 'direct', campaign: 'other' };
/** The English labels, for a Matomo that writes no segment. */
const REFERRER_LABELS: Record<string, SourceKind> = { 'Search Engines': 'search', 'Social Networks': 'social', Websites: 'referral', 'Direct Entry': 'direct', Campaigns: 'other' };

/**
 * The figures in Matomo's answer to matomoRequest.
 *
 * @throws VisitorsError for an error answer (wrong-token, refused) or an answer that is not the documented format (unreadable).
 */
export function matomoFigures(answer: unknown, periods: { period: Period; previous: Period }): { current: ProviderFigures; previous: Pick<ProviderFigures, 'visits' | 'pageviews'> } {
	const whole = matomoError(answer);
	if (whole) throw whole;
	if (!Array.isArray(answer) || answer.length !== 7) throw new VisitorsError({ kind: 'unreadable' });
	for (const report of answer) {
		const error = matomoError(report);
		if (error) throw error;
	}
	const [summary, actions, pageUrls, referrers, days, previousSummary, previousActions] = answer as unknown[];
	if (!Array.isArray(pageUrls) || !Array.isArray(referrers) || !(isObject(days) || Array.isArray(days))) throw new VisitorsError({ kind: 'unreadable' });
	const field = (report: unknown, name: string) => (isObject(report) ? count(report[name]) : 0);

	const pages = (pageUrls as unknown[]).flatMap((row) => {
		const path = isObject(row) ? pagePath(row) : undefined;
		return path ? [{ path, pageviews: count((row as Json).nb_hits) }] : [];
	});
	const sources = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0])) as Record<SourceKind, number>;
	for (const row of referrers as unknown[]) {
		if (!isObject(row)) continue;
		const type = typeof row.segment === 'string' ? /^referrerType==(\w+)$/.exec(row.segment)?.[1] : undefined;
		const kind: SourceKind = (type ? REFERRER_TYPES[type] : undefined) ?? REFERRER_LABELS[String(row.label)] ?? 'other';
		sources[kind] += count(row.nb_visits);
	}
	const daily = new Map(Object.entries(isObject(days) ? days : {}).map(([date, day]) => [date, field(day, 'nb_visits')]));
	return {
		current: { visits: field(summary, 'nb_visits'), pageviews: field(actions, 'nb_pageviews'), pages, sources, daily: fillDays(periods.period, daily) },
		previous: { visits: field(previousSummary, 'nb_visits'), pageviews: field(previousActions, 'nb_pageviews') },
	};
}
