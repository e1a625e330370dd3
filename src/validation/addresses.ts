import { ContentError } from '../errors/index.ts';
import { describedText, type Described } from '../routing/addresses.ts';
import type { Settings } from '../schemas/settings.ts';
import { displayPath } from '../settings/paths.ts';
import { addressCollisions } from './address-collisions.ts';
import type { CheckedEntry } from './check-content.ts';
import { message } from '../messages/index.ts';

/**
 * One address, one page: an entry whose address (its `slug`, or without one
 * its file name, see src/routing/paths.ts) is already a page of the site
 * itself (a page with `slug: verhalen` in Dutch) or of another entry in the
 * same language (two English translations with `slug: back-at-work`) is
 * refused, naming the file, the field `slug`, the address and what lives
 * there. Every entry that passed its own checks counts, drafts and items
 * withheld today included: the one that gets published later would collide
 * then, and a withheld item's address is what the leak proof looks for.
 *
 * Which entry is named: the one whose own `slug` makes the collision (an
 * entry at its file name's address was there first); of two that both set
 * it, the later one in file order. The rule itself is addressCollisions()
 * (address-collisions.ts), which the CMS applies on save too. The build checks
 * the routes once more before Astro writes a page (src/routing/unique-paths.ts).
 *
 * @returns one ContentError per file refused, its problems as "slug: …" lines.
 */
export function checkAddresses(entries: readonly CheckedEntry[], settings: Pick<Settings, 'locales'>): ContentError[] {
	const problems = new Map<string, string[]>();
	const named = (entry: CheckedEntry): Described => ({ file: displayPath(entry.file) });
	for (const { entry, slug, address, there } of addressCollisions(entries, settings.locales, named)) {
		const file = displayPath(entry.file);
		problems.set(file, [...(problems.get(file) ?? []), `slug: ${slug === undefined ? fileNameTaken(entry.slug, address, there) : slugTaken(slug, address, there)}`]);
	}
	return [...problems].map(([file, list]) => new ContentError(file, list));
}

/** `slug: "verhalen"` gives an address that is already taken. */
function slugTaken(slug: string, address: string, there: Described): string {
	return message('address.slugTaken', { slug, address, there: describedText(there) });
}

/** Without a `slug`, the file name gives an address that is already taken. */
function fileNameTaken(fileName: string, address: string, there: Described): string {
	return message('address.fileNameTaken', { fileName, address, there: describedText(there) });
}
