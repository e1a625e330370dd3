import { z } from 'astro/zod';
import { calendarDate, slug } from './primitives.ts';
import { message } from '../messages/index.ts';

/**
 * Who checked a page's medical content, and when: on stories and specialties.
 * Search engines weigh this for health pages (schema.org MedicalWebPage
 * reviewedBy and lastReviewed, https://schema.org/lastReviewed), and readers
 * trust it. The content check warns when a review is older than the settings'
 * medicalReview.maxAge (src/validation/medical-review.ts).
 */
export const medicalReviewFields = {
	/** The clinician who checked the medical content (slug from content/team/). */
	reviewedBy: slug().optional(),
	/** The day the medical content was last checked, YYYY-MM-DD. Needs reviewedBy. */
	lastReviewedOn: calendarDate().optional(),
};

/** For a schema's superRefine: a review date needs a reviewer. */
export function checkMedicalReview(data: { reviewedBy?: string | undefined; lastReviewedOn?: string | undefined }, ctx: z.RefinementCtx): void {
	if (data.lastReviewedOn && !data.reviewedBy) {
		ctx.addIssue({
			code: 'custom',
			path: ['reviewedBy'],
			message: message('story.reviewerMissing'),
		});
	}
}

/**
 * How old a medical review may get before the content check warns: whole
 * years or whole days, e.g. `{ years: 2 }` (the default) or `{ days: 548 }`.
 */
export const reviewMaxAge = z.union([z.strictObject({ years: z.number().int().min(1).max(20) }), z.strictObject({ days: z.number().int().min(1).max(7300) })], {
	error: () => message('settings.reviewMaxAge'),
});

export type ReviewMaxAge = z.output<typeof reviewMaxAge>;
