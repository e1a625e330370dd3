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

/** The address segments: the main sections, plus the words for "stories of a specialty", "for <audience>" and "page <n>". */
export type Segment = Section | 'bySpecialty' | 'audience' | 'page';

/** A key of the interface text, e.g. "story.readingTime". */
export type UiKey = keyof (typeof reference)['ui'];

/** What every language file must satisfy: the shape, with exactly the reference language's interface keys. */
export type LanguagePack = Omit<LanguagePackShape, 'ui'> & { ui: Record<UiKey, string> };
