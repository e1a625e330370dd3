import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import envPaths from 'env-paths';
import { message } from '../messages/index.ts';
import { bundleKey, inputsUnchanged, readBundleRecord, type BundleRecord } from './bundle-key.ts';

/**
 * Folders of kept CMS bundles: the project's own (.zorgmerk/admin/bundles/,
 * admin-bundle.ts) and the one shared by every copy of the project on the
 * machine (each clone, worktree and benchmark copy of the same user), from
 * which a fresh clone, or a build after .zorgmerk/ was removed, copies the
 * bundle another copy made from the same files instead of bundling for 4–5 s
 * of CPU.
 *
 * Both hold one folder per bundle, named by its key (bundle-key.ts), with the
 * bundle's files and its record (manifest.json: what it was made from, and
 * the SHA-256 of every file). A bundle is written into a folder of its own
 * and renamed into place when whole, and never changed after: so a build that
 * is killed leaves no half bundle under a bundle's name, two builds that make
 * the same bundle at once both succeed (the second rename finds the first's
 * bundle and stops), and a build that uses a bundle never sees its files
 * replaced by another process making the next one (`npm run cms` while
 * `npm run build` runs). Every file is checked against its record before it is
 * used: a damaged bundle is not used, but removed and made again. The last
 * used are kept ({@link KEEP} in the shared folder).
 *
 * Sharing never stops a build: a folder that cannot be written (or a full
 * disk) costs a warning and the bundling, as without it.
 *
 * Trust: whoever can write the folder decides what /admin/ serves in every
 * copy that uses it, as with .zorgmerk/ (README, "The build cache is trusted
 * like the code"). The record's hashes catch damage, not a deliberate change.
 */

/** The environment variable that moves the shared folder, or turns sharing off with `off`. */
export const SHARED_FOLDER_VARIABLE = 'ZORGMERK_CMS_CACHE';

/** How many bundles are kept, the most recently used; a bundle is some 7 MB. */
export const KEEP = 5;

/** How old a folder being written or removed must be before another build clears it away (a killed build's). */
const STALE_MS = 60 * 60 * 1000;

/** How far ahead of now a folder's time may be and still be believed (file systems on other machines). */
const CLOCK_SLACK_MS = 60 * 1000;

/** A bundle's folder: its key (bundle-key.ts's bundleKey). */
const BUNDLE_NAME = /^[0-9a-f]{32}-[0-9a-f]{32}$/;

/**
 * Folders being written (`tmp-`) or removed (`old-`), as {@link workFolder} names them: the process id and 8 hex
 * digits. Nothing else is ever removed as one: ZORGMERK_CMS_CACHE may name a folder that other programs use too.
 */
const WORK_NAME = /^(?:tmp|old)-\d+-[0-9a-f]{8}$/;

/** A new folder in `folder` to write a bundle into (`tmp`) or to move one to before removing it (`old`). */
export const workFolder = (folder: string, kind: 'tmp' | 'old') => path.join(folder, `${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);

/** The messages sharing gives: a bundle reused, a folder that cannot be written, a damaged bundle. */
export interface BundleLog {
	info(text: string): void;
	warn(text: string): void;
}

/** The file-system calls {@link shareBundle} makes; a test can stand in for a full disk. */
export interface ShareOperations {
	mkdirSync(target: string, options: { recursive: true }): unknown;
	copyFileSync(from: string, to: string): void;
	writeFileSync(file: string, data: string): void;
	renameSync(from: string, to: string): void;
}

/**
 * The shared folder: ZORGMERK_CMS_CACHE when it is set (a path, relative to the working folder), else
 * `cms-bundles` in the user's cache folder (env-paths: $XDG_CACHE_HOME/zorgmerk, by default ~/.cache/zorgmerk,
 * on Linux; ~/Library/Caches/zorgmerk on macOS; %LOCALAPPDATA%\zorgmerk\Cache on Windows).
 *
 * @param env where ZORGMERK_CMS_CACHE is read; env-paths reads XDG_CACHE_HOME and LOCALAPPDATA from process.env
 *
 * @returns an absolute path, or undefined when ZORGMERK_CMS_CACHE=off or the user has no home folder
 */
export function sharedBundlesFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const chosen = env[SHARED_FOLDER_VARIABLE]?.trim();
	if (chosen === 'off') return undefined;
	if (chosen) return path.resolve(chosen);
	const folder = path.join(envPaths('zorgmerk', { suffix: '' }).cache, 'cms-bundles');
	return path.isAbsolute(folder) ? folder : undefined;
}

/**
 * Copies the bundle the shared folder keeps for this recipe and these sources into `into` (made here), checking
 * every file against its record, and writes the record there too.
 *
 * @param folder the shared folder ({@link sharedBundlesFolder})
 * @param root the project, whose sources a bundle's recorded inputs are checked against
 * @param recipe the project's recipe key now (bundle-key.ts)
 * @param into a folder that does not exist yet, on the disk of the project's build cache
 * @returns the record of the bundle copied, or undefined (nothing usable; `into` is then absent)
 */
export function takeSharedBundle(folder: string, root: string, recipe: string, into: string, log: BundleLog): BundleRecord | undefined {
	return findBundle(folder, root, recipe, log, (dir, record) => {
		const copied = copyChecked(dir, into, record);
		if (copied !== 'copied') fs.rmSync(into, { recursive: true, force: true });
		return copied === 'copied' ? 'used' : copied;
	})?.record;
}

/**
 * The bundle a folder of bundles keeps for this recipe and these sources, to be used where it is (the project's own
 * folder), every file checked against its record; a damaged one is removed.
 *
 * @returns its folder and record, or undefined
 */
export function keptBundleIn(folder: string, root: string, recipe: string, log: BundleLog): { dir: string; record: BundleRecord } | undefined {
	return findBundle(folder, root, recipe, log, (dir, record) => (isWhole(dir, record) ? 'used' : 'damaged'));
}

/**
 * Puts the bundle in `from` (its record written there) in its place in a folder of bundles, by a rename. When the
 * same bundle was put there meanwhile (another process of the same project), `from` is removed and that one is used.
 *
 * @returns the bundle's folder
 * @throws when it cannot be renamed (`from` is then left as it is)
 */
export function placeBundle(folder: string, from: string, record: BundleRecord): string {
	const target = path.join(folder, bundleKey(record.recipe, record.inputs));
	try {
		fs.renameSync(from, target);
		return target;
	} catch (error) {
		const there = readBundleRecord(target);
		if (!there || !isWhole(target, there)) {
			// Not a whole bundle under the name (a folder damaged since it was looked at): out of the way, and again.
			if (!fs.existsSync(target)) throw error;
			discard(folder, target);
			fs.renameSync(from, target);
			return target;
		}
		fs.rmSync(from, { recursive: true, force: true });
		return target;
	}
}

/**
 * The first bundle in `folder` of this recipe whose recorded sources are those in `root` and that `use` could use
 * ('used': found whole, and copied where it is to be copied); one that is not whole ('damaged') is removed, with a
 * warning, and the next one tried; 'failed' (it could not be copied) ends the search.
 */
function findBundle(
	folder: string,
	root: string,
	recipe: string,
	log: BundleLog,
	use: (dir: string, record: BundleRecord) => 'used' | 'damaged' | 'failed',
): { dir: string; record: BundleRecord } | undefined {
	let names: string[];
	try {
		names = fs.readdirSync(folder);
	} catch {
		return undefined;
	}
	for (const name of names.filter((candidate) => BUNDLE_NAME.test(candidate) && candidate.startsWith(`${recipe.slice(0, 32)}-`))) {
		const dir = path.join(folder, name);
		const record = readBundleRecord(dir);
		// Another version of the sources outside cms/ (a branch), or a folder that is not a whole bundle.
		if (record && (record.recipe !== recipe || bundleKey(record.recipe, record.inputs) !== name || !inputsUnchanged(root, record.inputs))) continue;
		const used = record ? use(dir, record) : 'damaged';
		if (used === 'used') {
			touch(dir);
			return { dir, record: record! };
		}
		// Not copied, for want of room in the build cache: the bundler will say more.
		if (used === 'failed') return undefined;
		// Gone while it was read: another build pruned it.
		if (!fs.existsSync(dir)) continue;
		log.warn(message('cmsBundle.damaged', { folder: dir }));
		discard(folder, dir);
	}
	return undefined;
}

/**
 * Keeps a bundle in the shared folder under its key, unless a bundle of that key is there already, then prunes
 * the folder to the {@link KEEP} last used. Never throws: a folder that cannot be written gives a warning.
 *
 * @param bundleDir the bundle's files, as `record.files` lists them (its manifest.json is not read)
 * @returns whether the shared folder now holds the bundle
 */
export function shareBundle(folder: string, bundleDir: string, record: BundleRecord, log: BundleLog, ops: ShareOperations = fs): boolean {
	const target = path.join(folder, bundleKey(record.recipe, record.inputs));
	if (readBundleRecord(target)) {
		touch(target);
		return true;
	}
	const writing = workFolder(folder, 'tmp');
	try {
		ops.mkdirSync(writing, { recursive: true });
		for (const file of Object.keys(record.files)) {
			ops.mkdirSync(path.dirname(path.join(writing, file)), { recursive: true });
			ops.copyFileSync(path.join(bundleDir, file), path.join(writing, file));
		}
		// The record last: a folder without one is never taken for a bundle.
		ops.writeFileSync(path.join(writing, 'manifest.json'), JSON.stringify(record, null, '\t'));
		try {
			ops.renameSync(writing, target);
		} catch (error) {
			// Another build kept the same bundle meanwhile (rename does not replace a folder that has files).
			if (!readBundleRecord(target)) throw error;
			fs.rmSync(writing, { recursive: true, force: true });
		}
	} catch (error) {
		fs.rmSync(writing, { recursive: true, force: true });
		log.warn(message('cmsBundle.notShared', { folder, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
		return false;
	}
	pruneBundles(folder);
	return true;
}

/**
 * Removes all but the `keep` bundles used last (by their folder's time, which a use renews), and the folders of
 * builds that were killed while writing or removing one (older than an hour). Only folders named as this module
 * names them are removed; a folder whose time lies in the future counts as the oldest. Never throws.
 */
export function pruneBundles(folder: string, keep: number = KEEP, now: number = Date.now()): void {
	let names: string[];
	try {
		names = fs.readdirSync(folder);
	} catch {
		return;
	}
	// A time later than now is not believed (a clock set back, a folder restored from a machine whose clock was ahead):
	// taken as the oldest, such a folder cannot push the bundle just made out, and goes first.
	const used = (name: string) => {
		try {
			const time = fs.statSync(path.join(folder, name)).mtimeMs;
			return time > now + CLOCK_SLACK_MS ? 0 : time;
		} catch {
			return undefined;
		}
	};
	const bundles = names
		.filter((name) => BUNDLE_NAME.test(name))
		.map((name) => ({ name, used: used(name) ?? 0 }))
		.sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1));
	for (const { name } of bundles.slice(keep)) discard(folder, path.join(folder, name));
	for (const name of names.filter((candidate) => WORK_NAME.test(candidate))) {
		const time = used(name);
		if (time !== undefined && now - time > STALE_MS) remove(path.join(folder, name));
	}
}

/** Whether every file of `record` is in `dir` with the recorded SHA-256. */
export function isWhole(dir: string, record: BundleRecord): boolean {
	return Object.entries(record.files).every(([file, hash]) => {
		try {
			return sha256(fs.readFileSync(path.join(dir, file))) === hash;
		} catch {
			return false;
		}
	});
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Copies the files of `record` from `from` into the new folder `into`, each checked against its hash, then the
 * record: `damaged` when a file is missing or differs, `failed` when `into` could not be written.
 */
function copyChecked(from: string, into: string, record: BundleRecord): 'copied' | 'damaged' | 'failed' {
	for (const [file, hash] of Object.entries(record.files)) {
		let bytes: Buffer;
		try {
			bytes = fs.readFileSync(path.join(from, file));
		} catch {
			return 'damaged';
		}
		if (sha256(bytes) !== hash) return 'damaged';
		try {
			fs.mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
			fs.writeFileSync(path.join(into, file), bytes);
		} catch {
			return 'failed';
		}
	}
	try {
		fs.mkdirSync(into, { recursive: true });
		fs.writeFileSync(path.join(into, 'manifest.json'), JSON.stringify(record, null, '\t'));
		return 'copied';
	} catch {
		return 'failed';
	}
}

/** Marks a bundle as just used (its folder's time), for {@link pruneBundles}. */
function touch(dir: string): void {
	try {
		const now = new Date();
		fs.utimesSync(dir, now, now);
	} catch {
		// A folder that cannot be written is still read: the bundle is used all the same.
	}
}

/** Takes a bundle's folder out of use at once (a rename), then removes it. */
function discard(folder: string, dir: string): void {
	const removing = workFolder(folder, 'old');
	try {
		fs.renameSync(dir, removing);
	} catch {
		return; // gone already, or not ours to remove
	}
	remove(removing);
}

function remove(dir: string): void {
	try {
		fs.rmSync(dir, { recursive: true, force: true });
	} catch {
		// Another build removes it at the same time; what is left goes next time.
	}
}
