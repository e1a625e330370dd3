import { message, messagePart, withoutCode } from '../src/messages/index.ts';
import { describedText, type Described } from '../src/routing/addresses.ts';
import type { CollectionName } from '../src/schemas/collections.ts';
import { addressCollisions, type AddressedEntry } from '../src/validation/address-collisions.ts';
import { languageName } from './languages.ts';
import { labelPath, type DecapEntry, type FormField } from './save-check.ts';

/**
 * The check on save of an entry's address (its `slug` in each language, or
 * its file name): refused when another page of the site already lives there,
 * with the other page named by its title, as the build would refuse the file
 * (src/validation/address-collisions.ts, the build's own rule).
 */

/** An entry as Decap's backend lists it (listAllEntries): its file name, first language and translations. */
export interface ListedEntry {
	slug: string;
	data: Record<string, unknown>;
	i18n?: Record<string, { data?: Record<string, unknown> }>;
}

/** The entry being saved: as preSave hands it over, with the file name it has or will get. */
export interface SavedEntry extends DecapEntry {
	/** Its file name without extension (for a new entry, the one Decap will give it: newFileName()). */
	slug: string;
}

interface Version extends AddressedEntry {
	/** The entry being saved, or one already there. */
	self: boolean;
	title: string;
}

/** The collections whose pages the CMS names by kind (cms.pageTitled); any other is "the page". */
const NAMED_KINDS = ['stories', 'specialties', 'team', 'locations', 'pages'] as const;

/** Each language version of an entry that has words of its own (its first field filled in), as the build reads it. */
function versions(collection: string, entry: ListedEntry | SavedEntry, locales: string[], ownField: string | undefined, self: boolean): Version[] {
	const [first] = locales;
	return locales.flatMap((locale) => {
		const data = locale === first ? entry.data : entry.i18n?.[locale]?.data;
		if (!data || (locale !== first && !(ownField && typeof data[ownField] === 'string' && data[ownField] !== ''))) return [];
		const title = String(data.title ?? data.name ?? entry.slug);
		// The entry being saved comes last among those that set a slug: of two that set the same one, it is the one named.
		return [{ collection: collection as CollectionName, locale, slug: entry.slug, data, file: self ? '\uffff' : entry.slug, self, title }];
	});
}

/**
 * The address problems of `saved` among `others` (the other entries of its collection; entries of other
 * collections live in other folders of the site, see ENTRY_ADDRESS), in each language with words of its own:
 * "Engels — Adres in deze taal (laatste deel): Op /en/stories/x/ staat al het verhaal “…”. Kies een ander adres."
 */
export function addressProblems(saved: SavedEntry, others: ListedEntry[], { locales, fields }: { locales: string[]; fields: FormField[] }): string[] {
	const ownField = fields[0]?.name;
	const entries = [
		...others.filter((other) => other.slug !== saved.slug).flatMap((other) => versions(saved.collection, other, locales, ownField, false)),
		...versions(saved.collection, saved, locales, ownField, true),
	];
	const describe = (version: Version): Described => {
		const collection = (NAMED_KINDS as readonly string[]).includes(version.collection) ? (version.collection as (typeof NAMED_KINDS)[number]) : 'other';
		return { file: withoutCode(message('cms.pageTitled', { collection, title: version.title })) };
	};
	const label = labelPath(fields, 'slug');
	return addressCollisions(entries, locales, describe)
		.filter((collision) => collision.entry.self || collision.thereEntry?.self)
		.map((collision) => {
			const problem = collision.entry.self
				? message('cms.addressTaken', { address: collision.address, there: describedText(collision.there), ownSlug: collision.slug !== undefined })
				: message('cms.addressTakenByOther', { address: collision.address, other: describedText(describe(collision.entry)) });
			return `${locales.length > 1 ? `${languageName(collision.locale)} — ` : ''}${messagePart('atField', label, problem)}`;
		});
}

/**
 * The file name Decap gives a new entry: `proposed` (its slug template applied to the form, see Decap's
 * slugFormatter), with "-1", "-2"… added while another entry of the collection has it (as Decap's generateUniqueSlug does).
 */
export function newFileName(proposed: string, taken: Iterable<string>): string {
	const names = new Set(taken);
	let name = proposed;
	for (let count = 1; names.has(name); count += 1) name = `${proposed}-${count}`;
	return name;
}
