/**
 * The catalogue of editors' messages: every message the build log, the
 * content check, the scripts and the CMS's save check show an editor, by its
 * stable code, with the parameters it is given. The texts are not here: each
 * language file (src/i18n/languages/<code>.ts) has a `messages` part with one
 * function per code, typed by this interface, so a language that lacks a
 * message, or uses a parameter that does not exist, fails `astro check`.
 *
 * Codes are `area.whatHappened` in camelCase after the dot (`date.invalid`,
 * `consent.expired`, `yaml.unquotedNumber`); the area is the concern that
 * raises it (settings, text, date, consent, mdx, picture, file, yaml…).
 * **A code never changes once published**: editors give it to support and
 * docs/messages.md lists them. A message whose meaning changes gets a new
 * code; a code that is no longer used is left out, never reused.
 *
 * Each message says what happened and what to do, naming what the editor
 * wrote; the file, the field and (for bodies) the line are added around it by
 * the code that knows them. Parameters are plain values (text, numbers,
 * lists already joined); the words around them belong to each language.
 */
export interface MessageParams {
	/** editorLanguage in settings names a language the kit has no file for. */
	'settings.editorLanguageUnknown': { value: string; supported: string };
}

/** A message's stable code, e.g. "date.invalid". */
export type MessageCode = keyof MessageParams;

/** What a language file gives for the catalogue: one function per code, from its parameters to the text. */
export type Messages = { [C in MessageCode]: (params: MessageParams[C]) => string };

/**
 * The fields a message may name in words ("Vul de postcode in"), by key: the
 * noun phrase each language uses for "fill in …", e.g. "the postal code".
 */
export const FIELD_NAMES = ['language'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Words that are parts of messages, not messages of their own (no code is shown for them). */
export interface MessageParts {
	/** The noun phrase for each field, as the object of "fill in": "de postcode", "the postal code", "le code postal", "die Postleitzahl". */
	field: Record<FieldName, string>;
	/** A problem on a line of a body: `Regel 3: ${text}`. */
	atLine: (line: number, text: string) => string;
}
