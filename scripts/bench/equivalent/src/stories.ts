import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * When a story was published. Its schema makes it a Date; `astro check` of the whole project types
 * `astro:content` with the kit's collections, where it is a calendar date string, so either is read.
 */
export const publishedOn = (story: CollectionEntry<'stories'>): Date => new Date(story.data.publishedOn as Date | string);

/** The published stories of one language, newest first. */
export async function storiesIn(locale: string): Promise<CollectionEntry<'stories'>[]> {
	return (await getCollection('stories', (story) => story.id.startsWith(`${locale}/`) && !story.data.draft)).sort((a, b) => publishedOn(b).getTime() - publishedOn(a).getTime());
}

/** The address of a story: "/nl/<slug>/". */
export const storyPath = (story: CollectionEntry<'stories'>) => `/${story.id}/`;
