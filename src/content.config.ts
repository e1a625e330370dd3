import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { COLLECTIONS, entryPattern, type CollectionName } from './schemas/collections.ts';
import { settings } from './settings/index.ts';
import { contentDir } from './settings/paths.ts';
import { untranslatedFiles } from './validation/untranslated.ts';

/**
 * The content model wired to Astro: each collection is a folder in content/
 * with its schema from src/schemas/ (see collections.ts). Translated
 * collections keep one folder per language, so an entry's id is "<locale>/<slug>".
 */
const { maxYears } = settings.consent;
// Files the CMS wrote for a language nobody translated into yet; the content check notes them.
const untranslated = untranslatedFiles(contentDir, settings.locales);

const loader = (name: CollectionName) =>
	glob({
		base: path.join(contentDir, COLLECTIONS[name].folder),
		pattern: [entryPattern(COLLECTIONS[name]), ...untranslated.filter((item) => item.collection === name).map((item) => `!${item.file}`)],
		// The id is the file's path without extension ("nl/about"), never a `slug` field: a page's slug
		// only sets its address, and is the same in several languages ("contact").
		generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
		// No copy of each file's text in the data store, which the build bundles as one module: at 3,000
		// stories that module was 25 MB, and the bundler's peak memory grows with it. Nothing uses it
		// (the reading time reads the file: src/lib/reading-time.ts).
		retainBody: false,
	});

export const collections = {
	stories: defineCollection({ loader: loader('stories'), schema: ({ image }) => COLLECTIONS.stories.schema({ image, maxYears }) }),
	testimonials: defineCollection({ loader: loader('testimonials'), schema: ({ image }) => COLLECTIONS.testimonials.schema({ image, maxYears }) }),
	specialties: defineCollection({ loader: loader('specialties'), schema: ({ image }) => COLLECTIONS.specialties.schema({ image }) }),
	team: defineCollection({ loader: loader('team'), schema: ({ image }) => COLLECTIONS.team.schema({ image }) }),
	locations: defineCollection({ loader: loader('locations'), schema: COLLECTIONS.locations.schema() }),
	pages: defineCollection({ loader: loader('pages'), schema: COLLECTIONS.pages.schema() }),
};
