import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The hospital's content as the kit's editors write it (content/): the generated stories and testimonials, and the
 * demo's specialties, team, locations and pages. Each schema reads only what this site's pages show; the rest of the
 * front matter is left alone. scripts/bench.ts points BENCH_CONTENT at the generated copy's content/.
 */
const content = process.env.BENCH_CONTENT ?? '../../../content';
const slug = z.string().optional();
/**
 * The files of one collection. The id is the file's path without its extension ("nl/about"): glob() would otherwise
 * take a `slug` field as the id, and the same slug in two languages ("privacy") would be one entry.
 */
const files = (folder: string, pattern: string) => glob({ base: `${content}/${folder}`, pattern, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

export const collections = {
	stories: defineCollection({
		loader: files('stories', '*/*.mdx'),
		schema: ({ image }) =>
			z.object({
				title: z.string(),
				description: z.string(),
				slug,
				publishedOn: z.coerce.date(),
				draft: z.boolean().optional(),
				specialties: z.array(z.string()).default([]),
				audiences: z.array(z.string()).default([]),
				author: z.string().optional(),
				hero: z.object({ image: image(), alt: z.string() }).optional(),
			}),
	}),
	testimonials: defineCollection({
		loader: files('testimonials', '*.md'),
		schema: ({ image }) =>
			z.object({
				quote: z.string(),
				author: z.object({ name: z.string().optional(), role: z.string(), detail: z.string().optional() }),
				locale: z.string(),
				specialties: z.array(z.string()).default([]),
				givenOn: z.coerce.date(),
				photo: image().optional(),
				photoAlt: z.string().optional(),
			}),
	}),
	specialties: defineCollection({
		loader: files('specialties', '*/*.md'),
		schema: ({ image }) =>
			z.object({
				name: z.string(),
				slug,
				summary: z.string(),
				team: z.array(z.string()).default([]),
				referral: z.object({ intro: z.string() }),
				hero: z.object({ image: image(), alt: z.string() }).optional(),
				order: z.number().default(100),
			}),
	}),
	team: defineCollection({
		loader: files('team', '*/*.md'),
		schema: ({ image }) =>
			z.object({
				name: z.string(),
				slug,
				role: z.string(),
				summary: z.string().optional(),
				photo: image().optional(),
				photoAlt: z.string().optional(),
				order: z.number().default(100),
			}),
	}),
	locations: defineCollection({
		loader: files('locations', '*/*.md'),
		schema: z.object({
			name: z.string(),
			slug,
			address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
			phone: z.string().optional(),
		}),
	}),
	pages: defineCollection({
		loader: files('pages', '*/*.md'),
		schema: z.object({ title: z.string(), description: z.string(), slug }),
	}),
};
