import { z } from 'astro/zod';
import { describeIssues } from '../src/errors/index.ts';
import { currentEditorLanguage, message, withoutCode } from '../src/messages/index.ts';
import { formatDate } from '../src/i18n/index.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/collections.ts';
import type { ImageHelper } from '../src/schemas/image.ts';
import type { Locale } from '../src/schemas/primitives.ts';
import { settingsSchema } from '../src/schemas/settings.ts';
import { entryAsSaved, withoutEmptyFields } from './entry-file.ts';
import { withoutListData } from './list-view.ts';

/** In the editor an image is a path the CMS just chose; the build checks that the file exists. */
const imagePath = (() => z.string()) as unknown as ImageHelper;

function schemaFor(collection: string, maxYears: number): z.ZodType | undefined {
	if (collection === 'settings') return settingsSchema;
	return collection in COLLECTIONS ? COLLECTIONS[collection as CollectionName].schema({ image: imagePath, maxYears }) : undefined;
}

/** The zod issues the build would raise for an entry's fields (its body aside), with the data as the CMS holds it. */
function issuesOf(collection: string, data: Record<string, unknown>, maxYears: number): readonly z.core.$ZodIssue[] {
	const schema = schemaFor(collection, maxYears);
	if (!schema) return [];
	const { body: _body, ...fields } = withoutListData(data);
	const result = schema.safeParse(collection === 'settings' ? (withoutEmptyFields(fields) ?? {}) : entryAsSaved(fields), { reportInput: true });
	return result.success ? [] : result.error.issues;
}

/**
 * The problems the build would report for an entry, in the build's words
 * ("consent.expiresOn: … / …"), checked with the site's own schemas: consent
 * without an expiry date, consent longer than the organisation allows, a
 * description that is too long.
 */
export function entryProblems(collection: string, data: Record<string, unknown>, maxYears: number): string[] {
	return describeIssues(issuesOf(collection, data, maxYears));
}

/** A problem with one field, as the editor reads it next to the field. */
export interface FieldProblem {
	message: string;
	/** True when nothing was filled in where something must be: the form marks the field (or a group's fields) as to be filled in. */
	missing: boolean;
}

/**
 * The same problems as the editor reads them next to a field, by the field's
 * dotted path ("consent.expiresOn", "conditions.0.name"): in the editor's
 * language (settings: editorLanguage), without the file's field names or YYYY-MM-DD dates. One per
 * field: the first is the one to act on.
 */
export function fieldProblems(collection: string, data: Record<string, unknown>, maxYears: number, language: Locale = currentEditorLanguage()): Map<string, FieldProblem> {
	const problems = new Map<string, FieldProblem>();
	for (const issue of issuesOf(collection, data, maxYears)) {
		const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
		for (const path of keys) {
			const at = path.map(String).join('.');
			if (problems.has(at)) continue;
			if (issue.code === 'unrecognized_keys') problems.set(at, { message: forEditor(describeIssues([issue])[0]!.replace(/^[^:]*: /, ''), language), missing: false });
			// Nothing filled in: the form asks for it in its own words, as Decap does for every field it knows is required.
			else if (issue.input === undefined && issue.code !== 'custom') problems.set(at, { message: withoutCode(message('cms.fillIn')), missing: true });
			else problems.set(at, { message: forEditor(issue.message, language), missing: false });
		}
	}
	return problems;
}


const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;
/** A field's name as written in the file, in brackets after the editor's word for it: "het citaat (quote)". */
const FILE_FIELD_NAME = / \((?:[a-z][A-Za-z]*)(?:\.[a-z][A-Za-z]*)*\)/g;

/**
 * A build message (from the catalogue, src/messages/, in the editor's
 * language, ending with its code) as the editor reads it next to a field in
 * the CMS: without the code, dates written out, no field names of the file.
 * Next to the field, the field's name is not needed.
 *
 * @param language the language dates are written in; default the editor's.
 */
export function forEditor(message: string, language: Locale = currentEditorLanguage()): string {
	const words = withoutCode(message).replace(FILE_FIELD_NAME, '').replace(ISO_DATE, (date) => formatDate(language, date));
	const sentence = words.charAt(0).toUpperCase() + words.slice(1);
	return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
