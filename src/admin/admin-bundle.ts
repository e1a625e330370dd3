/**
 * The CMS's script, for the built site and for the development server. Decap with React is far larger than
 * the whole public site's code and changes only when cms/, the code of ours
 * it uses or the dependencies do, so it is bundled in a process of its own
 * (build-bundle.ts) and kept until one of those changes (bundle-key.ts),
 * instead of on every build inside Astro's, where it cost seconds and half a
 * gigabyte of memory.
 *
 * Kept in two places: in the project's build cache (.zorgmerk/admin/bundle/),
 * which the build copies into the site, and in a folder shared by every copy
 * of the project on the machine (shared-bundles.ts), from which a fresh clone,
 * or a build after .zorgmerk/ was removed, takes it instead of bundling.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { message } from '../messages/index.ts';
import { fileHash, listFiles, readJsonFile } from '../lib/files.ts';
import { inputsUnchanged, KEY_FORMAT, readBundleRecord, recipeKey, sourceInputs, type BundleRecord } from './bundle-key.ts';
import { shareBundle, sharedBundlesFolder, takeSharedBundle, type BundleLog } from './shared-bundles.ts';

export type { BundleLog } from './shared-bundles.ts';

export interface AdminBundle {
	/** The folder whose files belong in the built site's admin/ folder. */
	dir: string;
	/** The entry script, relative to admin/ ("assets/cms-a1b2c3.js"). */
	entry: string;
}

export interface AdminBundleOptions {
	/** The folder of bundles shared by every copy of the project; default sharedBundlesFolder() (ZORGMERK_CMS_CACHE); false for none. */
	shared?: string | false;
	/** Where to say that a bundle was taken from the shared folder, or could not be kept there; default the console. */
	log?: BundleLog;
	/** Called just before bundling (never when a kept bundle is used), e.g. to say that it takes a few seconds. */
	onBundling?: () => void;
}

/** The bundle kept in `cacheDir` when it is up to date with every file it was made from, else undefined. */
export function keptBundle(root: string, cacheDir: string): AdminBundle | undefined {
	return keptIn(root, cacheDir, recipeKey(root));
}

/**
 * The bundle kept in `cacheDir`; else the one the shared folder keeps for the same files, copied into `cacheDir`;
 * else made (build-bundle.ts), kept in `cacheDir` and in the shared folder.
 *
 * @param root the project
 * @param cacheDir the project's folder for the bundle, .zorgmerk/admin
 * @throws when bundling fails (nothing half-made is left in `cacheDir`)
 */
export function adminBundle(root: string, cacheDir: string, options: AdminBundleOptions = {}): AdminBundle {
	const found = findBundle(root, cacheDir, options);
	if ('bundle' in found) return found.bundle;
	options.onBundling?.();
	const making = makingDir(cacheDir);
	const result = spawnSync(process.execPath, bundlerArguments(root, making), { cwd: root, stdio: 'inherit' });
	return putInPlace(root, cacheDir, making, found, result.status === 0, result.error);
}

/** adminBundle without blocking: for the development server, which keeps answering while the bundle is made. */
export async function adminBundleInBackground(root: string, cacheDir: string, options: AdminBundleOptions = {}): Promise<AdminBundle> {
	const found = findBundle(root, cacheDir, options);
	if ('bundle' in found) return found.bundle;
	options.onBundling?.();
	const making = makingDir(cacheDir);
	const { ok, error } = await new Promise<{ ok: boolean; error?: Error }>((resolve) => {
		const child = spawn(process.execPath, bundlerArguments(root, making), { cwd: root, stdio: 'inherit' });
		child.on('error', (error) => resolve({ ok: false, error }));
		child.on('exit', (code) => resolve({ ok: code === 0 }));
	});
	return putInPlace(root, cacheDir, making, found, ok, error);
}

/** What bundling needs to know when no kept bundle was found. */
interface NotFound {
	recipe: string;
	shared: string | undefined;
	log: BundleLog;
}

/** The bundle in `cacheDir`, else the shared folder's copied into it, else what making it needs. */
function findBundle(root: string, cacheDir: string, options: AdminBundleOptions): { bundle: AdminBundle } | NotFound {
	const recipe = recipeKey(root);
	const kept = keptIn(root, cacheDir, recipe);
	if (kept) return { bundle: kept };
	const shared = options.shared === false ? undefined : (options.shared ?? sharedBundlesFolder());
	const log = options.log ?? { info: (text) => console.log(text), warn: (text) => console.warn(text) };
	if (shared) {
		const making = makingDir(cacheDir);
		const record = takeSharedBundle(shared, root, recipe, making, log);
		if (record) {
			log.info(message('cmsBundle.reused', { folder: shared }));
			return { bundle: replaceBundle(cacheDir, making, record) };
		}
	}
	return { recipe, shared, log };
}

function keptIn(root: string, cacheDir: string, recipe: string): AdminBundle | undefined {
	const dir = path.join(cacheDir, 'bundle');
	const kept = readBundleRecord(dir);
	if (kept && kept.recipe === recipe && inputsUnchanged(root, kept.inputs) && fs.existsSync(path.join(dir, kept.entry))) return { dir, entry: kept.entry };
	return undefined;
}

// Made in a folder of its own and then put in place, so a build running beside this one never copies half a bundle.
const makingDir = (cacheDir: string) => path.join(cacheDir, `making-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
const bundlerArguments = (root: string, making: string) => [path.join(root, 'src', 'admin', 'build-bundle.ts'), making];

/** Records what the bundle in `making` was made from and of, puts it in place in `cacheDir`, and shares it. */
function putInPlace(root: string, cacheDir: string, making: string, { recipe, shared, log }: NotFound, ok: boolean, error: Error | undefined): AdminBundle {
	const made = ok ? (readJsonFile(path.join(making, 'manifest.json')) as { entry: string; sources: string[] } | undefined) : undefined;
	if (!made) {
		fs.rmSync(making, { recursive: true, force: true });
		throw new Error(`Bundling the CMS for /admin/ failed${error ? `: ${error.message}` : ' (see above)'}`);
	}
	fs.rmSync(path.join(making, 'manifest.json'));
	const files = Object.fromEntries(listFiles(making).map((file) => [file, fileHash(path.join(making, file))]));
	const record: BundleRecord = { format: KEY_FORMAT, recipe, inputs: sourceInputs(root, made.sources), entry: made.entry, files };
	fs.writeFileSync(path.join(making, 'manifest.json'), JSON.stringify(record, null, '\t'));
	const bundle = replaceBundle(cacheDir, making, record);
	// Shared only when the files did not change while they were bundled: the bundle may be of either version.
	if (shared && recipeKey(root) === recipe) shareBundle(shared, bundle.dir, record, log);
	return bundle;
}

/** Puts the bundle made or copied into `making` (its record written) in the place of the one in `cacheDir`. */
function replaceBundle(cacheDir: string, making: string, record: BundleRecord): AdminBundle {
	const dir = path.join(cacheDir, 'bundle');
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(making, dir);
	return { dir, entry: record.entry };
}

/** Copies the bundle into the built site's admin/ folder, with the page that loads it (admin-page.ts). */
export function copyAdminBundle(bundle: AdminBundle, buildDir: string, page: string): void {
	fs.cpSync(bundle.dir, path.join(buildDir, 'admin'), { recursive: true, filter: (source) => path.basename(source) !== 'manifest.json' });
	fs.writeFileSync(path.join(buildDir, 'admin', 'index.html'), page);
}
