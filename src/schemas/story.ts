import { z } from 'astro/zod';
import { consentSchema, type ConsentSchemaOptions } from './consent.ts';
import { imageWithAlt, type ImageHelper } from './image.ts';
import { checkMedicalReview, medicalReviewFields } from './medical-review.ts';
import { webAddress } from './settings.ts';
import { calendarDate, oneOf, optionalText, requiredText, say, slug } from './primitives.ts';
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
	requiredText({ nl: 'een korte beschrijving', en: 'a short description' })
		.min(50, {
			error: say(
				'De beschrijving is te kort: schrijf 50 tot 160 tekens die zeggen waar het over gaat',
				'The description is too short: write 50 to 160 characters that say what it is about',
			),
		})
		.max(160, {
			error: say(
				'De beschrijving is te lang: zoekmachines tonen maximaal 160 tekens',
				'The description is too long: search engines show at most 160 characters',
			),
		});

export interface StorySchemaOptions extends ConsentSchemaOptions {
	image: ImageHelper;
}

/** A story: content/stories/<locale>/<slug>.mdx. The same slug in another locale folder is its translation. */
export const storySchema = ({ image, maxYears }: StorySchemaOptions) =>
	z
		.strictObject({
			/** The headline, e.g. "Binnen een week weer op de tennisbaan". */
			title: requiredText({ nl: 'een titel', en: 'a title' }, 110),
			/** The last part of this translation's address, e.g. "back-to-work-after-a-hernia". Default: the file name, which stays the key that links translations and references. */
			slug: slug().optional(),
			/** 50–160 characters; the meta description and the teaser on listings. */
			description: metaDescription(),
			/** The day the story was first published. */
			publishedOn: calendarDate(),
			/** The day the story last changed in substance. */
			updatedOn: calendarDate().optional(),
			/** What kind of story this is; a patient story needs consent. */
			kind: oneOf(STORY_KINDS, { nl: 'het soort verhaal', en: 'the kind of story' }),
			/** The specialties the story belongs to (slugs from content/specialties/). At least one. */
			specialties: z.array(slug()).min(1, { error: say('Kies minstens één specialisme', 'Choose at least one specialty') }),
			/** Who the story is written for. Default: everyone. */
			audiences: z.array(oneOf(AUDIENCES, { nl: 'de doelgroep', en: 'the audience' })).default([]),
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
					message: say(
						'Een patiëntverhaal heeft toestemming nodig: vul het toestemmingsblok (consent) in',
						'A patient story needs consent: fill in the consent block',
					),
				});
			}
			checkMedicalReview(story, ctx);
			if (story.socialPosts.length > 0 && story.consent && !story.consent.channels.includes('social')) {
				ctx.addIssue({
					code: 'custom',
					path: ['socialPosts'],
					message: say(
						'De toestemming voor dit verhaal geldt niet voor sociale media: haal de berichten weg, of vraag toestemming en voeg social toe aan consent.channels',
						"This story's consent does not cover social media: remove the posts, or ask for consent and add social to consent.channels",
					),
				});
			}
		});

export type StoryData = z.output<ReturnType<typeof storySchema>>;
