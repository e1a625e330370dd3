import fs from 'node:fs';
import path from 'node:path';
import { fileHash, listFiles } from '../lib/files.ts';
import type { Needle } from './needles.ts';

/**
 * The build cache (cacheDir, default .zorgmerk/cache/, which CI keeps between
 * runs) should hold no more of a person who withdrew than the repository
 * does. After each build this removes:
 *
 * - Astro's processed versions of every picture of an item that may not be
 *   published (cacheDir/assets/, named "<name>.<source hash>_<transform>.<ext>"
 *   after their original), and
 * - every social card in cacheDir/social-cards/ that is not one of this
 *   build's Open Graph cards: cards are named by a hash of what they show, so
 *   the card of a withdrawn story cannot be told by its name; keeping only the
 *   cards the site uses removes it. Quote cards that `npm run social-cards`
 *   keeps there are drawn again the next time it runs.
 *
 * Both are caches: what is removed is made again when needed.
 */
export function forgetWithheld(cacheDir: string, buildDir: string, needles: Needle[]): { pictures: string[]; cards: string[] } {
	return { pictures: removeProcessedPictures(path.join(cacheDir, 'assets'), needles), cards: removeUnusedCards(path.join(cacheDir, 'social-cards'), path.join(buildDir, 'og')) };
}

function removeProcessedPictures(assets: string, needles: Needle[]): string[] {
	if (!fs.existsSync(assets)) return [];
	const names = new Set(needles.filter((needle) => needle.kind === 'picture').map((needle) => path.parse(needle.value).name));
	if (names.size === 0) return [];
	const removed = fs.readdirSync(assets).filter((file) => {
		const match = /^(.*)\.[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]+\.[a-z]+$/.exec(file);
		return match !== null && names.has(match[1]!);
	});
	for (const file of removed) fs.rmSync(path.join(assets, file), { force: true });
	return removed;
}

/**
 * Removes from `cards` (the card cache folder) every plain file that is not one of the PNGs in `built` (the site's
 * og/), and every link (removed, never followed: the card cache reads no link, see keptCard). Folders, pipes and
 * other things are left. A name gone by the time it is looked at (another build sharing the cache renamed its
 * temporary file or removed a damaged card meanwhile) is passed over.
 *
 * @returns the names removed
 */
function removeUnusedCards(cards: string, built: string): string[] {
	if (!fs.existsSync(cards)) return [];
	const used = fs.existsSync(built) ? listFiles(built).filter((file) => file.endsWith('.png')).map((file) => path.join(built, file)) : [];
	const sizes = new Set(used.map((file) => fs.statSync(file).size));
	let hashes: Set<string> | undefined;
	const unused = (full: string): boolean => {
		const entry = fs.lstatSync(full);
		if (entry.isSymbolicLink()) return true;
		if (!entry.isFile()) return false;
		if (!sizes.has(entry.size)) return true;
		hashes ??= new Set(used.map(fileHash));
		return !hashes.has(fileHash(full));
	};
	const removed = fs.readdirSync(cards).filter((file) => {
		try {
			return unused(path.join(cards, file));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
			throw error;
		}
	});
	for (const file of removed) fs.rmSync(path.join(cards, file), { force: true });
	return removed;
}
