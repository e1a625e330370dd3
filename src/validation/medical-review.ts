import { addDays, addYears } from '../lib/dates.ts';
import type { ReviewMaxAge } from '../schemas/medical-review.ts';
import { say } from '../schemas/primitives.ts';
import { displayPath } from '../settings/paths.ts';

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

const describeAge = (maxAge: ReviewMaxAge) =>
	'years' in maxAge ? { nl: `${maxAge.years} jaar`, en: `${maxAge.years} year${maxAge.years === 1 ? '' : 's'}` } : { nl: `${maxAge.days} dagen`, en: `${maxAge.days} day${maxAge.days === 1 ? '' : 's'}` };

const dutchDate = (date: string) => date.split('-').reverse().join('-');

/**
 * One warning per entry whose review is older than `maxAge` on `today`, naming the file and the field.
 *
 * @param entries checked entries: their absolute file and data (stories and specialties carry lastReviewedOn)
 * @param today the check's date, YYYY-MM-DD, in the organisation's time zone
 */
export function staleReviewWarnings(entries: readonly { file: string; data: Record<string, unknown> }[], maxAge: ReviewMaxAge, today: string): string[] {
	const age = describeAge(maxAge);
	return entries.flatMap(({ file, data }) => {
		const reviewedOn = data.lastReviewedOn;
		if (typeof reviewedOn !== 'string' || reviewDueOn(reviewedOn, maxAge) >= today) return [];
		return [
			`${displayPath(file)} — lastReviewedOn: ${say(
				`de medische inhoud is voor het laatst nagekeken op ${dutchDate(reviewedOn)}, meer dan ${age.nl} geleden. Laat hem opnieuw nakijken en vul de nieuwe datum in.`,
				`the medical content was last reviewed on ${reviewedOn}, more than ${age.en} ago. Have it reviewed again and fill in the new date.`,
			)}`,
		];
	});
}
