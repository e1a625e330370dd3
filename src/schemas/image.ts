import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { requiredText } from './primitives.ts';

export type ImageHelper = SchemaContext['image'];

/** Alt text: what the picture shows, for people who cannot see it. */
export const altText = () => requiredText('altText', 250);

/**
 * An image with the description screen readers read out. The file is
 * relative to the entry, e.g. "../../media/wachtkamer.jpg"; the build resizes
 * it and strips its metadata.
 */
export const imageWithAlt = (image: ImageHelper) =>
	z.strictObject({
		/** The picture, relative to this file. */
		image: image(),
		/** What the picture shows. */
		alt: altText(),
	});
