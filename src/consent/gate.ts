import { daysBetween } from '../lib/dates.ts';
import type { Consent, ConsentChannel } from '../schemas/consent.ts';

/**
 * The consent gate: the one place that decides whether a patient's words,
 * face or story may be published on the website today. Every page, listing,
 * feed, sitemap and index asks it; nothing else decides.
 */

export type ConsentState = 'publishable' | 'expired' | 'withdrawn' | 'not-yet-valid' | 'not-for-website' | 'missing';

export interface ConsentStatus {
	state: ConsentState;
	/** Days until the consent runs out (0 on the last day), when it has an expiry date. */
	daysLeft?: number;
}

/**
 * Anything that may carry consent: a testimonial (always needs it), a patient
 * story (needs it), or any other item whose file has a consent block, such as
 * a breakthrough or staff story that quotes a patient.
 */
export interface Gated {
	consent?: Consent | undefined;
	kind?: string;
	quote?: string;
	draft?: boolean;
}

/**
 * True for items that hold a patient's own words or story: testimonials,
 * patient stories, and any item that carries a consent block. Consent is read
 * wherever it is written (issue 17): a staff story quoting a patient, with
 * that patient's consent, goes when the consent is withdrawn or runs out.
 */
export function needsConsent(item: Gated): boolean {
	return item.consent !== undefined || item.quote !== undefined || item.kind === 'patient';
}

/**
 * The consent's state on `today` (YYYY-MM-DD in the organisation's time zone).
 * Valid from `grantedOn` up to but not including `expiresOn`.
 */
export function consentStatus(consent: Consent | undefined, today: string): ConsentStatus {
	if (!consent) return { state: 'missing' };
	const daysLeft = daysBetween(today, consent.expiresOn) - 1;
	if (consent.withdrawnOn) return { state: 'withdrawn' };
	if (today < consent.grantedOn) return { state: 'not-yet-valid', daysLeft };
	if (today >= consent.expiresOn) return { state: 'expired', daysLeft };
	if (!consent.channels.includes('website')) return { state: 'not-for-website', daysLeft };
	return { state: 'publishable', daysLeft };
}

/** Whether the item may be used on `channel` today: not a draft, and, where it needs consent, valid consent for that channel. */
export function isPublishableOn(channel: ConsentChannel, item: Gated, today: string): boolean {
	if (item.draft) return false;
	if (!needsConsent(item)) return channel === 'website';
	const { state } = consentStatus(item.consent, today);
	return (state === 'publishable' || state === 'not-for-website') && item.consent!.channels.includes(channel);
}

/** Whether the item may appear in any file of the website built today. */
export function isPublishable(item: Gated, today: string): boolean {
	return isPublishableOn('website', item, today);
}

/** Whether the person's photo may be shown on `channel` (default the website): the item may be used there and photo consent was given. */
export function mayShowPhoto(item: Gated, today: string, channel: ConsentChannel = 'website'): boolean {
	return isPublishableOn(channel, item, today) && (!needsConsent(item) || item.consent?.photo === true);
}

/**
 * The translations of stories that may be published today. Consent belongs to
 * the person, not to one language version: when any version of a story may not
 * be published (say a withdrawal was recorded in one file only), no version is.
 * A draft holds back only itself.
 */
export function publishableTranslations<T>(versions: T[], slugOf: (version: T) => string, dataOf: (version: T) => Gated, today: string): T[] {
	const withheld = new Set(versions.filter((version) => !dataOf(version).draft && !isPublishable(dataOf(version), today)).map(slugOf));
	return versions.filter((version) => !withheld.has(slugOf(version)) && isPublishable(dataOf(version), today));
}
