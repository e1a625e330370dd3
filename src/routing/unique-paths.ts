import { say } from '../schemas/primitives.ts';
import type { Route } from './routes.ts';

/**
 * Two pages that would share an address stop the build, naming both: two
 * translations in one language with the same `slug`, a `slug` equal to
 * another file's name, or a page whose slug is a section's ("verhalen").
 */
export function assertUniquePaths(routes: readonly Route[]): void {
	const seen = new Map<string, Route>();
	for (const route of routes) {
		const earlier = seen.get(route.path);
		if (earlier) throw new Error(sharedAddress(route.path, describe(earlier), describe(route)));
		seen.set(route.path, route);
	}
}

type Described = { nl: string; en: string };

function sharedAddress(path: string, first: Described, second: Described): string {
	return say(
		`${first.nl} en ${second.nl} zouden allebei op het adres ${path} staan: geef een van beide een andere slug`,
		`${first.en} and ${second.en} would both be at the address ${path}: give one of them another slug`,
	);
}

/** What a route shows, for an editor: its content file ("content/stories/en/x.mdx"), or the kind of page the site makes there. */
function describe(route: Route): Described {
	const entry = entryOf(route);
	const file = entry ? (entry.filePath ?? entry.id) : undefined;
	return file ? { nl: file, en: file } : { nl: `de pagina "${route.template}" van de site`, en: `the site's "${route.template}" page` };
}

function entryOf(route: Route): { id: string; filePath?: string } | undefined {
	switch (route.template) {
		case 'story':
			return route.story;
		case 'specialty':
			return route.specialty;
		case 'team-member':
			return route.member;
		case 'location':
			return route.location;
		case 'page':
			return route.page;
		default:
			return undefined;
	}
}
