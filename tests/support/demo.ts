import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { urls } from '../../src/routing/urls.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { settings } from '../../src/settings/index.ts';
import { projectRoot } from './build.ts';

/**
 * The demo's addresses, read from its content the way the site builds them,
 * so tests name a file ("weer-aan-het-werk-na-een-liesbreuk") and a language
 * from settings, never an address that a translation's `slug` may change.
 */

export const demoContent = path.join(projectRoot, 'content');
/** The demo's languages, from its settings; the first is the default. */
export const demoLocales = settings.locales;
export const [defaultLocale] = demoLocales as [string, ...string[]];

type Translated = 'stories' | 'specialties' | 'team' | 'locations' | 'pages';

/** The file names (without extension) of a translated collection in one language. */
export function filesIn(collection: Translated, locale: string): string[] {
	const folder = path.join(demoContent, COLLECTIONS[collection].folder, locale);
	return fs.existsSync(folder) ? fs.readdirSync(folder).filter((file) => file.endsWith(`.${COLLECTIONS[collection].extension}`)).map((file) => file.replace(/\.mdx?$/, '')).sort() : [];
}

/** The front matter of a demo entry, as written. */
export function frontMatter(collection: Translated, locale: string, file: string): Record<string, unknown> {
	const source = fs.readFileSync(path.join(demoContent, COLLECTIONS[collection].folder, locale, `${file}.${COLLECTIONS[collection].extension}`), 'utf8');
	return parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') as Record<string, unknown>;
}

/** The last part of an entry's address: the translation's own `slug`, or its file name. */
export function addressSlug(collection: Translated, locale: string, file: string): string {
	return (frontMatter(collection, locale, file).slug as string | undefined) ?? file;
}

/** Site paths ("/en/stories/back-at-work-after-a-hernia/") of the demo's entries, by language and file name. */
export const demoPath = {
	story: (locale: string, file: string) => urls.story(locale, addressSlug('stories', locale, file)),
	specialty: (locale: string, file: string) => urls.specialty(locale, addressSlug('specialties', locale, file)),
	storiesBySpecialty: (locale: string, file: string) => urls.storiesBySpecialty(locale, addressSlug('specialties', locale, file)),
	teamMember: (locale: string, file: string) => urls.teamMember(locale, addressSlug('team', locale, file)),
	location: (locale: string, file: string) => urls.location(locale, addressSlug('locations', locale, file)),
	page: (locale: string, file: string) => urls.page(locale, addressSlug('pages', locale, file)),
};

/**
 * A word per demo language that is on none of its pages while another form of
 * it is (same Snowball stem), so that finding pages for it proves the search
 * stems in that language: "behandelingen" finds "behandeling", "douleurs"
 * finds "douleur", "worry" finds "worries". Part of the demo content: a
 * language added to the demo needs a word here.
 */
export const STEMMING_PROBES: Readonly<Record<string, string>> = { nl: 'behandelingen', fr: 'douleurs', en: 'worry' };

/** A site path's file in a build: "/nl/" → "nl/index.html". */
export const builtFile = (sitePath: string) => (sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1));
