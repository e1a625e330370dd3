import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BODY_PICTURE_SIZES } from '../../src/mdx/render/body-pictures.ts';
import { buildSite } from '../support/build.ts';
import { basicFixture, edit, fixtureCopy } from '../support/fixtures.ts';
import { brokenInternalLinks, readPages } from '../support/html.ts';
import { UPRIGHT, cornersOf, phonePhoto } from '../support/photos.ts';

/**
 * The basic fixture, plus what editors write in bodies: links to pages of
 * the site as site paths (issue 19, case 6), a Markdown picture and a Figure
 * in a story and a picture in a page (case 7), the story's picture a phone
 * portrait stored 1200×800 with Orientation 6 (case 3).
 */
const portrait = await phonePhoto({ orientation: 6, width: 800, height: 1200 });
const upsideDown = await phonePhoto({ orientation: 3, width: 900, height: 600 });
const content = fixtureCopy((dir) => {
	fs.writeFileSync(path.join(dir, 'media', 'portret-staand.jpg'), portrait);
	fs.writeFileSync(path.join(dir, 'media', 'gang-ondersteboven.jpg'), upsideDown);
	edit(
		dir,
		'stories/nl/herstel-na-een-liesbreuk.mdx',
		'Het begon met pijn in de lies.',
		[
			'Het begon met pijn in de lies. [Neem contact met ons op](/nl/over-ons/) of lees [over ons][kliniek].',
			'',
			'![Marieke staat in de tuin van de kliniek](../../media/portret-staand.jpg)',
			'',
			'<Figure caption="De gang van de dagbehandeling">',
			'',
			'![Een lichte gang met deuren aan beide kanten](../../media/gang-ondersteboven.jpg)',
			'',
			'</Figure>',
			'',
			'[kliniek]: /nl/over-ons/#wie-wij-zijn',
		].join('\n'),
	);
	edit(dir, 'pages/nl/about.md', 'Een testkliniek.', 'Een testkliniek. Lees [het verhaal van Marieke](/nl/verhalen/herstel-na-een-liesbreuk/).\n\n![Een lichte gang](../../media/gang-ondersteboven.jpg)');
});

describe('a site published under a sub-path (e.g. a GitHub Pages project site)', () => {
	// The same build as tests/browser/search.test.ts's.
	const build = buildSite({ name: 'sub-path', contentDir: basicFixture, base: '/zorgmerk/' });

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('prefixes every internal link, image and stylesheet with the sub-path, and they all resolve', () => {
		expect(brokenInternalLinks(build.dist, '/zorgmerk/')).toEqual([]);
	});

	it('uses the sub-path in canonical and alternate addresses', () => {
		const html = fs.readFileSync(path.join(build.dist, 'nl', 'index.html'), 'utf8');
		expect(html).toContain('<link rel="canonical" href="https://www.testkliniek.example/zorgmerk/nl/">');
		expect(html).toContain('hreflang="en" href="https://www.testkliniek.example/zorgmerk/en/"');
	});

	it('has images on its pages', () => {
		const images = readPages(build.dist).flatMap(([, html]) => [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((match) => match[1]!));
		expect(images.length).toBeGreaterThan(0);
		expect(images.every((src) => src.startsWith('/zorgmerk/'))).toBe(true);
	});

	it('links its story feed and the items in it under the sub-path', () => {
		const home = fs.readFileSync(path.join(build.dist, 'nl', 'index.html'), 'utf8');
		expect(home).toContain('type="application/rss+xml"');
		expect(home).toMatch(/href="\/zorgmerk\/nl\/verhalen\/rss\.xml"/);
		const feed = fs.readFileSync(path.join(build.dist, 'nl', 'verhalen', 'rss.xml'), 'utf8');
		const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
		expect(links.length).toBeGreaterThan(1);
		expect(links.every((link) => link.startsWith('https://www.testkliniek.example/zorgmerk/nl/'))).toBe(true);
	});

	it('writes the security headers for the sub-path', () => {
		const headers = fs.readFileSync(path.join(build.dist, '_headers'), 'utf8');
		expect(headers).toContain('\n/zorgmerk/*\n');
		expect(headers).toContain('\n/zorgmerk/admin/*\n');
	});
});

describe('links editors write as site paths, under a sub-path (issue 19, case 6)', () => {
	const build = buildSite({ name: 'sub-path-bodies', contentDir: content, base: '/zorgmerk/' });
	const page = (file: string) => parse(fs.readFileSync(path.join(build.dist, file), 'utf8'));

	it('builds, and every internal link resolves', () => {
		expect(build.status, build.output).toBe(0);
		expect(brokenInternalLinks(build.dist, '/zorgmerk/')).toEqual([]);
	});

	it('get the sub-path in a story and a page', () => {
		const story = page('nl/verhalen/herstel-na-een-liesbreuk/index.html');
		const links = story.querySelectorAll('.zm-prose.body a').map((link) => link.getAttribute('href'));
		expect(links).toEqual(['/zorgmerk/nl/over-ons/', '/zorgmerk/nl/over-ons/#wie-wij-zijn']);
		const about = page('nl/over-ons/index.html');
		expect(about.querySelectorAll('.zm-prose.body a').map((link) => link.getAttribute('href'))).toEqual(['/zorgmerk/nl/verhalen/herstel-na-een-liesbreuk/']);
	});
});

describe('pictures in the text of a story and a page (issue 19, case 7)', () => {
	const build = buildSite({ name: 'sub-path-bodies', contentDir: content, base: '/zorgmerk/' });
	const page = (file: string) => parse(fs.readFileSync(path.join(build.dist, file), 'utf8'));
	const built = (url: string) => path.join(build.dist, url.replace(/^\/zorgmerk\//, '').split('?')[0]!);
	const candidates = (srcset: string | undefined) => (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/));

	it('renders a Markdown picture in a story like a hero: AVIF and WebP at several widths, a JPEG fallback, size, lazy', () => {
		const body = page('nl/verhalen/herstel-na-een-liesbreuk/index.html').querySelector('.zm-prose.body')!;
		const picture = body.querySelectorAll('picture')[0]!;
		const [avif, webp] = picture.querySelectorAll('source');
		const img = picture.querySelector('img')!;
		expect([avif?.getAttribute('type'), webp?.getAttribute('type')]).toEqual(['image/avif', 'image/webp']);
		// The portrait is 800 px wide upright: no file wider than the original.
		expect(candidates(avif?.getAttribute('srcset')).map(([, width]) => width)).toEqual(['400w', '800w']);
		expect(candidates(webp?.getAttribute('srcset')).map(([, width]) => width)).toEqual(['400w', '800w']);
		expect(avif?.getAttribute('sizes')).toBe(BODY_PICTURE_SIZES);
		expect(img.getAttribute('src')).toMatch(/\.jpe?g$/);
		expect({ alt: img.getAttribute('alt'), width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.getAttribute('loading'), decoding: img.getAttribute('decoding') }).toEqual({
			alt: 'Marieke staat in de tuin van de kliniek',
			width: '800',
			height: '1200',
			loading: 'lazy',
			decoding: 'async',
		});
	});

	it('shows the phone portrait (Orientation 6) upright in every file made from it', async () => {
		const picture = page('nl/verhalen/herstel-na-een-liesbreuk/index.html').querySelector('.zm-prose.body picture')!;
		const files = [...picture.querySelectorAll('source').flatMap((source) => candidates(source.getAttribute('srcset')).map(([url]) => url!)), picture.querySelector('img')!.getAttribute('src')!];
		expect(files.length).toBeGreaterThanOrEqual(5);
		for (const url of files) {
			// Built files carry no EXIF: the pixels themselves must be upright.
			const { width, height, ...corners } = await cornersOf(built(url), { honourOrientation: false });
			expect({ url, ...corners, ratio: width / height }).toEqual({ url, ...UPRIGHT, ratio: 800 / 1200 });
			expect((await sharp(built(url)).metadata()).exif, url).toBeUndefined();
		}
	});

	it('renders a Figure’s picture the same way, with its caption, upright (Orientation 3)', async () => {
		const figure = page('nl/verhalen/herstel-na-een-liesbreuk/index.html').querySelector('.zm-prose.body figure.zm-figure')!;
		expect(figure.querySelector('figcaption')?.text).toBe('De gang van de dagbehandeling');
		const img = figure.querySelector('picture img')!;
		// The fallback's own file is the largest width of the srcset (800 px), not a copy of the 900 px original.
		expect([img.getAttribute('alt'), img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual(['Een lichte gang met deuren aan beide kanten', '800', '533', 'lazy']);
		expect((await sharp(built(img.getAttribute('src')!)).metadata()).width).toBe(800);
		const avif = figure.querySelector('source[type="image/avif"]')!;
		expect(candidates(avif.getAttribute('srcset')).map(([, width]) => width)).toEqual(['400w', '800w']);
		expect(await cornersOf(built(candidates(avif.getAttribute('srcset'))[0]![0]!), { honourOrientation: false })).toMatchObject(UPRIGHT);
	});

	it('gives a picture in a page’s Markdown several WebP widths, its size and lazy loading', async () => {
		const img = page('nl/over-ons/index.html').querySelector('.zm-prose.body img')!;
		expect({ alt: img.getAttribute('alt'), width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.getAttribute('loading'), sizes: img.getAttribute('sizes') }).toEqual({
			alt: 'Een lichte gang',
			width: '900',
			height: '600',
			loading: 'lazy',
			sizes: BODY_PICTURE_SIZES,
		});
		const srcset = candidates(img.getAttribute('srcset'));
		expect(srcset.map(([url, width]) => [path.extname(url!), width])).toEqual([
			['.webp', '400w'],
			['.webp', '800w'],
			['.webp', '900w'],
		]);
		expect(await cornersOf(built(srcset[0]![0]!), { honourOrientation: false })).toMatchObject(UPRIGHT);
	});
});
