import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite, cleanEnvironment, projectRoot } from '../support/build.ts';
import { basicFixture, edit, fixtureCopy } from '../support/fixtures.ts';

describe('link-preview cards in the build', () => {
	// Two builds of unchanged content sharing one cache: the second must draw no card.
	const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-card-cache-'));
	const cardCache = path.join(cache, 'social-cards');
	const first = buildSite({ name: 'cards-first', contentDir: basicFixture, env: { ZORGMERK_CACHE_DIR: cache } });
	const afterFirst = fs.existsSync(cardCache) ? fs.readdirSync(cardCache).map((file) => [file, fs.statSync(path.join(cardCache, file)).mtimeMs]) : [];
	const second = buildSite({ name: 'cards-second', contentDir: basicFixture, env: { ZORGMERK_CACHE_DIR: cache } });
	const afterSecond = fs.readdirSync(cardCache).map((file) => [file, fs.statSync(path.join(cardCache, file)).mtimeMs]);

	it('makes a 1200×630 card for each story, specialty and home page, without metadata', async () => {
		expect(first.status, first.output).toBe(0);
		const card = path.join(first.dist, 'og', 'nl', 'verhalen', 'herstel-na-een-liesbreuk.png');
		const meta = await sharp(card).metadata();
		expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'png']);
		expect(meta.exif).toBeUndefined();
		for (const file of ['og/nl.png', 'og/en.png', 'og/nl/specialismen/liesbreukcentrum.png', 'og/en/stories/een-dag-op-de-afdeling.png']) {
			expect(fs.existsSync(path.join(first.dist, file)), file).toBe(true);
		}
	});

	it('draws no card again when the content has not changed', () => {
		expect(second.status, second.output).toBe(0);
		expect(afterFirst.length).toBe(8);
		expect(afterSecond).toEqual(afterFirst);
	});
});

describe('kept cards in a later build, after a story was withdrawn and the cache damaged (issue 23)', () => {
	// The first build keeps its cards; then the patient story's consent is withdrawn, and two kept cards are damaged:
	// one cut short, one replaced by the withdrawn story's card. A plain `astro build` (no scripts/build.ts) follows.
	const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-card-cache-'));
	const cardCache = path.join(cache, 'social-cards');
	const content = fixtureCopy();
	const first = buildSite({ name: 'cards-kept-first', contentDir: content, env: { ZORGMERK_CACHE_DIR: cache } });
	const cards = (dist: string) => (fs.existsSync(path.join(dist, 'og')) ? fs.readdirSync(path.join(dist, 'og'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).sort() : []);
	const bytes = (dist: string, file: string) => fs.readFileSync(path.join(dist, 'og', file));
	const keptFileOf = (card: Buffer) => fs.readdirSync(cardCache).find((name) => fs.readFileSync(path.join(cardCache, name)).equals(card));
	const withdrawnCards = ['nl/verhalen/herstel-na-een-liesbreuk.png', 'en/stories/herstel-na-een-liesbreuk.png'];
	const withdrawnCard = fs.existsSync(first.dist) ? keptFileOf(bytes(first.dist, 'nl/verhalen/herstel-na-een-liesbreuk.png')) : undefined;
	const cutShort = fs.existsSync(first.dist) ? keptFileOf(bytes(first.dist, 'nl.png')) : undefined;
	const replaced = fs.existsSync(first.dist) ? keptFileOf(bytes(first.dist, 'nl/specialismen/liesbreukcentrum.png')) : undefined;
	if (withdrawnCard && cutShort && replaced) {
		fs.truncateSync(path.join(cardCache, cutShort), 2000);
		fs.copyFileSync(path.join(cardCache, withdrawnCard), path.join(cardCache, replaced));
	}
	for (const file of ['stories/nl/herstel-na-een-liesbreuk.mdx', 'stories/en/herstel-na-een-liesbreuk.mdx']) edit(content, file, '  channels: [website]\n', '  channels: [website]\n  withdrawnOn: 2026-11-02\n');
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-plain-astro-'));
	const second = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...cleanEnvironment(), ZORGMERK_CONTENT_DIR: content, ZORGMERK_OUT_DIR: outDir, ZORGMERK_CACHE_DIR: cache, FORCE_COLOR: '0' },
		maxBuffer: 64 * 1024 * 1024,
	});

	it('had the withdrawn story’s card and the others kept', () => {
		expect(first.status, first.output).toBe(0);
		expect(cards(first.dist)).toEqual(expect.arrayContaining(withdrawnCards));
		expect([withdrawnCard, cutShort, replaced].every(Boolean)).toBe(true);
	});

	it('publishes no card of the withdrawn story, though it was kept', () => {
		expect(second.status, `${second.stdout}\n${second.stderr}`).toBe(0);
		for (const file of withdrawnCards) expect(fs.existsSync(path.join(outDir, 'og', file)), file).toBe(false);
		expect(cards(outDir)).toEqual(cards(first.dist).filter((file) => !withdrawnCards.includes(file)));
	});

	it('copies no damaged kept card: every card is the one the first build drew, byte for byte', () => {
		for (const file of cards(outDir)) expect(bytes(outDir, file).equals(bytes(first.dist, file)), file).toBe(true);
	});
});

describe('a title the card fonts cannot draw (issue 19, case 5)', () => {
	const content = fixtureCopy((dir) => {
		edit(dir, 'stories/nl/een-dag-op-de-afdeling.mdx', 'title: Een dag op de afdeling', 'title: Een dag met Łucja en محمد op de afdeling');
	});
	const build = buildSite({ name: 'cards-undrawable', contentDir: content });

	it('stops the build, naming the file and the field, and says what to do', () => {
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/stories\/nl\/een-dag-op-de-afdeling\.mdx\n\s+- title: Het schrift Arabisch \("محمد"\) kan nog niet op de deelafbeelding.*Schrijf deze tekst in Latijnse letters.* \[card\.scriptNotDrawable\]/);
		expect(build.output).not.toMatch(/Łucja/);
	});
});

describe('npm run social-cards', () => {
	const content = fixtureCopy((dir) => {
		// marieke: website, social and print, no photo consent. Add one with photo consent and one for the website only.
		const photo = fs.readFileSync(path.join(dir, 'testimonials', 'marieke.md'), 'utf8');
		fs.writeFileSync(
			path.join(dir, 'testimonials', 'met-foto.md'),
			photo
				.replace('TOE-FIXTURE-001', 'TOE-FIXTURE-PHOTO')
				.replace('compensated: false', 'compensated: false\nphoto: ../media/portrait.png\nphotoAlt: "Getekend portret"')
				.replace('photo: false', 'photo: true'),
		);
		fs.writeFileSync(path.join(dir, 'testimonials', 'alleen-website.md'), photo.replace('TOE-FIXTURE-001', 'TOE-FIXTURE-WEB').replace('[website, social, print]', '[website]'));
		edit(dir, 'testimonials/marieke.md', 'compensated: false', 'compensated: false\nphoto: ../media/portrait.png\nphotoAlt: "Getekend portret"');
		// Names in other alphabets: Polish and Turkish are drawn; Arabic cannot be yet, so that testimonial gets no card.
		fs.writeFileSync(path.join(dir, 'testimonials', 'lucja.md'), photo.replace('TOE-FIXTURE-001', 'TOE-FIXTURE-LUCJA').replace('name: Marieke', 'name: Łucja Wiśniewska').replace('"54, Gent"', '"Ayşe\'s buurvrouw"'));
		fs.writeFileSync(path.join(dir, 'testimonials', 'mohammed.md'), photo.replace('TOE-FIXTURE-001', 'TOE-FIXTURE-MOH').replace('name: Marieke', 'name: محمد'));
	});
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-social-cards-'));
	fs.writeFileSync(path.join(out, 'oud-ingetrokken-square.png'), 'a card from an earlier run');
	const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'social-cards.ts'), '--out', out], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, ZORGMERK_CONTENT_DIR: content },
	});

	it('makes a square and a story card for each testimonial with social-media consent, and none for the others', () => {
		expect(fs.readdirSync(out).sort()).toEqual(['lucja-square.png', 'lucja-story.png', 'marieke-square.png', 'marieke-story.png', 'met-foto-square.png', 'met-foto-story.png']);
		expect(run.stdout).toContain('6 cards');
	});

	it('makes no card for a name it cannot draw, names the file and field, and fails', () => {
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/testimonials\/mohammed\.md\n\s+- author\.name: Het schrift Arabisch \("محمد"\)/);
	});

	it('has the right sizes', async () => {
		expect([(await sharp(path.join(out, 'marieke-square.png')).metadata()).width, (await sharp(path.join(out, 'marieke-story.png')).metadata()).height]).toEqual([1080, 1920]);
	});

	it('puts the photo on the card only with photo consent', async () => {
		// Same quote and look; only the photo differs, so the cards differ only where the photo consent allows it.
		const [withConsent, withoutConsent] = await Promise.all(['met-foto-square.png', 'marieke-square.png'].map((file) => sharp(path.join(out, file)).raw().toBuffer()));
		expect(withConsent!.equals(withoutConsent!)).toBe(false);
		const plain = fixtureCopy();
		const run2 = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'social-cards.ts'), '--out', path.join(plain, 'out')], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ZORGMERK_CONTENT_DIR: plain } });
		expect(run2.status, run2.stderr).toBe(0);
		const noPhoto = await sharp(path.join(plain, 'out', 'marieke-square.png')).raw().toBuffer();
		expect(noPhoto.equals(withoutConsent!)).toBe(true);
	});
});
