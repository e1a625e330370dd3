import path from 'node:path';
import { attribution } from '../i18n/attribution.ts';
import { SUPPORTED_LOCALES } from '../schemas/primitives.ts';
import type { TestimonialData } from '../schemas/testimonial.ts';
import { consentStatus, isPublishable, publishableTranslations } from './gate.ts';
import { commonRuns } from './common-wording.ts';
import { EntryWords } from './entry-words.ts';
import { readerSentences, readerWords } from './reader-words.ts';
import type { ConsentItem } from './register.ts';
import { bodyText, type BodyText } from './story-text.ts';

/**
 * What the leak proof looks for in a built site (see leak-check.ts): for
 * every item that may not be published today, everything of it a reader
 * could recognise, and the consent reference of every item.
 *
 * Text is looked for by runs of RUN_LENGTH consecutive words within a
 * sentence (see word-runs.ts), so any part of a quote or a story that long is
 * found; runs across two sentences are not looked for: in the benchmark's
 * stories, "... what it meant for the family" (a sentence's end and the next
 * heading) recurred by chance in unrelated ones. A
 * quote, title, name or alt text shorter than that is looked for whole, from
 * MIN_WORDS words on ("Heel tevreden" identifies no one).
 *
 * In what the organisation writes about an item (a story's text, its title
 * and description, fact boxes, captions, alt texts), common wording is not
 * looked for: a run of words that COMMON_IN or more other items (any
 * collection, translations counted once) also use, as it is or with one word
 * different (a sentence from a pattern: "… had Greet niet verwacht", "… had
 * Sem niet verwacht"), such as a standard fact box ("De meeste mensen gaan
 * dezelfde dag naar huis"). Such words identify no one, and finding them
 * would stop the build on every page that uses them (see common-wording.ts).
 *
 * A person's own words are always looked for, however many pages use them:
 * a testimonial's quote, a pull quote and its attribution, and the person's
 * name with its detail. A withdrawn quote pasted into three stories is still
 * the person's quote (issue 18).
 */

/**
 * N, the words in a run. Measured on the demo and on the benchmark's
 * generated stories (see BENCHMARKS.md, "The consent check"): at 5, phrases
 * such as "om half acht bij de" were shared by unrelated stories; from 6 on,
 * no run of an item was found in an unrelated one that was not common
 * wording. 7 leaves a margin and still finds a sentence of a quote.
 */
export const RUN_LENGTH = 7;
/** Texts shorter than RUN_LENGTH words are looked for whole from this many words on. */
export const MIN_WORDS = 3;
/** A run of what the organisation writes that this many other items use is common wording. */
export const COMMON_IN = 3;

export type NeedleKind = 'text' | 'reference' | 'slug' | 'picture';

/** Why something may not be published, for the report. */
export type WhyNot =
	| { state: 'withdrawn'; on: string; /** The file that records it, when it is another item signed on the same form. */ form?: string }
	| { state: 'expired'; on: string }
	| { state: 'not-yet-valid'; from: string }
	| { state: 'not-for-website' }
	| { state: 'missing' }
	| { state: 'draft' }
	/**
	 * Left out of a scheduled build because of a problem of its own (src/validation/left-out.ts), or, with `with`,
	 * because another language version of it has one (that version's file).
	 */
	| { state: 'left-out'; with?: string }
	/** A consent reference: never published, whatever the state of the item. */
	| { state: 'reference' };

export interface Needle {
	kind: NeedleKind;
	/** The text, consent reference, slug, or the picture's absolute path. */
	value: string;
	/** The content file it comes from, e.g. "content/testimonials/henk-jan.md". */
	source: string;
	/** Where in that file, e.g. "quote", "body", "body (PullQuote quote)", "author", "hero.image". */
	field: string;
	why: WhyNot;
	/**
	 * Looked for whole, all its words in a row, not by runs of RUN_LENGTH words: text shorter than a run (otherwise
	 * not looked for), and a person as the site shows them, however long ("Rob, aus dem Kreis der Angehörigen, 57,
	 * Buitenpost"), whose runs without the name would be anyone's.
	 */
	whole?: boolean;
	/** Word offsets of runs that are common wording, not looked for. */
	skip?: number[];
	/**
	 * A person's own words (a quote, a pull quote, the name with its detail): never common wording, and a sentence of
	 * it shorter than a run is found with the words around it ("Ik was echt bang. Het ging heel goed.").
	 */
	own?: boolean;
}

/** Any content entry, for telling common wording from an item's own (see COMMON_IN). */
export interface ContentText {
	/** e.g. "stories", "testimonials", "pages": with the slug, what makes translations one item. */
	collection: string;
	slug: string;
	/** Absolute path; its extension says whether the body is MDX. */
	file: string;
	data: Record<string, unknown>;
	body?: string;
}

export interface NeedleOptions {
	/** Every content entry, published or not, to tell common wording (default: the items alone). */
	content?: ContentText[];
	/** Default RUN_LENGTH. */
	runLength?: number;
	/** Default COMMON_IN. */
	commonIn?: number;
	/** Where to keep the words of every entry between builds, by their text (see entry-words.ts). Default: not kept. */
	cacheFile?: string;
	/**
	 * The items among `items` that a scheduled build left out, by `file`, with why (left-out.ts, leftOutReasons):
	 * withheld whatever their consent says, and reported as left out unless their consent form was withdrawn.
	 */
	leftOut?: ReadonlyMap<string, Extract<WhyNot, { state: 'left-out' }>>;
}

interface Field {
	field: string;
	text: string;
	/** Looked for whole when shorter than a run. */
	whole: boolean;
	/** A person as the site shows them (the name with its detail): looked for whole at any length, never by runs. */
	person?: boolean;
	/** A person's own words (a quote, a pull quote, the name with its detail): never common wording. */
	own: boolean;
}

/**
 * Everything that must not appear in the build made on `today` (YYYY-MM-DD),
 * from the items that carry or need consent (see register.ts). Pictures are
 * absolute paths of the originals; the caller recognises their processed
 * versions by their pixels.
 */
export function leakNeedles(items: ConsentItem[], today: string, options: NeedleOptions = {}): Needle[] {
	const runLength = options.runLength ?? RUN_LENGTH;
	const whyNot = withheldItems(items, today, options.leftOut ?? new Map());
	const needles: Needle[] = [];
	const seen = new Map<string, Needle>();
	const add = (needle: Needle, ownWords = false) => {
		const key = `${needle.kind}\0${needle.kind === 'text' ? readerWords(needle.value).join(' ') : needle.value}`;
		const earlier = seen.get(key);
		// The same words as someone's own words and as the organisation's: they are someone's own words.
		if (earlier && ownWords) earlier.own = true;
		if (earlier) return;
		if (ownWords) needle.own = true;
		seen.set(key, needle);
		needles.push(needle);
	};
	for (const item of items) {
		const why = whyNot.get(item);
		if (item.data.consent) add({ kind: 'reference', value: item.data.consent.reference, source: item.file, field: 'consent.reference', why: why ?? { state: 'reference' } });
		if (!why) continue;
		add({ kind: 'slug', value: item.slug, source: item.file, field: 'file name', why });
		// A translation with an address of its own (`slug: back-at-work`) is found there too (see src/routing/paths.ts).
		const ownSlug = text(item.data.slug);
		if (ownSlug) add({ kind: 'slug', value: ownSlug, source: item.file, field: 'slug', why });
		const body = readBody(item.body, formatOf(item.path ?? item.file));
		for (const { field, text, whole, own: ownWords, person } of [...dataFields(item.data as Record<string, unknown>), ...bodyFields(body)]) {
			const words = readerWords(text).length;
			// A person's line is found only with the name: a run of "aus dem Kreis der Angehörigen, 57, Buitenpost" is anyone's.
			if (words >= runLength || (whole && words >= MIN_WORDS)) add({ kind: 'text', value: text, source: item.file, field, why, ...(words < runLength || person ? { whole: true } : {}) }, ownWords);
		}
		for (const { field, file } of picturesOf(item, body)) add({ kind: 'picture', value: file, source: item.file, field, why });
	}
	markCommonWording(
		needles.filter((needle) => needle.kind === 'text' && !needle.own),
		items,
		{ content: options.content, runLength, commonIn: options.commonIn ?? COMMON_IN, cacheFile: options.cacheFile },
	);
	// A text looked for whole that is common wording is not looked for at all.
	return needles.filter((needle) => !(needle.whole && needle.skip?.includes(0)));
}

/** Items that may not be published today, each with the reason. */
function withheldItems(items: ConsentItem[], today: string, leftOut: NonNullable<NeedleOptions['leftOut']>): Map<ConsentItem, WhyNot> {
	const published = new Set<ConsentItem>();
	for (const type of new Set(items.map((item) => item.type))) {
		const ofType = items.filter((item) => item.type === type);
		// Translations share their consent: when one may not be published, none may (see gate.ts).
		const allowed = ofType.some((item) => item.locale !== undefined) ? publishableTranslations(ofType, (item) => item.slug, (item) => item.data, today) : ofType.filter((item) => isPublishable(item.data, today));
		for (const item of allowed) published.add(item);
	}
	// A withdrawal takes down everything signed on the same form, even where it was recorded in one file only.
	const withdrawnForms = new Map<string, { on: string; file: string }>();
	for (const item of items) {
		const consent = item.data.consent;
		if (consent?.withdrawnOn && !withdrawnForms.has(formOf(consent.reference))) withdrawnForms.set(formOf(consent.reference), { on: consent.withdrawnOn, file: item.file });
	}
	const reasons = new Map<ConsentItem, WhyNot>();
	for (const item of items) {
		const form = item.data.consent && withdrawnForms.get(formOf(item.data.consent.reference));
		const left = leftOut.get(item.file);
		if (published.has(item) && !form && !left) continue;
		reasons.set(item, left && !form ? left : reasonFor(item, items, today, form));
	}
	return reasons;
}

function reasonFor(item: ConsentItem, items: ConsentItem[], today: string, form: { on: string; file: string } | undefined): WhyNot {
	if (form) return { state: 'withdrawn', on: form.on, ...(form.file === item.file ? {} : { form: form.file }) };
	if (item.data.draft) return { state: 'draft' };
	const consent = item.data.consent;
	const own = consentStatus(consent, today).state;
	if (own === 'publishable' && item.locale !== undefined) {
		// Held back because another language version may not be published.
		const other = items.find((candidate) => candidate !== item && candidate.type === item.type && candidate.slug === item.slug && !candidate.data.draft && consentStatus(candidate.data.consent, today).state !== 'publishable');
		if (other) return reasonFor(other, [], today, undefined);
	}
	switch (own) {
		case 'withdrawn':
			return { state: 'withdrawn', on: consent!.withdrawnOn! };
		case 'expired':
			return { state: 'expired', on: consent!.expiresOn };
		case 'not-yet-valid':
			return { state: 'not-yet-valid', from: consent!.grantedOn };
		case 'missing':
			return { state: 'missing' };
		default:
			return { state: 'not-for-website' };
	}
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const at = (data: Record<string, unknown>, ...keys: string[]): unknown => keys.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

/** The texts of an item a reader could recognise, in any collection. */
export function fieldsOf(item: Pick<ConsentItem, 'file' | 'path' | 'data' | 'body'>): Field[] {
	return [...dataFields(item.data as Record<string, unknown>), ...bodyFields(readBody(item.body, formatOf(item.path ?? item.file)))];
}

/** The texts of an item's front matter a reader could recognise. */
function dataFields(data: Record<string, unknown>): Field[] {
	const fields: Field[] = [];
	const push = (field: string, value: unknown, whole: boolean, own = false, person = false) => {
		const found = text(value);
		if (found) fields.push({ field, text: found, whole, own, ...(person ? { person } : {}) });
	};
	push('quote', data.quote, true, true);
	push('title', data.title, true);
	push('name', data.name, true);
	push('description', data.description, false);
	push('summary', data.summary, false);
	push('contentNote', data.contentNote, false);
	push('hero.alt', at(data, 'hero', 'alt'), true);
	push('photoAlt', data.photoAlt, true);
	for (const person of peopleOf(data)) push('author', person, true, true, true);
	return fields;
}

/** What a pull quote shows is a person's own words: the quote and who said it. */
const OWN_PARTS = new Set(['PullQuote quote', 'PullQuote attribution']);
const WHOLE_PARTS = new Set([...OWN_PARTS, 'picture alt text']);

/** A body as a reader sees it, if there is one. */
function readBody(body: string | undefined, format: 'md' | 'mdx'): BodyText | undefined {
	return body && body.trim() !== '' ? bodyText(body, format) : undefined;
}

/** The texts of a Markdown or MDX body a reader could recognise: all of it, and what its building blocks show apart. */
function bodyFields(body: BodyText | undefined): Field[] {
	if (!body) return [];
	const { flow, parts } = body;
	return [{ field: 'body', text: flow, whole: false, own: false }, ...parts.map((part) => ({ field: `body (${part.field})`, text: part.text, whole: WHOLE_PARTS.has(part.field), own: OWN_PARTS.has(part.field) }))].filter((field) => text(field.text) !== undefined);
}

function formatOf(file: string): 'md' | 'mdx' {
	return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/**
 * The person as the site shows them: "Henk-Jan, 62, Weidebroek" as written,
 * and as printed under a testimonial in each language ("Henk-Jan, patiënt,
 * 62, Weidebroek"; see src/i18n/attribution.ts).
 */
function peopleOf(data: Record<string, unknown>): string[] {
	const author = data.author as TestimonialData['author'] | undefined;
	// A person shown anonymously ("Een verwijzer, huisarts in Zandhorst") is not named: two such lines may well be alike.
	if (!author || typeof author !== 'object' || !author.role || !author.name) return [];
	const forms = new Set<string>();
	if (author.detail) forms.add(`${author.name}, ${author.detail}`);
	for (const locale of SUPPORTED_LOCALES) {
		const { who, details } = attribution(author, locale);
		forms.add(details ? `${who}, ${details}` : who);
	}
	return [...forms];
}

/** The pictures an item shows, as absolute paths. */
function picturesOf(item: ConsentItem, body: BodyText | undefined): { field: string; file: string }[] {
	const base = path.dirname(item.path ?? item.file);
	const data = item.data as Record<string, unknown>;
	const found: { field: string; file: string }[] = [];
	const push = (field: string, value: unknown) => {
		const written = text(value);
		if (written && !/^[a-z]+:/i.test(written)) found.push({ field, file: path.resolve(base, written) });
	};
	push('photo', data.photo);
	push('hero.image', at(data, 'hero', 'image'));
	for (const picture of body?.pictures ?? []) push('body (picture)', picture);
	return found;
}

/**
 * Sets `skip` on each of `needles` (texts the organisation wrote about a
 * withheld item) to the runs that are common wording (see common-wording.ts).
 */
function markCommonWording(needles: Needle[], items: ConsentItem[], options: { content: ContentText[] | undefined; runLength: number; commonIn: number; cacheFile: string | undefined }): void {
	if (needles.length === 0) return;
	const itemOf = (collection: string, slug: string) => `${collection}\0${slug}`;
	const typeToCollection: Record<string, string> = { testimonial: 'testimonials', story: 'stories' };
	const sourceItem = new Map(items.map((item) => [item.file, itemOf(typeToCollection[item.type] ?? item.type, item.slug)]));
	const others: ContentText[] = options.content ?? items.map((item) => ({ collection: typeToCollection[item.type] ?? item.type, slug: item.slug, file: item.path ?? item.file, data: item.data as Record<string, unknown>, ...(item.body ? { body: item.body } : {}) }));
	const words = new EntryWords(options.cacheFile);
	const texts = needles.map((needle) => {
		const { words: found, starts } = readerSentences(needle.value);
		return { ids: words.ids(found), starts, item: sourceItem.get(needle.source)! };
	});
	const entries = function* () {
		for (const entry of others) {
			const format = formatOf(entry.file);
			const { body } = entry;
			yield {
				item: itemOf(entry.collection, entry.slug),
				fields: [
					...dataFields(entry.data).map((field) => words.ids(readerWords(field.text))),
					// Rendering a body is most of the cost: its words are kept by its text.
					...(body ? words.of(`body ${format}`, body, () => bodyFields(readBody(body, format)).map((field) => field.text)) : []),
				],
			};
		}
	};
	commonRuns(texts, entries(), options.runLength, options.commonIn).forEach((skip, index) => {
		if (skip.length > 0) needles[index]!.skip = skip;
	});
	words.save();
}

/** A consent reference as a form: "TOE-2025-011" and " toe-2025-011" are one form. */
function formOf(reference: string): string {
	return reference.trim().toLowerCase();
}
