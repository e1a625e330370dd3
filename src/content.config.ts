import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from './schemas/collections.ts';
import { settings } from './settings/index.ts';
import { contentDir } from './settings/paths.ts';
import { approvedEntryFiles } from './validation/check-content.ts';
import { devWatcherGuard } from './validation/dev-watch.ts';
import { approvedFilePatterns } from './validation/loader-patterns.ts';

/**
 * The content model wired to Astro: each collection is a folder in content/
 * with its schema from src/schemas/ (see collections.ts). Translated
 * collections keep one folder per language, so an entry's id is "<locale>/<slug>".
 *
 * Astro's glob loader is given only the files the content check approved,
 * each by its exact name, never a wildcard: the loader lists files with
 * tinyglobby, which follows symbolic links (to files and to folders), and
 * would compile what the check never saw (issue 17). Untranslated files are
 * not among them either. The exact names of a folder go together in brace
 * alternations, each escaped (src/validation/loader-patterns.ts): one pattern
 * per file cost files × patterns in tinyglobby.
 */
const { maxYears } = settings.consent;

const loader = (name: CollectionName): Loader => {
	const files = approvedEntryFiles(contentDir, settings, name);
	const base = path.join(contentDir, COLLECTIONS[name].folder);
	const inner = glob({
		base,
		// No file approved: a pattern that matches nothing, rather than an empty list (which glob() refuses).
		pattern: files.length > 0 ? approvedFilePatterns(files) : ['.zorgmerk-no-entries'],
		// The id is the file's path without extension ("nl/about"), never a `slug` field: a page's slug
		// only sets its address, and is the same in several languages ("contact").
		generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
		// No copy of each file's text in the data store, which the build bundles as one module: at 3,000
		// stories that module was 25 MB, and the bundler's peak memory grows with it. Nothing uses it
		// (the reading time reads the file: src/lib/reading-time-of-file.ts).
		retainBody: false,
	});
	return {
		name: 'zorgmerk-checked-glob',
		// In development, a file changed while the server runs is checked again before the loader reads it.
		load: (context: LoaderContext) => inner.load(context.watcher ? { ...context, watcher: devWatcherGuard(context.watcher, { contentDir, settings, collection: name, logger: context.logger }) } : context),
	};
};

export const collections = {
	stories: defineCollection({ loader: loader('stories'), schema: ({ image }) => COLLECTIONS.stories.schema({ image, maxYears }) }),
	testimonials: defineCollection({ loader: loader('testimonials'), schema: ({ image }) => COLLECTIONS.testimonials.schema({ image, maxYears }) }),
	specialties: defineCollection({ loader: loader('specialties'), schema: ({ image }) => COLLECTIONS.specialties.schema({ image }) }),
	team: defineCollection({ loader: loader('team'), schema: ({ image }) => COLLECTIONS.team.schema({ image }) }),
	locations: defineCollection({ loader: loader('locations'), schema: COLLECTIONS.locations.schema() }),
	pages: defineCollection({ loader: loader('pages'), schema: COLLECTIONS.pages.schema() }),
};
