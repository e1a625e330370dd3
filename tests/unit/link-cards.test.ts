import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPageName, cardsOfBuiltPages, handOverLinkCards, takeLinkCards, writeLinkCards, type LinkCard } from '../../src/images/link-cards.ts';
import { cachedCard, cardDigest, cardKey, openCardCache, renderCard, type TitleCard } from '../../src/images/social-card.ts';

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

describe('a card cache that holds what it never wrote (red team, ogcopy)', () => {
	it('never reads a kept card’s name that is not a plain file: a pipe there would hold the build up for as long as nobody writes to it', async () => {
		const cacheDir = temporary('pipe');
		const pipe = path.join(cacheDir, `${cardKey(story.card)}.${'0'.repeat(64)}.png`);
		execFileSync('mkfifo', [pipe]);
		// Something writes to the pipe after 1.5 s and closes it, so that a build that does read it is slow rather than stuck forever.
		const writer = spawn('sh', ['-c', 'sleep 1.5; [ -p "$0" ] && printf x > "$0"', pipe], { stdio: 'ignore' });
		const started = performance.now();
		const out = temporary('pipe-out');
		try {
			expect(await writeLinkCards([story], openCardCache(cacheDir), out)).toEqual({ reused: 0, drawn: 1 });
			expect(performance.now() - started).toBeLessThan(1000);
		} finally {
			writer.kill();
		}
		expect(fs.readFileSync(path.join(out, story.file)).equals(await renderCard(story.card))).toBe(true);
		expect(listing(cacheDir)).toEqual([expect.stringMatching(new RegExp(`^${cardKey(story.card)}\\.[0-9a-f]{64}\\.png$`))]);
	});

	it('never follows a link put where a card is kept: the card is drawn again and the file the link points at is left alone', async () => {
		const cacheDir = temporary('linked');
		await writeLinkCards([story], openCardCache(cacheDir), temporary('linked-first'));
		const [kept] = listing(cacheDir);
		const elsewhere = path.join(temporary('elsewhere'), 'card.png');
		fs.renameSync(path.join(cacheDir, kept!), elsewhere);
		fs.symlinkSync(elsewhere, path.join(cacheDir, kept!));
		const cache = openCardCache(cacheDir);
		await writeLinkCards([story], cache, temporary('linked-second'));
		expect([cache.reused, cache.drawn]).toEqual([0, 1]);
		expect(fs.lstatSync(path.join(cacheDir, kept!)).isFile()).toBe(true);
		expect(fs.readFileSync(elsewhere).equals(await renderCard(story.card))).toBe(true);
	});

	it('writes a kept card through no link left at its temporary name by another build', async () => {
		const cacheDir = temporary('temporary-link');
		const png = await renderCard(story.card);
		const name = `${cardKey(story.card)}.${cardDigest(cardKey(story.card), png)}.png`;
		const victim = path.join(temporary('victim'), 'settings.yaml');
		fs.writeFileSync(victim, 'organisation: Lindeveld\n');
		fs.symlinkSync(victim, path.join(cacheDir, `.${name}.${process.pid}.tmp`));
		await cachedCard(openCardCache(cacheDir), story.card);
		expect(fs.readFileSync(victim, 'utf8')).toBe('organisation: Lindeveld\n');
		expect(fs.readFileSync(path.join(cacheDir, name)).equals(png)).toBe(true);
	});

	it('says which folder cannot be used when a file is where the cache folder should be', () => {
		const file = path.join(temporary('file'), 'social-cards');
		fs.writeFileSync(file, 'not a folder');
		expect(() => openCardCache(file)).toThrow(/social-cards.*\[cardCache\.unusable\]/s);
	});
});
