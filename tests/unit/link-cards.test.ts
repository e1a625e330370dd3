import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPageName, cardsOfBuiltPages, handOverLinkCards, takeLinkCards, writeLinkCards, type LinkCard } from '../../src/images/link-cards.ts';
import { cachedCard, cardKey, openCardCache, renderCard, type TitleCard } from '../../src/images/social-card.ts';

const brand = { organisation: 'Ziekenhuis Lindeveld', color: '#0b6e69' };
const card = (title: string): TitleCard => ({ format: 'link', title, eyebrow: 'Verhaal · Liesbreukcentrum', brand });
const home: LinkCard = { page: '/nl/', file: 'og/nl.png', card: card('Zorg dichtbij') };
const story: LinkCard = { page: '/nl/verhalen/herstel-na-een-liesbreuk/', file: 'og/nl/verhalen/herstel-na-een-liesbreuk.png', card: card('Herstel na een liesbreuk') };
const withdrawn: LinkCard = { page: '/nl/verhalen/ingetrokken/', file: 'og/nl/verhalen/ingetrokken.png', card: card('Een ingetrokken verhaal') };

const temporary = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `zorgmerk-link-cards-${name}-`));
const listing = (dir: string) => fs.readdirSync(dir).sort();

describe('which link previews a build writes', () => {
	it('names pages as Astro lists what it built', () => {
		expect(builtPageName('/nl/verhalen/x/')).toBe('nl/verhalen/x/');
		expect(builtPageName('/')).toBe('');
	});

	it('writes a card only for a page built in this build', () => {
		const built = [{ pathname: '' }, { pathname: 'nl/' }, { pathname: 'nl/verhalen/herstel-na-een-liesbreuk/' }, { pathname: 'nl/verhalen/' }];
		expect(cardsOfBuiltPages([home, story, withdrawn], built)).toEqual({ built: [home, story], notBuilt: [withdrawn] });
	});

	it('is handed over once: a later build of the same process never finds an earlier build’s list', () => {
		handOverLinkCards([home]);
		handOverLinkCards([home, story]);
		expect(takeLinkCards()).toEqual([home, story]);
		expect(takeLinkCards()).toBeUndefined();
	});
});

describe('writing the link previews', () => {
	it('draws each card once, then copies it from the cache byte for byte', async () => {
		const cacheDir = temporary('cache');
		const first = temporary('first');
		expect(await writeLinkCards([home, story], openCardCache(cacheDir), first)).toEqual({ reused: 0, drawn: 2 });
		expect(fs.readFileSync(path.join(first, story.file)).equals(await renderCard(story.card))).toBe(true);
		const kept = listing(cacheDir);
		expect(kept).toHaveLength(2);

		const second = temporary('second');
		expect(await writeLinkCards([home, story], openCardCache(cacheDir), second)).toEqual({ reused: 2, drawn: 0 });
		for (const { file } of [home, story]) expect(fs.readFileSync(path.join(second, file)).equals(fs.readFileSync(path.join(first, file))), file).toBe(true);
		expect(listing(cacheDir)).toEqual(kept);
	});

	it('draws again a kept card whose file was cut short or changed, and never copies it', async () => {
		const cacheDir = temporary('damaged');
		await writeLinkCards([home, story], openCardCache(cacheDir), temporary('drawn'));
		const fileOf = (entry: LinkCard) => path.join(cacheDir, listing(cacheDir).find((name) => name.startsWith(`${cardKey(entry.card)}.`))!);
		const storyFile = fileOf(story);
		fs.truncateSync(storyFile, 1000);
		const homeFile = fileOf(home);
		const changed = fs.readFileSync(homeFile);
		changed[changed.length - 20]! ^= 0xff;
		fs.writeFileSync(homeFile, changed);

		const out = temporary('out');
		expect(await writeLinkCards([home, story], openCardCache(cacheDir), out)).toEqual({ reused: 0, drawn: 2 });
		for (const entry of [home, story]) expect(fs.readFileSync(path.join(out, entry.file)).equals(await renderCard(entry.card)), entry.file).toBe(true);
		// The damaged files are gone; the cards drawn again are kept in their place.
		expect(listing(cacheDir)).toHaveLength(2);
		expect(fs.readFileSync(fileOf(story)).equals(await renderCard(story.card))).toBe(true);
	});

	it('never takes another card’s file for a card: a withdrawn story’s kept card put under a published story’s key', async () => {
		const cacheDir = temporary('mixed');
		await writeLinkCards([withdrawn], openCardCache(cacheDir), temporary('before'));
		const [stale] = listing(cacheDir);
		// The withdrawn story's picture, named as if it were the published story's card (its digest left as it was).
		fs.renameSync(path.join(cacheDir, stale!), path.join(cacheDir, stale!.replace(cardKey(withdrawn.card), cardKey(story.card))));

		const out = temporary('after');
		expect(await writeLinkCards([story], openCardCache(cacheDir), out)).toEqual({ reused: 0, drawn: 1 });
		expect(fs.readFileSync(path.join(out, story.file)).equals(await renderCard(story.card))).toBe(true);
		expect(listing(out)).toEqual(['og']);
		expect(fs.existsSync(path.join(out, withdrawn.file))).toBe(false);
	});

	it('leaves no half-written card in the cache for another build to find', async () => {
		const cacheDir = temporary('names');
		const cache = openCardCache(cacheDir);
		await cachedCard(cache, home.card);
		expect(listing(cacheDir)).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.[0-9a-f]{64}\.png$/)]);
	});
});
