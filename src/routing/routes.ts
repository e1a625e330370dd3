import { getSite, inLocale, localeOf, slugOf, storiesFor, type Location, type Page, type Site, type Specialty, type Story, type TeamMember } from '../data/site.ts';
import { paginate, type Page as ListingPage } from '../lib/pagination.ts';
import { AUDIENCE_PAGES, type Audience, type AudiencePage } from '../schemas/audiences.ts';
import type { Locale } from '../schemas/primitives.ts';
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
	| { template: 'specialties'; locale: Locale }
	| { template: 'specialty'; locale: Locale; specialty: Specialty }
	| { template: 'team'; locale: Locale }
	| { template: 'team-member'; locale: Locale; member: TeamMember }
	| { template: 'locations'; locale: Locale }
	| { template: 'location'; locale: Locale; location: Location }
	| { template: 'audience'; locale: Locale; audience: AudiencePage }
	| { template: 'testimonials'; locale: Locale }
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

/** The same entry in every language, keyed by language, for hreflang. */
function translationsOf<T extends Translated>(entries: T[], entry: T, path: (locale: Locale, entry: T) => string): Alternates {
	const alternates: Alternates = {};
	for (const other of entries) {
		if (slugOf(other) === slugOf(entry)) alternates[localeOf(other)] = path(localeOf(other), other);
	}
	return alternates;
}

function everyLocale(site: Site, path: (locale: Locale) => string): Alternates {
	return Object.fromEntries(site.locales.map((locale) => [locale, path(locale)]));
}

/** A page's own address: pages may set a slug per language; the file name is the default. */
export function pagePath(locale: Locale, page: Page): string {
	return urls.page(locale, page.data.slug ?? slugOf(page));
}

function storyListingRoutes(site: Site, locale: Locale, listing: StoryListing, stories: Story[], path: (locale: Locale, page: number) => string, alternatesFor: (page: number) => Alternates): Route[] {
	const pages = paginate(stories);
	const paths = pages.map((page) => path(locale, page.number));
	return pages.map((page) => ({ template: 'stories', locale, listing, page, paths, path: path(locale, page.number), alternates: alternatesFor(page.number) }));
}

/** Builds the full list of routes from the published site. */
export function routesFor(site: Site): Route[] {
	// The language choice at the root is the page for visitors whose language we do not have.
	const routes: Route[] = [{ template: 'root', path: urls.root(), alternates: everyLocale(site, urls.home), xDefault: urls.root() }];

	for (const locale of site.locales) {
		const sectionRoute = <T extends 'home' | 'specialties' | 'team' | 'locations' | 'testimonials' | 'search'>(template: T, path: (locale: Locale) => string) =>
			({ template, locale, path: path(locale), alternates: everyLocale(site, path) }) as Route;

		routes.push({ ...sectionRoute('home', urls.home), xDefault: urls.root() });
		routes.push(sectionRoute('specialties', (l) => urls.section(l, 'specialties')));
		routes.push(sectionRoute('team', (l) => urls.section(l, 'team')));
		routes.push(sectionRoute('locations', (l) => urls.section(l, 'locations')));
		routes.push(sectionRoute('testimonials', (l) => urls.section(l, 'testimonials')));
		routes.push({ ...sectionRoute('search', (l) => urls.section(l, 'search')), noindex: true });

		// Story listings: all, per specialty and per audience. Page n of one language links to page 1 of
		// the others, because listings of different lengths do not line up page by page.
		const listingAlternates = (path: (l: Locale, page: number) => string) => (page: number) =>
			page === 1 ? everyLocale(site, (l) => path(l, 1)) : { [locale]: path(locale, page) };
		routes.push(...storyListingRoutes(site, locale, { by: 'all' }, storiesFor(site, locale), urls.stories, listingAlternates(urls.stories)));

		const specialties = inLocale(site.specialties, locale);
		for (const specialty of specialties) {
			const slug = slugOf(specialty);
			const path = (l: Locale, page: number) => urls.storiesBySpecialty(l, slug, page);
			const alternates = (page: number) => {
				const translated = translationsOf(site.specialties, specialty, (l) => path(l, 1));
				return page === 1 ? translated : { [locale]: path(locale, page) };
			};
			routes.push(...storyListingRoutes(site, locale, { by: 'specialty', specialty }, storiesFor(site, locale, { specialty: slug }), path, alternates));
			routes.push({ template: 'specialty', locale, specialty, path: urls.specialty(locale, slug), alternates: translationsOf(site.specialties, specialty, (l) => urls.specialty(l, slug)) });
		}

		for (const audience of AUDIENCE_PAGES) {
			const path = (l: Locale, page: number) => urls.storiesByAudience(l, audience, page);
			routes.push(...storyListingRoutes(site, locale, { by: 'audience', audience }, storiesFor(site, locale, { audience }), path, listingAlternates(path)));
			routes.push({ template: 'audience', locale, audience, path: urls.audience(locale, audience), alternates: everyLocale(site, (l) => urls.audience(l, audience)) });
		}

		for (const story of inLocale(site.stories, locale)) {
			routes.push({ template: 'story', locale, story, path: urls.story(locale, slugOf(story)), alternates: translationsOf(site.stories, story, (l, s) => urls.story(l, slugOf(s))) });
		}
		for (const member of inLocale(site.team, locale)) {
			routes.push({ template: 'team-member', locale, member, path: urls.teamMember(locale, slugOf(member)), alternates: translationsOf(site.team, member, (l, m) => urls.teamMember(l, slugOf(m))) });
		}
		for (const location of inLocale(site.locations, locale)) {
			routes.push({ template: 'location', locale, location, path: urls.location(locale, slugOf(location)), alternates: translationsOf(site.locations, location, (l, m) => urls.location(l, slugOf(m))) });
		}
		for (const page of inLocale(site.pages, locale)) {
			routes.push({ template: 'page', locale, page, path: pagePath(locale, page), alternates: translationsOf(site.pages, page, pagePath) });
		}
	}

	assertUniquePaths(routes);
	return routes;
}

/** Two entries that would share an address (e.g. a page with the slug "verhalen") stop the build. */
function assertUniquePaths(routes: Route[]): void {
	const seen = new Map<string, Route>();
	for (const route of routes) {
		const earlier = seen.get(route.path);
		if (earlier) {
			throw new Error(
				`Two pages would share the address ${route.path} (${describe(earlier)} and ${describe(route)}). Give one of them another slug. / Twee pagina's zouden hetzelfde adres ${route.path} krijgen; geef een van beide een andere slug.`,
			);
		}
		seen.set(route.path, route);
	}
}

function describe(route: Route): string {
	const entry = 'story' in route ? route.story : 'page' in route && route.template === 'page' ? route.page : undefined;
	return entry ? `${route.template} ${entry.id}` : route.template;
}

/** All routes of the published site, built once. */
export async function getRoutes(): Promise<Route[]> {
	return routesFor(await getSite());
}

