/**
 * The CMS's script, for the built site and for the development server. Decap with React is far larger than
 * the whole public site's code and changes only when cms/, the code of ours
 * it uses or the dependencies do, so it is bundled in a process of its own
 * (build-bundle.ts) and kept until one of those changes (bundle-key.ts),
 * instead of on every build inside Astro's, where it cost seconds and half a
 * gigabyte of memory.
 *
 * Kept in two places: in the project's build cache (.zorgmerk/admin/bundles/,
 * the last {@link KEEP_IN_PROJECT} used), from which the build copies it into
 * the site, and in a folder shared by every copy of the project on the
 * machine, from which a fresh clone, or a build after .zorgmerk/ was removed,
 * takes it instead of bundling. Both hold a folder per bundle that is never
 * changed once in place (shared-bundles.ts): a build that uses one keeps it
 * whole however many bundles `npm run cms` or `astro dev` make meanwhile.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { message } from '../messages/index.ts';
import { fileHash, listFiles, readJsonFile } from '../lib/files.ts';
import { inputsUnchanged, KEY_FORMAT, recipeKey, type BundleRecord } from './bundle-key.ts';
import { keptBundleIn, placeBundle, pruneBundles, shareBundle, sharedBundlesFolder, takeSharedBundle, workFolder, type BundleLog } from './shared-bundles.ts';

export type { BundleLog } from './shared-bundles.ts';

export interface AdminBundle {
	/** The folder whose files belong in the built site's admin/ folder; never changed while it is kept. */
	dir: string;
	/** The entry script, relative to admin/ ("assets/cms-a1b2c3.js"). */
	entry: string;
	/** Every file of the bundle, relative with forward slashes → its SHA-256 (the record's). */
	files: Record<string, string>;
}

export interface AdminBundleOptions {
	/** The folder of bundles shared by every copy of the project; default sharedBundlesFolder() (ZORGMERK_CMS_CACHE); false for none. */
	shared?: string | false;
	/** Where to say that a bundle was taken from the shared folder, or could not be kept there, or was damaged; default the console. */
	log?: BundleLog;
	/** Called just before bundling (never when a kept bundle is used), e.g. to say that it takes a few seconds. */
	onBundling?: () => void;
}

/** How many bundles the project keeps, the last used: the one a running build uses outlives two made after it. */
export const KEEP_IN_PROJECT = 3;

/** The project's own folder of bundles, in its build cache (`cacheDir` is .zorgmerk/admin). */
const keptFolder = (cacheDir: string) => path.join(cacheDir, 'bundles');

const consoleLog: BundleLog = { info: (text) => console.log(text), warn: (text) => console.warn(text) };

/** The bundle kept in `cacheDir` when it is up to date with every file it was made from and whole, else undefined. */
export function keptBundle(root: string, cacheDir: string, log: BundleLog = consoleLog): AdminBundle | undefined {
	const kept = keptBundleIn(keptFolder(cacheDir), root, recipeKey(root), log);
	return kept && asBundle(kept.dir, kept.record);
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
	const making = workFolder(keptFolder(cacheDir), 'tmp');
	const result = spawnSync(process.execPath, bundlerArguments(root, making), { cwd: root, stdio: 'inherit' });
	return putInPlace(root, cacheDir, making, found, result.status === 0, result.error);
}

/** adminBundle without blocking: for the development server, which keeps answering while the bundle is made. */
export async function adminBundleInBackground(root: string, cacheDir: string, options: AdminBundleOptions = {}): Promise<AdminBundle> {
	const found = findBundle(root, cacheDir, options);
	if ('bundle' in found) return found.bundle;
	options.onBundling?.();
	const making = workFolder(keptFolder(cacheDir), 'tmp');
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
	const log = options.log ?? consoleLog;
	const folder = keptFolder(cacheDir);
	const kept = keptBundleIn(folder, root, recipe, log);
	if (kept) return { bundle: asBundle(kept.dir, kept.record) };
	const shared = options.shared === false ? undefined : (options.shared ?? sharedBundlesFolder());
	if (shared) {
		const making = workFolder(folder, 'tmp');
		const record = takeSharedBundle(shared, root, recipe, making, log);
		if (record) {
			log.info(message('cmsBundle.reused', { folder: shared }));
			return { bundle: keep(cacheDir, making, record) };
		}
	}
	return { recipe, shared, log };
}

const bundlerArguments = (root: string, making: string) => [path.join(root, 'src', 'admin', 'build-bundle.ts'), making];

/**
 * Records what the bundle in `making` was made from and of, puts it in place in `cacheDir`, and shares it; but only
 * when the files it was made of are still those it was made from. A file changed while it was bundled (a save, a
 * `git pull`) leaves a bundle that is of no one version of the files: this build uses it, from `making`, and nothing
 * keeps it (pruneBundles removes the folder after an hour); the next build bundles again.
 */
function putInPlace(root: string, cacheDir: string, making: string, { recipe, shared, log }: NotFound, ok: boolean, error: Error | undefined): AdminBundle {
	const made = ok ? (readJsonFile(path.join(making, 'manifest.json')) as { entry?: unknown; inputs?: unknown } | undefined) : undefined;
	const inputs = made?.inputs;
	if (typeof made?.entry !== 'string' || typeof inputs !== 'object' || inputs === null) {
		fs.rmSync(making, { recursive: true, force: true });
		throw new Error(`Bundling the CMS for /admin/ failed${error ? `: ${error.message}` : ' (see above)'}`);
	}
	fs.rmSync(path.join(making, 'manifest.json'));
	const files = Object.fromEntries(listFiles(making).map((file) => [file, fileHash(path.join(making, file))]));
	const record: BundleRecord = { format: KEY_FORMAT, recipe, inputs: inputs as Record<string, string>, entry: made.entry, files };
	fs.writeFileSync(path.join(making, 'manifest.json'), JSON.stringify(record, null, '\t'));
	if (recipeKey(root) !== recipe || !inputsUnchanged(root, record.inputs)) return asBundle(making, record);
	const bundle = keep(cacheDir, making, record);
	if (shared) shareBundle(shared, bundle.dir, record, log);
	return bundle;
}

/** Puts the bundle made or copied into `making` (its record written) in place in the project's folder of bundles. */
function keep(cacheDir: string, making: string, record: BundleRecord): AdminBundle {
	const folder = keptFolder(cacheDir);
	const bundle = asBundle(placeBundle(folder, making, record), record);
	pruneBundles(folder, KEEP_IN_PROJECT);
	// Where kits before the folder of bundles kept their one bundle.
	fs.rmSync(path.join(cacheDir, 'bundle'), { recursive: true, force: true });
	return bundle;
}

const asBundle = (dir: string, record: BundleRecord): AdminBundle => ({ dir, entry: record.entry, files: record.files });

/**
 * Copies the bundle into the built site's admin/ folder, each file checked against the bundle's record, with the page
 * that loads it (admin-page.ts).
 *
 * @throws when a file is missing or differs (the bundle was removed or damaged during the build): never a page
 * without its script
 */
export function copyAdminBundle(bundle: AdminBundle, buildDir: string, page: string): void {
	const admin = path.join(buildDir, 'admin');
	for (const [file, hash] of Object.entries(bundle.files)) {
		let bytes: Buffer | undefined;
		try {
			bytes = fs.readFileSync(path.join(bundle.dir, file));
		} catch {
			bytes = undefined;
		}
		if (!bytes || createHash('sha256').update(bytes).digest('hex') !== hash) throw new Error(`The CMS bundle's ${file} in ${bundle.dir} is gone or changed since this build took it; build again`);
		fs.mkdirSync(path.dirname(path.join(admin, file)), { recursive: true });
		fs.writeFileSync(path.join(admin, file), bytes);
	}
	fs.writeFileSync(path.join(admin, 'index.html'), page);
}
