import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { ContentError, ContentErrors } from '../errors/index.ts';
import type { Settings } from '../schemas/settings.ts';
import { cardText, measureText, textPath, undrawableText, type UndrawableText, type Weight } from './card-text.ts';
import { message, titled } from '../messages/index.ts';
import { displayPath } from '../settings/paths.ts';

/**
 * Social cards: the picture a link shows when it is shared (1200×630), and
 * quote cards the communication team posts themselves (1080×1080 and the
 * 1080×1920 story format). Text is drawn as shapes from fonts the project
 * ships (see card-text.ts), so a card looks the same on every machine; text
 * the fonts cannot draw is refused, never drawn as boxes. Photos and logos
 * are turned upright by their EXIF Orientation. Cards are cached by their
 * content.
 */

export const CARD_SIZES = {
	/** Open Graph and Twitter: a link preview. */
	link: { width: 1200, height: 630 },
	/** A square post. */
	square: { width: 1080, height: 1080 },
	/** A story (Instagram, Facebook, WhatsApp status). */
	story: { width: 1080, height: 1920 },
} as const;
export type CardFormat = keyof typeof CARD_SIZES;

export interface CardBrand {
	organisation: string;
	/** #rrggbb, with at least 4.5:1 contrast against white. */
	color: string;
	/** The logo file (SVG or bitmap). */
	logoFile?: string;
}

/** A link preview: a page title with a small line above it, such as "Verhaal · Liesbreukcentrum". */
export interface TitleCard {
	format: 'link';
	title: string;
	eyebrow?: string;
	brand: CardBrand;
}

/** A testimonial: the quote, who said it, and their photo only when they agreed to it. */
export interface QuoteCard {
	format: 'square' | 'story';
	quote: string;
	attribution: string;
	/** A line below, e.g. "Liesbreukcentrum". */
	context?: string;
	photoFile?: string;
	brand: CardBrand;
}

export type Card = TitleCard | QuoteCard;

/** The organisation's look on cards in `locale` (a language code): its name in that language, brand colour and the logo from public/. */
export function cardBrand(settings: Settings, locale: string): CardBrand {
	return { organisation: settings.organisation.names[locale] ?? settings.organisation.name, color: settings.organisation.brandColor, logoFile: path.resolve('public', `.${settings.organisation.logo}`) };
}

// Bump when the drawing changes, so cached cards are made again.
// 3: fallback fonts for Latin Extended, Greek, Cyrillic, Vietnamese; emoji left out; photos and logos upright.
const RENDERER_VERSION = 3;

export type CardTextField = 'title' | 'eyebrow' | 'quote' | 'attribution' | 'context' | 'organisation';

/** The weight each text of a card is drawn in. */
export const CARD_TEXT_WEIGHT: Record<CardTextField, Weight> = { title: 700, eyebrow: 700, quote: 400, attribution: 700, context: 400, organisation: 700 };

/** The texts a card shows, by field, for {@link cardProblems}. */
function cardTexts(card: Card): { field: CardTextField; text: string | undefined }[] {
	const texts: { field: CardTextField; text: string | undefined }[] =
		card.format === 'link'
			? [
					{ field: 'title', text: card.title },
					{ field: 'eyebrow', text: card.eyebrow },
				]
			: [
					{ field: 'quote', text: card.quote },
					{ field: 'attribution', text: card.attribution },
					{ field: 'context', text: card.context },
				];
	return [...texts, { field: 'organisation', text: card.brand.organisation }];
}

/**
 * What on a card cannot be drawn, per field; [] when all of it can. Callers
 * name the content file and field behind each (see src/pages/og/ and
 * scripts/social-cards.ts); {@link renderCard} refuses a card with problems.
 */
export function cardProblems(card: Card): { field: CardTextField; problems: UndrawableText[] }[] {
	return cardTexts(card)
		.map(({ field, text }) => ({ field, problems: text ? undrawableText(text, CARD_TEXT_WEIGHT[field]) : [] }))
		.filter((entry) => entry.problems.length > 0);
}

/**
 * The editor's error for text that cannot be drawn on a card, listed per
 * content file: `found` names each file (as shown to editors), the field as
 * written in it and the problem's message.
 */
export function undrawableTextError(card: 'link' | 'quote', found: readonly { file: string; field: string; message: string }[]): ContentErrors {
	const byFile = new Map<string, Set<string>>();
	for (const { file, field, message } of found) (byFile.get(file) ?? byFile.set(file, new Set()).get(file)!).add(`${field}: ${message}`);
	const title =
		card === 'link'
			? titled(message('card.linkText'))
			: titled(message('card.quoteText'));
	return new ContentErrors(title, [...byFile].map(([file, lines]) => new ContentError(file, [...lines])));
}

/** Thrown by {@link renderCard} for a card with text it cannot draw; check with {@link cardProblems} first to name the content file. */
export class UndrawableCardError extends Error {
	override readonly name = 'UndrawableCardError';
}

/** Breaks text into lines no wider than `maxWidth` at `size`. */
export function wrapText(text: string, measure: (line: string) => number, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

interface TextBlock {
	lines: string[];
	size: number;
}

/**
 * The largest size from `sizes` (px) at which the text fits in `maxLines`
 * lines of `maxWidth` px; at the smallest size, cut with an ellipsis. The
 * lines are the text as cards draw it ({@link cardText}).
 */
export function fitText(text: string, weight: Weight, maxWidth: number, maxLines: number, sizes: number[]): TextBlock {
	const drawn = cardText(text, weight);
	const measure = (size: number) => (line: string) => measureText(line, weight, size);
	for (const size of sizes) {
		const lines = wrapText(drawn, measure(size), maxWidth);
		if (lines.length <= maxLines) return { lines, size };
	}
	const size = sizes.at(-1)!;
	const lines = wrapText(drawn, measure(size), maxWidth).slice(0, maxLines);
	let last = lines[maxLines - 1]!;
	while (last.includes(' ') && measure(size)(`${last}…`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
	lines[maxLines - 1] = `${last.replace(/[\s,.;:–-]+$/, '')}…`;
	return { lines, size };
}

/** SVG paths for lines of text, starting with the first baseline at `y`. */
function drawLines(block: TextBlock, weight: Weight, x: number, y: number, lineHeight: number, fill: string): string {
	return block.lines.map((line, index) => `<path fill="${fill}" d="${textPath(line, weight, x, y + index * block.size * lineHeight, block.size)}"/>`).join('');
}

const WHITE = '#ffffff';

function titleCardSvg(card: TitleCard): string {
	const { width, height } = CARD_SIZES.link;
	const margin = 80;
	const footer = 120;
	const title = fitText(card.title, 700, width - 2 * margin, 4, [72, 64, 56, 48, 44]);
	const eyebrow = card.eyebrow ? fitText(card.eyebrow, 700, width - 2 * margin, 1, [30]) : undefined;
	const titleHeight = title.lines.length * title.size * 1.15;
	const top = (height - footer - titleHeight - (eyebrow ? 56 : 0)) / 2 + (eyebrow ? 56 : 0);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
		<rect width="100%" height="100%" fill="${card.brand.color}"/>
		${eyebrow ? drawLines(eyebrow, 700, margin, top - 24, 1.2, WHITE) : ''}
		${drawLines(title, 700, margin, top + title.size * 0.9, 1.15, WHITE)}
		<rect y="${height - footer}" width="100%" height="${footer}" fill="${WHITE}"/>
		${drawLines(fitText(card.brand.organisation, 700, width - 2 * margin - 90, 1, [36, 30]), 700, margin + 90, height - footer / 2 + 12, 1, card.brand.color)}
	</svg>`;
}

const PHOTO_SIZE = 220;

/** The quote card's drawing, and where the photo goes when there is one. */
function quoteCardSvg(card: QuoteCard, hasPhoto: boolean): { svg: string; photoTop: number } {
	const { width, height } = CARD_SIZES[card.format];
	const margin = 90;
	const footer = 150;
	const tall = card.format === 'story';
	const photoSpace = hasPhoto ? PHOTO_SIZE + 50 : 0;
	const quote = fitText(`“${card.quote}”`, 400, width - 2 * margin, tall ? 14 : 8, tall ? [80, 72, 64, 56, 50, 44] : [64, 56, 50, 44, 40, 36]);
	const attribution = fitText(`— ${card.attribution}`, 700, width - 2 * margin, 2, [40, 34]);
	const context = card.context ? fitText(card.context, 400, width - 2 * margin, 3, [32, 28]) : undefined;
	const contextHeight = context ? 20 + context.lines.length * context.size * 1.25 : 0;
	const quoteHeight = quote.lines.length * quote.size * 1.3;
	const blockHeight = photoSpace + quoteHeight + 40 + attribution.lines.length * attribution.size * 1.2 + contextHeight;
	const top = (height - footer - blockHeight) / 2 + photoSpace;
	const attributionTop = top + quoteHeight + 40 + attribution.size;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
		<rect width="100%" height="100%" fill="${card.brand.color}"/>
		${drawLines(quote, 400, margin, top + quote.size, 1.3, WHITE)}
		${drawLines(attribution, 700, margin, attributionTop, 1.2, WHITE)}
		${context ? drawLines(context, 400, margin, attributionTop + attribution.lines.length * attribution.size * 1.2 + 20, 1.25, WHITE) : ''}
		<rect y="${height - footer}" width="100%" height="${footer}" fill="${WHITE}"/>
		${drawLines(fitText(card.brand.organisation, 700, width - 2 * margin - 100, 1, [40, 34]), 700, margin + 100, height - footer / 2 + 14, 1, card.brand.color)}
	</svg>`;
	return { svg, photoTop: Math.round(top - photoSpace) };
}

/** The photo upright (EXIF Orientation applied: a phone's portrait is stored turned), filling a circle `size` px wide, as PNG. */
export async function cardPortrait(file: string, size: number): Promise<Buffer> {
	const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 2}"/></svg>`);
	return sharp(file).autoOrient().resize(size, size, { fit: 'cover' }).composite([{ input: mask, blend: 'dest-in' }]).png().toBuffer();
}

// The same logo goes on every card: rasterise it once per size and content (a dev server may see it change).
const logos = new Map<string, Promise<Buffer>>();
function logo(file: string, size: number): Promise<Buffer> {
	const bytes = fs.readFileSync(file);
	const key = `${size}:${createHash('sha256').update(bytes).digest('hex')}`;
	let drawn = logos.get(key);
	if (!drawn) {
		drawn = sharp(bytes, { density: 300 }).autoOrient().resize(size, size, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } }).png().toBuffer();
		drawn.catch(() => logos.delete(key));
		logos.set(key, drawn);
	}
	return drawn;
}

/** Where the logo goes on a card, in px: a square of `size` in the white footer. */
export function logoBox(format: CardFormat): { left: number; top: number; size: number } {
	const size = format === 'link' ? 64 : 76;
	const footer = format === 'link' ? 120 : 150;
	return { left: format === 'link' ? 80 : 90, top: Math.round(CARD_SIZES[format].height - footer / 2 - size / 2), size };
}

/**
 * Draws a card as PNG.
 * @throws UndrawableCardError when a text cannot be drawn (see {@link cardProblems})
 */
export async function renderCard(card: Card): Promise<Buffer> {
	const problems = cardProblems(card);
	if (problems.length > 0) {
		throw new UndrawableCardError(problems.map(({ field, problems: list }) => `${field}: ${list.map((problem) => problem.message).join(' ')}`).join('\n'));
	}
	const { width, height } = CARD_SIZES[card.format];
	const layers: OverlayOptions[] = [];
	if (card.brand.logoFile) {
		const box = logoBox(card.format);
		layers.push({ input: await logo(card.brand.logoFile, box.size), left: box.left, top: box.top });
	}
	let svg: string;
	if (card.format === 'link') {
		svg = titleCardSvg(card);
	} else {
		const layout = quoteCardSvg(card, Boolean(card.photoFile));
		svg = layout.svg;
		if (card.photoFile) layers.push({ input: await cardPortrait(card.photoFile, PHOTO_SIZE), left: 90, top: layout.photoTop });
	}
	// PNG without metadata: sharp writes none unless asked. Level 7, not 9: zlib 3.5× faster for 6% more bytes, on cards only social sites fetch.
	return sharp(Buffer.from(svg)).resize(width, height).composite(layers).png({ compressionLevel: 7 }).toBuffer();
}

/** A stable key for a card: what it shows and the bytes of every file it uses. */
export function cardKey(card: Card): string {
	const hash = createHash('sha256').update(JSON.stringify({ card, version: RENDERER_VERSION }));
	for (const file of [card.brand.logoFile, 'photoFile' in card ? card.photoFile : undefined]) {
		if (file) hash.update(fs.readFileSync(file));
	}
	return hash.digest('hex').slice(0, 32);
}

/**
 * The cards kept between builds, in one folder. A card is kept as
 * `<key>.<digest>.png`: its {@link cardKey} (what it shows, the renderer
 * version and the files it uses) and the {@link cardDigest} of that key with
 * its PNG bytes. A kept card is used only when its bytes still have that
 * digest: a file cut short by a full disk or a killed build, changed after it
 * was written, or another card's file put under this key (a stale card of a
 * story since changed or withdrawn), is removed and the card drawn again.
 *
 * The digest is no signature: whoever may write to the cache and knows this
 * scheme can also compute it. It keeps damaged and mixed-up files out of the
 * site, not a deliberate forger.
 */
export interface CardCache {
	dir: string;
	/** Cards drawn, and cards taken from the cache, since the cache was opened. */
	drawn: number;
	reused: number;
	/** The file of each kept card, by {@link cardKey}, as read when the cache was opened and kept up to date since. */
	files: Map<string, string>;
}

/** A kept card's file name: key, then digest. */
const KEPT_CARD = /^([0-9a-f]{32})\.([0-9a-f]{64})\.png$/;

/**
 * Opens (and makes) the cache folder `dir`, listing the cards kept there; other files in it are never read.
 *
 * @throws Error (cardCache.unusable) naming the folder when it cannot be made or listed, e.g. a file is in its place
 */
export function openCardCache(dir: string): CardCache {
	const files = new Map<string, string>();
	try {
		fs.mkdirSync(dir, { recursive: true });
		for (const name of fs.readdirSync(dir)) {
			const key = KEPT_CARD.exec(name)?.[1];
			if (key) files.set(key, name);
		}
	} catch (error) {
		throw unusableCache(dir, error);
	}
	return { dir, drawn: 0, reused: 0, files };
}

/** The editor's error for a card cache folder the build cannot use, naming it and the system's error code. */
function unusableCache(dir: string, error: unknown): Error {
	const reason = (error as NodeJS.ErrnoException).code ?? String(error);
	const unusable = new Error(message('cardCache.unusable', { folder: displayPath(dir), reason }));
	unusable.stack = '';
	return unusable;
}

/** The SHA-256 of a card's key and its PNG bytes, in hex: the second part of a kept card's name. */
export function cardDigest(key: string, png: Uint8Array): string {
	return createHash('sha256').update(`${key}\0`).update(png).digest('hex');
}

/**
 * The kept card with this key, when its bytes still have the digest in its
 * name; undefined when none is kept or the file is damaged (then it is
 * removed, so that the card is drawn and kept again). Only a plain file is
 * read: a link is not followed, and a pipe or device named like a kept card
 * (which would hold the build up, or never end) is removed unread.
 */
export function keptCard(cache: CardCache, key: string): Buffer | undefined {
	const name = cache.files.get(key);
	if (!name) return undefined;
	const file = path.join(cache.dir, name);
	const png = readPlainFile(file);
	if (png && cardDigest(key, png) === KEPT_CARD.exec(name)![2]) return png;
	try {
		fs.rmSync(file, { force: true });
	} catch {
		// A folder named like a kept card: left, never read; the card drawn again is kept beside it only if its name differs.
	}
	cache.files.delete(key);
	return undefined;
}

/** The bytes of `file` when it is a plain file (not a link, pipe, device or folder), read through one handle; undefined otherwise or when it is gone. */
function readPlainFile(file: string): Buffer | undefined {
	let handle: number;
	try {
		// O_NONBLOCK: opening a pipe for reading returns at once instead of waiting for a writer; O_NOFOLLOW: a link is refused.
		handle = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
	} catch {
		return undefined;
	}
	try {
		return fs.fstatSync(handle).isFile() ? fs.readFileSync(handle) : undefined;
	} catch {
		return undefined;
	} finally {
		fs.closeSync(handle);
	}
}

/**
 * Keeps a card just drawn: written under a temporary name of its own and renamed, so that no reader ever sees half
 * a file. The temporary file is made new (never opened through a link or file left there by another build).
 *
 * @throws Error (cardCache.unusable) when the folder cannot be written, e.g. it is read-only or was removed
 */
function keepCard(cache: CardCache, key: string, png: Buffer): void {
	const name = `${key}.${cardDigest(key, png)}.png`;
	const temporary = path.join(cache.dir, `.${name}.${process.pid}.${randomUUID()}.tmp`);
	try {
		fs.writeFileSync(temporary, png, { flag: 'wx' });
		fs.renameSync(temporary, path.join(cache.dir, name));
	} catch (error) {
		fs.rmSync(temporary, { force: true });
		throw unusableCache(cache.dir, error);
	}
	const old = cache.files.get(key);
	if (old && old !== name) fs.rmSync(path.join(cache.dir, old), { force: true });
	cache.files.set(key, name);
}

/**
 * Draws cards a few at a time, in the order they will be asked for. Astro
 * renders one page after another, and a card is sharp's work on another
 * thread, most of it PNG compression: drawing the next cards
 * meanwhile uses every core. Each card is held only until it is taken.
 */
export class CardPrefetcher {
	private readonly started = new Map<string, Promise<Buffer>>();
	private readonly order: string[];
	private readonly position = new Map<string, number>();
	private readonly cache: CardCache;
	private readonly cards: ReadonlyMap<string, Card>;
	private readonly ahead: number;

	/** `cards` by id, in the order they will be asked for; `ahead`: cards drawn at the same time, default one per core. */
	constructor(cache: CardCache, cards: ReadonlyMap<string, Card>, ahead = Math.max(1, os.availableParallelism())) {
		this.cache = cache;
		this.cards = cards;
		this.ahead = ahead;
		this.order = [...cards.keys()];
		this.order.forEach((id, index) => this.position.set(id, index));
	}

	/** Whether this prefetcher draws exactly this card under this id (a dev server may have changed it since). */
	holds(id: string, card: Card): boolean {
		const own = this.cards.get(id);
		return own !== undefined && (own === card || JSON.stringify(own) === JSON.stringify(card));
	}

	/** The card with this id as PNG; starts drawing the ones after it. */
	take(id: string): Promise<Buffer> {
		const index = this.position.get(id);
		if (index === undefined) throw new Error(`No social card ${id}`);
		for (let next = index; next < Math.min(this.order.length, index + this.ahead); next += 1) this.start(this.order[next]!);
		const png = this.started.get(id)!;
		this.started.delete(id);
		return png;
	}

	private start(id: string): void {
		if (this.started.has(id)) return;
		const png = cachedCard(this.cache, this.cards.get(id)!);
		// A card drawn ahead but never taken must not become an unhandled rejection; take() still sees the error.
		png.catch(() => {});
		this.started.set(id, png);
	}
}

/** The card as PNG: kept in the cache when drawn before with the same content and still whole ({@link keptCard}), else drawn and kept. */
export async function cachedCard(cache: CardCache, card: Card): Promise<Buffer> {
	const key = cardKey(card);
	const kept = keptCard(cache, key);
	if (kept) {
		cache.reused += 1;
		return kept;
	}
	const png = await renderCard(card);
	keepCard(cache, key, png);
	cache.drawn += 1;
	return png;
}
