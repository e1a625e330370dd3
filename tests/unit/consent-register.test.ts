import { describe, expect, it } from 'vitest';
import { describeState, expiringWithin, formatRegister, registerRows, type ConsentItem } from '../../src/consent/register.ts';
import type { Consent } from '../../src/schemas/consent.ts';

const consent = (overrides: Partial<Consent> = {}): Consent => ({
	reference: 'TOE-1',
	grantedOn: '2025-01-01',
	expiresOn: '2028-01-01',
	channels: ['website'],
	photo: false,
	guardian: false,
	...overrides,
});
const testimonial = (slug: string, overrides: Partial<Consent> = {}): ConsentItem => ({
	file: `content/testimonials/${slug}.md`,
	type: 'testimonial',
	slug,
	data: { quote: 'Goed geholpen.', consent: consent({ reference: `TOE-${slug}`, ...overrides }) },
});

describe('the consent register', () => {
	const today = '2026-11-23';
	const rows = registerRows(
		[
			testimonial('lang-geldig'),
			testimonial('bijna-op', { expiresOn: '2026-12-01' }),
			testimonial('laatste-dag', { expiresOn: '2026-11-24' }),
			testimonial('verlopen', { expiresOn: '2026-11-23' }),
			testimonial('ingetrokken', { withdrawnOn: '2026-02-01' }),
			testimonial('toekomst', { grantedOn: '2026-12-01' }),
			testimonial('drukwerk', { channels: ['print'], photo: true }),
			{ file: 'content/stories/nl/een-dag.mdx', type: 'story', slug: 'een-dag', data: { kind: 'staff' } },
		],
		today,
	);
	const state = (slug: string) => describeState(rows.find((row) => row.slug === slug)!);

	it('lists testimonials and patient stories, not stories that need no consent', () => {
		expect(rows.map((row) => row.slug)).not.toContain('een-dag');
		expect(rows).toHaveLength(7);
	});

	it('says in plain words where each consent stands', () => {
		expect(state('lang-geldig')).toBe('publishable');
		expect(state('bijna-op')).toBe('expires in 8 days');
		expect(state('laatste-dag')).toBe('last day today');
		expect(state('verlopen')).toBe('expired');
		expect(state('ingetrokken')).toBe('withdrawn');
		expect(state('toekomst')).toBe('not yet valid');
		expect(state('drukwerk')).toBe('not for website');
	});

	it('lists the published items whose consent runs out within a number of days', () => {
		// bijna-op runs out on 2026-12-01, eight days from today.
		expect(expiringWithin(rows, 7).map((row) => row.slug)).toEqual(['laatste-dag']);
		expect(expiringWithin(rows, 8).map((row) => row.slug)).toEqual(['laatste-dag', 'bijna-op']);
		expect(expiringWithin(rows, 0)).toEqual([]);
	});

	it('prints a table, soonest expiry first', () => {
		expect(formatRegister(rows.slice(0, 2))).toMatchInlineSnapshot(`
			"status          expires     channels  photo  reference        file
			--------------  ----------  --------  -----  ---------------  -----------------------------------
			expired         2026-11-23  website   no     TOE-verlopen     content/testimonials/verlopen.md
			last day today  2026-11-24  website   no     TOE-laatste-dag  content/testimonials/laatste-dag.md"
		`);
	});
});
