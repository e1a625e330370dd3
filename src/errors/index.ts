import type { z } from 'astro/zod';
import type { ExpectedValue, ValueKind } from '../messages/catalogue.ts';
import { codeOf, message } from '../messages/index.ts';

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
 * English-only words are replaced by the catalogue's, in the editor's language.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext = {}): string[] {
	return issues.flatMap((issue) => {
		const field = issue.path
			.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
			.join('');
		const at = (name: string) => (field ? `${field}.${name}` : name);
		// Zod's own words for an unknown field are English only and say nothing about what to do.
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => `${at(key)}: ${message('field.unknown')}`);
		}
		const text = issue.code === 'invalid_type' ? wrongTypeMessage(issue, context, field) ?? issue.message : isOwnMessage(issue.message) ? issue.message : plainMessage(issue);
		return [field ? `${field}: ${text}` : text];
	});
}

/** Messages written for editors come from the catalogue and end with their code (src/messages/). */
function isOwnMessage(text: string): boolean {
	return codeOf(text) !== undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** What kind of value YAML made of what was written. */
function kindOf(value: unknown): ValueKind {
	if (typeof value === 'number') return 'number';
	if (typeof value === 'boolean') return 'boolean';
	if (value instanceof Date) return 'date';
	if (Array.isArray(value)) return 'list';
	if (value && typeof value === 'object') return 'block';
	return 'text';
}

/**
 * A value of the wrong type: what the file says, how the site read it, and
 * what to write. Undefined when the value is missing (the schema's own
 * "fill in" message says it better).
 */
function wrongTypeMessage(issue: z.core.$ZodIssue & { code: 'invalid_type' }, context: IssueContext, field: string): string | undefined {
	// Without the data (the CMS passes only the issues), zod's issue may still carry what it read.
	const value = context.data === undefined ? (issue as { input?: unknown }).input : valueAt(context.data, issue.path);
	if (value === undefined && context.data === undefined) return isOwnMessage(issue.message) ? undefined : message('field.missingOrWrong', { expected: expectedValue(issue.expected) });
	if (value === undefined || value === null) return isOwnMessage(issue.message) ? undefined : message('field.missing');
	const written = context.sources?.[field] ?? (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? undefined : String(value));
	const kind = kindOf(value);
	switch (issue.expected) {
		case 'string':
			return message('value.textExpected', { value: written, kind });
		case 'boolean':
			return message('value.booleanExpected', { value: written });
		case 'number':
		case 'int':
			return message('value.numberExpected', { value: written });
		case 'array':
			return message('value.listExpected', { value: written, kind });
		case 'object':
			return message('value.blockExpected', { value: written, kind });
		default:
			return message('value.wrongForm', { value: written, kind });
	}
}

/** What a field takes, in the catalogue's terms. */
function expectedValue(expected: string): ExpectedValue {
	return (['string', 'boolean', 'number', 'int', 'array', 'object'] as const).find((known) => known === expected) ?? 'other';
}

/** The editor's words for what zod says in English only. */
function plainMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'too_small': {
			const minimum = Number(issue.minimum);
			return issue.origin === 'array' ? message('list.tooFew', { minimum }) : issue.origin === 'string' ? message('text.tooShort', { minimum }) : message('number.tooSmall', { minimum });
		}
		case 'too_big': {
			const maximum = Number(issue.maximum);
			return issue.origin === 'array' ? message('list.tooMany', { maximum }) : issue.origin === 'string' ? message('text.tooManyCharacters', { maximum }) : message('number.tooLarge', { maximum });
		}
		case 'invalid_value':
			return message('choice.notListed', { choices: issue.values.map(String).join(', ') });
		case 'not_multiple_of':
			return message('number.notWhole');
		default:
			return message('value.notPossible', { detail: issue.message });
	}
}
