import { localeOf, type Site, type Story } from '../data/site.ts';
import type { Route } from '../routing/routes.ts';
import type { Locale } from '../schemas/primitives.ts';
import { latestDay } from './sitemap.ts';

/** When a page last changed in substance, for the sitemap: content dates where editors keep them, else the file's last change. */
export function lastModifiedDays(site: Site, fileDay: (file: string) => string | undefined): (route: Route) => string | undefined {
	const storyDay = (story: Story) => story.data.updatedOn ?? story.data.publishedOn;
	const entryDay = (entry: { filePath?: string; data: object }) =>
		('updatedOn' in entry.data && typeof entry.data.updatedOn === 'string' ? entry.data.updatedOn : undefined) ?? (entry.filePath ? fileDay(entry.filePath) : undefined);
	// Pages that gather content (home, sections) changed when any of it did.
	const siteDay = new Map<Locale, string | undefined>();
	const latestIn = (locale: Locale) => {
		if (!siteDay.has(locale)) {
			const mine = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => localeOf(entry) === locale);
			siteDay.set(
				locale,
				latestDay([
					...mine(site.stories).map(storyDay),
					...[...mine(site.specialties), ...mine(site.team), ...mine(site.locations), ...mine(site.pages)].map(entryDay),
					...site.testimonials.map((testimonial) => testimonial.data.givenOn),
				]),
			);
		}
		return siteDay.get(locale);
	};
	return (route) => {
		switch (route.template) {
			case 'root':
				return latestDay(site.locales.map(latestIn));
			case 'story':
				return storyDay(route.story);
			case 'specialty':
				return entryDay(route.specialty);
			case 'team-member':
				return entryDay(route.member);
			case 'location':
				return entryDay(route.location);
			case 'page':
				return entryDay(route.page);
			case 'stories':
				return latestDay(route.page.items.map(storyDay)) ?? latestIn(route.locale);
			default:
				return latestIn(route.locale);
		}
	};
}
