import { getSite, inLocale, localeOf, slugOf, storiesFor, testimonialsFor, type Location, type Page, type Site, type Specialty, type Story, type TeamMember, type Testimonial } from '../data/site.ts';
import { paginate, type Page as ListingPage } from '../lib/pagination.ts';
import { AUDIENCE_PAGES, type Audience, type AudiencePage } from '../schemas/audiences.ts';
import type { Locale } from '../schemas/primitives.ts';
import { paths } from './paths.ts';
import { assertUniquePaths } from './unique-paths.ts';
import { urls } from './urls.ts';

/**
 * Every page the site builds, with the data its template needs. The one
 * catch-all page in src/pages/ renders these; the sitemap and the checks
 * after the build read the same list.
 */

/** The page's address in each language it exists in, for the language switcher and hreflang. */
export type Alternates = Partial<Record<Locale, string>>;

export type StoryListing = { by: 'all' } | { by: 'specialty'; specialty: Specialty } | { by: 'audience'; audience: Audience };

export type RouteData =
	| { template: 'root' }
	| { template: 'home'; locale: Locale }
	| { template: 'stories'; locale: Locale; listing: StoryListing; page: ListingPage<Story>; paths: string[] }
	| { template: 'story'; locale: Locale; story: Story }
	| { template: 'specialties'; locale: Locale; page: ListingPage<Specialty>; paths: string[] }
	| { template: 'specialty'; locale: Locale; specialty: Specialty }
	| { template: 'team'; locale: Locale; page: ListingPage<TeamMember>; paths: string[] }
	| { template: 'team-member'; locale: Locale; member: TeamMember }
	| { template: 'locations'; locale: Locale; page: ListingPage<Location>; paths: string[] }
	| { template: 'location'; locale: Locale; location: Location }
	| { template: 'audience'; locale: Locale; audience: AudiencePage }
	| { template: 'testimonials'; locale: Locale; page: ListingPage<Testimonial>; paths: string[] }
	| { template: 'search'; locale: Locale }
	| { template: 'page'; locale: Locale; page: Page };

export type Route = RouteData & {
	/** The site path, e.g. "/nl/verhalen/". */
	path: string;
	alternates: Alternates;
	/** The hreflang x-default for visitors whose language is not offered, when not the default language's version. */
	xDefault?: string;
	/** Kept out of search engines and the sitemap, e.g. the search results page. */
	noindex?: boolean;
};

type Translated = { id: string };

/** Each collection's entries grouped by slug, made once: looking translations up by scanning would cost n² at thousands of stories. */
const bySlug = new WeakMap<readonly Translated[], Map<string, Translated[]>>();

/** The same entry in every language (the same file name), keyed by language, for hreflang: each at its own address. */
function translationsOf<T extends Translated>(entries: T[], entry: T, path: (entry: T) => string): Alternates {
	let groups = bySlug.get(entries);
	if (!groups) {
		groups = new Map();
		for (const other of entries) groups.set(slugOf(other), [...(groups.get(slugOf(other)) ?? []), other]);
		bySlug.set(entries, groups);
	}
	const alternates: Alternates = {};
	for (const other of (groups.get(slugOf(entry)) ?? []) as T[]) alternates[localeOf(other)] = path(other);
	return alternates;
}

function everyLocale(site: Site, path: (locale: Locale) => string): Alternates {
	return Object.fromEntries(site.locales.map((locale) => [locale, path(locale)]));
}

/**
 * A listing split into pages of at most PAGE_SIZE items: page 1 at its own
 * path, page n below it. `data` makes each page's route from its items and
 * the paths of all pages (for the pagination links).
 */
function listingRoutes<T>(
	locale: Locale,
	items: readonly T[],
	path: (locale: Locale, page: number) => string,
	alternatesFor: (page: number) => Alternates,
	data: (page: ListingPage<T>, paths: string[]) => RouteData,
): Route[] {
	const pages = paginate(items);
	const paths = pages.map((page) => path(locale, page.number));
	return pages.map((page) => ({ ...data(page, paths), path: path(locale, page.number), alternates: alternatesFor(page.number) }));
}

/** Builds the full list of routes from the published site. */
export function routesFor(site: Site): Route[] {
	// The language choice at the root is the page for visitors whose language we do not have.
	const routes: Route[] = [{ template: 'root', path: urls.root(), alternates: everyLocale(site, urls.home), xDefault: urls.root() }];

	for (const locale of site.locales) {
		routes.push({ template: 'home', locale, path: urls.home(locale), alternates: everyLocale(site, urls.home), xDefault: urls.root() });

		// Page n of one language links to page 1 of the others, because listings of different lengths do not line up page by page.
		const listingAlternates = (path: (l: Locale, page: number) => string) => (page: number) =>
			page === 1 ? everyLocale(site, (l) => path(l, 1)) : { [locale]: path(locale, page) };
		const sectionListing = <T>(section: 'specialties' | 'team' | 'locations' | 'testimonials', items: readonly T[], data: (page: ListingPage<T>, paths: string[]) => RouteData) => {
			const path = (l: Locale, page: number) => urls.section(l, section, page);
			routes.push(...listingRoutes(locale, items, path, listingAlternates(path), data));
		};
		sectionListing('specialties', inLocale(site.specialties, locale), (page, paths) => ({ template: 'specialties', locale, page, paths }));
		sectionListing('team', inLocale(site.team, locale), (page, paths) => ({ template: 'team', locale, page, paths }));
		sectionListing('locations', inLocale(site.locations, locale), (page, paths) => ({ template: 'locations', locale, page, paths }));
		sectionListing('testimonials', testimonialsFor(site, locale), (page, paths) => ({ template: 'testimonials', locale, page, paths }));
		routes.push({ template: 'search', locale, path: urls.section(locale, 'search'), alternates: everyLocale(site, (l) => urls.section(l, 'search')), noindex: true });

		// Story listings: all, per specialty and per audience.
		const storyListing = (listing: StoryListing, stories: Story[], path: (l: Locale, page: number) => string, alternatesFor: (page: number) => Alternates) =>
			routes.push(...listingRoutes(locale, stories, path, alternatesFor, (page, paths) => ({ template: 'stories', locale, listing, page, paths })));
		storyListing({ by: 'all' }, storiesFor(site, locale), urls.stories, listingAlternates(urls.stories));

		const specialties = inLocale(site.specialties, locale);
		for (const specialty of specialties) {
			const path = (_: Locale, page: number) => paths.storiesBySpecialty(specialty, page);
			const alternates = (page: number) => (page === 1 ? translationsOf(site.specialties, specialty, (other) => paths.storiesBySpecialty(other)) : { [locale]: path(locale, page) });
			storyListing({ by: 'specialty', specialty }, storiesFor(site, locale, { specialty: slugOf(specialty) }), path, alternates);
			routes.push({ template: 'specialty', locale, specialty, path: paths.specialty(specialty), alternates: translationsOf(site.specialties, specialty, paths.specialty) });
		}

		for (const audience of AUDIENCE_PAGES) {
			const path = (l: Locale, page: number) => urls.storiesByAudience(l, audience, page);
			storyListing({ by: 'audience', audience }, storiesFor(site, locale, { audience }), path, listingAlternates(path));
			routes.push({ template: 'audience', locale, audience, path: urls.audience(locale, audience), alternates: everyLocale(site, (l) => urls.audience(l, audience)) });
		}

		for (const story of inLocale(site.stories, locale)) {
			routes.push({ template: 'story', locale, story, path: paths.story(story), alternates: translationsOf(site.stories, story, paths.story) });
		}
		for (const member of inLocale(site.team, locale)) {
			routes.push({ template: 'team-member', locale, member, path: paths.teamMember(member), alternates: translationsOf(site.team, member, paths.teamMember) });
		}
		for (const location of inLocale(site.locations, locale)) {
			routes.push({ template: 'location', locale, location, path: paths.location(location), alternates: translationsOf(site.locations, location, paths.location) });
		}
		for (const page of inLocale(site.pages, locale)) {
			routes.push({ template: 'page', locale, page, path: paths.page(page), alternates: translationsOf(site.pages, page, paths.page) });
		}
	}

	assertUniquePaths(routes);
	return routes;
}

let cached: Promise<Route[]> | undefined;

/** All routes of the published site, built once per build (the pages, the sitemap and the link previews all ask). */
export function getRoutes(): Promise<Route[]> {
	cached ??= getSite().then(routesFor);
	return cached;
}

