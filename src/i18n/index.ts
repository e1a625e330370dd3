import type { UiKey } from './pack.ts';
import { packOf, type Locale } from './packs.ts';

export type { UiKey, Locale };

/**
 * The interface text for `key` in `locale`, with {placeholders} filled in.
 * @example t(locale, 'story.readingTime', { minutes: 4 }) // "4 min lezen", "4 min read", "4 min de lecture"
 */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
	const text = packOf(locale).ui[key];
	// Most texts have no placeholder; every page asks for dozens of them.
	if (!text.includes('{')) return text;
	return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * The interface text for `key` split around its placeholder `{slot}`, for a
 * sentence with an element in it (a link, an address), wherever the language
 * puts it: the words before and after. Other placeholders are filled in.
 * @example around('nl', 'share.call', 'phone') // ["Liever bellen? Bel ", " en vraag naar het communicatieteam."]
 */
export function around(locale: Locale, key: UiKey, slot: string, values: Record<string, string | number> = {}): [before: string, after: string] {
	const [before = '', after = ''] = t(locale, key, { ...values, [slot]: '\u0000' }).split('\u0000');
	return [before, after];
}

/** Returns a `t` bound to one language, for templates. */
export function translator(locale: Locale) {
	return (key: UiKey, values?: Record<string, string | number>) => t(locale, key, values);
}

/**
 * A calendar date (YYYY-MM-DD) written out in the language's own way, e.g. "1 maart 2025", "1 March 2025",
 * "1er mars 2025": Intl's date in the language's intlLocale, with the day as its typography writes it (dayOfMonth).
 */
export function formatDate(locale: Locale, isoDate: string): string {
	const key = `${locale} ${isoDate}`;
	let written = writtenDates.get(key);
	if (written === undefined) {
		const { dayOfMonth } = packOf(locale).typography;
		written = dateFormat(locale)
			.formatToParts(new Date(`${isoDate}T00:00:00Z`))
			.map((part) => (part.type === 'day' ? dayOfMonth(Number(part.value)) : part.value))
			.join('');
		writtenDates.set(key, written);
	}
	return written;
}

// The same dates come back on page after page (every story card shows its story's): each written once per language.
// Only dates and their wording are kept, nothing of the content; a few thousand short strings at most.
const writtenDates = new Map<string, string>();

// Making an Intl.DateTimeFormat is slow, and every story card shows a date: one per language.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateFormat(locale: Locale): Intl.DateTimeFormat {
	let format = dateFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(packOf(locale).intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		dateFormats.set(locale, format);
	}
	return format;
}

/** A noun from the content (a role such as "Chirurg") as it reads inside a sentence: lower case, unless the language capitalises nouns. */
export function inSentence(locale: Locale, noun: string): string {
	const pack = packOf(locale);
	return pack.capitalisesNouns ? noun : noun.toLocaleLowerCase(pack.intlLocale);
}

/** The language's own name, for the language switcher, e.g. "Français". */
export function languageName(locale: Locale): string {
	return packOf(locale).name;
}

/** The name of language `other` in language `locale`, e.g. "Engels" for English on a Dutch page (Intl.DisplayNames, lower case where the language writes it so). */
export function languageNameIn(locale: Locale, other: Locale): string {
	return new Intl.DisplayNames([packOf(locale).intlLocale], { type: 'language' }).of(other) ?? languageName(other);
}

/** Languages listed as a reader of `locale` says them: "Nederlands, Frans of Engels". */
export function languageList(locale: Locale, locales: readonly Locale[]): string {
	return new Intl.ListFormat(packOf(locale).intlLocale, { type: 'disjunction' }).format(locales.map((other) => languageNameIn(locale, other)));
}

/** " (pagina 2 van 3)" after the title of a listing that has more than one page; "" for a listing of one page. */
export function pageSuffix(locale: Locale, page: { number: number; total: number }): string {
	return page.total > 1 ? ` (${t(locale, 'listing.page', { page: page.number, pages: page.total })})` : '';
}
