import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * What the pages ask of the content: the entries of one language, sorted, and each entry's address. A translation is
 * the file of the same name in another language's folder; an entry's address is its `slug`, or else its file name.
 */

type Translated = 'stories' | 'specialties' | 'team' | 'locations' | 'pages';

/** The language of an entry: the folder it is in ("nl/…"). */
export const langOf = (entry: { id: string }) => entry.id.split('/')[0]!;

/** The last part of an entry's address. */
export const slugOf = (entry: { id: string; data: { slug?: string } }) => entry.data.slug ?? entry.id.split('/').pop()!;

/** The file name without the language, which translations share and other entries refer to ("liesbreukcentrum"). */
export const keyOf = (entry: { id: string }) => entry.id.split('/').pop()!;

/**
 * When a story was published. Its schema makes it a Date; `astro check` of the whole project types
 * `astro:content` with the kit's collections, where it is a calendar date string, so either is read.
 */
export const publishedOn = (story: CollectionEntry<'stories'>): Date => new Date(story.data.publishedOn as Date | string);

const cache = new Map<string, Promise<unknown>>();
/** Every call of a build shares one answer: the pages ask for the same lists again and again. */
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key) as Promise<T>;
}

/** The published stories of one language, newest first. */
export const storiesIn = (lang: string): Promise<CollectionEntry<'stories'>[]> =>
	once(`stories/${lang}`, async () =>
		(await getCollection('stories', (story) => langOf(story) === lang && !story.data.draft)).sort((a, b) => publishedOn(b).getTime() - publishedOn(a).getTime()),
	);

/** The entries of a collection in one language, in their `order`, then by name or title. */
export const entriesIn = <C extends Exclude<Translated, 'stories'>>(collection: C, lang: string): Promise<CollectionEntry<C>[]> =>
	once(`${collection}/${lang}`, async () => {
		const entries = (await getCollection(collection)).filter((entry) => langOf(entry) === lang);
		const label = (entry: CollectionEntry<C>) => ('name' in entry.data ? entry.data.name : 'title' in entry.data ? entry.data.title : entry.id);
		const order = (entry: CollectionEntry<C>) => ('order' in entry.data && typeof entry.data.order === 'number' ? entry.data.order : 100);
		return entries.sort((a, b) => order(a) - order(b) || label(a).localeCompare(label(b), lang));
	});

/** The testimonials written in one language, newest first. */
export const testimonialsIn = (lang: string): Promise<CollectionEntry<'testimonials'>[]> =>
	once(`testimonials/${lang}`, async () =>
		(await getCollection('testimonials', (testimonial) => testimonial.data.locale === lang)).sort(
			(a, b) => new Date(b.data.givenOn as Date | string).getTime() - new Date(a.data.givenOn as Date | string).getTime(),
		),
	);

/** The entry of `collection` in `lang` that other content names by its file name, e.g. a story's `author`. */
export async function findEntry<C extends Exclude<Translated, 'stories'>>(collection: C, lang: string, key: string | undefined): Promise<CollectionEntry<C> | undefined> {
	return key === undefined ? undefined : (await entriesIn(collection, lang)).find((entry) => keyOf(entry) === key);
}

/** The site's addresses. */
export const paths = {
	home: (lang: string) => `/${lang}/`,
	stories: (lang: string) => `/${lang}/stories/`,
	story: (story: CollectionEntry<'stories'>) => `/${langOf(story)}/stories/${slugOf(story)}/`,
	storiesBySpecialty: (specialty: CollectionEntry<'specialties'>) => `/${langOf(specialty)}/stories/specialty/${slugOf(specialty)}/`,
	storiesFor: (lang: string, audience: string) => `/${lang}/stories/for/${audience}/`,
	audience: (lang: string, audience: string) => `/${lang}/for/${audience}/`,
	specialties: (lang: string) => `/${lang}/specialties/`,
	specialty: (specialty: CollectionEntry<'specialties'>) => `/${langOf(specialty)}/specialties/${slugOf(specialty)}/`,
	team: (lang: string) => `/${lang}/team/`,
	teamMember: (member: CollectionEntry<'team'>) => `/${langOf(member)}/team/${slugOf(member)}/`,
	locations: (lang: string) => `/${lang}/locations/`,
	location: (location: CollectionEntry<'locations'>) => `/${langOf(location)}/locations/${slugOf(location)}/`,
	testimonials: (lang: string) => `/${lang}/testimonials/`,
	search: (lang: string) => `/${lang}/search/`,
	page: (page: CollectionEntry<'pages'>) => `/${langOf(page)}/${slugOf(page)}/`,
};

/** The audiences with a page of their own, and the testimonials' authors each hears from. */
export const AUDIENCES = { patients: 'patient', relatives: 'relative', referrers: 'referrer' } as const;
export type Audience = keyof typeof AUDIENCES;
