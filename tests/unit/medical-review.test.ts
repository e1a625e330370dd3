import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { specialtyPage } from '../../src/seo/structured-data.ts';
import { specialtySchema } from '../../src/schemas/specialty.ts';
import { reviewDueOn, staleReviewWarnings } from '../../src/validation/medical-review.ts';
import { image, problems, settingsInput } from './schema-helpers.ts';

const specialty = {
	name: 'Liesbreukcentrum',
	summary: 'Een liesbreuk laten opereren in één dag, door een vast team, met uitleg vooraf en een belletje erna.',
	referral: { intro: 'Verwijs via Zorgdomein.' },
};

describe('medical review of a specialty', () => {
	it('names who checked it and when, as a story does; a date needs a reviewer', () => {
		const parsed = specialtySchema({ image }).parse({ ...specialty, reviewedBy: 'sanne-de-vries', lastReviewedOn: '2025-09-01' });
		expect([parsed.reviewedBy, parsed.lastReviewedOn]).toEqual(['sanne-de-vries', '2025-09-01']);
		expect(problems(specialtySchema({ image }), { ...specialty, lastReviewedOn: '2025-09-01' })).toEqual([
			'reviewedBy: Fill in who reviewed the medical content [story.reviewerMissing]',
		]);
		expect(problems(specialtySchema({ image }), { ...specialty, reviewedBy: 'sanne-de-vries', lastReviewedOn: '1-9-2025' })[0]).toMatch(/^lastReviewedOn: /);
	});

	it('is due again after the settings’ maxAge: 2 years unless set, in years or days', () => {
		const settings = settingsInput;
		expect(settingsSchema.parse(settings).medicalReview.maxAge).toEqual({ years: 2 });
		expect(settingsSchema.parse({ ...settings, medicalReview: { maxAge: { days: 365 } } }).medicalReview.maxAge).toEqual({ days: 365 });
		expect(problems(settingsSchema, { ...settings, medicalReview: { maxAge: '2 jaar' } })[0]).toBe(
			'medicalReview.maxAge: Write the period in years or days, for example { years: 2 } or { days: 365 } [settings.reviewMaxAge]',
		);
		expect(reviewDueOn('2024-02-29', { years: 2 })).toBe('2026-02-28');
		expect(reviewDueOn('2025-12-01', { days: 31 })).toBe('2026-01-01');
	});

	it('gets a warning naming the file and the field once it is older, not the day before', () => {
		const file = (name: string) => path.join(process.cwd(), 'content', name);
		const entries = [
			{ file: file('specialties/nl/liesbreukcentrum.md'), data: { lastReviewedOn: '2024-03-01' } },
			{ file: file('stories/nl/nog-goed.mdx'), data: { lastReviewedOn: '2024-03-02' } },
			{ file: file('specialties/nl/zonder.md'), data: {} },
		];
		expect(staleReviewWarnings(entries, { years: 2 }, '2026-03-02')).toEqual([
			'content/specialties/nl/liesbreukcentrum.md — lastReviewedOn: the medical content was last reviewed on 2024-03-01, more than 2 years ago. Have it reviewed again and fill in the new date. [review.stale]',
		]);
		expect(staleReviewWarnings(entries, { days: 1 }, '2024-03-03').map((line) => line.split(' — ')[0])).toEqual(['content/specialties/nl/liesbreukcentrum.md']);
	});

	it('is in the structured data as MedicalWebPage lastReviewed and reviewedBy, both or neither', () => {
		const data = specialtySchema({ image }).parse({ ...specialty, reviewedBy: 'sanne-de-vries', lastReviewedOn: '2026-09-15' });
		const input = { url: 'https://www.kliniek.example/nl/specialismen/liesbreukcentrum/', siteUrl: 'https://www.kliniek.example', locale: 'nl' };
		const reviewer = { name: 'dr. Sanne de Vries', url: 'https://www.kliniek.example/nl/team/sanne-de-vries/' };
		expect(specialtyPage(data, { ...input, reviewer })).toMatchObject({ '@type': 'MedicalWebPage', lastReviewed: '2026-09-15', reviewedBy: { '@type': 'Person', ...reviewer } });
		expect(specialtyPage(data, input)).not.toHaveProperty('lastReviewed');
		expect(specialtyPage({ ...data, lastReviewedOn: undefined }, { ...input, reviewer })).not.toHaveProperty('reviewedBy');
	});
});
