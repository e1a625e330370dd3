/**
 * The benchmark's content generator (scripts/bench/generate.ts): what it
 * writes is a site the kit builds, so the benchmark measures a build and not
 * a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, normalizeText } from '../../src/consent/leak-check.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { checkContent, readFrontMatter } from '../../src/validation/check-content.ts';
import { generateContent, slugify, type GeneratedContent } from '../../scripts/bench/generate.ts';
import { photoJpeg } from '../../scripts/bench/photo.ts';

const today = '2026-11-23';
const demo = path.resolve(import.meta.dirname, '..', '..', 'content');

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The demo site with its stories and testimonials replaced by generated ones, as the benchmark does. */
function siteWith(generated: GeneratedContent): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-bench-test-'));
	made.push(dir);
	fs.cpSync(demo, dir, { recursive: true });
	fs.rmSync(path.join(dir, 'stories'), { recursive: true });
	fs.rmSync(path.join(dir, 'testimonials'), { recursive: true });
	for (const file of generated.files) {
		fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
		fs.writeFileSync(path.join(dir, file.path), file.text);
	}
	for (const image of generated.images) {
		fs.mkdirSync(path.dirname(path.join(dir, image.path)), { recursive: true });
		fs.copyFileSync(path.join(demo, 'media', 'rustige-tuin.jpg'), path.join(dir, image.path));
	}
	return dir;
}

const stories = (generated: GeneratedContent) => generated.files.filter((file) => file.path.startsWith('stories/'));
const frontMatter = (text: string) => readFrontMatter(text) as Record<string, unknown>;

describe('the benchmark content generator', () => {
	const generated = generateContent({ stories: 121, today });

	it('writes the asked number of stories in both languages, as many testimonials, and a picture per ten stories', () => {
		expect(generated.counts).toMatchObject({ stories: 121, testimonials: 121, images: 12 });
		const locales = stories(generated).map((file) => file.path.split('/')[1]);
		expect(locales.filter((locale) => locale === 'nl')).toHaveLength(61);
		expect(locales.filter((locale) => locale === 'en')).toHaveLength(60);
		expect(generated.files.filter((file) => file.path.startsWith('testimonials/'))).toHaveLength(121);
	});

	it('is deterministic: the same options give the same site', () => {
		expect(generateContent({ stories: 121, today })).toEqual(generated);
	});

	it('writes stories of about 1,000 words', () => {
		for (const file of stories(generated)) {
			const words = file.text.split(/\n---\n/)[1]!.split(/\s+/).filter(Boolean).length;
			expect(words, file.path).toBeGreaterThan(950);
			expect(words, file.path).toBeLessThan(1250);
		}
	});

	it('gives every story its own title and description in its language', () => {
		for (const locale of ['nl', 'en']) {
			const data = stories(generated)
				.filter((file) => file.path.startsWith(`stories/${locale}/`))
				.map((file) => frontMatter(file.text));
			expect(new Set(data.map((item) => item.title)).size).toBe(data.length);
			expect(new Set(data.map((item) => item.description)).size).toBe(data.length);
		}
		expect(slugify('Peter (58) uit Weidebroek: één dag')).toBe('peter-58-uit-weidebroek-een-dag');
	});

	it('passes the content check of the kit, consent included, on the day it was made for', () => {
		const dir = siteWith(generated);
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const { errors, entries } = checkContent(dir, settings);
		expect(errors.map(String)).toEqual([]);
		expect(entries.filter((entry) => entry.collection === 'stories')).toHaveLength(121);
	});

	it('keeps the words of what may not be published recognisable: nothing published starts the same way', () => {
		// At the largest size, where first names and places repeat most.
		const site = generateContent({ stories: 3000, today });
		const data = site.files.map((file) => ({ file, data: frontMatter(file.text) }));
		const withheld = (item: Record<string, unknown>) => {
			const consent = item.consent as { withdrawnOn?: string; expiresOn: string; channels: string[] } | undefined;
			const needsConsent = item.quote !== undefined || item.kind === 'patient';
			return needsConsent && (item.draft === true || !consent || Boolean(consent.withdrawnOn) || consent.expiresOn <= today || !consent.channels.includes('website'));
		};
		const prints = data.filter(({ data }) => withheld(data)).map(({ data }) => fingerprint(String(data.quote ?? data.title))!);
		expect(prints.length).toBeGreaterThan(100);
		const published = ` ${data
			.filter(({ file, data }) => !withheld(data) && !file.path.startsWith('team/'))
			.map(({ file }) => normalizeText(file.text))
			.join(' | ')} `;
		expect(prints.filter((print) => published.includes(print))).toEqual([]);
	});

	it('keeps the words of what may not be published recognisable: no other quote starts the same way', () => {
		const testimonials = generated.files.filter((file) => file.path.startsWith('testimonials/')).map((file) => frontMatter(file.text));
		const unpublished = testimonials.filter((item) => {
			const consent = item.consent as { withdrawnOn?: string; expiresOn: string; channels: string[] };
			return consent.withdrawnOn || consent.expiresOn <= today || !consent.channels.includes('website');
		});
		expect(unpublished.length).toBeGreaterThan(0);
		const published = testimonials.filter((item) => !unpublished.includes(item)).map((item) => ` ${normalizeText(String(item.quote))} `);
		const storyTexts = stories(generated).map((file) => ` ${normalizeText(file.text)} `);
		for (const item of unpublished) {
			const print = fingerprint(String(item.quote))!;
			expect([...published, ...storyTexts].some((text) => text.includes(print)), print).toBe(false);
		}
	});

	it('makes photo-like JPEGs without camera metadata', async () => {
		const jpeg = await photoJpeg(7);
		const metadata = await sharp(jpeg).metadata();
		expect(metadata).toMatchObject({ format: 'jpeg', width: 1600, height: 1067 });
		expect(metadata.exif).toBeUndefined();
		expect(metadata.xmp).toBeUndefined();
		expect(jpeg.length).toBeGreaterThan(100_000);
	});
});
