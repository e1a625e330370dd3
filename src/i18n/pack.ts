import type { MessageParts, Messages } from '../messages/catalogue.ts';
import type { Audience } from '../schemas/audiences.ts';
import type { Section } from '../schemas/settings.ts';
// The reference language: every other language file must have exactly its keys (the type below checks it).
import type reference from './languages/nl.ts';

/**
 * A language, as one file in src/i18n/languages/<code>.ts: everything the
 * site needs to be published in it. The file name is the language's code
 * (BCP 47, e.g. "fr"), used in addresses (/fr/…) and in `lang` attributes.
 * Dropping a file in that folder adds the language to the kit; a site
 * publishes it once settings list it in `locales`.
 *
 * Later parts of the same file (not yet here): `cms`, the CMS's labels and hints.
 */
export interface LanguagePackShape {
	/** The language's name in itself, as the language switcher shows it, e.g. "Français". */
	name: string;
	/** The BCP 47 locale for dates and numbers (Intl), e.g. "fr-BE": "1 mars 2025". */
	intlLocale: string;
	/**
	 * Open Graph's og:locale (language_TERRITORY, https://ogp.me/#optional) by the
	 * organisation's country (ISO 3166-1 alpha-2, the main location's), and
	 * `default` for any other country. E.g. `{ default: 'fr_FR', BE: 'fr_BE' }`.
	 */
	openGraphLocale: { default: string } & Partial<Record<string, string>>;
	/** True where nouns keep their capital inside a sentence (German): a role such as "Chirurg" is then not lower-cased mid-sentence. */
	capitalisesNouns: boolean;
	/** How the language sets quotations, punctuation and dates: see {@link Typography}. */
	typography: Typography;
	/** The words in the site's addresses, e.g. `stories: 'recits'` → /fr/recits/. Lower case, digits and hyphens only. */
	segments: Record<Segment, string>;
	/** The address of each audience's landing page and story listing, e.g. `patients: 'patients'` → /fr/pour/patients/. */
	audiences: Record<Audience, string>;
	/** The interface text, by dotted key; `{name}` is a placeholder filled in by `t()`. */
	ui: Record<string, string>;
	/**
	 * The editors' messages: one function per code of the catalogue
	 * (src/messages/catalogue.ts), from the message's parameters to its text,
	 * e.g. `'date.invalid': ({ value }) => \`"${value}" is not a valid date; …\``.
	 * Every code must be there; the build log, the content check and the CMS
	 * show them in the editor's language (settings: `editorLanguage`).
	 */
	messages: Messages;
	/** Words the messages are built from: field names, "Line 3: …". */
	messageParts: MessageParts;
}

/**
 * A language's typography: what its pages and its texts follow, so that no CSS or code lists languages.
 * The language's usual printed conventions, e.g. for French the Imprimerie nationale's (Lexique des règles
 * typographiques): « » with narrow no-break spaces inside, a no-break space before ":", a narrow one before ; ! ?.
 */
export interface Typography {
	/**
	 * Quotation marks as [opening, closing], the outer pair first and the pair for a quotation inside a quotation
	 * second, each with the spaces the language sets inside the marks. Every element in the language gets them as
	 * its CSS `quotes` (src/styles/quotes.ts), so testimonials, pull quotes and `<q>` quote the way the language
	 * does; the language's own texts use the outer pair (a test checks it). E.g. French
	 * `[['«\u202f', '\u202f»'], ['“', '”']]`, German `[['„', '“'], ['‚', '‘']]`.
	 */
	quotes: readonly [outer: readonly [string, string], inner: readonly [string, string]];
	/**
	 * The space the language sets between a word and these marks, by mark; a mark not listed takes none. A
	 * no-break space, so the mark never starts a line. E.g. French `{ ':': '\u00a0', ';': '\u202f', '!': '\u202f', '?': '\u202f' }`.
	 * The language's texts follow it (a test checks every text of its files).
	 */
	spaceBefore: Partial<Record<':' | ';' | '!' | '?', string>>;
	/** The day of the month in a written-out date: French writes the first of the month "1er" ("1er mars 2026"). */
	dayOfMonth(day: number): string;
}

/** The address segments: the main sections, plus the words for "stories of a specialty", "for <audience>" and "page <n>". */
export type Segment = Section | 'bySpecialty' | 'audience' | 'page';

/** A key of the interface text, e.g. "story.readingTime". */
export type UiKey = keyof (typeof reference)['ui'];

/** What every language file must satisfy: the shape, with exactly the reference language's interface keys. */
export type LanguagePack = Omit<LanguagePackShape, 'ui'> & { ui: Record<UiKey, string> };
