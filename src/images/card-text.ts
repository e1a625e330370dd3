import fs from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { currentEditorLanguage, message } from '../messages/index.ts';
import { packOf } from '../i18n/packs.ts';

/**
 * Text on social cards, drawn as shapes from fonts the project ships, so a
 * card looks the same on every machine and never shows a box for a letter
 * (issue 19, case 5: "Łucja Wiśniewska" came out as "□ucja Wi□niewska").
 *
 * Each character is drawn from the first font of a chain that has it:
 * 1. Atkinson Hyperlegible (made for low-vision readers), Latin and Latin
 *    Extended: Dutch, French, German, Polish, Turkish, Czech, Romanian…;
 * 2. Noto Sans, same weight: the rest of Latin, Greek, Cyrillic and
 *    Vietnamese.
 * Fonts after the first are read only when a text needs them.
 *
 * What cannot be drawn right is refused, never drawn wrong:
 * - scripts whose letters change shape or order (Arabic, Hebrew, the Indic
 *   scripts, Thai…): opentype.js draws glyphs one after another from left to
 *   right, without shaping or bidirectional ordering, so such a name would come
 *   out unjoined and backwards;
 * - a combining mark that Unicode NFC cannot fold into its letter (opentype.js
 *   cannot place it);
 * - any character none of the fonts has (e.g. Chinese, Armenian).
 *
 * Emoji are left out of cards on purpose: the fonts have none, a colour
 * emoji font would add megabytes for a decoration, and a box or a black
 * outline would look worse than nothing. The website shows them as written.
 * A symbol the fonts do have (©, ™, €) is drawn.
 */

export type Weight = 400 | 700;

interface FontFile {
	/** The package file, resolved from node_modules. */
	file: (weight: Weight) => string;
}

const require = createRequire(import.meta.url);
const atkinson = (subset: string): FontFile => ({ file: (weight) => require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`) });
const noto = (subset: string): FontFile => ({ file: (weight) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`) });

/** The fallback chain, in order of preference. WOFF (not WOFF2): opentype.js reads WOFF's zlib, not WOFF2's Brotli. */
const CHAIN: readonly FontFile[] = [
	atkinson('latin'),
	atkinson('latin-ext'),
	noto('latin'),
	noto('latin-ext'),
	noto('vietnamese'),
	noto('greek'),
	noto('greek-ext'),
	noto('cyrillic'),
	noto('cyrillic-ext'),
];

const loaded = new Map<string, opentype.Font>();
function fontAt(index: number, weight: Weight): opentype.Font {
	const key = `${index}:${weight}`;
	let font = loaded.get(key);
	if (!font) {
		const bytes = fs.readFileSync(CHAIN[index]!.file(weight));
		font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		loaded.set(key, font);
	}
	return font;
}

/** The first font of the chain with a glyph for `char` (one code point), or undefined. */
function fontFor(char: string, weight: Weight): opentype.Font | undefined {
	for (let index = 0; index < CHAIN.length; index += 1) {
		const font = fontAt(index, weight);
		if (font.charToGlyphIndex(char) > 0) return font;
	}
	return undefined;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/**
 * The text as a card draws it: NFC (so "e" + U+0301 becomes "é"), emoji left
 * out (see the module comment), format characters (zero-width space, soft
 * hyphen, direction marks, variation selectors) removed, runs of white space
 * made one space.
 */
export function cardText(text: string, weight: Weight = 400): string {
	let kept = '';
	for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
		const codePoints = [...segment];
		// An emoji sequence (with a variation selector, joiner, skin tone, keycap or flag), or a lone pictograph the fonts lack.
		const emoji = PICTOGRAPHIC.test(segment) && (codePoints.length > 1 || !fontFor(segment, weight));
		if (!emoji) kept += segment;
	}
	return kept
		.replace(/[\p{Cf}\ufe00-\ufe0f]/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A script whose letters join or reorder, which cards cannot draw (see the
 * module comment): its Unicode name and ISO 15924 code, by which
 * Intl.DisplayNames names it in the editor's language.
 */
const SHAPED_SCRIPTS: readonly { pattern: RegExp; code: string }[] = [
	['Arabic', 'Arab'],
	['Hebrew', 'Hebr'],
	['Syriac', 'Syrc'],
	['Thaana', 'Thaa'],
	['Nko', 'Nkoo'],
	['Adlam', 'Adlm'],
	['Devanagari', 'Deva'],
	['Bengali', 'Beng'],
	['Gurmukhi', 'Guru'],
	['Gujarati', 'Gujr'],
	['Oriya', 'Orya'],
	['Tamil', 'Taml'],
	['Telugu', 'Telu'],
	['Kannada', 'Knda'],
	['Malayalam', 'Mlym'],
	['Sinhala', 'Sinh'],
	['Thai', 'Thai'],
	['Lao', 'Laoo'],
	['Tibetan', 'Tibt'],
	['Myanmar', 'Mymr'],
	['Khmer', 'Khmr'],
	['Mongolian', 'Mong'],
].map(([script, code]) => ({ pattern: new RegExp(`\\p{Script=${script}}`, 'u'), code: code! }));

/** Why a text cannot be drawn on a card: the characters concerned, and a message for editors in their language. */
export interface UndrawableText {
	kind: 'script' | 'mark' | 'glyph';
	/** The characters concerned, each once, in order of appearance. */
	characters: string[];
	/** What happened and what to do, in the editor's language; the caller adds file and field. */
	message: string;
}

/**
 * What in `text` a card cannot draw, or [] when every character can be
 * drawn (after {@link cardText}: emoji are left out, not refused).
 *
 * @example
 * undrawableText('Łucja Wiśniewska') // []
 * undrawableText('Het verhaal van محمد') // [{ kind: 'script', characters: ['م', 'ح', 'د'], message: '… Arabisch schrift …' }]
 */
export function undrawableText(text: string, weight: Weight = 400): UndrawableText[] {
	const script = new Map<(typeof SHAPED_SCRIPTS)[number], Set<string>>();
	const marks = new Set<string>();
	const missing = new Set<string>();
	for (const char of cardText(text, weight)) {
		const shaped = SHAPED_SCRIPTS.find((candidate) => candidate.pattern.test(char));
		if (shaped) (script.get(shaped) ?? script.set(shaped, new Set()).get(shaped)!).add(char);
		else if (/\p{M}/u.test(char)) marks.add(char);
		else if (!fontFor(char, weight)) missing.add(char);
	}
	return [
		...[...script].map(([name, chars]) => ({ kind: 'script' as const, characters: [...chars], message: scriptNotDrawable(name, wordsWith(text, chars)) })),
		...(marks.size > 0 ? [{ kind: 'mark' as const, characters: [...marks], message: markNotDrawable([...marks]) }] : []),
		...(missing.size > 0 ? [{ kind: 'glyph' as const, characters: [...missing], message: glyphNotDrawable([...missing]) }] : []),
	];
}

/** The words of `text` that hold any of `chars`, each once: what an editor recognises in a message. */
function wordsWith(text: string, chars: ReadonlySet<string>): string[] {
	return [...new Set(text.normalize('NFC').split(/\s+/).filter((word) => [...word].some((char) => chars.has(char))))];
}

// ---- Messages, one per kind ----

const shown = (chars: readonly string[]) => chars.map((char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');

function scriptNotDrawable(script: { code: string }, words: readonly string[]): string {
	const quoted = words.map((word) => `"${word}"`).join(', ');
	const name = new Intl.DisplayNames([packOf(currentEditorLanguage()).intlLocale], { type: 'script' }).of(script.code) ?? script.code;
	return message('card.scriptNotDrawable', { script: name, words: quoted });
}

function markNotDrawable(chars: readonly string[]): string {
	return message('card.markNotDrawable', { characters: shown(chars) });
}

function glyphNotDrawable(chars: readonly string[]): string {
	return message('card.glyphNotDrawable', { characters: shown(chars) });
}

// ---- Measuring and drawing ----

/** A stretch of text drawn from one font. */
interface Run {
	text: string;
	font: opentype.Font;
}

/** `text` (already {@link cardText}) split into runs by the font that draws each character; spaces stay in the run they follow. */
function runsOf(text: string, weight: Weight): Run[] {
	const runs: Run[] = [];
	for (const char of text) {
		const previous = runs.at(-1);
		const font = char === ' ' && previous ? previous.font : fontFor(char, weight);
		if (!font) throw new Error(`No card font can draw "${char}" in "${text}"; check the text with undrawableText() first.`);
		if (previous?.font === font) previous.text += char;
		else runs.push({ text: char, font });
	}
	return runs;
}

/** How wide `text` (already {@link cardText}) is at `size` px. */
export function measureText(text: string, weight: Weight, size: number): number {
	return runsOf(text, weight).reduce((width, run) => width + run.font.getAdvanceWidth(run.text, size), 0);
}

/** SVG path data for one line of text (already {@link cardText}) with its baseline starting at (x, y). */
export function textPath(text: string, weight: Weight, x: number, y: number, size: number): string {
	let at = x;
	const parts: string[] = [];
	for (const run of runsOf(text, weight)) {
		parts.push(run.font.getPath(run.text, at, y, size).toPathData(1));
		at += run.font.getAdvanceWidth(run.text, size);
	}
	return parts.join('');
}

/**
 * The glyphs a line is drawn with, one per character: which font (its
 * family name) and the glyph's index there. Index 0 is ".notdef", the box;
 * {@link undrawableText} makes sure it never occurs. For tests and reports.
 */
export function glyphsOf(text: string, weight: Weight): { char: string; family: string; glyph: number }[] {
	return runsOf(cardText(text, weight), weight).flatMap((run) =>
		[...run.text].map((char) => ({ char, family: run.font.names.fontFamily.en ?? '', glyph: run.font.charToGlyphIndex(char) })),
	);
}
