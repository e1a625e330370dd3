/**
 * The content check keeps what the MDX check found per story body between
 * builds (src/validation/inspection-cache.ts): with the cache, it reports
 * exactly what it reports without, also after files change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings/index.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { fixtureCopy } from '../support/fixtures.ts';

const story = (body: string) =>
	`---\ntitle: X\ndescription: Een verhaal om de controle van de tekst van een verhaal mee te testen.\npublishedOn: 2025-07-01\nkind: staff\nspecialties: [liesbreukcentrum]\n---\n${body}`;

describe('the content check with its cache', () => {
	it('finds the same problems from the cache, and checks again what changed', () => {
		const dir = fixtureCopy((copy) => {
			fs.writeFileSync(path.join(copy, 'stories', 'nl', 'x.mdx'), story('## Kop\n\nTekst {x}.\n'));
			fs.writeFileSync(path.join(copy, 'stories', 'nl', 'y.mdx'), story('<Testimonial slug="marieke" />\n'));
		});
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-')), 'content-check.json');
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
	});

	it('starts afresh from a damaged cache', () => {
		const dir = fixtureCopy();
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-')), 'content-check.json');
		fs.writeFileSync(cacheFile, '{not json');
		expect(checkContent(dir, settings, { cacheFile }).errors).toEqual([]);
	});
});
