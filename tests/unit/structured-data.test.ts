import { describe, expect, it } from 'vitest';
import { specialtySchema } from '../../src/schemas/specialty.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { organisationId, personReference, specialtyPage, storyPage } from '../../src/seo/structured-data.ts';
import { image } from './schema-helpers.ts';

/** A team member's entry as findEntry() gives it, with a translation's own slug, as content/team/<locale>/<file>.md. */
const sanne = { id: 'en/sanne-de-vries', data: { name: 'dr. Sanne de Vries', slug: 'sanne-de-vries-surgeon' } };
/** Their own page's address made from the entry, as the templates do (absolute(paths.teamMember(member))). */
const pageOf = (member: typeof sanne) => `https://www.kliniek.example/en/team/${member.data.slug}/`;
const siteUrl = 'https://www.kliniek.example';

describe('a team member named in another page’s structured data', () => {
	it('is their name and the address of their own page, from the entry itself (a translation’s own slug), or nothing', () => {
		expect(personReference(sanne, pageOf)).toEqual({ name: 'dr. Sanne de Vries', url: 'https://www.kliniek.example/en/team/sanne-de-vries-surgeon/' });
		expect(personReference(undefined, pageOf)).toBeUndefined();
	});

	it('is the same schema.org Person as a specialty’s reviewer, a story’s reviewer and a story’s author', () => {
		const reviewer = personReference(sanne, pageOf);
		const expected = { '@type': 'Person', name: 'dr. Sanne de Vries', url: 'https://www.kliniek.example/en/team/sanne-de-vries-surgeon/' };
		const specialty = specialtySchema({ image }).parse({
			name: 'Hernia centre',
			summary: 'Hernia surgery in one day, by one team, with an explanation beforehand and a phone call afterwards.',
			referral: { intro: 'Refer through the usual system.' },
			reviewedBy: 'sanne-de-vries',
			lastReviewedOn: '2026-09-15',
		});
		const story = storySchema({ image, maxYears: 5 }).parse({
			title: 'Back at work within a week',
			description: 'How a hernia operation in one day let Peter go back to work within a week, and what helped him most.',
			publishedOn: '2026-09-01',
			kind: 'staff',
			specialties: ['hernia-centre'],
			author: 'sanne-de-vries',
			reviewedBy: 'sanne-de-vries',
			lastReviewedOn: '2026-09-15',
		});
		const page = { url: 'https://www.kliniek.example/en/x/', siteUrl, locale: 'en' };
		expect(specialtyPage(specialty, { ...page, reviewer }).reviewedBy).toEqual(expected);
		const article = storyPage(story, { ...page, author: reviewer, reviewer });
		expect(article.reviewedBy).toEqual(expected);
		expect((article.mainEntity as Record<string, unknown>).author).toEqual(expected);
		// Without an author the organisation wrote it; without a reviewer there is no review.
		const anonymous = storyPage(story, { ...page, author: personReference(undefined, pageOf), reviewer: undefined });
		expect((anonymous.mainEntity as Record<string, unknown>).author).toEqual({ '@id': organisationId(siteUrl) });
		expect(anonymous).not.toHaveProperty('reviewedBy');
	});
});
