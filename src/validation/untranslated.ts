import { readContentFile } from './front-matter.ts';

/**
 * Files that exist in a language but were never translated. The CMS writes a
 * file for every language as soon as an entry is saved in one (a known Decap
 * limitation), holding only the fields that are the same in every language,
 * such as dates and consent. Such a file has neither its own title (or name)
 * nor a body: it is left out of the build, with a note, until someone
 * translates it. A file with either is a translation, and checked in full.
 */

/** True for a file in a language other than the first that has none of its own words yet. */
export function isUntranslated(source: string, ownField: string): boolean {
	const file = readContentFile(source);
	// A body is words of its own; broken front matter is a mistake for the content check to report.
	if (file.body.trim() !== '' || file.problems.length > 0) return false;
	return isUntranslatedData(file.data, ownField);
}

/** The same, for a file already read: true when its data lacks `ownField` (the body is checked by the caller). */
export function isUntranslatedData(data: Record<string, unknown>, ownField: string): boolean {
	const own = data[ownField];
	return own === undefined || own === null || own === '';
}
