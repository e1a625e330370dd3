import { languageName } from './languages.ts';
import { fieldProblems } from './validate.ts';
import { message, messagePart } from '../src/messages/index.ts';

/**
 * The last check before Decap saves an entry (a preSave listener in
 * admin.ts). The fields of the first language have been checked one by one
 * already, with the message next to each (widgets/checked.ts); this catches
 * what no field shows: the second language's pane, an item in a list. Each
 * problem names the language and the field as the form labels it, never the
 * file's field names.
 */

export interface FormField {
	name: string;
	label?: string;
	fields?: FormField[];
	field?: FormField;
}

/** An entry as Decap hands it to preSave (Immutable's toJS()): the first language's data, and the others' under i18n. */
export interface DecapEntry {
	collection: string;
	data: Record<string, unknown>;
	i18n?: Record<string, { data?: Record<string, unknown> }>;
}

/** The form's labels along a dotted path ("consent.expiresOn" → "Toestemming › Toestemming geldig tot"); an item of a list is "nr. 2". */
export function labelPath(fields: FormField[], path: string): string {
	const labels: string[] = [];
	let level: FormField[] | undefined = fields;
	for (const key of path.split('.')) {
		if (/^\d+$/.test(key)) {
			labels.push(messagePart('itemNumber', Number(key) + 1));
			continue;
		}
		const field: FormField | undefined = level?.find((candidate) => candidate.name === key);
		labels.push(field?.label ?? key);
		level = field?.fields ?? (field?.field ? [field.field] : undefined);
	}
	return labels.join(' › ');
}

/**
 * Every problem the site's rules find in the entry, in each of its languages:
 * "Engels — Titel: Vul een titel in." A translation left without its own
 * words (no value for the collection's first field, e.g. a title) is not checked:
 * the build skips it as not yet translated.
 */
export function problemsInEveryLanguage(entry: DecapEntry, fields: FormField[], maxYears: number, locales: string[]): string[] {
	const [first] = locales;
	const ownField = fields[0]?.name;
	const versions: [string, Record<string, unknown>][] = [
		[first ?? '', entry.data ?? {}],
		...Object.entries(entry.i18n ?? {})
			.filter(([locale]) => locale !== first)
			.map(([locale, version]) => [locale, version.data ?? {}] as [string, Record<string, unknown>]),
	];
	return versions
		.filter(([locale, data]) => locale === first || (ownField !== undefined && typeof data[ownField] === 'string' && data[ownField] !== ''))
		.flatMap(([locale, data]) =>
			[...fieldProblems(entry.collection, data, maxYears)].map(([path, { message }]) => `${versions.length > 1 ? `${languageName(locale)} — ` : ''}${messagePart('atField', labelPath(fields, path), message)}`),
		);
}

/** Decap shows "Niet opgeslagen. <error>", writing the error with String(): without "Error:" before it. */
class NotSaved extends Error {
	override name = 'NotSaved';
	override toString(): string {
		return this.message;
	}
}

export function notSavedMessage(problems: string[]): Error {
	return new NotSaved(message('cms.notSaved', { problems: problems.length === 1 ? problems[0]! : problems.map((problem) => `• ${problem}`).join(' ') }));
}
