import { describe, expect, it } from 'vitest';
import type { Gated } from '../../src/consent/gate.ts';
import { consentSummary } from '../../src/consent/summary.ts';
import { useEditorLanguage } from '../../src/messages/index.ts';
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
		expect(consentSummary(items, TODAY)).toBe('Consent on 2026-06-15: 1 published; left out: 1 expired, 1 withdrawn, 1 draft [consent.summary]');
	});

	it('names every reason an item was left out', () => {
		const items: Gated[] = [
			testimonial({ channels: ['social'] }),
			{ quote: 'Zonder toestemming.' },
			{ kind: 'patient', consent: consent({ grantedOn: '2026-07-01', expiresOn: '2027-07-01' }) },
			{ kind: 'patient' },
		];
		expect(consentSummary(items, TODAY)).toBe('Consent on 2026-06-15: 0 published; left out: 1 without consent for the website, 2 without consent, 1 not yet valid [consent.summary]');
	});

	it('counts only items that need consent: stories of staff, breakthroughs and perspectives are not in it', () => {
		const items: Gated[] = [{ kind: 'staff' }, { kind: 'breakthrough' }, { kind: 'perspective', draft: true }, { kind: 'patient', consent: consent() }, testimonial()];
		expect(consentSummary(items, TODAY)).toBe('Consent on 2026-06-15: 2 published [consent.summary]');
	});

	it('counts a draft as a draft, whatever the state of its consent', () => {
		expect(consentSummary([{ ...testimonial({ withdrawnOn: '2026-01-01' }), draft: true }], TODAY)).toBe('Consent on 2026-06-15: 0 published; left out: 1 draft [consent.summary]');
	});

	it('says there is nothing to publish without a "left out" part when there are no items', () => {
		expect(consentSummary([], TODAY)).toBe('Consent on 2026-06-15: 0 published [consent.summary]');
	});

	it('judges consent on the day it is given', () => {
		const items = [testimonial({ expiresOn: '2026-06-16' })];
		expect(consentSummary(items, '2026-06-15')).toBe('Consent on 2026-06-15: 1 published [consent.summary]');
		expect(consentSummary(items, '2026-06-16')).toBe('Consent on 2026-06-16: 0 published; left out: 1 expired [consent.summary]');
	});

	it('is written in the editor’s language, the reasons counted as the language counts them', () => {
		const items = [testimonial({ withdrawnOn: '2026-01-01' }), testimonial({ withdrawnOn: '2026-02-01' }), { ...testimonial(), draft: true }];
		useEditorLanguage('fr');
		try {
			expect(consentSummary(items, TODAY)).toBe('Consentement au 2026-06-15\u00a0: 0 publié\u202f; omis\u00a0: 2 retirés, 1 brouillon [consent.summary]');
		} finally {
			useEditorLanguage(undefined);
		}
	});
});
