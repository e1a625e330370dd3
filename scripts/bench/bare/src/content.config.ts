import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The generated stories, as they are: only what the page shows is read from the front matter. */
export const collections = {
	stories: defineCollection({
		loader: glob({ base: process.env.BENCH_STORIES ?? '../../../content/stories', pattern: '*/*.mdx' }),
		schema: z.object({ title: z.string(), description: z.string() }),
	}),
};
