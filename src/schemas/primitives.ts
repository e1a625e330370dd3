import { z } from 'astro/zod';
import { isOnlyQuotationMarks, withoutEnclosingQuotes } from '../lib/quotation.ts';
import { fieldName, message, type FieldName } from '../messages/index.ts';

/**
 * Small building blocks shared by every content schema.
 *
 * Error messages are written for editors, from the message catalogue
 * (src/messages/), in the editor's language, because the build log is what a
 * communication team sees when a save breaks the site. They are given as
 * functions, so that they are rendered when content is checked.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Formats a Date (as YAML parses `2025-03-01`) as the calendar date it names. */
function toIsoDate(value: Date): string {
	return value.toISOString().slice(0, 10);
}

/** True when the string is a real calendar date such as 2025-02-28 (not 2025-02-30). */
export function isCalendarDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && toIsoDate(parsed) === value;
}

/**
 * A calendar date written as YYYY-MM-DD. Stored as that string, never as a
 * Date, so that comparisons do not shift with the build machine's time zone.
 */
export const calendarDate = () =>
	z
		.union([z.date(), z.string()], {
			error: (issue) =>
				issue.input == null ? message('date.missing') : typeof issue.input === 'object' ? message('date.notText') : message('date.notADate', { value: String(issue.input) }),
		})
		.transform((value, ctx) => {
			const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : toIsoDate(value)) : value.trim();
			if (!isCalendarDate(text)) {
				ctx.addIssue({
					code: 'custom',
					message: message('date.invalid', { value: String(value) }),
				});
				return z.NEVER;
			}
			return text;
		});

/** A slug's characters: lower-case letters a–z and digits, with single hyphens between them. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest slug, in characters (bytes: a slug is ASCII). A slug names a folder of the built site and files
 * (`<slug>.mdx` in content/, `<slug>.png` for its link preview), and ext4, APFS and NTFS hold at most 255 bytes per
 * name: a longer slug failed at the very end of a build, writing the link preview (ENAMETOOLONG). 200 leaves room
 * for any extension, and for the slug Decap makes from a title of the longest length allowed (110 characters)
 * unless its transliteration makes several letters of one (ß → ss, ﬃ → ffi: 110 × "ﬃ" gives 330); the schema
 * and the content check refuse such a slug, naming the file, when the CMS has saved it.
 */
export const SLUG_MAX_LENGTH = 200;

/** A URL-safe identifier such as `liesbreukcentrum`, used for references between entries: {@link SLUG_PATTERN}, at most {@link SLUG_MAX_LENGTH} characters. */
export const slug = () =>
	z
		.string({ error: whenMissing(() => message('slug.missing')) })
		.regex(SLUG_PATTERN, { error: () => message('slug.format') })
		.max(SLUG_MAX_LENGTH, { error: (issue) => message('slug.tooLong', { length: String(issue.input ?? '').length, maximum: SLUG_MAX_LENGTH }) });

/**
 * Characters that show nothing: spaces of every kind, zero-width and
 * direction marks (Unicode Cf), controls, the soft hyphen, and the Hangul and
 * Braille blanks that look empty. A text made only of these looks empty on the
 * page: `quote: "\u200b"` would publish a quote nobody can read (red-team
 * finding 06).
 */
const INVISIBLE_ONLY = /^[\p{Z}\p{Cc}\p{Cf}\s\u034F\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/** True when `text` has at least one character that shows. */
export function isVisibleText(text: string): boolean {
	return !INVISIBLE_ONLY.test(text);
}

/** "… holds only invisible characters: …", naming them as \u escapes. */
function invisibleOnly(text: string, required: boolean): string {
	const written = JSON.stringify(text).slice(1, -1).replace(/[^\x20-\x7e]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return message('text.invisibleOnly', { value: written, required });
}

/**
 * Text an editor must fill in; surrounding spaces are trimmed; text that shows nothing is refused.
 * @param what the field in words, for "fill in …" (src/messages/catalogue.ts, FIELD_NAMES).
 * @param max the most characters it may have.
 */
export const requiredText = (what: FieldName, max?: number) => {
	let schema = z
		.string({ error: whenMissing(() => message('text.missing', { field: fieldName(what) })) })
		.trim()
		.min(1, { error: () => message('text.missing', { field: fieldName(what) }) })
		.refine((value) => value === '' || isVisibleText(value), { error: (issue) => invisibleOnly(String(issue.input), true) });
	if (max) {
		schema = schema.max(max, { error: () => message('text.tooLong', { field: fieldName(what), maximum: max }) });
	}
	return schema;
};

/**
 * A person's words, shown between the quotation marks of their language
 * (src/styles/quotes.ts): a required text (see {@link requiredText}) without
 * one pair of quotation marks the editor pasted around the whole of it
 * (src/lib/quotation.ts); marks inside it stay. A quote of nothing but marks
 * is refused as empty.
 * @param what the field in words (FIELD_NAMES).
 * @param max the most characters it may have, as written.
 * @example quotation('quote', 600).parse('« Je me suis sentie écoutée. »') // 'Je me suis sentie écoutée.'
 */
export const quotation = (what: FieldName, max?: number) =>
	requiredText(what, max)
		.refine((value) => value === '' || !isOnlyQuotationMarks(value), { error: () => message('text.missing', { field: fieldName(what) }) })
		.transform(withoutEnclosingQuotes);

/** Optional text; an empty string counts as absent; text that shows nothing is refused. */
export const optionalText = () =>
	z
		.string()
		.trim()
		.refine((value) => value === '' || isVisibleText(value), { error: (issue) => invisibleOnly(String(issue.input), false) })
		.optional()
		.transform((value) => (value ? value : undefined));

/** One of a fixed list of values, with a message that lists them; `what` names the field in words (FIELD_NAMES). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: FieldName) =>
	z.enum(values, {
		error: (issue) =>
			issue.input === undefined
				? message('choice.missing', { field: fieldName(what), choices: values.join(', ') })
				: message('choice.invalid', { value: String(issue.input), field: fieldName(what), choices: values.join(', ') }),
	});

/**
 * A message only for what is really missing (absent, or empty in YAML); a
 * value of the wrong type keeps zod's issue, which describeIssues()
 * (src/errors/) turns into what was read and what to write instead.
 */
export const whenMissing = (message: () => string) => (issue: { code: string; input?: unknown }) => (issue.code === 'invalid_type' && issue.input == null ? message() : undefined);

/** The languages the kit supports, one per file in src/i18n/languages/; a site enables some or all of them in settings. */
export { SUPPORTED_LOCALES, type Locale } from '../i18n/packs.ts';
