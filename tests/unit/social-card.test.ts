import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardText, glyphsOf, undrawableText } from '../../src/images/card-text.ts';
import { UndrawableCardError, cachedCard, cardKey, cardPortrait, cardProblems, fitText, logoBox, openCardCache, renderCard, wrapText, type QuoteCard, type TitleCard } from '../../src/images/social-card.ts';
import { phonePhoto, quadrantPicture, quadrantsOf } from '../support/photos.ts';

const brand = { organisation: 'Ziekenhuis Lindeveld', color: '#0b6e69' };
const UPRIGHT_QUADRANTS = { topLeft: 'red', topRight: 'green', bottomLeft: 'blue', bottomRight: 'grey' };

describe('text on social cards', () => {
	const byLength = (line: string) => line.length;

	it('wraps at word boundaries within the width', () => {
		expect(wrapText('Binnen een week stond ik weer op de tennisbaan', byLength, 16)).toEqual(['Binnen een week', 'stond ik weer op', 'de tennisbaan']);
	});

	it('keeps a word longer than the width on its own line rather than breaking it', () => {
		expect(wrapText('Liesbreukcentrumafspraak morgen', byLength, 10)).toEqual(['Liesbreukcentrumafspraak', 'morgen']);
	});

	it('uses the largest size at which the text fits', () => {
		const short = fitText('Herstel na een liesbreuk', 700, 1040, 4, [72, 64, 56]);
		expect(short.size).toBe(72);
		expect(short.lines).toEqual(['Herstel na een liesbreuk']);
	});

	it('ends with an ellipsis when even the smallest size does not fit', () => {
		const long = fitText('woord '.repeat(200), 400, 600, 2, [40]);
		expect(long.lines).toHaveLength(2);
		expect(long.lines[1]!.endsWith('…')).toBe(true);
	});
});

describe('names in every alphabet on cards (issue 19, case 5)', () => {
	const drawn = (text: string, weight: 400 | 700 = 700) => glyphsOf(text, weight).filter(({ char }) => char !== ' ');

	it.each(['Łucja Wiśniewska', 'Ayşe', 'Doğan', 'Gül Öztürk', 'Ștefan Țurcanu', 'Dvořák', 'Ærøskøbing'])('draws every letter of "%s" from Atkinson Hyperlegible, none as a box', (name) => {
		const glyphs = drawn(name);
		expect(glyphs.map(({ char }) => char).join('')).toBe(name.replaceAll(' ', ''));
		expect(glyphs.filter(({ glyph }) => glyph === 0)).toEqual([]);
		expect(new Set(glyphs.map(({ family }) => family))).toEqual(new Set(['Atkinson Hyperlegible']));
		expect(undrawableText(name)).toEqual([]);
	});

	it.each(['Ελένη Παπαδοπούλου', 'Ольга Іваненко', 'Nguyễn Thị Hương'])('draws "%s" from Noto Sans where Atkinson Hyperlegible has no letter', (name) => {
		const glyphs = drawn(name, 400);
		expect(glyphs.filter(({ glyph }) => glyph === 0)).toEqual([]);
		expect(glyphs.some(({ family }) => family === 'Noto Sans')).toBe(true);
		expect(undrawableText(name)).toEqual([]);
	});

	it('draws a letter typed as letter plus accent as the accented letter (NFC)', () => {
		expect(cardText('Zoe\u0308 Wis\u0301niewska')).toBe('Zoë Wiśniewska');
		expect(undrawableText('Zoe\u0308')).toEqual([]);
	});

	it('leaves emoji out on purpose, and keeps symbols the font has', () => {
		expect(cardText('Dankjewel ❤️ voor alles 👍🏽 🇧🇪 👨‍👩‍👧')).toBe('Dankjewel voor alles');
		expect(cardText('© Lindeveld™ — €12,50')).toBe('© Lindeveld™ — €12,50');
		expect(cardText('zero\u200bwidth soft\u00adhyphen')).toBe('zerowidth softhyphen');
		expect(undrawableText('Zo blij 😊')).toEqual([]);
	});

	it('refuses Arabic and Hebrew, which opentype.js cannot join or put right to left, naming the words', () => {
		const [arabic, hebrew] = undrawableText('Het verhaal van محمد en שרה');
		expect([arabic?.kind, hebrew?.kind]).toEqual(['script', 'script']);
		expect(arabic!.message).toMatchInlineSnapshot(
			`"Arabic script ("محمد") cannot be drawn on the sharing picture yet: its letters would come out unjoined and in the wrong order. Write this text in Latin letters, or ask the developer to add Arabic script to sharing pictures. [card.scriptNotDrawable]"`,
		);
		expect(hebrew!.message).toContain('Hebrew script ("שרה")');
		expect(undrawableText('नमस्ते')[0]?.kind).toBe('script');
	});

	it('refuses a character no font has and an accent that cannot be placed, naming them', () => {
		expect(undrawableText('Li 李')).toEqual([{ kind: 'glyph', characters: ['李'], message: expect.stringContaining('"李" (U+674E)') }]);
		expect(undrawableText('q\u0307')).toEqual([{ kind: 'mark', characters: ['\u0307'], message: expect.stringContaining('U+0307') }]);
	});

	it('names the card field that cannot be drawn, and refuses to draw that card', async () => {
		const card: QuoteCard = { format: 'square', quote: 'Iedereen was zo vriendelijk.', attribution: 'Łucja Wiśniewska, 54', context: 'Liesbreukcentrum', brand };
		expect(cardProblems(card)).toEqual([]);
		const arabic: TitleCard = { format: 'link', title: 'Het verhaal van محمد', eyebrow: 'Verhaal', brand };
		expect(cardProblems(arabic).map(({ field, problems }) => [field, problems.map((problem) => problem.kind)])).toEqual([['title', ['script']]]);
		await expect(renderCard(arabic)).rejects.toThrow(UndrawableCardError);
		await expect(renderCard(arabic)).rejects.toThrow(/^title: Arabic script .* \[card\.scriptNotDrawable\]$/);
	});

	it('draws a card with these names (a picture, looked at: tests/fixtures/cards/namen.png)', async () => {
		const card: TitleCard = { format: 'link', title: 'Łucja Wiśniewska, Ayşe en Doğan over hun herstel', eyebrow: 'Verhaal · Ελένη, Ольга, Nguyễn', brand };
		const png = await renderCard(card);
		expect((await sharp(png).metadata()).width).toBe(1200);
		// The same drawing as the reference looked at when it was made (anti-aliasing may differ a little between
		// versions of the renderer); a box or a missing letter changes hundreds of pixels.
		const reference = path.join(import.meta.dirname, '..', 'fixtures', 'cards', 'namen.png');
		const [actual, expected] = await Promise.all([png, reference].map((input) => sharp(input).raw().toBuffer()));
		let changed = 0;
		for (let index = 0; index < actual!.length; index += 1) if (Math.abs(actual![index]! - expected![index]!) > 64) changed += 1;
		expect(changed).toBeLessThan(50);
	});
});

describe('photos and logos on cards are upright (issue 19, case 3)', () => {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-card-photos-'));
	const file = async (name: string, bytes: Promise<Buffer>) => {
		fs.writeFileSync(path.join(tmp, name), await bytes);
		return path.join(tmp, name);
	};

	it.each([
		['a JPEG with Orientation 6', () => phonePhoto({ orientation: 6, pattern: 'quadrants' })],
		['a JPEG with Orientation 3', () => phonePhoto({ orientation: 3, pattern: 'quadrants' })],
		['a WebP with an EXIF chunk (Orientation 6)', () => phonePhoto({ orientation: 6, pattern: 'quadrants', format: 'webp' })],
		['a PNG with Orientation 6', () => phonePhoto({ orientation: 6, pattern: 'quadrants', format: 'png' })],
		[
			'a 16-bit PNG with Orientation 3',
			async () => sharp(await phonePhoto({ orientation: 3, pattern: 'quadrants', format: 'png', camera: false })).toColourspace('rgb16').png().withMetadata({ orientation: 3 }).toBuffer(),
		],
		[
			'a CMYK JPEG with Orientation 6',
			async () => sharp(await quadrantPicture()).rotate(270).withMetadata({ orientation: 6 }).toColourspace('cmyk').withIccProfile('cmyk').jpeg().toBuffer(),
		],
	])('shows %s upright in the quote card’s portrait', async (name, make) => {
		const photo = await file(`${name.replace(/\W+/g, '-')}.img`, make());
		const portrait = await cardPortrait(photo, 220);
		expect(await quadrantsOf(portrait)).toEqual(UPRIGHT_QUADRANTS);
	});

	it('shows a logo with Orientation 6 upright on an Open Graph card', async () => {
		const logoFile = await file('logo.jpg', phonePhoto({ orientation: 6, pattern: 'quadrants', width: 120, height: 120 }));
		const png = await renderCard({ format: 'link', title: 'Herstel na een liesbreuk', brand: { ...brand, logoFile } });
		const box = logoBox('link');
		expect(await quadrantsOf(png, { left: box.left, top: box.top, width: box.size, height: box.size })).toEqual(UPRIGHT_QUADRANTS);
	});

	it('fills the portrait from a panorama below the pixel limit', async () => {
		const panorama = await file('panorama.jpg', sharp({ create: { width: 9000, height: 1200, channels: 3, background: '#30a050' } }).jpeg().toBuffer());
		expect((await sharp(await cardPortrait(panorama, 220)).metadata()).width).toBe(220);
	});
});

describe('the card cache key', () => {
	const card: TitleCard = { format: 'link', title: 'Herstel na een liesbreuk', brand };

	it('is the same for the same card and changes with anything shown', () => {
		expect(cardKey(card)).toBe(cardKey({ ...card }));
		expect(cardKey({ ...card, title: 'Herstel na een navelbreuk' })).not.toBe(cardKey(card));
		expect(cardKey({ ...card, brand: { ...card.brand, color: '#005a8c' } })).not.toBe(cardKey(card));
	});
});

describe('the card cache', () => {
	const card: TitleCard = { format: 'link', title: 'Herstel na een liesbreuk', eyebrow: 'Verhaal · Liesbreukcentrum', brand };

	it('draws a card again when its kept file was cut short, instead of returning the broken file', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-card-cache-unit-'));
		const drawn = await cachedCard(openCardCache(dir), card);
		const [kept] = fs.readdirSync(dir);
		expect(kept?.startsWith(cardKey(card))).toBe(true);
		fs.truncateSync(path.join(dir, kept!), 1000);
		const cache = openCardCache(dir);
		expect((await cachedCard(cache, card)).equals(drawn)).toBe(true);
		expect([cache.reused, cache.drawn]).toEqual([0, 1]);
		expect(fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name)).equals(drawn))).toEqual([true]);
	});
});
