import { addDays, addYears } from '../lib/dates.ts';
import type { ReviewMaxAge } from '../schemas/medical-review.ts';
import { displayPath } from '../settings/paths.ts';
import { message } from '../messages/index.ts';

/**
 * The content check's warning for a medical review that is due again: a
 * story's or specialty's lastReviewedOn older than the settings'
 * medicalReview.maxAge on the day of the check. A warning, not an error: the
 * page stays right until someone finds otherwise, but search engines and
 * readers look at the date, and the organisation promised to keep it current.
 */

/** The last day a review made on `reviewedOn` still counts as current: `reviewedOn` plus the whole years or days of `maxAge`. */
export function reviewDueOn(reviewedOn: string, maxAge: ReviewMaxAge): string {
	return 'years' in maxAge ? addYears(reviewedOn, maxAge.years) : addDays(reviewedOn, maxAge.days);
}

/**
 * One warning per entry whose review is older than `maxAge` on `today`, naming the file and the field.
 *
 * @param entries checked entries: their absolute file and data (stories and specialties carry lastReviewedOn)
 * @param today the check's date, YYYY-MM-DD, in the organisation's time zone
 */
export function staleReviewWarnings(entries: readonly { file: string; data: Record<string, unknown> }[], maxAge: ReviewMaxAge, today: string): string[] {
	return entries.flatMap(({ file, data }) => {
		const reviewedOn = data.lastReviewedOn;
		if (typeof reviewedOn !== 'string' || reviewDueOn(reviewedOn, maxAge) >= today) return [];
		return [
			`${displayPath(file)} — lastReviewedOn: ${message('review.stale', { reviewedOn, ...maxAge })}`,
		];
	});
}
