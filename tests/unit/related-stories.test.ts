import { describe, expect, it, vi } from 'vitest';

// src/data/site.ts loads the collections through astro:content, which only exists inside Astro; these tests hand it
// a site of their own.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const { relatedStories } = await import('../../src/data/site.ts');
type Site = import('../../src/data/site.ts').Site;
type Story = import('../../src/data/site.ts').Story;

/** The ranking as it was written before the one-specialty shortcut: count, then sort the best few. The reference. */
function reference(site: Site, story: Story, limit = 3): Story[] {
	const locale = story.id.split('/')[0];
	const shared = new Map<Story, number>();
	for (const specialty of new Set(story.data.specialties)) {
		for (const other of site.stories) {
			if (other.id.split('/')[0] === locale && other.data.specialties.includes(specialty) && other.id !== story.id) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
	}
	const position = new Map(site.stories.map((entry, index) => [entry, index]));
	return [...shared].sort(([a, x], [b, y]) => y - x || position.get(a)! - position.get(b)!).slice(0, limit).map(([other]) => other);
}

/** A deterministic site of `count` stories in two languages, each in one to three of five specialties (some repeated). */
function siteOf(count: number, seed: number): Site {
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const specialties = ['cardiologie', 'oncologie', 'mdl', 'palliatief', 'chirurgie'];
	const stories = Array.from({ length: count }, (_, index) => {
		const picked = Array.from({ length: 1 + Math.floor(next() * 3) }, () => specialties[Math.floor(next() * specialties.length)]!);
		return { id: `${index % 2 ? 'en' : 'nl'}/story-${index}`, data: { specialties: picked, audiences: [], publishedOn: '2025-01-01' } } as unknown as Story;
	});
	return { today: '2026-12-01', locales: ['nl', 'en'], testimonialsInAllLanguages: false, stories, testimonials: [], specialties: [], team: [], locations: [], pages: [] } as unknown as Site;
}

describe('relatedStories', () => {
	it('ranks as before: most shared specialties first, then the site order, never the story itself', () => {
		for (const seed of [1, 2, 3]) {
			const site = siteOf(120, seed);
			for (const story of site.stories) {
				for (const limit of [0, 1, 3, 5]) {
					expect(relatedStories(site, story, limit).map((s) => s.id)).toEqual(reference(site, story, limit).map((s) => s.id));
				}
			}
		}
	});

	it('gives a story with one specialty the first stories of that specialty in its language, skipping itself', () => {
		const site = siteOf(40, 7);
		const story = site.stories.find((s) => new Set(s.data.specialties).size === 1)!;
		const [specialty] = story.data.specialties;
		const expected = site.stories.filter((s) => s.id.split('/')[0] === story.id.split('/')[0] && s.data.specialties.includes(specialty!) && s !== story).slice(0, 3);
		expect(relatedStories(site, story)).toEqual(expected);
	});

	it('gives a story without specialties no related stories', () => {
		const site = siteOf(10, 3);
		const story = { id: 'nl/alone', data: { specialties: [], audiences: [], publishedOn: '2025-01-01' } } as unknown as Story;
		expect(relatedStories(site, story)).toEqual([]);
	});
});
