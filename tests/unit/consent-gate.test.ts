import { describe, expect, it } from 'vitest';
import { consentStatus, isPublishable, isPublishableOn, mayShowPhoto, needsConsent, publishableTranslations, type Gated } from '../../src/consent/gate.ts';
import type { Consent } from '../../src/schemas/consent.ts';

const TODAY = '2026-06-15';

const consent = (overrides: Partial<Consent> = {}): Consent => ({
	reference: 'TOE-2025-001',
	grantedOn: '2025-03-01',
	expiresOn: '2027-03-01',
	channels: ['website'],
	photo: false,
	guardian: false,
	...overrides,
});
const testimonial = (overrides: Partial<Consent> = {}): Gated => ({ quote: 'Goed geholpen.', consent: consent(overrides) });
const patientStory = (overrides: Partial<Consent> = {}): Gated => ({ kind: 'patient', consent: consent(overrides) });

describe('expiry: expiresOn is the first day an item may no longer be published', () => {
	it('a testimonial whose consent expires today is not published', () => {
		expect(isPublishable(testimonial({ expiresOn: TODAY }), TODAY)).toBe(false);
		expect(consentStatus(consent({ expiresOn: TODAY }), TODAY)).toEqual({ state: 'expired', daysLeft: -1 });
	});

	it('a testimonial whose consent expires tomorrow is published today, on its last day', () => {
		expect(isPublishable(testimonial({ expiresOn: '2026-06-16' }), TODAY)).toBe(true);
		expect(consentStatus(consent({ expiresOn: '2026-06-16' }), TODAY)).toEqual({ state: 'publishable', daysLeft: 0 });
	});

	it('a testimonial whose consent expired yesterday is not published', () => {
		expect(isPublishable(testimonial({ expiresOn: '2026-06-14' }), TODAY)).toBe(false);
		expect(consentStatus(consent({ expiresOn: '2026-06-14' }), TODAY)).toEqual({ state: 'expired', daysLeft: -2 });
	});

	it('counts the days left across a year end', () => {
		expect(consentStatus(consent({ expiresOn: '2027-01-01' }), '2026-12-01')).toEqual({ state: 'publishable', daysLeft: 30 });
	});
});

describe('the start of consent', () => {
	it('a testimonial whose consent was granted today is published', () => {
		expect(isPublishable(testimonial({ grantedOn: TODAY }), TODAY)).toBe(true);
	});

	it('a testimonial whose consent is granted tomorrow is not yet published', () => {
		const granted = consent({ grantedOn: '2026-06-16', expiresOn: '2027-06-16' });
		expect(isPublishable({ quote: 'Goed geholpen.', consent: granted }, TODAY)).toBe(false);
		expect(consentStatus(granted, TODAY)).toEqual({ state: 'not-yet-valid', daysLeft: 365 });
	});
});

describe('withdrawal', () => {
	it.each([
		['yesterday', '2026-06-14'],
		['today', TODAY],
		['on a later day (the next build removes it all the same)', '2026-07-01'],
	])('a testimonial whose consent was withdrawn %s is not published', (_, withdrawnOn) => {
		expect(isPublishable(testimonial({ withdrawnOn }), TODAY)).toBe(false);
		expect(consentStatus(consent({ withdrawnOn }), TODAY)).toEqual({ state: 'withdrawn' });
	});

	it('names a withdrawal before any other reason, even for consent that has expired or has not started', () => {
		expect(consentStatus(consent({ expiresOn: '2026-01-01', withdrawnOn: '2025-12-01' }), TODAY).state).toBe('withdrawn');
		expect(consentStatus(consent({ grantedOn: '2026-07-01', expiresOn: '2027-07-01', withdrawnOn: '2026-06-01' }), TODAY).state).toBe('withdrawn');
	});

	it('withdrawn consent is used on no channel', () => {
		const item = testimonial({ channels: ['website', 'social', 'print'], withdrawnOn: '2026-06-01' });
		expect(['website', 'social', 'print'].map((channel) => isPublishableOn(channel as Consent['channels'][number], item, TODAY))).toEqual([false, false, false]);
	});
});

describe('channels', () => {
	it('a testimonial with consent for social media and print only is not on the website', () => {
		const item = testimonial({ channels: ['social', 'print'] });
		expect(isPublishable(item, TODAY)).toBe(false);
		expect(consentStatus(item.consent, TODAY)).toEqual({ state: 'not-for-website', daysLeft: 258 });
	});

	it('judges each channel on its own', () => {
		const socialOnly = testimonial({ channels: ['social'] });
		expect(isPublishableOn('social', socialOnly, TODAY)).toBe(true);
		expect(isPublishableOn('website', socialOnly, TODAY)).toBe(false);
		expect(isPublishableOn('print', socialOnly, TODAY)).toBe(false);
	});

	it('consent for social media that has expired is not used on social media either', () => {
		expect(isPublishableOn('social', testimonial({ channels: ['social'], expiresOn: TODAY }), TODAY)).toBe(false);
		expect(isPublishableOn('social', testimonial({ channels: ['social'], grantedOn: '2026-06-16', expiresOn: '2027-06-16' }), TODAY)).toBe(false);
	});
});

describe('which items need consent', () => {
	it('a staff story needs no consent', () => {
		expect(needsConsent({ kind: 'staff' })).toBe(false);
		expect(isPublishable({ kind: 'staff' }, TODAY)).toBe(true);
	});

	it('breakthrough and perspective stories need no consent', () => {
		expect(isPublishable({ kind: 'breakthrough' }, TODAY)).toBe(true);
		expect(isPublishable({ kind: 'perspective' }, TODAY)).toBe(true);
	});

	it.each(['breakthrough', 'staff', 'perspective'])('a %s story that carries a consent block (it quotes a patient) is gated by it', (kind) => {
		expect(needsConsent({ kind, consent: consent() })).toBe(true);
		expect(isPublishable({ kind, consent: consent() }, TODAY)).toBe(true);
		expect(isPublishable({ kind, consent: consent({ withdrawnOn: '2026-06-01' }) }, TODAY)).toBe(false);
		expect(isPublishable({ kind, consent: consent({ expiresOn: TODAY }) }, TODAY)).toBe(false);
		expect(isPublishable({ kind, consent: consent({ channels: ['print'] }) }, TODAY)).toBe(false);
		// Photo consent is read too: the story's pictures show the person only with it.
		expect(mayShowPhoto({ kind, consent: consent() }, TODAY)).toBe(false);
		expect(mayShowPhoto({ kind, consent: consent({ photo: true }) }, TODAY)).toBe(true);
	});

	it('a patient story without consent is not published', () => {
		expect(needsConsent({ kind: 'patient' })).toBe(true);
		expect(isPublishable({ kind: 'patient' }, TODAY)).toBe(false);
		expect(consentStatus(undefined, TODAY)).toEqual({ state: 'missing' });
	});

	it('a patient story with valid consent is published, and not once it has expired', () => {
		expect(isPublishable(patientStory(), TODAY)).toBe(true);
		expect(isPublishable(patientStory({ expiresOn: TODAY }), TODAY)).toBe(false);
	});

	it('every testimonial needs consent, whoever gave it', () => {
		expect(needsConsent({ quote: 'Fijne collega’s.' })).toBe(true);
		expect(isPublishable({ quote: 'Fijne collega’s.' }, TODAY)).toBe(false);
	});

	it('an item that needs no consent is used on the website only', () => {
		expect(isPublishableOn('social', { kind: 'staff' }, TODAY)).toBe(false);
		expect(isPublishableOn('print', { kind: 'staff' }, TODAY)).toBe(false);
	});

	it('publishes no draft, with or without consent', () => {
		expect(isPublishable({ kind: 'staff', draft: true }, TODAY)).toBe(false);
		expect(isPublishable({ ...testimonial(), draft: true }, TODAY)).toBe(false);
		expect(isPublishableOn('social', { ...testimonial({ channels: ['social'] }), draft: true }, TODAY)).toBe(false);
	});
});

describe('photos', () => {
	it('a testimonial without photo consent is shown without its photo', () => {
		expect(isPublishable(testimonial(), TODAY)).toBe(true);
		expect(mayShowPhoto(testimonial(), TODAY)).toBe(false);
	});

	it('a testimonial with photo consent shows its photo', () => {
		expect(mayShowPhoto(testimonial({ photo: true }), TODAY)).toBe(true);
	});

	it('photo consent ends with the consent: not after withdrawal or expiry', () => {
		expect(mayShowPhoto(testimonial({ photo: true, withdrawnOn: '2026-06-01' }), TODAY)).toBe(false);
		expect(mayShowPhoto(testimonial({ photo: true, expiresOn: TODAY }), TODAY)).toBe(false);
	});

	it('a photo goes only on channels the consent covers', () => {
		expect(mayShowPhoto(testimonial({ photo: true }), TODAY, 'social')).toBe(false);
		expect(mayShowPhoto(testimonial({ photo: true, channels: ['website', 'social'] }), TODAY, 'social')).toBe(true);
	});

	it('a patient story’s hero picture needs photo consent; a staff story’s does not', () => {
		expect(mayShowPhoto(patientStory(), TODAY)).toBe(false);
		expect(mayShowPhoto(patientStory({ photo: true }), TODAY)).toBe(true);
		expect(mayShowPhoto({ kind: 'staff' }, TODAY)).toBe(true);
		expect(mayShowPhoto({ kind: 'staff', draft: true }, TODAY)).toBe(false);
	});
});

describe('translations of a story', () => {
	const bySlug = (version: { id: string }) => version.id.split('/')[1]!;
	const data = (version: { data: Gated }) => version.data;

	it('withholds every translation of a story when one version may not be published', () => {
		const versions = [
			{ id: 'nl/x', data: { kind: 'patient', consent: consent({ withdrawnOn: '2026-06-01' }) } },
			{ id: 'en/x', data: { kind: 'patient', consent: consent() } },
			{ id: 'nl/y', data: { kind: 'staff' } },
			{ id: 'en/y', data: { kind: 'staff', draft: true } },
		];
		expect(publishableTranslations(versions, bySlug, data, TODAY).map((v) => v.id)).toEqual(['nl/y']);
	});

	it('a translation that is still a draft holds back only itself', () => {
		const versions = [
			{ id: 'nl/x', data: { kind: 'patient', consent: consent() } },
			{ id: 'en/x', data: { kind: 'patient', consent: consent(), draft: true } },
		];
		expect(publishableTranslations(versions, bySlug, data, TODAY).map((v) => v.id)).toEqual(['nl/x']);
	});

	it('keeps every version of a story whose consent is valid, in the given order', () => {
		const versions = [
			{ id: 'en/x', data: patientStory() },
			{ id: 'nl/x', data: patientStory() },
		];
		expect(publishableTranslations(versions, bySlug, data, TODAY).map((v) => v.id)).toEqual(['en/x', 'nl/x']);
	});
});
