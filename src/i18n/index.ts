import type { Locale } from '../schemas/primitives.ts';
import { en } from './ui/en.ts';
import { nl } from './ui/nl.ts';

/** Interface text: one dictionary per language with dotted keys; Dutch is the reference. */
const dictionaries: Record<Locale, Record<UiKey, string>> = { nl, en };

export type UiKey = keyof typeof nl;
export type { Locale };

/**
 * The interface text for `key` in `locale`, with {placeholders} filled in.
 * @example t('en', 'story.readingTime', { minutes: 4 }) // "4 min read"
 */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
	const text = dictionaries[locale][key];
	return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Returns a `t` bound to one language, for templates. */
export function translator(locale: Locale) {
	return (key: UiKey, values?: Record<string, string | number>) => t(locale, key, values);
}

/** A calendar date (YYYY-MM-DD) written out, e.g. "1 maart 2025" or "1 March 2025". */
export function formatDate(locale: Locale, isoDate: string): string {
	return dateFormat(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

// Making an Intl.DateTimeFormat is slow, and every story card shows a date: one per language.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateFormat(locale: Locale): Intl.DateTimeFormat {
	let format = dateFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(t(locale, 'date.locale'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		dateFormats.set(locale, format);
	}
	return format;
}

/** The language's own name, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/** " (pagina 2 van 3)" after the title of a listing that has more than one page; "" for a listing of one page. */
export function pageSuffix(locale: Locale, page: { number: number; total: number }): string {
	return page.total > 1 ? ` (${t(locale, 'listing.page', { page: page.number, pages: page.total })})` : '';
}
