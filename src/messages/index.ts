import { PACKS, packOf, SUPPORTED_LOCALES, type Locale } from '../i18n/packs.ts';
import type { FieldName, MessageCode, MessageParams, MessageParts, MetadataKind, SitePage } from './catalogue.ts';

export type { FieldName, MessageCode, MessageParams, MetadataKind, SitePage } from './catalogue.ts';

/**
 * Editors' messages in the editor's language, from the catalogue
 * (catalogue.ts) and the `messages` part of each language file.
 *
 * A message is rendered when it is made, in the **editor's language** of the
 * running process: the build, `npm run check-content` and the other scripts
 * read the settings first (src/settings/read.ts sets it from
 * `editorLanguage`, default the site's first language), the CMS sets it from
 * the configuration it is built with. Zod schemas therefore give their
 * messages as functions (`error: () => message(…)`), which run when content
 * is checked, never when the schema is made.
 *
 * **Fallback.** Every language file has every message (the typecheck sees to
 * it), so there is no fallback per message. The fallback is a whole language,
 * English ({@link FALLBACK_EDITOR_LANGUAGE}), used while the editor's language
 * is not known: before the settings are read (unit tests, a script that reads
 * no settings), when the settings file cannot be read, and when
 * `editorLanguage` names a language the kit has no file for (that mistake is
 * then reported, in English, as `settings.editorLanguageUnknown`).
 *
 * **Shape.** Each message ends with its code in brackets, so that an editor
 * can quote it to support and a developer can look it up in
 * docs/messages.md, which lists every code with its English text:
 * `"2025-13-01" is geen geldige datum; schrijf JJJJ-MM-DD … [date.invalid]`.
 * The English text is not printed beside it: two languages on every line made
 * the log hard to read, and the code is the shared key between them.
 */

/** The language messages are shown in while the editor's language is not known (see above). A code of a file in src/i18n/languages/. */
export const FALLBACK_EDITOR_LANGUAGE: Locale = 'en';

let current: Locale | undefined;

/**
 * Sets the language every following message is rendered in, for the rest of
 * the process (one content folder per process). Unknown codes fall back to
 * {@link FALLBACK_EDITOR_LANGUAGE}.
 */
export function useEditorLanguage(locale: Locale | undefined): void {
	current = locale !== undefined && locale in PACKS ? locale : undefined;
}

/** The language messages are rendered in now: the editor's, or the fallback. */
export function currentEditorLanguage(): Locale {
	if (current !== undefined) return current;
	return FALLBACK_EDITOR_LANGUAGE in PACKS ? FALLBACK_EDITOR_LANGUAGE : SUPPORTED_LOCALES[0];
}

/** The parameters of a message as arguments: none for a message without parameters. */
export type MessageArgs<C extends MessageCode> = keyof MessageParams[C] extends never ? [] : [params: MessageParams[C]];

/** The code as it is shown after a message: " [date.invalid]". */
export const codeTag = (code: MessageCode) => ` [${code}]`;

/** A code tag at the end of a message, as {@link codeTag} writes it. */
const CODE_TAG = / \[([a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+)\]$/;

/**
 * The message `code` in `locale`, followed by its code.
 * @example messageIn('fr', 'date.invalid', { value: '2025-13-01' }) // '« 2025-13-01 » n’est pas une date valide ; … [date.invalid]'
 */
export function messageIn<C extends MessageCode>(locale: Locale, code: C, ...[params]: MessageArgs<C>): string {
	const render = packOf(locale).messages[code] as (params: MessageParams[C]) => string;
	return `${render((params ?? {}) as MessageParams[C])}${codeTag(code)}`;
}

/** The message `code` in the editor's language ({@link currentEditorLanguage}), followed by its code. */
export function message<C extends MessageCode>(code: C, ...params: MessageArgs<C>): string {
	return messageIn(currentEditorLanguage(), code, ...params);
}

/**
 * A message kept as data, to be rendered later: its code and its parameters, no words of any language. For
 * findings kept between builds (src/lib/findings-cache.ts), which must not depend on the language of the build
 * that found them; {@link renderMessage} words one in the editor's language.
 * @example { code: 'seo.brokenLink', params: { href: '/nl/weg/' } }
 */
export type CodedMessage = { [C in MessageCode]: keyof MessageParams[C] extends never ? { code: C; params?: MessageParams[C] } : { code: C; params: MessageParams[C] } }[MessageCode];

/** A message kept as data ({@link CodedMessage}), rendered in the editor's language and followed by its code, as {@link message} does. */
export function renderMessage(coded: CodedMessage): string {
	return (message as (code: MessageCode, params?: unknown) => string)(coded.code, coded.params);
}

/** The code a rendered message ends with, or undefined for text that is not from the catalogue. */
export function codeOf(text: string): MessageCode | undefined {
	return CODE_TAG.exec(text)?.[1] as MessageCode | undefined;
}

/** The rendered message without its code, e.g. for a notice next to a field in the CMS. */
export function withoutCode(text: string): string {
	return text.replace(CODE_TAG, '');
}

/** A field named in words, in the editor's language: "de postcode". */
export function fieldName(field: FieldName): string {
	return packOf(currentEditorLanguage()).messageParts.field[field];
}

/** A problem on a line of a body, in the editor's language: "Regel 3: … [mdx.html]". */
export function atLine(line: number, text: string): string {
	return packOf(currentEditorLanguage()).messageParts.atLine(line, text);
}

/** A problem on a line of the data at the top of a file, in the editor's language: "regel 3: … [yaml.controlCharacter]". */
export function atDataLine(line: number, text: string): string {
	return packOf(currentEditorLanguage()).messageParts.atDataLine(line, text);
}

/** A page the site makes itself, named in the editor's language: "het overzicht van de verhalen". */
export function sitePageName(page: SitePage): string {
	return packOf(currentEditorLanguage()).messageParts.sitePage[page];
}

/** A kind of metadata in a picture, named in the editor's language: "EXIF", "Photoshop-gegevens". */
export function metadataKindName(kind: MetadataKind): string {
	return packOf(currentEditorLanguage()).messageParts.metadataKind[kind];
}

/**
 * Adds a sentence to a rendered message, before its code: "… Gebruikt door: x. [picture.damaged]".
 * For what the code that raises a message knows and the message does not, such as who uses a file.
 */
export function withSentence(rendered: string, sentence: string): string {
	const code = codeOf(rendered);
	return code === undefined ? `${rendered} ${sentence}` : `${withoutCode(rendered)} ${sentence}${codeTag(code)}`;
}

/**
 * A title or a label followed by a colon, with the space the editor's language sets before it (its typography's
 * `spaceBefore`, src/i18n/pack.ts): "Boven het budget [budget.over]:", in French "Au-dessus du budget [budget.over] :"
 * with a no-break space, so the colon never starts a line.
 */
export function titled(title: string): string {
	return `${title}${packOf(currentEditorLanguage()).typography.spaceBefore[':'] ?? ''}:`;
}

/** The parts of messages that are functions (atLine, pictureUses…). */
type PartFunctions = { [K in keyof MessageParts as MessageParts[K] extends (...args: never[]) => string ? K : never]: MessageParts[K] };

/** A part of a message in the editor's language, e.g. messagePart('pictureUses', 'stories/nl/x.mdx (hero.image)'). */
export function messagePart<K extends keyof PartFunctions>(key: K, ...args: Parameters<PartFunctions[K]>): string {
	return (packOf(currentEditorLanguage()).messageParts[key] as (...args: Parameters<PartFunctions[K]>) => string)(...args);
}
