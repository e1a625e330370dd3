import { z } from 'astro/zod';

/**
 * Small building blocks shared by every content schema.
 *
 * Error messages are written for editors, in Dutch and English, because the
 * build log is what a communication team sees when a save breaks the site.
 */

/** Joins a Dutch and an English message into one line an editor can read. */
export function say(nl: string, en: string): string {
	return `${nl} / ${en}`;
}

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
				issue.input == null
					? say('Vul de datum in, als JJJJ-MM-DD', 'Fill in the date, as YYYY-MM-DD')
					: typeof issue.input === 'object'
						? say('Schrijf de datum als JJJJ-MM-DD', 'Write the date as YYYY-MM-DD')
						: say(`"${String(issue.input)}" is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-01`, `"${String(issue.input)}" is not a date; write YYYY-MM-DD, for example 2025-03-01`),
		})
		.transform((value, ctx) => {
			const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : toIsoDate(value)) : value.trim();
			if (!isCalendarDate(text)) {
				ctx.addIssue({
					code: 'custom',
					message: say(
						`"${String(value)}" is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-01`,
						`"${String(value)}" is not a valid date; write YYYY-MM-DD, for example 2025-03-01`,
					),
				});
				return z.NEVER;
			}
			return text;
		});

/** A URL-safe identifier such as `liesbreukcentrum`, used for references between entries. */
export const slug = () =>
	z
		.string({ error: whenMissing(say('Vul een korte naam in (slug)', 'Fill in a short name (slug)')) })
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			error: say(
				'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "liesbreukcentrum"',
				'Use only lower-case letters, digits and hyphens, for example "liesbreukcentrum"',
			),
		});

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
	return say(
		`"${written}" bestaat alleen uit onzichtbare tekens; op de site zou het leeg lijken. Schrijf de tekst${required ? '' : ', of laat het veld leeg'}.`,
		`"${written}" consists only of invisible characters; it would look empty on the site. Write the text${required ? '' : ', or leave the field empty'}.`,
	);
}

/** Text an editor must fill in; surrounding spaces are trimmed; text that shows nothing is refused. */
export const requiredText = (what: { nl: string; en: string }, max?: number) => {
	let schema = z
		.string({ error: whenMissing(say(`Vul ${what.nl} in`, `Fill in ${what.en}`)) })
		.trim()
		.min(1, { error: say(`Vul ${what.nl} in`, `Fill in ${what.en}`) })
		.refine((value) => value === '' || isVisibleText(value), { error: (issue) => invisibleOnly(String(issue.input), true) });
	if (max) {
		schema = schema.max(max, {
			error: say(`${what.nl} is te lang: maximaal ${max} tekens`, `${what.en} is too long: at most ${max} characters`),
		});
	}
	return schema;
};

/** Optional text; an empty string counts as absent; text that shows nothing is refused. */
export const optionalText = () =>
	z
		.string()
		.trim()
		.refine((value) => value === '' || isVisibleText(value), { error: (issue) => invisibleOnly(String(issue.input), false) })
		.optional()
		.transform((value) => (value ? value : undefined));

/** One of a fixed list of values, with a message that lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: { nl: string; en: string }) =>
	z.enum(values, {
		error: (issue) =>
			issue.input === undefined
				? say(`Vul ${what.nl} in; kies uit: ${values.join(', ')}`, `Fill in ${what.en}; choose from: ${values.join(', ')}`)
				: say(
						`"${String(issue.input)}" kan niet als ${what.nl}; kies uit: ${values.join(', ')}`,
						`"${String(issue.input)}" is not possible as ${what.en}; choose from: ${values.join(', ')}`,
					),
	});

/**
 * A message only for what is really missing (absent, or empty in YAML); a
 * value of the wrong type keeps zod's issue, which describeIssues()
 * (src/errors/) turns into what was read and what to write instead.
 */
export const whenMissing = (message: string) => (issue: { code: string; input?: unknown }) => (issue.code === 'invalid_type' && issue.input == null ? message : undefined);

/** The languages the kit supports, one per file in src/i18n/languages/; a site enables some or all of them in settings. */
export { SUPPORTED_LOCALES, type Locale } from '../i18n/packs.ts';
