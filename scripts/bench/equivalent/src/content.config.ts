import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The generated stories, as they are: what the pages show is read from the front matter. */
export const collections = {
	stories: defineCollection({
		loader: glob({ base: process.env.BENCH_STORIES ?? '../../../content/stories', pattern: '*/*.mdx' }),
		schema: ({ image }) =>
			z.object({
				title: z.string(),
				description: z.string(),
				publishedOn: z.coerce.date(),
				draft: z.boolean().optional(),
				hero: z.object({ image: image(), alt: z.string() }).optional(),
			}),
	}),
};
