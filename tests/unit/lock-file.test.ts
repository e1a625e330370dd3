/**
 * package-lock.json installs with `npm ci` on every platform a hospital's team or CI uses (the daily publish
 * installs with it), checked without the network in milliseconds by tests/support/lock-file.ts. The doctored
 * locks below are the ways a lock has gone wrong before: written by `npm install` on one machine, it held only
 * that machine's binaries (main before 367641b: no macOS or Windows Astro compiler or Pagefind, no @emnapi for
 * the WebAssembly binding).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { lockFileProblems, platformBinaryChoosers, resolveInLock, SUPPORTED_PLATFORMS, type LockFile, type Manifest } from '../support/lock-file.ts';

const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as LockFile;

/** A deep copy of the real lock, changed by `change`. */
function doctored(change: (copy: LockFile) => void): LockFile {
	const copy = structuredClone(lock);
	change(copy);
	return copy;
}

/** Removes every lock entry whose location matches, as a lock written on one platform lacks the others' binaries. */
const without = (pattern: RegExp) => (copy: LockFile) => {
	for (const location of Object.keys(copy.packages)) if (pattern.test(location)) delete copy.packages[location];
};

describe('package-lock.json', () => {
	it('matches package.json and holds every dependency, optional platform binaries included, for every supported platform', () => {
		expect(lockFileProblems(manifest, lock)).toEqual([]);
	});

	it('holds the binaries of sharp, Pagefind, esbuild, Rolldown and the Astro compiler for Linux (x64, arm64), macOS (x64, arm64) and Windows x64', () => {
		const choosers = platformBinaryChoosers(lock).map((location) => location.replace(/^.*node_modules\//, ''));
		expect(choosers).toEqual(expect.arrayContaining(['sharp', 'pagefind', 'esbuild', 'rolldown', '@astrojs/compiler-binding']));
		expect(SUPPORTED_PLATFORMS.map((platform) => Object.values(platform).join('-'))).toEqual(['linux-x64-glibc', 'linux-arm64-glibc', 'darwin-x64', 'darwin-arm64', 'win32-x64']);
	});

	it('is refused when a platform binary is missing, as in a lock written on Linux alone', () => {
		const problems = lockFileProblems(manifest, doctored(without(/\/(@astrojs\/compiler-binding-|@pagefind\/)(darwin|windows|win32)-/)));
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^@astrojs\/compiler-binding@[\d.]+ needs @astrojs\/compiler-binding-darwin-arm64 \(optionalDependencies\), which package-lock.json lacks/),
				expect.stringMatching(/^pagefind@[\d.]+ needs @pagefind\/windows-x64 \(optionalDependencies\)/),
				expect.stringMatching(/^package-lock.json has no darwin-arm64 binary for @astrojs\/compiler-binding@/),
				expect.stringMatching(/^package-lock.json has no win32-x64 binary for pagefind@/),
			]),
		);
		expect(problems.some((problem) => problem.includes('linux'))).toBe(false);
	});

	it('is refused when a dependency of an optional binary is missing (@emnapi of the WebAssembly binding)', () => {
		const problems = lockFileProblems(manifest, doctored(without(/\/@emnapi\/core$/)));
		expect(problems.filter((problem) => problem.includes('@emnapi/core'))).not.toEqual([]);
		expect(problems.every((problem) => /needs @emnapi\/core \((peerD|d)ependencies\), which package-lock.json lacks/.test(problem))).toBe(true);
	});

	it('is refused when a binary for a platform is gone from every chooser (only musl left for Linux arm64)', () => {
		const problems = lockFileProblems(manifest, doctored(without(/\/(@img\/sharp(-libvips)?-linux-arm64|@esbuild\/linux-arm64|@rolldown\/binding-linux-arm64-gnu)$/)));
		expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^package-lock.json has no linux-arm64-glibc binary for sharp@/), expect.stringMatching(/^package-lock.json has no linux-arm64-glibc binary for esbuild@/), expect.stringMatching(/^package-lock.json has no linux-arm64-glibc binary for rolldown@/)]));
	});

	it('is refused when package.json asks for another version or another package than the lock was written for', () => {
		const changed = { ...manifest, dependencies: { ...manifest.dependencies, astro: '^8.0.0', 'left-pad': '^1.3.0' }, devDependencies: { ...manifest.devDependencies } };
		delete changed.devDependencies.vitest;
		expect(lockFileProblems(changed, lock)).toEqual([
			expect.stringMatching(/^package.json dependencies asks for astro@\^8.0.0, package-lock.json was written for astro@\^7/),
			'package.json dependencies has left-pad@^1.3.0, package-lock.json does not: run npm install.',
			expect.stringMatching(/^package-lock.json devDependencies still has vitest@\^5[\d.]*, package.json no longer does: run npm install.$/),
		]);
	});

	it('is refused when a locked version is outside the range its dependant asks for', () => {
		const problems = lockFileProblems(
			manifest,
			doctored((copy) => {
				copy.packages['node_modules/astro']!.version = '6.0.0';
			}),
		);
		expect(problems).toContainEqual(expect.stringMatching(/^package.json needs astro@\^7[\d.]+ \(dependencies\), package-lock.json has astro@6.0.0/));
	});

	it('is refused when a package with an install script is not in allowScripts (npm 12 skips it: the project’s own Node is installed by one)', () => {
		expect(Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([location]) => location)).toEqual(['node_modules/esbuild', 'node_modules/node']);
		const { allowScripts, ...unreviewed } = manifest;
		expect(allowScripts).toEqual({ esbuild: true, node: true });
		expect(lockFileProblems(unreviewed, lock)).toEqual([
			expect.stringMatching(/^esbuild@[\d.]+ has an install script that package.json's allowScripts does not name: npm 12 skips it\./),
			expect.stringMatching(/^node@[\d.]+ has an install script that package.json's allowScripts does not name: npm 12 skips it\. Review it, then run npm install-scripts approve node --no-allow-scripts-pin\.$/),
		]);
		const node = lock.packages['node_modules/node']!.version!;
		expect(lockFileProblems({ ...unreviewed, allowScripts: { esbuild: false, [`node@${node}`]: true } }, lock)).toEqual([]);
		expect(lockFileProblems({ ...unreviewed, allowScripts: { esbuild: true, 'node@1.0.0': true, nodes: true } }, lock)).toEqual([expect.stringMatching(/^node@/)]);
	});

	it('finds a dependency where Node would: the package’s own node_modules first, then the enclosing ones', () => {
		const tree: LockFile = {
			lockfileVersion: 3,
			packages: { '': {}, 'node_modules/a': {}, 'node_modules/a/node_modules/b': {}, 'node_modules/b': {}, 'node_modules/@s/c': {}, 'node_modules/a/node_modules/d/node_modules/e': {}, 'node_modules/a/node_modules/d': {} },
		};
		expect(resolveInLock(tree, 'node_modules/a', 'b')).toBe('node_modules/a/node_modules/b');
		expect(resolveInLock(tree, 'node_modules/a/node_modules/d', 'b')).toBe('node_modules/a/node_modules/b');
		expect(resolveInLock(tree, 'node_modules/a/node_modules/d', '@s/c')).toBe('node_modules/@s/c');
		expect(resolveInLock(tree, '', 'b')).toBe('node_modules/b');
		expect(resolveInLock(tree, 'node_modules/b', 'e')).toBeUndefined();
	});
});
