/**
 * Red-team tests for the loader patterns (src/validation/loader-patterns.ts): the brace alternations and escaped
 * literals handed to Astro's glob loader select exactly the approved files, with the real tinyglobby (as the loader
 * calls it: cwd = the collection's folder, expandDirectories off) and picomatch (as the development server's
 * watcher calls it: picomatch.isMatch(entry, patterns)), beside files the content check never approves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { approvedFilePatterns } from '../../src/validation/loader-patterns.ts';
import { devServerMatcher, folderMaker, loaderListed } from '../support/loader-glob.ts';

const { folderWith, removeAll } = folderMaker('zorgmerk-loader-attack-');
afterAll(removeAll);

/** Every file there is below `dir`, links followed, dotfiles included: what a wildcard could reach. */
async function everything(dir: string): Promise<string[]> {
	return (await glob(['**/*'], { cwd: dir, expandDirectories: false, dot: true })).sort();
}

/** Asserts that exactly `approved` is listed and matched in `dir`, for every file there is. */
async function expectExactly(dir: string, approved: readonly string[]): Promise<void> {
	const patterns = approvedFilePatterns(approved);
	expect(await loaderListed(dir, patterns), JSON.stringify(patterns)).toEqual([...new Set(approved)].sort());
	const matches = devServerMatcher(patterns);
	for (const file of await everything(dir)) expect(matches(file), `${file} with ${JSON.stringify(patterns)}`).toBe(approved.includes(file));
}

const NFC = 'caf\u00e9.mdx';
const NFD = 'cafe\u0301.mdx';

/** Slugs as the content check approves them, and beside them what it never approves. */
const DECOYS = [
	'nl/a.mdx~', 'nl/a.mdx.bak', 'nl/a.bak', 'nl/.a.mdx.swp', 'nl/a.mdx.orig', 'nl/a~.mdx', 'nl/.a.mdx', 'nl/a.md', 'nl/a', 'nl/xa.mdx', 'nl/a.mdxx',
	'nl/A.mdx', 'nl/ABOUT.mdx', 'nl/About.mdx', 'nl/\u0430bout.mdx', 'nl/abou\u0442.mdx', `nl/${NFD}`, 'nl/about.mdx ', 'nl/ about.mdx',
	'nl/sub/a.mdx', 'nl/nl/a.mdx', 'nl/zz.mdx/a.mdx', 'NL/a.mdx', 'nl.mdx', 'a.mdx', 'en/a.mdx', 'nl/about/index.mdx',
	'nl/1.mdx', 'nl/2.mdx', 'nl/3.mdx', 'nl/{1..3}.mdx', 'nl/1..3.mdx', 'nl/a,b.mdx', 'nl/{a.mdx,b.mdx}', 'nl/{a,b}.mdx', 'nl/a.mdx,nl',
	'nl\\a.mdx', 'nl\\b.mdx', 'nl/x\\a.mdx', 'nl/...mdx', 'nl/a..mdx', 'nl/-.mdx', 'nl/--a.mdx', 'nl/_.mdx',
];
const APPROVED = ['nl/a.mdx', 'nl/b.mdx', 'nl/about.mdx', 'nl/over-ons.mdx', `nl/${NFC}`, 'nl/1.mdx', 'nl/3.mdx', 'nl/12.mdx', 'nl/a1-b2.mdx', 'en/b.mdx', 'en/about.mdx'];

describe('approvedFilePatterns under attack', () => {
	it('selects exactly the approved slugs beside backups, look-alikes, case and NFD variants, subfolders and links', async () => {
		const dir = folderWith([...APPROVED, ...DECOYS.filter((file) => !file.endsWith('/..'))], (root) => {
			fs.symlinkSync(path.join(root, 'nl'), path.join(root, 'nl', 'map-link'));
			fs.symlinkSync(path.join(root, 'en'), path.join(root, 'nl-link'));
			fs.symlinkSync(path.join(root, 'nl', 'a.mdx'), path.join(root, 'nl', 'link-to-a.mdx'));
			fs.symlinkSync(path.join(root, 'nl', 'a.mdx'), path.join(root, 'nl', 'a.mdx.lnk'));
		});
		// The folder holds both forms of "café" and the links resolve: what a wildcard would reach.
		const all = await everything(dir);
		expect(all).toEqual(expect.arrayContaining([`nl/${NFC}`, `nl/${NFD}`, 'nl/map-link/a.mdx', 'nl-link/about.mdx', 'nl/link-to-a.mdx']));
		await expectExactly(dir, APPROVED);
		await expectExactly(dir, ['nl/a.mdx']);
		await expectExactly(dir, ['nl/1.mdx', 'nl/3.mdx']);
		await expectExactly(dir, [`nl/${NFD}`]);
		await expectExactly(dir, [`nl/${NFC}`, 'nl/a.mdx', 'nl/b.mdx']);
		await expectExactly(dir, ['nl/a.mdx', 'nl/a.mdx', 'nl/b.mdx']);
	});

	it('never lists a file named like a pattern itself (picomatch takes a pattern equal to the path as a match)', async () => {
		// picomatch.test() compares the path with the pattern's own text before its regular expression: a file named
		// "{a.mdx,b.mdx}" matches the alternation "nl/{a.mdx,b.mdx}", and one named "\\{c\\}.mdx" the escaped "\\{c\\}.mdx".
		const approved = ['nl/a.mdx', 'nl/b.mdx', 'nl/{c}.mdx', 'en/a,b.mdx'];
		const patterns = approvedFilePatterns(approved);
		const named = patterns.filter((pattern) => !pattern.startsWith('!') && !approved.includes(pattern));
		expect(named).toEqual(expect.arrayContaining(['nl/{a.mdx,b.mdx}', 'nl/\\{c\\}.mdx', 'en/a\\,b.mdx']));
		const dir = folderWith([...approved, ...named, 'nl/{a.mdx,b.mdx,c.mdx}', 'nl/\\{a.mdx\\,b.mdx\\}']);
		await expectExactly(dir, approved);
		await expectExactly(dir, ['nl/a.mdx', 'nl/b.mdx']);
		await expectExactly(dir, ['nl/{c}.mdx']);
		// An approved file named like the alternation of others is selected with them.
		await expectExactly(dir, ['nl/a.mdx', 'nl/b.mdx', 'nl/{a.mdx,b.mdx}']);
	});

	it('selects exactly random sets of plain names made of letters, digits, dots, "-" and "_"', async () => {
		let seed = 17;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		const alphabet = [...'aA1.-_'];
		const names = new Set<string>();
		while (names.size < 300) {
			const name = Array.from({ length: 1 + Math.floor(random() * 5) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			if (name === '.' || name === '..') continue;
			names.add(`${['nl', 'en', 'nl/x'][Math.floor(random() * 3)]}/${name}${random() < 0.5 ? '.mdx' : ''}`);
		}
		const files = [...names].filter((file) => !names.has(path.posix.dirname(file)));
		const dir = folderWith(files);
		for (let round = 0; round < 5; round++) await expectExactly(dir, files.filter(() => random() < 0.5));
	});

	it('selects exactly approved names at the base folder, also one beginning with ".." (tinyglobby reads it as a parent)', async () => {
		const dir = folderWith(['a.md', 'b.md', 'ab.md', '..a.md', '...md', 'sub/a.md', '.a.md', 'a.md~']);
		fs.writeFileSync(path.join(path.dirname(dir), `..a.md`), '');
		await expectExactly(dir, ['a.md', 'b.md']);
		await expectExactly(dir, ['..a.md', 'a.md']);
		await expectExactly(dir, ['...md']);
	});

	it('keeps every pattern under the limit and exact for 20,000 long names in one folder', async () => {
		const long = 'x'.repeat(180);
		const files = Array.from({ length: 20_000 }, (_, i) => `nl/${long}-${i}.mdx`);
		const patterns = approvedFilePatterns(files);
		// The alternations within their limit, their negated, escaped copies (a "\\" before each "," and brace) within picomatch's.
		for (const pattern of patterns) expect(pattern.length).toBeLessThanOrEqual(pattern.startsWith('!') ? 65_536 : 16_000);
		const dir = folderWith([...files.filter((_, i) => i % 50 === 0), `nl/${long}-20000.mdx`, `nl/${long}-1.mdx~`]);
		expect(await loaderListed(dir, patterns)).toEqual(files.filter((_, i) => i % 50 === 0).sort());
	});
});
