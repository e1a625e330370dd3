import { z } from 'astro/zod';
import { message } from '../messages/index.ts';
import { addYears } from '../lib/dates.ts';
import { calendarDate, requiredText, whenMissing } from './primitives.ts';

/** Where a patient allowed their words or story to be used. */
export const CONSENT_CHANNELS = ['website', 'social', 'print'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export interface ConsentSchemaOptions {
	/** The longest consent the organisation accepts, from settings `consent.maxYears`. Default 5. */
	maxYears: number;
}

/**
 * The consent block carried by every testimonial and every patient story.
 * It holds only what proves the consent exists (a reference to the signed
 * form in the organisation's own records), never the form or personal data.
 */
export const consentSchema = ({ maxYears }: ConsentSchemaOptions) =>
	z
		// Strict: the repository may hold the consent reference and dates, nothing more about the person.
		.strictObject(
			{
				/** The id of the signed form in the organisation's own records, e.g. "TOE-2025-031". Never the form itself. */
				reference: requiredText('consentReference', 80),
				/** The day the consent was signed. */
				grantedOn: calendarDate(),
				/** The first day the item may no longer be published. At most `maxYears` after `grantedOn`. */
				expiresOn: calendarDate(),
				/** Where the item may appear: website, social media, print. At least one. */
				channels: z
					.array(
						z.enum(CONSENT_CHANNELS, {
							error: (issue) =>
								message('consent.channelUnknown', { value: String(issue.input), choices: CONSENT_CHANNELS.join(', ') }),
						}),
						{ error: () => message('consent.channelsNotList') },
					)
					.min(1, {
						error: () => message('consent.channelsEmpty'),
					}),
				/** Separate consent to show the person's photo. Default false: no photo. */
				photo: z.boolean().default(false),
				/** True when a parent or legal representative gave the consent. Default false. */
				guardian: z.boolean().default(false),
				/** The day the person withdrew consent. Once set, the item is removed at the next build. */
				withdrawnOn: calendarDate().optional(),
			},
			{ error: whenMissing(() => message('consent.missing')) },
		)
		.superRefine((consent, ctx) => {
			if (consent.expiresOn <= consent.grantedOn) {
				ctx.addIssue({
					code: 'custom',
					path: ['expiresOn'],
					message: message('consent.expiryNotAfterGrant', { expiresOn: consent.expiresOn, grantedOn: consent.grantedOn }),
				});
			}
			const latest = addYears(consent.grantedOn, maxYears);
			if (consent.expiresOn > latest) {
				ctx.addIssue({
					code: 'custom',
					path: ['expiresOn'],
					message: message('consent.tooLong', { maxYears, latest }),
				});
			}
		});

export type Consent = z.output<ReturnType<typeof consentSchema>>;
