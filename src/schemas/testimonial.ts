import { z } from 'astro/zod';
import { message } from '../messages/index.ts';
import { consentSchema } from './consent.ts';
import { altText, type ImageHelper } from './image.ts';
import { calendarDate, oneOf, optionalText, quotation, slug, SUPPORTED_LOCALES, whenMissing } from './primitives.ts';

/** Who is speaking: a patient, a relative (naaste), a referrer such as a GP, or a staff member. */
export const AUTHOR_ROLES = ['patient', 'relative', 'referrer', 'staff'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export interface TestimonialSchemaOptions {
	image: ImageHelper;
	maxYears: number;
}

/**
 * A testimonial: content/testimonials/<slug>.md, front matter only. The
 * field names are a contract shared with the CMS and importers; see the README.
 */
export const testimonialSchema = ({ image, maxYears }: TestimonialSchemaOptions) =>
	z
		.strictObject({
			/** The person's own words, 1–600 characters; quotation marks around the whole are taken off, as the site adds its own (quotation()). */
			quote: quotation('quote', 600),
			author: z.strictObject(
				{
					/** What is shown, e.g. "Marieke". Leave out to show the person anonymously by role. */
					name: optionalText(),
					/** patient, relative, referrer or staff. */
					role: oneOf(AUTHOR_ROLES, 'authorRole'),
					/** A short detail shown after the name, e.g. "54, Gent". */
					detail: optionalText(),
				},
				{ error: whenMissing(() => message('testimonial.authorMissing')) },
			),
			/** The language the quote is in. */
			locale: oneOf(SUPPORTED_LOCALES, 'language'),
			/** The specialties the testimonial is about (slugs). At least one. */
			specialties: z.array(slug()).min(1, { error: () => message('specialties.empty') }),
			/** The day the person gave the testimonial. */
			givenOn: calendarDate(),
			/** A photo of the person, relative to this file. Shown only with photo consent. */
			photo: image().optional(),
			/** What the photo shows; required when there is a photo. */
			photoAlt: altText().optional(),
			/** True when the person received something in return (free care, a gift, or works here). Shows a disclosure. */
			compensated: z.boolean().default(false),
			/** The person's consent. Without valid consent the testimonial is published nowhere. */
			consent: consentSchema({ maxYears }),
		})
		.superRefine((testimonial, ctx) => {
			if (testimonial.photo && !testimonial.photoAlt) {
				ctx.addIssue({
					code: 'custom',
					path: ['photoAlt'],
					message: message('photo.altMissing'),
				});
			}
		});

export type TestimonialData = z.output<ReturnType<typeof testimonialSchema>>;
