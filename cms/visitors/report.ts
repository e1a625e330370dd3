/**
 * The "Bezoekers" page's figures, the same whichever service counted them:
 * each provider module (matomo.ts, plausible.ts) turns its own responses into
 * a ProviderFigures per period, and buildReport makes the page's report from
 * two of them: this period and the one before. Pure.
 */
import { addDays } from '../../src/lib/dates.ts';
import type { VisitorsSetup } from './setup.ts';

/** Where a visit came from, in the communication team's words (text.ts names them). */
export const SOURCE_KINDS = ['search', 'social', 'referral', 'direct', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A run of calendar days, both ends included, as YYYY-MM-DD. */
export interface Period {
	from: string;
	to: string;
}

/** What a provider counted in one period. */
export interface ProviderFigures {
	/** Visits (sessions): one reader reading three pages is one visit. */
	visits: number;
	/** Pages read (page views). */
	pageviews: number;
	/** Pages read per page, by the page's path (with the base path, e.g. "/nl/verhalen/x/"). */
	pages: { path: string; pageviews: number }[];
	/** Visits by where they came from. */
	sources: Record<SourceKind, number>;
	/** Visits per day, every day of the period (0 where nothing was counted), oldest first. */
	daily: { date: string; visits: number }[];
}

/** A page in a top list. */
export interface ReadPage {
	path: string;
	/** The page's name: a story's title, a specialty's name, or what its address says. */
	title: string;
	/** The language it is in (settings locale), e.g. "nl". */
	locale: string;
	pageviews: number;
}

export interface VisitorsReport {
	period: Period;
	previous: Period;
	visits: number;
	pageviews: number;
	/** Change against the previous period as a fraction (0.25 is 25% more), null when the previous period counted none. */
	change: { visits: number | null; pageviews: number | null };
	/** The ten most-read stories and specialty pages. */
	stories: ReadPage[];
	specialties: ReadPage[];
	/** Visits per source, largest first, with their share of all visits. */
	sources: { kind: SourceKind; visits: number; share: number }[];
	/** Pages read per language of the site, in the order of settings, then "other" (outside every language) when any. */
	languages: { locale: string | 'other'; pageviews: number; share: number }[];
	daily: ProviderFigures['daily'];
	/** Nothing was counted in the period: the page says so instead of showing empty charts. */
	empty: boolean;
}

export const TOP = 10;

/** What a page's address says it is: a story, a specialty, or another page, in which language. */
export function classifyPath(path: string, sections: VisitorsSetup['sections']): { kind: 'story' | 'specialty' | 'other'; locale?: string; slug?: string } {
	const clean = path.split(/[?#]/)[0]!;
	for (const [locale, section] of Object.entries(sections)) {
		for (const kind of ['story', 'specialty'] as const) {
			const prefix = kind === 'story' ? section.stories : section.specialties;
			const rest = clean.startsWith(prefix) ? clean.slice(prefix.length) : undefined;
			// One segment below the listing: a story or specialty, not a listing's page 2, filter or feed.
			const slug = rest === undefined ? undefined : /^([^/]+)\/?$/.exec(rest)?.[1];
			if (slug) return { kind, locale, slug };
		}
		if (clean.startsWith(section.home)) return { kind: 'other', locale };
	}
	return { kind: 'other' };
}

/** What an address says when nothing else names it: "weer-aan-het-werk" → "Weer aan het werk". */
export function titleFromSlug(slug: string): string {
	let words = slug;
	try {
		words = decodeURIComponent(slug);
	} catch {
		// A malformed escape stays as it is.
	}
	words = words.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

const changeOf = (now: number, before: number) => (before === 0 ? null : (now - before) / before);

/**
 * The page's report from this period's figures and the previous period's.
 *
 * @param titles a page's name by its path, where the CMS knows it (a story's title); others are named from their address.
 */
export function buildReport(
	periods: { period: Period; previous: Period },
	figures: { current: ProviderFigures; previous: Pick<ProviderFigures, 'visits' | 'pageviews'> },
	setup: Pick<VisitorsSetup, 'sections'>,
	titles: (path: string) => string | undefined = () => undefined,
): VisitorsReport {
	const { current, previous } = figures;
	const byKind = { story: new Map<string, ReadPage>(), specialty: new Map<string, ReadPage>() };
	const perLanguage = new Map<string, number>(Object.keys(setup.sections).map((locale) => [locale, 0]));
	let outside = 0;
	for (const page of current.pages) {
		const found = classifyPath(page.path, setup.sections);
		if (found.locale) perLanguage.set(found.locale, (perLanguage.get(found.locale) ?? 0) + page.pageviews);
		else outside += page.pageviews;
		if (found.kind === 'other') continue;
		// The same page may be counted under two addresses (with and without "index.html"): add them up.
		const key = `${found.locale}/${found.slug}`;
		const known = byKind[found.kind].get(key);
		if (known) known.pageviews += page.pageviews;
		else byKind[found.kind].set(key, { path: page.path, title: titles(page.path) ?? titleFromSlug(found.slug!), locale: found.locale!, pageviews: page.pageviews });
	}
	// Equal counts in title order, by the root collation ('und': no one language's rules, as titles come in every language).
	const top = (pages: Map<string, ReadPage>) => [...pages.values()].sort((a, b) => b.pageviews - a.pageviews || a.title.localeCompare(b.title, 'und')).slice(0, TOP);
	const sourceTotal = Object.values(current.sources).reduce((sum, visits) => sum + visits, 0);
	const languageTotal = [...perLanguage.values()].reduce((sum, views) => sum + views, 0) + outside;
	return {
		...periods,
		visits: current.visits,
		pageviews: current.pageviews,
		change: { visits: changeOf(current.visits, previous.visits), pageviews: changeOf(current.pageviews, previous.pageviews) },
		stories: top(byKind.story),
		specialties: top(byKind.specialty),
		sources: SOURCE_KINDS.map((kind) => ({ kind, visits: current.sources[kind], share: sourceTotal === 0 ? 0 : current.sources[kind] / sourceTotal }))
			.filter((source) => source.visits > 0)
			.sort((a, b) => b.visits - a.visits),
		languages: [...[...perLanguage].map(([locale, pageviews]) => ({ locale, pageviews })), ...(outside > 0 ? [{ locale: 'other', pageviews: outside }] : [])].map((row) => ({
			...row,
			share: languageTotal === 0 ? 0 : row.pageviews / languageTotal,
		})),
		daily: current.daily,
		empty: current.visits === 0 && current.pageviews === 0,
	};
}

/** Every day of a period, oldest first. */
export function daysOf(period: Period): string[] {
	const days: string[] = [];
	for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
	return days;
}

/** A daily series with every day of the period, 0 where the provider returned nothing. */
export function fillDays(period: Period, counted: ReadonlyMap<string, number>): ProviderFigures['daily'] {
	return daysOf(period).map((date) => ({ date, visits: counted.get(date) ?? 0 }));
}
