/**
 * A build that writes the same site as the last one that passed every check
 * skips the checks (src/integrations/unchanged-site.ts): only when nothing at
 * all differs. (The search index keeps its bundles by a key of its own:
 * tests/unit/search-index.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { originalImageFiles, originalImages } from '../../src/images/published-images.ts';
import { LastBuild } from '../../src/integrations/unchanged-site.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function setUp() {
	const base = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-last-build-'));
	made.push(base);
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
		fs.writeFileSync(path.join(base, file), text);
	};
	write('project/src/seo/audit.ts', 'export const rules = 1;');
	write('project/package-lock.json', '{}');
	write('site/nl/index.html', '<h1>Welkom</h1>');
	write('site/og/nl.png', 'png');
	const build = (inputs: unknown = { needles: ['TOE-1'] }) => new LastBuild(path.join(base, 'cache'), path.join(base, 'site'), path.join(base, 'project'), inputs);
	const index = () => ({ unusedOriginals: ['_astro/foto.Ab12.jpg'] });
	return { base, write, build, index };
}

describe('the last build that passed', () => {
	it('is another site when two pictures in content/ swap their contents, which the consent check names by path (red team)', () => {
		const { base, write, build, index } = setUp();
		write('content/media/lotte.jpg', 'a neutral picture');
		write('content/media/sanne-kopie.jpg', 'a published portrait');
		const originals = () => originalImageFiles(path.join(base, 'content'));
		const first = build({ needles: ['media/lotte.jpg'], originals: originals() });
		first.save(index());
		const before = originalImages(path.join(base, 'content'));
		write('content/media/lotte.jpg', 'a published portrait');
		write('content/media/sanne-kopie.jpg', 'a neutral picture');
		// The same set of pictures, in other places: the withheld item's picture is now the portrait the site shows.
		expect(originalImages(path.join(base, 'content'))).toEqual(before);
		expect(build({ needles: ['media/lotte.jpg'], originals: originals() }).unchanged).toBe(false);
	});

	it('is unchanged only for the same files, code and inputs, after a build that passed', () => {
		const { write, build, index } = setUp();
		const first = build();
		expect(first.unchanged).toBe(false);
		first.save(index());

		const second = build();
		expect(second.unchanged).toBe(true);
		expect(second.findings).toEqual({ unusedOriginals: ['_astro/foto.Ab12.jpg'] });

		expect(build({ needles: ['TOE-1', 'TOE-2'] }).unchanged).toBe(false);
		write('project/src/seo/audit.ts', 'export const rules = 2;');
		expect(build().unchanged).toBe(false);
		write('project/src/seo/audit.ts', 'export const rules = 1;');
		expect(build().unchanged).toBe(true);
		write('site/nl/index.html', '<h1>Welkom!</h1>');
		expect(build().unchanged).toBe(false);
		write('site/nl/index.html', '<h1>Welkom</h1>');
		write('site/nl/extra.html', '');
		expect(build().unchanged).toBe(false);
	});

	it('is another site once distrusted (a search index made anew, which the checks read too), and then gives no findings', () => {
		const { build, index } = setUp();
		build().save(index());
		const last = build();
		expect(last.unchanged).toBe(true);
		last.distrust();
		expect(last.unchanged).toBe(false);
		expect(() => last.findings).toThrow();
	});

	it('drops the whole search index an older build kept beside its record', () => {
		const { base, write, build, index } = setUp();
		write('cache/pagefind/pagefind.js', 'index');
		build().save(index());
		expect(fs.readdirSync(path.join(base, 'cache'))).toEqual(['record.json']);
	});
});
