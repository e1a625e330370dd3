import { AUDIENCE_PAGES, type Audience } from '../schemas/audiences.ts';
import type { CollectionName } from '../schemas/collections.ts';
import type { Locale } from '../schemas/primitives.ts';
import { SECTIONS, type Section } from '../schemas/settings.ts';
import { sitePageName, type SitePage } from '../messages/index.ts';
import { urls } from './urls.ts';

/**
 * Who lives at which address, without the content: the address of an entry
 * from its collection, language and address slug, and the addresses the site
 * makes itself in a language. The content check (src/validation/addresses.ts)
 * refuses an entry whose address is already taken, naming what is there; the
 * routes (routes.ts, unique-paths.ts) use the same words.
 */

/** The collections whose entries have a page of their own, each in its language. */
export type AddressedCollection = Extract<CollectionName, 'stories' | 'specialties' | 'team' | 'locations' | 'pages'>;

/** An entry's address, e.g. `ENTRY_ADDRESS.stories('en', 'back-at-work')` → "/en/stories/back-at-work/". */
export const ENTRY_ADDRESS: Readonly<Record<AddressedCollection, (locale: Locale, slug: string) => string>> = {
	stories: urls.story,
	specialties: urls.specialty,
	team: urls.teamMember,
	locations: urls.location,
	pages: urls.page,
};

/** True for a collection whose entries have a page of their own. */
export function isAddressed(collection: CollectionName): collection is AddressedCollection {
	return collection in ENTRY_ADDRESS;
}

/**
 * What lives at an address: a content file ("content/stories/en/x.mdx"), or
 * a page the site makes itself, named for an editor by {@link describedText}.
 */
export type Described = { file: string } | { page: SitePage };

/** What lives at an address, in the editor's language (src/messages/): the file, or "het overzicht van de verhalen". */
export function describedText(described: Described): string {
	return 'file' in described ? described.file : sitePageName(described.page);
}

/** A page the site makes itself, not from one entry: a listing, the search page, a home page. */
export interface SiteAddress {
	/** The site path, e.g. "/nl/verhalen/". */
	path: string;
	what: Described;
}

/** The site's root, where visitors choose a language. */
export const ROOT: Described = { page: 'root' };
/** A language's home page. */
export const HOME: Described = { page: 'home' };
/** The list of one section, e.g. "het overzicht van de verhalen". */
export const sectionList = (section: Section): Described => ({ page: `list.${section}` });
/** An audience's landing page, e.g. "de pagina voor patiënten". */
export const audiencePage = (audience: Audience): Described => ({ page: `audience.${audience}` });
/** The stories for an audience, e.g. "de verhalen voor patiënten". */
export const audienceStories = (audience: Audience): Described => ({ page: `audienceStories.${audience}` });
/** The stories of one specialty. */
export const specialtyStories: Described = { page: 'specialtyStories' };

/**
 * The first page of every listing and every other page the site makes in
 * `locale` itself (home, sections, search, audiences). Left out: page 2 and
 * on of a listing and the stories of each specialty, which lie a level below
 * a section (/nl/verhalen/pagina/2/, /nl/verhalen/specialisme/x/), deeper than
 * any entry's address (/nl/<slug>/, /nl/verhalen/<slug>/).
 */
export function siteAddresses(locale: Locale): SiteAddress[] {
	return [
		{ path: urls.home(locale), what: HOME },
		...SECTIONS.map((section) => ({ path: urls.section(locale, section), what: sectionList(section) })),
		...AUDIENCE_PAGES.flatMap((audience) => [
			{ path: urls.audience(locale, audience), what: audiencePage(audience) },
			{ path: urls.storiesByAudience(locale, audience), what: audienceStories(audience) },
		]),
	];
}
