import type { z } from 'astro/zod';
import type { ImageHelper } from './image.ts';
import { locationSchema } from './location.ts';
import { pageSchema } from './page.ts';
import { specialtySchema } from './specialty.ts';
import { storySchema } from './story.ts';
import { teamSchema } from './team.ts';
import { testimonialSchema } from './testimonial.ts';

export interface SchemaContext {
	/** Astro's image() helper, or a stand-in that checks the file exists. */
	image: ImageHelper;
	/** settings consent.maxYears */
	maxYears: number;
}

export interface CollectionDefinition {
	/** The folder in content/. */
	folder: string;
	/** Translated collections keep one sub-folder per language: <folder>/<locale>/<slug>.<extension>. */
	localized: boolean;
	extension: 'md' | 'mdx';
	schema: (context: SchemaContext) => z.ZodType;
	/**
	 * For translated collections: the field a translation must fill in itself
	 * (the others may be copied from the first language). A file in another
	 * language without it is not translated yet; see src/validation/untranslated.ts.
	 */
	ownField?: string;
}

/**
 * Every content type in one table, read by Astro's content config and by the
 * content check that runs before each build.
 */
export const COLLECTIONS = {
	stories: { folder: 'stories', localized: true, extension: 'mdx', schema: storySchema, ownField: 'title' },
	testimonials: { folder: 'testimonials', localized: false, extension: 'md', schema: testimonialSchema },
	specialties: { folder: 'specialties', localized: true, extension: 'md', schema: specialtySchema, ownField: 'name' },
	team: { folder: 'team', localized: true, extension: 'md', schema: teamSchema, ownField: 'role' },
	locations: { folder: 'locations', localized: true, extension: 'md', schema: locationSchema, ownField: 'name' },
	pages: { folder: 'pages', localized: true, extension: 'md', schema: pageSchema, ownField: 'title' },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The glob, relative to the collection's folder, that finds its entries. */
export function entryPattern(definition: CollectionDefinition): string {
	return `${definition.localized ? '*/' : ''}*.${definition.extension}`;
}
