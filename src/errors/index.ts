import type { z } from 'astro/zod';
import { say } from '../schemas/primitives.ts';

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
		super(`${file}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
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
		super(`${title}\n\n${errors.map((error) => error.message).join('\n\n')}`);
		this.entries = errors;
		// No stack trace: the mistake is in a content file, not in the code.
		this.stack = '';
	}
}

/** Turns zod issues into "field: message" lines, with the field written as in the file (a.b[0].c). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
	return issues.flatMap((issue) => {
		const field = issue.path
			.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
			.join('');
		const at = (name: string) => (field ? `${field}.${name}` : name);
		// Zod's own words for an unknown field are English only and say nothing about what to do.
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => `${at(key)}: ${UNKNOWN_FIELD}`);
		}
		return [field ? `${field}: ${issue.message}` : issue.message];
	});
}

const UNKNOWN_FIELD = say(
	'Dit veld bestaat niet: controleer de spelling, of haal het weg. Zet nooit meer gegevens over een persoon in een bestand dan op de site komen.',
	'This field does not exist: check the spelling, or remove it. Never put more about a person in a file than appears on the site.',
);
