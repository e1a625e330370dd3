/**
 * The content check keeps what it read from each file's text between builds
 * (src/validation/check-cache.ts): with the cache, it reports exactly what it
 * reports without, also after files change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { currentEditorLanguage, useEditorLanguage } from '../../src/messages/index.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { CheckCache } from '../../src/validation/check-cache.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { fixtureCopy } from '../support/fixtures.ts';

const story = (body: string) =>
	`---\ntitle: X\ndescription: Een verhaal om de controle van de tekst van een verhaal mee te testen.\npublishedOn: 2025-07-01\nkind: staff\nspecialties: [liesbreukcentrum]\n---\n${body}`;

describe('the content check with its cache', () => {
	it('keeps answers per editor’s language: a message cached in one is never shown in another', () => {
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-')), 'content-check.bin');
		const before = currentEditorLanguage();
		const [first, second] = SUPPORTED_LOCALES;
		try {
			useEditorLanguage(first);
			const cache = new CheckCache(cacheFile);
			expect(cache.answer('body', 'Tekst {x}.', () => `in ${first}`)).toBe(`in ${first}`);
			cache.save();
			useEditorLanguage(second);
			expect(new CheckCache(cacheFile).answer('body', 'Tekst {x}.', () => `in ${second}`)).toBe(`in ${second}`);
			useEditorLanguage(first);
			expect(new CheckCache(cacheFile).answer('body', 'Tekst {x}.', () => 'worked out again')).toBe(`in ${first}`);
		} finally {
			useEditorLanguage(before);
		}
	});

	it('finds the same problems from the cache, and checks again what changed', () => {
		const dir = fixtureCopy((copy) => {
			fs.writeFileSync(path.join(copy, 'stories', 'nl', 'x.mdx'), story('## Kop\n\nTekst {x}.\n'));
			fs.writeFileSync(path.join(copy, 'stories', 'nl', 'y.mdx'), story('<Testimonial slug="marieke" />\n'));
		});
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-')), 'content-check.bin');
		const problems = (options = {}) => checkContent(dir, settings, options).errors.flatMap((error) => error.problems.map((problem) => `${error.file}: ${problem}`));

		const uncached = problems();
		expect(uncached).toHaveLength(1);
		expect(problems({ cacheFile })).toEqual(uncached);
		expect(fs.existsSync(cacheFile)).toBe(true);
		expect(problems({ cacheFile })).toEqual(uncached);

		// A body found safe before still names a testimonial that has since been deleted.
		fs.rmSync(path.join(dir, 'testimonials', 'marieke.md'));
		expect(problems({ cacheFile })).toEqual(problems());
		expect(problems({ cacheFile }).some((problem) => problem.includes('"marieke" bestaat niet'))).toBe(true);

		// A changed body is checked again.
		fs.writeFileSync(path.join(dir, 'stories', 'nl', 'x.mdx'), story('## Kop\n\nTekst.\n'));
		expect(problems({ cacheFile })).toEqual(problems());
		expect(problems({ cacheFile }).some((problem) => problem.includes('x.mdx'))).toBe(false);

		// Changed front matter is read again, and the schema checks every file every time.
		const testimonial = path.join(dir, 'testimonials', 'verlopen.md');
		const original = fs.readFileSync(testimonial, 'utf8');
		fs.writeFileSync(testimonial, original.replace(/^givenOn: .*$/m, 'givenOn: 2025-13-01'));
		expect(problems({ cacheFile }).filter((problem) => problem.includes('verlopen.md'))).toEqual(problems().filter((problem) => problem.includes('verlopen.md')));
		expect(problems({ cacheFile }).some((problem) => problem.includes('verlopen.md'))).toBe(true);
		fs.writeFileSync(testimonial, original);
		expect(problems({ cacheFile }).some((problem) => problem.includes('verlopen.md'))).toBe(false);
		// A Markdown body too.
		fs.writeFileSync(testimonial, `${original}\n<script>alert(1)</script>\n`);
		expect(problems({ cacheFile }).some((problem) => problem.includes('verlopen.md'))).toBe(true);
	});

	it('gives back exactly what was worked out, also values JSON cannot hold', () => {
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-')), 'content-check.bin');
		const value = { rating: Number.NaN, limit: Number.POSITIVE_INFINITY, zero: -0, missing: undefined, list: [1, 'two'] };
		const first = new CheckCache(cacheFile);
		expect(first.answer('front matter', 'a: .nan', () => value)).toBe(value);
		first.answer('front matter', 'gone: true', () => 1);
		first.save();

		let worked = 0;
		const second = new CheckCache(cacheFile);
		expect(second.answer('front matter', 'a: .nan', () => (worked++, 0))).toStrictEqual(value);
		// The same text under another kind of answer is worked out.
		expect(second.answer('markdown', 'a: .nan', () => (worked++, 'markdown'))).toBe('markdown');
		expect(worked).toBe(1);
		second.save();

		// Only what the last run used is kept.
		const third = new CheckCache(cacheFile);
		expect(third.answer('front matter', 'gone: true', () => 2)).toBe(2);
	});

	it('starts afresh from a damaged cache', () => {
		const dir = fixtureCopy();
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-')), 'content-check.bin');
		fs.writeFileSync(cacheFile, '{not json');
		expect(checkContent(dir, settings, { cacheFile }).errors).toEqual([]);
	});

	it('leaves the file as it is when a run used exactly the answers it holds, and writes it when they differ', () => {
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-')), 'content-check.bin');
		const run = (texts: string[]) => {
			const cache = new CheckCache(cacheFile);
			for (const text of texts) cache.answer('body', text, () => text.length);
			cache.save();
		};
		const long = new Date('2020-01-01T00:00:00Z');
		const written = () => fs.statSync(cacheFile).mtimeMs !== long.getTime();
		run(['a', 'bb']);
		fs.utimesSync(cacheFile, long, long);
		// The same texts, in another order: nothing to write.
		run(['bb', 'a']);
		expect(written()).toBe(false);
		// One text fewer: its answer goes.
		run(['a']);
		expect(written()).toBe(true);
		fs.utimesSync(cacheFile, long, long);
		// One new text (as many answers as before, but another one): written.
		run(['c']);
		expect(written()).toBe(true);
		const cache = new CheckCache(cacheFile);
		expect(cache.answer('body', 'a', () => 'worked out again')).toBe('worked out again');
		expect(cache.answer('body', 'c', () => 'worked out again')).toBe(1);
	});
});
