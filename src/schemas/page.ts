import { z } from 'astro/zod';
import { calendarDate, oneOf, requiredText, slug } from './primitives.ts';
import { metaDescription } from './story.ts';

/**
 * standard: text only · contact: adds the organisation's contact details and
 * locations · share-your-story: adds how patients can send their story ·
 * patient-stories-policy: adds how the organisation handles patient stories,
 * generated from settings and the data · privacy: adds, before the text, what
 * the site sets and counts (cookies, visitor statistics), generated from settings.
 */
export const PAGE_TEMPLATES = ['standard', 'contact', 'share-your-story', 'patient-stories-policy', 'privacy'] as const;

/**
 * A page such as "about" or "privacy": content/pages/<locale>/<key>.md. The
 * file name is the same in every language; `slug` sets the address.
 */
export const pageSchema = (_context?: unknown) =>
	z.strictObject({
		title: requiredText('title', 110),
		description: metaDescription(),
		/** The last part of the address, e.g. "over-ons". Default: the file name. */
		slug: slug().optional(),
		/** Which extra block the page shows. Default standard. */
		template: oneOf(PAGE_TEMPLATES, 'template').default('standard'),
		/** The day the page last changed in substance. */
		updatedOn: calendarDate().optional(),
		/** A draft is built nowhere. Default false. */
		draft: z.boolean().default(false),
	});

export type PageData = z.output<ReturnType<typeof pageSchema>>;
