import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../lib/files.ts';
import { isPublishable, needsConsent, publishableTranslations } from './gate.ts';
import { NeedleSearch } from './needle-search.ts';
import type { ConsentItem } from './register.ts';

/**
 * The proof after every build: no file of the built site may contain the
 * consent reference of any item, nor the words or address of an item that
 * may not be published today. The gate keeps them out; this check catches
 * what slips past it, such as a quote an editor copied into a story.
 */

export interface Needle {
	/** What is looked for, as the editor would describe it. */
	what: 'consent reference' | 'quote' | 'slug' | 'title';
	value: string;
	/** The content file it comes from. */
	source: string;
}

export interface Leak {
	/** The built file, relative to the build folder. */
	file: string;
	needle: Needle;
}

/** Everything that must not appear in the build, for the items of this build's day. */
export function leakNeedles(items: ConsentItem[], today: string): Needle[] {
	const publishedStories = new Set(publishableTranslations(items.filter((item) => item.type === 'story'), (item) => item.slug, (item) => item.data, today));
	const published = (item: ConsentItem) => (item.type === 'story' ? publishedStories.has(item) : isPublishable(item.data, today));
	const needles: Needle[] = [];
	for (const item of items) {
		if (item.data.consent) needles.push({ what: 'consent reference', value: item.data.consent.reference, source: item.file });
		if (!needsConsent(item.data) || published(item)) continue;
		needles.push({ what: 'slug', value: item.slug, source: item.file });
		if (item.data.quote) needles.push({ what: 'quote', value: item.data.quote, source: item.file });
		if (item.data.title) needles.push({ what: 'title', value: item.data.title, source: item.file });
	}
	// A story's translations share their slug and often their reference: look for each once.
	const seen = new Set<string>();
	return needles.filter((needle) => !seen.has(`${needle.what}:${needle.value}`) && seen.add(`${needle.what}:${needle.value}`));
}

/** The words of a text as a reader sees them: entities and JSON escapes decoded, tags, punctuation and extra spaces dropped, lower case. */
export function normalizeText(text: string): string {
	return text
		.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
		.replace(/\\(["\\/])/g, '$1')
		.replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&(quot|apos|amp|lt|gt|nbsp);/g, (_, name: string) => ({ quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: ' ' })[name]!)
		.replace(/<[^>]*>/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.toLowerCase();
}

/**
 * The words that identify a quote or title: its first words, up to 60
 * characters, which also survive a shortened teaser; matched as whole words.
 * Texts of one or two words ("Heel tevreden") identify no one and are skipped.
 */
export function fingerprint(text: string): string | undefined {
	const words = normalizeText(text).trim().split(' ');
	if (words.length < 3) return undefined;
	let print = words[0]!;
	for (const word of words.slice(1)) {
		if (print.length + word.length + 1 > 60) break;
		print += ` ${word}`;
	}
	return ` ${print} `;
}

/** The leaks in one built file. `file` is its path relative to the build; `content` its bytes. */
export function leaksIn(file: string, content: Buffer, needles: Needle[]): Leak[] {
	return leakScanner(needles)(file, content);
}

const scanners = new WeakMap<Needle[], (file: string, content: Buffer) => Leak[]>();

/**
 * The needles prepared for a whole site: each file is read once, however many
 * needles there are (see needle-search.ts), with the same result as testing
 * every needle on it: a consent reference anywhere in the file or its path, a
 * slug where it is used as one, the fingerprint of a quote or title in the text.
 */
export function leakScanner(needles: Needle[]): (file: string, content: Buffer) => Leak[] {
	const cached = scanners.get(needles);
	if (cached) return cached;
	const literal = needles.flatMap((needle, index) => (needle.what === 'consent reference' || needle.what === 'slug' ? [{ needle, index }] : []));
	const literalSearch = new NeedleSearch(literal.map(({ needle }) => needle.value));
	const prints = needles.flatMap((needle, index) => {
		if (needle.what === 'consent reference' || needle.what === 'slug') return [];
		const print = fingerprint(needle.value);
		return print === undefined ? [] : [{ print, index }];
	});
	const printSearch = new NeedleSearch(prints.map(({ print }) => print));

	const scan = (file: string, content: Buffer): Leak[] => {
		const raw = (content[0] === 0x1f && content[1] === 0x8b ? gunzipSync(content) : content).toString('utf8');
		const hits = new Set<number>();
		for (const text of [raw, `/${file}`]) {
			literalSearch.forEach(text, (at, position) => {
				const { needle, index } = literal[at]!;
				if (needle.what === 'slug' && !(SLUG_BEFORE.has(text[position - 1] ?? '') && SLUG_AFTER.has(text[position + needle.value.length] ?? ''))) return false;
				hits.add(index);
				return true;
			});
		}
		if (prints.length > 0) {
			for (const at of printSearch.matches(` ${normalizeText(raw)} `)) hits.add(prints[at]!.index);
		}
		return needles.filter((_, index) => hits.has(index)).map((needle) => ({ file, needle }));
	};
	scanners.set(needles, scan);
	return scan;
}

/** A slug counts where it is used as one: in a path, an anchor, an attribute value or a file name. */
const SLUG_BEFORE = new Set(['/', '#', '"', "'", '=']);
const SLUG_AFTER = new Set(['/', '.', '"', "'", '#', '?', '&']);

const IMAGES = /\.(jpe?g|png|webp|avif|gif|ico|woff2?)$/i;

/** Every leak in a built site. Images are checked by name only. */
export function findLeaks(buildDir: string, needles: Needle[]): Leak[] {
	if (needles.length === 0) return [];
	const scan = leakScanner(needles);
	return listFiles(buildDir).flatMap((file) => scan(file, IMAGES.test(file) ? Buffer.alloc(0) : fs.readFileSync(path.join(buildDir, file))));
}

/** The leak report an editor reads when the build stops. */
export function describeLeaks(leaks: Leak[]): string {
	const lines = leaks.map(({ file, needle }) => {
		const where = `/${file}`;
		return needle.what === 'consent reference'
			? `  - ${where} bevat het toestemmingskenmerk "${needle.value}" uit ${needle.source} / contains the consent reference "${needle.value}" from ${needle.source}`
			: `  - ${where} bevat ${DUTCH[needle.what]} van ${needle.source}, dat vandaag niet gepubliceerd mag worden / contains the ${needle.what} of ${needle.source}, which may not be published today: "${needle.value.slice(0, 60)}"`;
	});
	return [
		'De site is niet gepubliceerd: deze bestanden bevatten iets dat er niet in mag / The site was not published: these files contain what they must not:',
		...lines,
		'Zoek de tekst in content/ en haal hem weg (vaak is een citaat naar een ander verhaal gekopieerd) / Search content/ for this text and remove it (often a quote was copied into another story).',
	].join('\n');
}

const DUTCH: Record<Exclude<Needle['what'], 'consent reference'>, string> = { quote: 'het citaat', slug: 'het adres', title: 'de titel' };
