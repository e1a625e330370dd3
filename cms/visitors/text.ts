/**
 * What the "Bezoekers" page says, in the editor's language: its words come
 * from cms/text/<code>.ts (`visitors`), its numbers, percentages and dates are
 * written by Intl in the way of the site's language closest to the editor's
 * (its dictionary's intlLocale), so "12.345" and "46%" in Dutch are
 * "12 345" and "46 %" in French.
 */
import { formatDate } from '../../src/i18n/index.ts';
import { packOf } from '../../src/i18n/packs.ts';
import { siteLanguage } from '../editor-language.ts';
import { cmsText, type CmsText } from '../text/index.ts';

/** How the page writes figures and days; days are YYYY-MM-DD, months YYYY-MM. */
export interface VisitorsFormat {
	/** 12345 → "12.345" */
	number(value: number): string;
	/** "2026-03-01" → "1 maart 2026" (src/i18n formatDate, as the site writes dates) */
	date(day: string): string;
	/** "2026-03" → "maart 2026" */
	month(month: string): string;
	/** "2026-03-01" → "1 mrt" */
	shortDate(day: string): string;
	/** 0.4567 → "46%" */
	share(fraction: number): string;
}

/** The page's words and formats in one language. */
export interface VisitorsText {
	words: CmsText['visitors'];
	format: VisitorsFormat;
	/** The change against the previous period in words, e.g. "15% meer dan de periode ervoor"; `change` is a fraction, null when the period before had no visits. */
	change(change: number | null): string;
}

/** "2026-03-01" as a Date at midnight UTC, for formatters that format in UTC (no day shifts). */
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The "Bezoekers" page in the editor's `language` (cms/editor-language.ts). */
export function visitorsText(language: string): VisitorsText {
	const words = cmsText(language).visitors;
	const site = siteLanguage(language);
	const intl = packOf(site).intlLocale;
	const number = new Intl.NumberFormat(intl);
	const percent = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 });
	const monthName = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
	const shortDate = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'short', timeZone: 'UTC' });
	const format: VisitorsFormat = {
		number: (value) => number.format(value),
		date: (day) => formatDate(site, day),
		month: (month) => monthName.format(utc(`${month}-01`)),
		shortDate: (day) => shortDate.format(utc(day)),
		share: (fraction) => percent.format(fraction),
	};
	return {
		words,
		format,
		change: (change) => {
			if (change === null) return words.totals.noPrevious;
			if (Math.abs(change) < 0.005) return words.totals.same;
			return (change > 0 ? words.totals.more : words.totals.less)(format.share(Math.abs(change)));
		},
	};
}

/** The page's entry in the CMS's header (CMS.registerCustomPage): its path is an address inside the CMS, the same in every language. */
export const visitorsPageEntry = (language: string) => ({ path: '/bezoekers', title: cmsText(language).visitors.title, icon: 'page' });
