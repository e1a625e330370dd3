import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../lib/files.ts';
import { isPublishable, needsConsent, publishableTranslations } from './gate.ts';
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A slug counts where it is used as one: in a path, an anchor, an attribute value or a file name. */
const slugPattern = (slug: string) => new RegExp(`(?<=[/#"'=])${escapeRegExp(slug)}(?=[/."'#?&])`);

/** The leaks in one built file. `file` is its path relative to the build; `content` its bytes. */
export function leaksIn(file: string, content: Buffer, needles: Needle[]): Leak[] {
	const raw = (content[0] === 0x1f && content[1] === 0x8b ? gunzipSync(content) : content).toString('utf8');
	let normalized: string | undefined;
	const found = needles.filter((needle) => {
		switch (needle.what) {
			case 'consent reference':
				return raw.includes(needle.value) || `/${file}`.includes(needle.value);
			case 'slug':
				return slugPattern(needle.value).test(raw) || slugPattern(needle.value).test(`/${file}`);
			default: {
				const print = fingerprint(needle.value);
				normalized ??= ` ${normalizeText(raw)} `;
				return print !== undefined && normalized.includes(print);
			}
		}
	});
	return found.map((needle) => ({ file, needle }));
}

const IMAGES = /\.(jpe?g|png|webp|avif|gif|ico|woff2?)$/i;

/** Every leak in a built site. Images are checked by name only. */
export function findLeaks(buildDir: string, needles: Needle[]): Leak[] {
	if (needles.length === 0) return [];
	return listFiles(buildDir).flatMap((file) => leaksIn(file, IMAGES.test(file) ? Buffer.alloc(0) : fs.readFileSync(path.join(buildDir, file)), needles));
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
