import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';

/**
 * Files that exist in a language but were never translated. The CMS writes a
 * file for every language as soon as an entry is saved in one (a known Decap
 * limitation), holding only the fields that are the same in every language,
 * such as dates and consent. Such a file has neither its own title (or name)
 * nor a body: it is left out of the build, with a note, until someone
 * translates it. A file with either is a translation, and checked in full.
 */
export interface UntranslatedFile {
	collection: CollectionName;
	/** Relative to the collection's folder, e.g. "en/een-dag-met-thomas.mdx". */
	file: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** True for a file in a language other than the first that has none of its own words yet. */
export function isUntranslated(source: string, ownField: string): boolean {
	const match = FRONT_MATTER.exec(source);
	// A body is words of its own; only a file without one needs its YAML read.
	if (!match || source.slice(match[0].length).trim() !== '') return false;
	let data: unknown;
	try {
		data = parse(match[1] ?? '');
	} catch {
		return false; // broken YAML is a mistake for the content check to report
	}
	const own = data && typeof data === 'object' ? (data as Record<string, unknown>)[ownField] : undefined;
	return own === undefined || own === null || own === '';
}

export function untranslatedFiles(contentDir: string, locales: readonly string[]): UntranslatedFile[] {
	const [firstLocale] = locales;
	const found: UntranslatedFile[] = [];
	for (const [collection, definition] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		if (!('ownField' in definition)) continue;
		for (const locale of locales.filter((code) => code !== firstLocale)) {
			const folder = path.join(contentDir, definition.folder, locale);
			if (!fs.existsSync(folder)) continue;
			for (const name of fs.readdirSync(folder).filter((file) => file.endsWith(`.${definition.extension}`))) {
				if (isUntranslated(fs.readFileSync(path.join(folder, name), 'utf8'), definition.ownField)) found.push({ collection, file: `${locale}/${name}` });
			}
		}
	}
	return found;
}
