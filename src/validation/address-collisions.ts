import { ENTRY_ADDRESS, isAddressed, siteAddresses, type AddressedCollection, type Described } from '../routing/addresses.ts';
import type { CollectionName } from '../schemas/collections.ts';
import type { Locale } from '../schemas/primitives.ts';

/**
 * The rule "one address, one page", without files or messages: which entries
 * take an address that is already a page of the site itself or of another
 * entry in the same language. Used by the content check before every build
 * (checkAddresses in addresses.ts, which names files) and by the CMS when an
 * editor saves (cms/address-check.ts, which names pages by their titles), so
 * both refuse exactly the same addresses. Pure: no file system, runs in the
 * browser too.
 */
export interface AddressedEntry {
	collection: CollectionName;
	/** The language folder, for translated collections. */
	locale?: string;
	/** The file name without extension: the address when the entry sets no `slug` of its own. */
	slug: string;
	/** The entry's fields; its own address is `data.slug` when that is a string. */
	data: Record<string, unknown>;
	/** Orders entries that collide: of two that set the same slug, the later one is named. The file's path. */
	file: string;
}

export interface AddressCollision<E extends AddressedEntry> {
	/** The entry refused: the one whose own `slug` makes the collision (or, without one, whose file name does). */
	entry: E;
	locale: Locale;
	/** The entry's own `slug`, or undefined when its address is its file name. */
	slug: string | undefined;
	/** The site path both would have, e.g. "/nl/verhalen/". */
	address: string;
	/** What lives there, as `describe` or siteAddresses() names it. */
	there: Described;
	/** The entry that lives there; undefined for a page the site makes itself. */
	thereEntry?: E;
}

/** The entry's own `slug`, when it sets one. */
export const ownSlug = (entry: AddressedEntry): string | undefined => (typeof entry.data.slug === 'string' ? entry.data.slug : undefined);

/**
 * Every collision among `entries` in each of `locales`. Entries at their file
 * name's address are placed first, then by `file`: the entry named is the one
 * whose `slug` collides (an entry at its file name's address was there first);
 * of two that both set it, the later one in file order. Entries of collections
 * without pages of their own (testimonials) are ignored.
 *
 * @param describe how an entry is named when another collides with it ("content/stories/nl/x.mdx", or a title)
 */
export function addressCollisions<E extends AddressedEntry>(entries: readonly E[], locales: readonly string[], describe: (entry: E) => Described): AddressCollision<E>[] {
	const collisions: AddressCollision<E>[] = [];
	for (const locale of locales as readonly Locale[]) {
		const taken = new Map<string, { what: Described; entry?: E }>(siteAddresses(locale).map(({ path, what }) => [path, { what }]));
		const inLocale = entries
			.filter((entry): entry is E & { collection: AddressedCollection } => entry.locale === locale && isAddressed(entry.collection))
			.sort((a, b) => Number(ownSlug(a) !== undefined) - Number(ownSlug(b) !== undefined) || a.file.localeCompare(b.file));
		for (const entry of inLocale) {
			const slug = ownSlug(entry);
			const address = ENTRY_ADDRESS[entry.collection](locale, slug ?? entry.slug);
			const there = taken.get(address);
			if (!there) {
				taken.set(address, { what: describe(entry), entry });
				continue;
			}
			collisions.push({ entry, locale, slug, address, there: there.what, ...(there.entry ? { thereEntry: there.entry } : {}) });
		}
	}
	return collisions;
}
