import { describe, expect, it } from 'vitest';
import { consentStatus, isPublishable, isPublishableOn, mayShowPhoto, publishableTranslations, type Gated } from '../../src/consent/gate.ts';
import { consentSummary } from '../../src/consent/summary.ts';
import { buildDate } from '../../src/consent/today.ts';
import type { Consent } from '../../src/schemas/consent.ts';

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

describe('the consent gate, at the edges of each rule', () => {
	it.each([
		['expires today (expiresOn is the first day it may not be published)', { expiresOn: '2026-06-15' }, false],
		['expires tomorrow: today is its last day', { expiresOn: '2026-06-16' }, true],
		['expired yesterday', { expiresOn: '2026-06-14' }, false],
		['granted today', { grantedOn: '2026-06-15' }, true],
		['granted tomorrow: not yet valid', { grantedOn: '2026-06-16', expiresOn: '2027-06-16' }, false],
		['withdrawn yesterday', { withdrawnOn: '2026-06-14' }, false],
		['withdrawn today', { withdrawnOn: '2026-06-15' }, false],
		['withdrawal recorded for a later day: withdrawn now all the same', { withdrawnOn: '2026-07-01' }, false],
		['for social media and print only', { channels: ['social', 'print'] as Consent['channels'] }, false],
	])('a testimonial whose consent %s: published %s', (_, overrides, published) => {
		expect(isPublishable(testimonial(overrides), '2026-06-15')).toBe(published);
	});

	it('names the state and the days left', () => {
		expect(consentStatus(consent({ expiresOn: '2026-06-16' }), '2026-06-15')).toEqual({ state: 'publishable', daysLeft: 0 });
		expect(consentStatus(consent({ expiresOn: '2026-06-15' }), '2026-06-15')).toEqual({ state: 'expired', daysLeft: -1 });
		expect(consentStatus(consent({ withdrawnOn: '2026-01-01' }), '2026-06-15')).toEqual({ state: 'withdrawn' });
		expect(consentStatus(consent({ grantedOn: '2026-07-01' }), '2026-06-15').state).toBe('not-yet-valid');
		expect(consentStatus(undefined, '2026-06-15')).toEqual({ state: 'missing' });
	});

	it('publishes a testimonial without consent nowhere', () => {
		expect(isPublishable({ quote: 'Goed geholpen.' }, '2026-06-15')).toBe(false);
	});

	it('asks consent of patient stories only', () => {
		expect(isPublishable({ kind: 'staff' }, '2026-06-15')).toBe(true);
		expect(isPublishable({ kind: 'patient' }, '2026-06-15')).toBe(false);
		expect(isPublishable({ kind: 'patient', consent: consent() }, '2026-06-15')).toBe(true);
	});

	it('publishes no draft, with or without consent', () => {
		expect(isPublishable({ kind: 'staff', draft: true }, '2026-06-15')).toBe(false);
		expect(isPublishable({ ...testimonial(), draft: true }, '2026-06-15')).toBe(false);
	});

	it('judges each channel on its own', () => {
		const socialOnly = testimonial({ channels: ['social'] });
		expect(isPublishableOn('social', socialOnly, '2026-06-15')).toBe(true);
		expect(isPublishableOn('website', socialOnly, '2026-06-15')).toBe(false);
		expect(isPublishableOn('social', testimonial({ channels: ['social'], expiresOn: '2026-06-15' }), '2026-06-15')).toBe(false);
	});

	it('shows a photo only with photo consent, on a channel the item may use', () => {
		expect(mayShowPhoto(testimonial(), '2026-06-15')).toBe(false);
		expect(mayShowPhoto(testimonial({ photo: true }), '2026-06-15')).toBe(true);
		expect(mayShowPhoto(testimonial({ photo: true, withdrawnOn: '2026-06-01' }), '2026-06-15')).toBe(false);
		expect(mayShowPhoto(testimonial({ photo: true }), '2026-06-15', 'social')).toBe(false);
		expect(mayShowPhoto({ kind: 'staff' }, '2026-06-15')).toBe(true);
	});

	it('withholds every translation of a story when one version may not be published', () => {
		const versions = [
			{ id: 'nl/x', data: { kind: 'patient', consent: consent({ withdrawnOn: '2026-06-01' }) } },
			{ id: 'en/x', data: { kind: 'patient', consent: consent() } },
			{ id: 'nl/y', data: { kind: 'staff' } },
			{ id: 'en/y', data: { kind: 'staff', draft: true } },
		];
		const published = publishableTranslations(versions, (v) => v.id.split('/')[1]!, (v) => v.data, '2026-06-15');
		expect(published.map((v) => v.id)).toEqual(['nl/y']);
	});
});

describe('the build date', () => {
	it('is today in the organisation’s time zone', () => {
		expect(buildDate('Europe/Amsterdam', {})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('can be set for tests and previews, and refuses a date that is not one', () => {
		expect(buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: '2026-06-15' })).toBe('2026-06-15');
		expect(() => buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: '15-06-2026' })).toThrow('ZORGMERK_TODAY must be a date written YYYY-MM-DD, got "15-06-2026"');
	});
});

describe('the consent line in the build log', () => {
	it('counts what was published and why the rest was left out', () => {
		const items: Gated[] = [testimonial(), testimonial({ expiresOn: '2026-01-01' }), testimonial({ withdrawnOn: '2026-01-01' }), { kind: 'staff' }, { ...testimonial(), draft: true }];
		expect(consentSummary(items, '2026-06-15')).toBe('consent on 2026-06-15: 1 published; left out: 1 expired, 1 withdrawn, 1 draft');
	});
});
