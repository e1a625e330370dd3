import type { z } from 'astro/zod';
import { codeOf } from '../messages/index.ts';
import { say } from '../schemas/primitives.ts';

/**
 * Text from content (a file name, a quoted value) made safe to print on one
 * line of a log: control characters (line breaks, escape sequences), line and
 * paragraph separators and the marks that reverse the direction of text are
 * written as `\n`, `\u001b`, `\u202e`. A file name with a line break could
 * otherwise start a line of its own, and on GitHub Actions a line starting
 * with `::` is a workflow command (`::error`, `::add-mask::`,
 * `::stop-commands::`; red-team finding 12,
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions).
 */
export function printable(text: string): string {
	return text.replace(/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (character) => {
		const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
		return named[character] ?? unicodeEscape(character);
	});
}

/** A character as a JavaScript escape, for messages: "\u001b". */
export function unicodeEscape(character: string): string {
	return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The first control character in `text` that content may not hold (every C0
 * and C1 control and DEL but tab, line feed and carriage return), or
 * undefined: they show nothing on a page and are instructions in a log.
 */
export function controlCharacterIn(text: string): string | undefined {
	return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text)?.[0];
}

/**
 * Errors an editor can act on. Each names the file, the field and what to do;
 * none carries a stack trace, because the mistake is in content, not in code.
 */
export class ContentError extends Error {
	override name = 'ContentError';
	/** The file, relative to the project root, e.g. "content/testimonials/marieke.md". */
	readonly file: string;
	/** Each problem as "field: what is wrong". */
	readonly problems: string[];

	constructor(file: string, problems: string[]) {
		// The message is printed: what comes from content is escaped (printable), so each problem stays one line.
		super(`${printable(file)}\n${problems.map((problem) => `  - ${printable(problem)}`).join('\n')}`);
		this.file = file;
		this.problems = problems;
		// No stack trace: the mistake is in a content file, not in the code.
		this.stack = '';
	}
}

/** Several content errors reported together, so an editor can fix them all in one go. */
export class ContentErrors extends Error {
	override name = 'ContentErrors';
	readonly entries: ContentError[];

	constructor(title: string, errors: ContentError[]) {
		super(`${printable(title)}\n\n${errors.map((error) => error.message).join('\n\n')}`);
		this.entries = errors;
		// No stack trace: the mistake is in a content file, not in the code.
		this.stack = '';
	}
}

/** What the check knows about the file an issue is in, to say what was read and what to write. */
export interface IssueContext {
	/** The data the schema was given. */
	data?: unknown;
	/** Each scalar's text as written in the file, by field path ("author.detail"), from src/validation/front-matter.ts. */
	sources?: Record<string, string>;
}

/**
 * Turns zod issues into "field: message" lines, with the field written as in
 * the file (a.b[0].c). A value of the wrong type gets a message that quotes
 * what the file says and what to write instead (`"9000" between quotes`,
 * `true or false`); "fill in" is kept for what is really missing. Zod's own
 * English-only words are replaced by Dutch and English ones.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext = {}): string[] {
	return issues.flatMap((issue) => {
		const field = issue.path
			.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
			.join('');
		const at = (name: string) => (field ? `${field}.${name}` : name);
		// Zod's own words for an unknown field are English only and say nothing about what to do.
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => `${at(key)}: ${UNKNOWN_FIELD}`);
		}
		const message = issue.code === 'invalid_type' ? wrongTypeMessage(issue, context, field) ?? issue.message : isOwnMessage(issue.message) ? issue.message : plainMessage(issue);
		return [field ? `${field}: ${message}` : message];
	});
}

/** Messages written for editors come from the catalogue and end with their code (src/messages/). */
function isOwnMessage(message: string): boolean {
	return codeOf(message) !== undefined || message.includes(' / ');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** What kind of value YAML made of what was written, in words. */
function kindOf(value: unknown): { nl: string; en: string } {
	if (typeof value === 'number') return { nl: 'een getal', en: 'a number' };
	if (typeof value === 'boolean') return { nl: 'ja/nee (true/false)', en: 'yes/no (true/false)' };
	if (value instanceof Date) return { nl: 'een datum', en: 'a date' };
	if (Array.isArray(value)) return { nl: 'een lijst', en: 'a list' };
	if (value && typeof value === 'object') return { nl: 'een blok met velden', en: 'a block of fields' };
	return { nl: 'tekst', en: 'text' };
}

/**
 * A value of the wrong type: what the file says, how the site read it, and
 * what to write. Undefined when the value is missing (the schema's own
 * "fill in" message says it better).
 */
function wrongTypeMessage(issue: z.core.$ZodIssue & { code: 'invalid_type' }, context: IssueContext, field: string): string | undefined {
	// Without the data (the CMS passes only the issues), zod's issue may still carry what it read.
	const value = context.data === undefined ? (issue as { input?: unknown }).input : valueAt(context.data, issue.path);
	if (value === undefined && context.data === undefined) return isOwnMessage(issue.message) ? undefined : expectedMessage(issue.expected);
	if (value === undefined || value === null) return isOwnMessage(issue.message) ? undefined : say('Vul dit veld in', 'Fill in this field');
	const written = context.sources?.[field] ?? (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? undefined : String(value));
	const read = kindOf(value);
	const shown = written === undefined ? '' : `"${written}" `;
	switch (issue.expected) {
		case 'string':
			if (written === undefined) return say(`hier hoort één tekst, geen ${read.nl}; zet de tekst tussen dubbele aanhalingstekens "…".`, `this takes one text, not ${read.en}; put the text between double quotes "…".`);
			return say(
				`${shown}leest de site als ${read.nl}, maar hier hoort tekst: zet het tussen dubbele aanhalingstekens, "${written}"`,
				`${shown}is read as ${read.en}, but this takes text: put it between double quotes, "${written}"`,
			);
		case 'boolean':
			return say(`${shown}kan hier niet: schrijf true (ja) of false (nee), zonder aanhalingstekens`, `${shown}is not possible here: write true (yes) or false (no), without quotes`);
		case 'number':
		case 'int':
			return say(`${shown}is geen getal: schrijf een getal zonder aanhalingstekens, bijvoorbeeld 5`, `${shown}is not a number: write a number without quotes, for example 5`);
		case 'array':
			return say(
				`hier hoort een lijst, geen ${read.nl}: schrijf [${written ?? '…'}], of elk item op een eigen regel met "- " ervoor`,
				`this takes a list, not ${read.en}: write [${written ?? '…'}], or each item on a line of its own starting with "- "`,
			);
		case 'object':
			return say(
				`hier hoort een blok met velden op de regels eronder (ingesprongen), geen ${read.nl}${written === undefined ? '' : ` ("${written}")`}`,
				`this takes a block of fields on the lines below (indented), not ${read.en}${written === undefined ? '' : ` ("${written}")`}`,
			);
		default:
			return say(`${shown}heeft hier niet de juiste vorm (${read.nl})`, `${shown}does not have the right form here (${read.en})`);
	}
}

/** What a field takes, when what was read is not known. */
function expectedMessage(expected: string): string {
	const what: Record<string, [nl: string, en: string]> = {
		string: ['tekst, tussen dubbele aanhalingstekens als hij met een cijfer begint', 'text, between double quotes when it starts with a digit'],
		boolean: ['true (ja) of false (nee)', 'true (yes) or false (no)'],
		number: ['een getal zonder aanhalingstekens', 'a number without quotes'],
		int: ['een heel getal zonder aanhalingstekens', 'a whole number without quotes'],
		array: ['een lijst', 'a list'],
		object: ['een blok met velden op de regels eronder', 'a block of fields on the lines below'],
	};
	const [nl, en] = what[expected] ?? ['een andere waarde', 'another value'];
	return say(`Vul dit veld in, of verbeter het: hier hoort ${nl}`, `Fill in or correct this field: it takes ${en}`);
}

/** Dutch and English for what zod says in English only. */
function plainMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'too_small':
			return issue.origin === 'array'
				? say(`Geef er minstens ${String(issue.minimum)}`, `Give at least ${String(issue.minimum)}`)
				: issue.origin === 'string'
					? say(`Schrijf minstens ${String(issue.minimum)} tekens`, `Write at least ${String(issue.minimum)} characters`)
					: say(`Dit moet minstens ${String(issue.minimum)} zijn`, `This must be at least ${String(issue.minimum)}`);
		case 'too_big':
			return issue.origin === 'array'
				? say(`Geef er hoogstens ${String(issue.maximum)}`, `Give at most ${String(issue.maximum)}`)
				: issue.origin === 'string'
					? say(`Schrijf hoogstens ${String(issue.maximum)} tekens`, `Write at most ${String(issue.maximum)} characters`)
					: say(`Dit mag hoogstens ${String(issue.maximum)} zijn`, `This must be at most ${String(issue.maximum)}`);
		case 'invalid_value':
			return say(`Kies uit: ${issue.values.map(String).join(', ')}`, `Choose from: ${issue.values.map(String).join(', ')}`);
		case 'not_multiple_of':
			return say('Schrijf een heel getal', 'Write a whole number');
		default:
			return say(`Deze waarde kan hier niet (${issue.message})`, `This value is not possible here (${issue.message})`);
	}
}
const UNKNOWN_FIELD = say(
	'Dit veld bestaat niet: controleer de spelling, of haal het weg. Zet nooit meer gegevens over een persoon in een bestand dan op de site komen.',
	'This field does not exist: check the spelling, or remove it. Never put more about a person in a file than appears on the site.',
);
