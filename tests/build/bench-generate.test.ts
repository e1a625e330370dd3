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
import { needsConsent } from '../../src/consent/gate.ts';
import { leaksIn } from '../../src/consent/leak-check.ts';
import { fieldsOf, leakNeedles, type ContentText } from '../../src/consent/needles.ts';
import type { ConsentItem } from '../../src/consent/register.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { checkContent, readFrontMatter } from '../../src/validation/check-content.ts';
import { generateContent, slugify, type GeneratedContent } from '../../scripts/bench/generate.ts';
import { photoJpeg } from '../../scripts/bench/photo.ts';
import { frontMatterData } from '../support/front-matter.ts';

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

	// A few seconds on a quiet machine (most of it reading 6,000 files' YAML and rendering 3,000 stories twice); the limit is for a busy one.
	it('gives the leak proof nothing to find in what it publishes: no words of a withheld item but the organisation’s common wording, at the largest size', { timeout: 180_000 }, () => {
		// At the largest size, where first names, places and sentences repeat most.
		const site = generateContent({ stories: 3000, today });
		const entries: (ContentText & { locale?: string })[] = site.files.map((file) => {
			const [collection, ...rest] = file.path.split('/');
			return { collection: collection!, slug: path.basename(file.path).replace(/\.mdx?$/, ''), ...(rest.length > 1 ? { locale: rest[0] } : {}), file: `/bench/${file.path}`, data: frontMatterData(file.text), body: file.text.split(/\n---\n/)[1] ?? '' };
		});
		const items: ConsentItem[] = entries
			.filter((entry) => needsConsent(entry.data))
			.map((entry) => ({ file: entry.file, path: entry.file, type: entry.collection === 'testimonials' ? 'testimonial' : 'story', slug: entry.slug, ...(entry.locale ? { locale: entry.locale } : {}), data: entry.data as ConsentItem['data'], body: entry.body! }));
		const needles = leakNeedles(items, today, { content: entries });
		const withheld = new Set(needles.filter((needle) => needle.kind !== 'reference').map((needle) => needle.source));
		expect(withheld.size).toBeGreaterThan(100);
		const published = entries.filter((entry) => !withheld.has(entry.file));
		const words = needles.filter((needle) => needle.kind === 'text');
		// Every person's own words are looked for: no quote, pull quote or name is common wording.
		expect(words.filter((needle) => ['quote', 'author', 'body (PullQuote quote)'].includes(needle.field)).length).toBeGreaterThan(100);
		const found = published.flatMap((entry) => fieldsOf(entry).flatMap((field) => leaksIn(entry.file, Buffer.from(field.text), words)));
		expect(found.map((leak) => `${leak.file}: ${leak.words} (${leak.needle.source} ${leak.needle.field})`)).toEqual([]);
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
