import { describe, expect, it } from 'vitest';
import type { Gated } from '../../src/consent/gate.ts';
import { consentSummary } from '../../src/consent/summary.ts';
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

describe('the consent line in the build log', () => {
	it('counts what was published and why the rest was left out', () => {
		const items: Gated[] = [testimonial(), testimonial({ expiresOn: '2026-01-01' }), testimonial({ withdrawnOn: '2026-01-01' }), { kind: 'staff' }, { ...testimonial(), draft: true }];
		expect(consentSummary(items, TODAY)).toBe('consent on 2026-06-15: 1 published; left out: 1 expired, 1 withdrawn, 1 draft');
	});

	it('names every reason an item was left out', () => {
		const items: Gated[] = [
			testimonial({ channels: ['social'] }),
			{ quote: 'Zonder toestemming.' },
			{ kind: 'patient', consent: consent({ grantedOn: '2026-07-01', expiresOn: '2027-07-01' }) },
			{ kind: 'patient' },
		];
		expect(consentSummary(items, TODAY)).toBe('consent on 2026-06-15: 0 published; left out: 1 not-for-website, 2 missing, 1 not-yet-valid');
	});

	it('counts only items that need consent: stories of staff, breakthroughs and perspectives are not in it', () => {
		const items: Gated[] = [{ kind: 'staff' }, { kind: 'breakthrough' }, { kind: 'perspective', draft: true }, { kind: 'patient', consent: consent() }, testimonial()];
		expect(consentSummary(items, TODAY)).toBe('consent on 2026-06-15: 2 published');
	});

	it('counts a draft as a draft, whatever the state of its consent', () => {
		expect(consentSummary([{ ...testimonial({ withdrawnOn: '2026-01-01' }), draft: true }], TODAY)).toBe('consent on 2026-06-15: 0 published; left out: 1 draft');
	});

	it('says there is nothing to publish without a "left out" part when there are no items', () => {
		expect(consentSummary([], TODAY)).toBe('consent on 2026-06-15: 0 published');
	});

	it('judges consent on the day it is given', () => {
		const items = [testimonial({ expiresOn: '2026-06-16' })];
		expect(consentSummary(items, '2026-06-15')).toBe('consent on 2026-06-15: 1 published');
		expect(consentSummary(items, '2026-06-16')).toBe('consent on 2026-06-16: 0 published; left out: 1 expired');
	});
});
