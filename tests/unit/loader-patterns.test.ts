/**
 * The patterns that hand Astro's glob loader the approved files (src/validation/loader-patterns.ts) select exactly
 * those files, and nothing beside them, with the same tinyglobby and picomatch the loader uses: hostile names,
 * a name that begins or ends like another, a symbolic link beside approved files, an empty folder.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { approvedFilePatterns, literalPattern } from '../../src/validation/loader-patterns.ts';
import { devServerMatcher, folderMaker, loaderListed } from '../support/loader-glob.ts';

const require = createRequire(import.meta.url);
const astroGlob = fs.readFileSync(require.resolve('astro/loaders').replace(/index\.js$/, 'glob.js'), 'utf8');

const { folderWith, removeAll } = folderMaker('zorgmerk-loader-patterns-');
afterAll(removeAll);

/** Names a hostile or careless editor, or an attacker with push access, could give a file. */
const HOSTILE = [
	'nl/{a,b}.mdx',
	'nl/a,b.mdx',
	'nl/[ab].mdx',
	'nl/[!a].mdx',
	'nl/*.mdx',
	'nl/?.mdx',
	'nl/!important.mdx',
	'nl/(groep).mdx',
	'nl/@(x|y).mdx',
	'nl/+(x).mdx',
	'nl/!(x).mdx',
	'nl/a|b.mdx',
	'nl/met spatie.mdx',
	'nl/.verborgen.mdx',
	'nl/..twee-punten.mdx',
	'nl/1..3.mdx',
	'nl/{1..3}.mdx',
	'nl/$dollar^caret.mdx',
	'nl/é-ünïcode-日本.mdx',
	'nl/emoji-😀.mdx',
	'nl/{enkel}.mdx',
	'nl/a.mdx',
	'nl/ab.mdx',
	'nl/a.mdx.bak',
	'nl/b.mdx',
	'nl/b-kopie.mdx',
	'nl/about.mdx',
	'en/about.mdx',
	'(map)/x.mdx',
	'{nl,en}/y.mdx',
	'nl/sub/diep.mdx',
	'top.md',
];

describe('approvedFilePatterns', () => {
	it('mirrors how Astro\'s glob loader lists files: tinyglobby, expandDirectories off', () => {
		expect(astroGlob).toMatch(/import \{ glob as tinyglobby \} from "tinyglobby"/);
		expect(astroGlob).toMatch(/tinyglobby\(globOptions\.pattern, \{\s*cwd: fileURLToPath\(baseDir\),\s*expandDirectories: false\s*\}\)/);
		expect(astroGlob).toMatch(/picomatch\.isMatch\(entry, positivePatterns/);
	});

	it('puts the plain names of a folder in one brace alternation and escapes every other name on its own', () => {
		expect(approvedFilePatterns(['nl/a.mdx', 'nl/b.mdx', 'en/a.mdx', 'nl/x y.mdx', 'en/{c}.mdx'])).toEqual([
			'nl/x y.mdx',
			'en/\\{c\\}.mdx',
			'nl/{a.mdx,b.mdx}',
			'en/a.mdx',
			// Files named like these two patterns' own text are not selected (picomatch takes a path equal to a pattern as a match).
			'!en/\\\\\\{c\\\\\\}.mdx',
			'!nl/\\{a.mdx\\,b.mdx\\}',
		]);
		expect(approvedFilePatterns([])).toEqual([]);
		expect(literalPattern('a{b,c}[d]*?!(e)+@|f$^\\.mdx')).toBe('a\\{b\\,c\\}\\[d\\]\\*\\?\\!\\(e\\)\\+\\@\\|f\\$\\^\\\\.mdx');
	});

	it('selects exactly each approved subset of hostile names, never a file beside them', async () => {
		const outside = folderWith(['geheim.mdx']);
		const dir = folderWith(HOSTILE, (root) => {
			// A symbolic link beside approved files, to a file outside and to a folder, and an empty folder.
			fs.symlinkSync(path.join(outside, 'geheim.mdx'), path.join(root, 'nl', 'link.mdx'));
			fs.symlinkSync(path.join(root, 'en'), path.join(root, 'nl', 'map-link'));
			fs.mkdirSync(path.join(root, 'leeg'));
		});
		const everything = (await glob(['**/*'], { cwd: dir, expandDirectories: false, dot: true })).sort();
		// What the loader could reach with a wildcard: the hostile names, the link and the folder behind the other link.
		expect(everything).toEqual(expect.arrayContaining([...HOSTILE, 'nl/link.mdx', 'nl/map-link/about.mdx']));
		const subsets: string[][] = [
			HOSTILE,
			HOSTILE.filter((_, i) => i % 2 === 0),
			HOSTILE.filter((_, i) => i % 2 === 1),
			HOSTILE.filter((_, i) => i % 3 === 0),
			['nl/a.mdx'],
			['nl/a.mdx', 'nl/b.mdx'],
			['nl/ab.mdx', 'nl/b-kopie.mdx', 'nl/about.mdx'],
			['nl/{a,b}.mdx'],
			['nl/*.mdx', 'nl/?.mdx'],
			['nl/.verborgen.mdx'],
			['nl/{enkel}.mdx', 'nl/1..3.mdx'],
		];
		for (const approved of subsets) {
			const patterns = approvedFilePatterns(approved);
			expect(await loaderListed(dir, patterns), JSON.stringify(patterns)).toEqual([...approved].sort());
			// The same answer for every file there is when the development server sees it change.
			const isMatch = devServerMatcher(patterns);
			for (const file of [...everything, 'leeg']) expect(isMatch(file), `${file} with ${JSON.stringify(patterns)}`).toBe(approved.includes(file));
		}
	});

	it('selects exactly random subsets of random names built from glob characters', async () => {
		// A fixed seed: the same names each run.
		let seed = 23;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		const alphabet = [...'ab.-_{},[]!*?()@+| $^é😀'];
		const names = new Set<string>();
		while (names.size < 300) {
			const length = 1 + Math.floor(random() * 6);
			const name = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			if (name === '.' || name === '..') continue;
			names.add(`${random() < 0.5 ? 'nl' : 'en'}/${name}${random() < 0.8 ? '.mdx' : ''}`);
		}
		const files = [...names];
		const dir = folderWith(files);
		for (let round = 0; round < 5; round++) {
			const approved = files.filter(() => random() < 0.5);
			const patterns = approvedFilePatterns(approved);
			expect(await loaderListed(dir, patterns)).toEqual([...approved].sort());
			const isMatch = devServerMatcher(patterns);
			for (const file of files) expect(isMatch(file), `${file}`).toBe(approved.includes(file));
		}
	});

	it('keeps each pattern well under picomatch\'s limit, and selects all of thousands of names', async () => {
		const files = Array.from({ length: 3000 }, (_, i) => `${i % 2 ? 'nl' : 'en'}/een-lang-verhaal-over-de-zorg-nummer-${i}.mdx`);
		const patterns = approvedFilePatterns(files);
		expect(patterns.filter((pattern) => !pattern.startsWith('!')).length).toBeLessThan(20);
		// The negated, escaped copy of an alternation has a "\\" more before each "," and brace: still well under 64 KiB.
		for (const pattern of patterns) expect(pattern.length).toBeLessThanOrEqual(pattern.startsWith('!') ? 33_000 : 16_000);
		const dir = folderWith([...files, 'nl/een-lang-verhaal-over-de-zorg-nummer-1.mdx.orig', 'nl/een-lang-verhaal-over-de-zorg-nummer-30000.mdx']);
		const approved = files.filter((_, i) => i % 7 !== 0);
		expect(await loaderListed(dir, approvedFilePatterns(approved))).toEqual([...approved].sort());
	});
});
