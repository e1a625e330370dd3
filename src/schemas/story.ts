import { z } from 'astro/zod';
import { message } from '../messages/index.ts';
import { DESCRIPTION_LENGTH } from '../seo/meta.ts';
import { consentSchema, type ConsentSchemaOptions } from './consent.ts';
import { imageWithAlt, type ImageHelper } from './image.ts';
import { checkMedicalReview, medicalReviewFields } from './medical-review.ts';
import { webAddress } from './settings.ts';
import { calendarDate, oneOf, optionalText, requiredText, slug } from './primitives.ts';
import { AUDIENCES } from './audiences.ts';

/**
 * patient: a patient's own journey (needs consent) · breakthrough: the people
 * behind a new treatment · staff: a day in someone's work · perspective: a
 * specialty or team telling its own story.
 */
export const STORY_KINDS = ['patient', 'breakthrough', 'staff', 'perspective'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** A meta description: shown by search engines under the title. */
export const metaDescription = () =>
	requiredText('description')
		.min(DESCRIPTION_LENGTH.minimum, {
			error: () => message('description.tooShort'),
		})
		.max(DESCRIPTION_LENGTH.maximum, {
			error: () => message('description.tooLong'),
		});

export interface StorySchemaOptions extends ConsentSchemaOptions {
	image: ImageHelper;
}

/** A story: content/stories/<locale>/<slug>.mdx. The same slug in another locale folder is its translation. */
export const storySchema = ({ image, maxYears }: StorySchemaOptions) =>
	z
		.strictObject({
			/** The headline, e.g. "Binnen een week weer op de tennisbaan". */
			title: requiredText('title', 110),
			/** The last part of this translation's address, e.g. "back-to-work-after-a-hernia". Default: the file name, which stays the key that links translations and references. */
			slug: slug().optional(),
			/** 50–160 characters; the meta description and the teaser on listings. */
			description: metaDescription(),
			/** The day the story was first published. */
			publishedOn: calendarDate(),
			/** The day the story last changed in substance. */
			updatedOn: calendarDate().optional(),
			/** What kind of story this is; a patient story needs consent. */
			kind: oneOf(STORY_KINDS, 'storyKind'),
			/** The specialties the story belongs to (slugs from content/specialties/). At least one. */
			specialties: z.array(slug()).min(1, { error: () => message('specialties.empty') }),
			/** Who the story is written for. Default: everyone. */
			audiences: z.array(oneOf(AUDIENCES, 'audience')).default([]),
			/** The picture at the top of the story. In a patient story it is shown only with photo consent. */
			hero: imageWithAlt(image).optional(),
			/** The team member who wrote the story (slug from content/team/). */
			author: slug().optional(),
			/** Who checked the medical content and when: reviewedBy, lastReviewedOn (see medical-review.ts). */
			...medicalReviewFields,
			/**
			 * The organisation's own posts about this story on social networks, as their full https://
			 * addresses; the story links to them ("Praat mee op LinkedIn"), loading nothing from the network.
			 * Only when the story's consent (if it has one) covers social media. Default none.
			 */
			socialPosts: z.array(webAddress()).default([]),
			/** Shown before the story, e.g. "This story is about the last weeks of life." */
			contentNote: optionalText(),
			/** A draft is built nowhere. Default false. */
			draft: z.boolean().default(false),
			/** The consent of the person whose story this is. Required for patient stories. */
			consent: consentSchema({ maxYears }).optional(),
		})
		.superRefine((story, ctx) => {
			if (story.kind === 'patient' && !story.consent) {
				ctx.addIssue({
					code: 'custom',
					path: ['consent'],
					message: message('story.patientWithoutConsent'),
				});
			}
			checkMedicalReview(story, ctx);
			if (story.socialPosts.length > 0 && story.consent && !story.consent.channels.includes('social')) {
				ctx.addIssue({
					code: 'custom',
					path: ['socialPosts'],
					message: message('story.socialWithoutConsent'),
				});
			}
		});

export type StoryData = z.output<ReturnType<typeof storySchema>>;
