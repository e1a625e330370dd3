import { audiencePage, audienceStories, describedText, HOME, ROOT, sectionList, specialtyStories, type Described } from './addresses.ts';
import type { Route } from './routes.ts';
import { message } from '../messages/index.ts';

/**
 * Two pages that would share an address stop the build, naming both: two
 * translations in one language with the same `slug`, a `slug` equal to
 * another file's name, or a page whose slug is a section's ("verhalen").
 * The content check refuses these first, naming the file and its `slug`
 * (src/validation/addresses.ts); this is the last guard, on the routes
 * themselves, before one page would overwrite another.
 */
export function assertUniquePaths(routes: readonly Route[]): void {
	const seen = new Map<string, Route>();
	for (const route of routes) {
		const earlier = seen.get(route.path);
		if (earlier) throw new Error(sharedAddress(route.path, describe(earlier), describe(route)));
		seen.set(route.path, route);
	}
}

function sharedAddress(path: string, first: Described, second: Described): string {
	return message('address.shared', { path, first: describedText(first), second: describedText(second) });
}

/** What a route shows, for an editor: its content file ("content/stories/en/x.mdx"), or the page the site makes there ("het overzicht van de verhalen"). */
function describe(route: Route): Described {
	switch (route.template) {
		case 'root':
			return ROOT;
		case 'home':
			return HOME;
		case 'stories':
			return route.listing.by === 'all' ? sectionList('stories') : route.listing.by === 'audience' ? audienceStories(route.listing.audience) : specialtyStories;
		case 'specialties':
		case 'team':
		case 'locations':
		case 'testimonials':
		case 'search':
			return sectionList(route.template);
		case 'audience':
			return audiencePage(route.audience);
		case 'story':
			return fileOf(route.story);
		case 'specialty':
			return fileOf(route.specialty);
		case 'team-member':
			return fileOf(route.member);
		case 'location':
			return fileOf(route.location);
		case 'page':
			return fileOf(route.page);
	}
}

function fileOf(entry: { id: string; filePath?: string }): Described {
	return { file: entry.filePath ?? entry.id };
}
