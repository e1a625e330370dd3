import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublishable, publishableTranslations } from '../consent/gate.ts';
import { buildDate } from '../consent/today.ts';
import type { Audience } from '../schemas/audiences.ts';
import type { Locale } from '../schemas/primitives.ts';
import { settings } from '../settings/index.ts';

/**
 * The published site: every entry that may appear today, per language.
 * Drafts and items without valid consent are removed here, once, through the
 * consent gate, so no template, feed or index can show them by mistake.
 */

export type Story = CollectionEntry<'stories'>;
export type Testimonial = CollectionEntry<'testimonials'>;
export type Specialty = CollectionEntry<'specialties'>;
export type TeamMember = CollectionEntry<'team'>;
export type Location = CollectionEntry<'locations'>;
export type Page = CollectionEntry<'pages'>;

/** An entry of a translated collection: its id is "<locale>/<slug>". */
type Translated = { id: string };

export function localeOf(entry: Translated): Locale {
	return entry.id.split('/')[0] as Locale;
}

export function slugOf(entry: Translated): string {
	return entry.id.split('/').slice(1).join('/') || entry.id;
}

export interface Site {
	/** The day consent is judged on (YYYY-MM-DD). */
	today: string;
	locales: Locale[];
	/** Settings `testimonials.allLanguages`: show every language's testimonials on every page, not only the page's own. */
	testimonialsInAllLanguages: boolean;
	stories: Story[];
	testimonials: Testimonial[];
	specialties: Specialty[];
	team: TeamMember[];
	locations: Location[];
	pages: Page[];
}

const newestFirst = (a: Story, b: Story) => b.data.publishedOn.localeCompare(a.data.publishedOn) || a.id.localeCompare(b.id);
const byOrder = <T extends { id: string; data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);

async function loadSite(): Promise<Site> {
	const today = buildDate(settings.timeZone);
	const locales = settings.locales;
	const inSiteLocale = (entry: Translated) => locales.includes(localeOf(entry));
	const [stories, testimonials, specialties, team, locations, pages] = await Promise.all([
		getCollection('stories'),
		getCollection('testimonials'),
		getCollection('specialties'),
		getCollection('team'),
		getCollection('locations'),
		getCollection('pages'),
	]);
	return {
		today,
		locales,
		testimonialsInAllLanguages: settings.testimonials.allLanguages,
		stories: publishableTranslations(stories, slugOf, (story) => story.data, today).filter(inSiteLocale).sort(newestFirst),
		testimonials: testimonials
			.filter((testimonial) => locales.includes(testimonial.data.locale) && isPublishable(testimonial.data, today))
			.sort((a, b) => b.data.givenOn.localeCompare(a.data.givenOn) || a.id.localeCompare(b.id)),
		specialties: specialties.filter(inSiteLocale).sort(byOrder),
		team: team.filter(inSiteLocale).sort(byOrder),
		locations: locations.filter(inSiteLocale).sort((a, b) => a.id.localeCompare(b.id)),
		pages: pages.filter((page) => inSiteLocale(page) && !page.data.draft),
	};
}

let cached: Promise<Site> | undefined;

/** The published site, loaded once per build. */
export function getSite(): Promise<Site> {
	cached ??= loadSite();
	return cached;
}

/**
 * Every page asks the same questions of the site (the stories in Dutch, the
 * testimonials of a specialty): answered once per list and kept, because
 * answering them again for each of thousands of pages took seconds. The
 * answers are shared, so they are frozen.
 */
const answers = new WeakMap<object, Map<string, readonly unknown[]>>();

function remembered<T>(list: readonly object[], question: string, answer: () => T[]): T[] {
	let known = answers.get(list);
	if (!known) answers.set(list, (known = new Map()));
	let found = known.get(question);
	if (!found) known.set(question, (found = Object.freeze(answer())));
	return found as T[];
}

/** Entries of a translated collection in one language. */
export function inLocale<T extends Translated>(entries: T[], locale: Locale): T[] {
	return remembered(entries, locale, () => entries.filter((entry) => localeOf(entry) === locale));
}

/** The entry with this slug in this language, if it is published. */
export function findEntry<T extends Translated>(entries: T[], locale: Locale, slug: string): T | undefined {
	return entries.find((entry) => entry.id === `${locale}/${slug}`);
}

/** Stories in a language, optionally only those of a specialty or for an audience. Newest first. */
export function storiesFor(site: Site, locale: Locale, filter: { specialty?: string; audience?: Audience; author?: string } = {}): Story[] {
	return remembered(site.stories, JSON.stringify([locale, filter.specialty, filter.audience, filter.author]), () =>
		inLocale(site.stories, locale).filter(
			(story) =>
				(!filter.specialty || story.data.specialties.includes(filter.specialty)) &&
				(!filter.audience || story.data.audiences.includes(filter.audience)) &&
				(!filter.author || story.data.author === filter.author || story.data.reviewedBy === filter.author),
		),
	);
}

/** Each story's place in the site's order (newest first). */
const positions = new WeakMap<Story[], Map<Story, number>>();

/**
 * Stories that share a specialty with this one, most shared first, then in the site's order: at most `limit`, never
 * the story itself. Reads only the published site it is given.
 */
export function relatedStories(site: Site, story: Story, limit = 3): Story[] {
	const locale = localeOf(story);
	const specialties = new Set(story.data.specialties);
	if (specialties.size === 1) {
		// Every candidate shares the one specialty, so the order is the site's, which storiesFor keeps: the first few
		// of that list are the answer, without counting and ranking every story of the specialty for each story page.
		const [specialty] = specialties;
		const related: Story[] = [];
		for (const other of storiesFor(site, locale, { specialty })) {
			if (related.length === limit) break;
			if (other.id !== story.id) related.push(other);
		}
		return related;
	}
	const shared = new Map<Story, number>();
	for (const specialty of specialties) {
		for (const other of storiesFor(site, locale, { specialty })) {
			if (other.id !== story.id) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
	}
	let position = positions.get(site.stories);
	if (!position) positions.set(site.stories, (position = new Map(site.stories.map((entry, index) => [entry, index]))));
	// The best few kept while going through them, rather than sorting hundreds for each story.
	const best: [Story, number][] = [];
	for (const candidate of shared) {
		best.push(candidate);
		best.sort(([a, sharedA], [b, sharedB]) => sharedB - sharedA || position.get(a)! - position.get(b)!);
		if (best.length > limit) best.pop();
	}
	return best.map(([other]) => other);
}

/**
 * Testimonials to show on a page in `locale`, newest first: those in the
 * page's language. A site that shows every language (settings
 * `testimonials.allLanguages`) gets the others after them, each shown in its
 * own language with a visible language tag (TestimonialGrid).
 */
export function testimonialsFor(site: Site, locale: Locale, filter: { specialty?: string } = {}): Testimonial[] {
	return remembered(site.testimonials, `${locale}/${filter.specialty ?? ''}`, () => {
		const matching = site.testimonials.filter((testimonial) => !filter.specialty || testimonial.data.specialties.includes(filter.specialty));
		const own = matching.filter((item) => item.data.locale === locale);
		return site.testimonialsInAllLanguages ? [...own, ...matching.filter((item) => item.data.locale !== locale)] : own;
	});
}
