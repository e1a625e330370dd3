import { getCollection, type CollectionEntry } from 'astro:content';

/** The published stories of one language, newest first. */
export async function storiesIn(locale: string): Promise<CollectionEntry<'stories'>[]> {
	return (await getCollection('stories', (story) => story.id.startsWith(`${locale}/`) && !story.data.draft)).sort((a, b) => b.data.publishedOn.getTime() - a.data.publishedOn.getTime());
}

/** The address of a story: "/nl/<slug>/". */
export const storyPath = (story: CollectionEntry<'stories'>) => `/${story.id}/`;
