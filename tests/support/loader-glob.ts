/**
 * Astro's glob loader as the loader-pattern tests need it (src/validation/loader-patterns.ts): the real tinyglobby
 * and picomatch, called the way the loader calls them, and folders of files to list.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';

const require = createRequire(import.meta.url);
/** picomatch has no types of its own. */
const picomatch = require('picomatch') as (patterns: string[], options?: { ignore?: string[] }) => (input: string) => boolean;

/** What Astro's glob loader lists with these patterns in `dir` (tinyglobby with the loader's options: cwd = the collection's folder, expandDirectories off), sorted. */
export async function loaderListed(dir: string, patterns: string[]): Promise<string[]> {
	return (await glob(patterns, { cwd: dir, expandDirectories: false })).sort();
}

/**
 * Whether the development server's watcher takes an entry (relative to the collection's folder) as one of the
 * loader's files: the loader's matchesGlob(), `picomatch.isMatch(entry, positivePatterns, { ignore: negationPatterns })`,
 * compiled once; an entry outside the folder ("../x") never is.
 */
export function devServerMatcher(patterns: string[]): (entry: string) => boolean {
	const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
	const isMatch = picomatch(patterns.filter((pattern) => !pattern.startsWith('!')), { ignore: negative.length > 0 ? negative : undefined });
	return (entry) => !entry.startsWith('../') && isMatch(entry);
}

/** Makes temporary folders of empty files (named `prefix…` in the system's temporary folder) and removes them all with `removeAll`. */
export function folderMaker(prefix: string): { folderWith: (files: readonly string[], extra?: (dir: string) => void) => string; removeAll: () => void } {
	const made: string[] = [];
	return {
		/** A fresh folder holding `files` (relative paths) as empty files, plus what `extra` adds (links, folders); returns its path. */
		folderWith(files, extra) {
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
			made.push(dir);
			for (const file of files) {
				fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
				fs.writeFileSync(path.join(dir, file), '');
			}
			extra?.(dir);
			return dir;
		},
		removeAll() {
			for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
