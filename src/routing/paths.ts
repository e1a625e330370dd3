import { localeOf, slugOf, type Location, type Page, type Specialty, type Story, type TeamMember } from '../data/site.ts';
import { urls } from './urls.ts';

/**
 * The address of each entry of a translated collection. Each translation may
 * set its own `slug` (so /en/stories/back-to-work/ and /fr/recits/retour-au-travail/
 * are one story); without it, the file name. The file name stays the key that
 * joins translations and that other entries refer to (`specialties:
 * [liesbreukcentrum]`), so links to an entry are made from the entry itself,
 * never from a reference: look it up with findEntry() first.
 */

type Addressed = { id: string; data: { slug?: string } };

/** The last part of an entry's address: its own `slug`, or its file name. */
export function addressSlug(entry: Addressed): string {
	return entry.data.slug ?? slugOf(entry);
}

export const paths = {
	story: (story: Story) => urls.story(localeOf(story), addressSlug(story)),
	specialty: (specialty: Specialty) => urls.specialty(localeOf(specialty), addressSlug(specialty)),
	/** The stories of a specialty, page `page` (from 1). */
	storiesBySpecialty: (specialty: Specialty, page = 1) => urls.storiesBySpecialty(localeOf(specialty), addressSlug(specialty), page),
	teamMember: (member: TeamMember) => urls.teamMember(localeOf(member), addressSlug(member)),
	location: (location: Location) => urls.location(localeOf(location), addressSlug(location)),
	page: (page: Page) => urls.page(localeOf(page), addressSlug(page)),
};
