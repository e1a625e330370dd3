/**
 * The CMS's script, for the built site and for the development server. Decap with React is far larger than
 * the whole public site's code and changes only when cms/, the code of ours
 * it uses or the dependencies do, so it is bundled in a process of its own
 * (build-bundle.ts) and kept until one of those changes, instead of on every
 * build inside Astro's, where it cost seconds and half a gigabyte of memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileHash, readJsonFile } from '../lib/files.ts';

export interface AdminBundle {
	/** The folder whose files belong in the built site's admin/ folder. */
	dir: string;
	/** The entry script, relative to admin/ ("assets/cms-a1b2c3.js"). */
	entry: string;
}

interface Manifest {
	entry: string;
	/** Every file the bundle depends on, relative to the project, with its content hash. */
	inputs: Record<string, string>;
}

/** Beside the sources Vite reports: how they are bundled (with which corrections to Decap), and the dependencies. */
const ALWAYS_INPUTS = ['src/admin/build-bundle.ts', 'src/admin/decap-patches.ts', 'package-lock.json'];

/** The bundle kept in `cacheDir` when it is up to date with every file it was made from, else undefined. */
export function keptBundle(root: string, cacheDir: string): AdminBundle | undefined {
	const dir = path.join(cacheDir, 'bundle');
	const kept = readJsonFile(path.join(dir, 'manifest.json')) as Manifest | undefined;
	const upToDate =
		kept !== undefined &&
		// A bundle made before an input was added to ALWAYS_INPUTS is made again too.
		ALWAYS_INPUTS.every((file) => file in kept.inputs) &&
		Object.entries(kept.inputs).every(([file, hash]) => hashOf(root, file) === hash) &&
		fs.existsSync(path.join(dir, kept.entry));
	if (upToDate) {
		return { dir, entry: kept.entry };
	}
	return undefined;
}

/** The bundle kept in `cacheDir`, made again first if any of its inputs changed (or there is none yet). */
export function adminBundle(root: string, cacheDir: string): AdminBundle {
	const kept = keptBundle(root, cacheDir);
	if (kept) return kept;
	const making = makingDir(cacheDir);
	const result = spawnSync(process.execPath, bundlerArguments(root, making), { cwd: root, stdio: 'inherit' });
	return putInPlace(root, cacheDir, making, result.status === 0, result.error);
}

/** adminBundle without blocking: for the development server, which keeps answering while the bundle is made. */
export async function adminBundleInBackground(root: string, cacheDir: string): Promise<AdminBundle> {
	const kept = keptBundle(root, cacheDir);
	if (kept) return kept;
	const making = makingDir(cacheDir);
	const { ok, error } = await new Promise<{ ok: boolean; error?: Error }>((resolve) => {
		const child = spawn(process.execPath, bundlerArguments(root, making), { cwd: root, stdio: 'inherit' });
		child.on('error', (error) => resolve({ ok: false, error }));
		child.on('exit', (code) => resolve({ ok: code === 0 }));
	});
	return putInPlace(root, cacheDir, making, ok, error);
}

// Made in a folder of its own and then put in place, so a build running beside this one never copies half a bundle.
const makingDir = (cacheDir: string) => path.join(cacheDir, `making-${process.pid}-${Date.now()}`);
const bundlerArguments = (root: string, making: string) => [path.join(root, 'src', 'admin', 'build-bundle.ts'), making];

function putInPlace(root: string, cacheDir: string, making: string, ok: boolean, error: Error | undefined): AdminBundle {
	const dir = path.join(cacheDir, 'bundle');
	const made = ok ? (readJsonFile(path.join(making, 'manifest.json')) as { entry: string; sources: string[] } | undefined) : undefined;
	if (!made) {
		fs.rmSync(making, { recursive: true, force: true });
		throw new Error(`Bundling the CMS for /admin/ failed${error ? `: ${error.message}` : ' (see above)'}`);
	}
	const inputs = Object.fromEntries([...made.sources, ...ALWAYS_INPUTS].map((file) => [file, hashOf(root, file)]));
	fs.writeFileSync(path.join(making, 'manifest.json'), JSON.stringify({ entry: made.entry, inputs } satisfies Manifest, null, '\t'));
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(making, dir);
	return { dir, entry: made.entry };
}

/** Copies the bundle into the built site's admin/ folder, with the page that loads it (admin-page.ts). */
export function copyAdminBundle(bundle: AdminBundle, buildDir: string, page: string): void {
	fs.cpSync(bundle.dir, path.join(buildDir, 'admin'), { recursive: true, filter: (source) => path.basename(source) !== 'manifest.json' });
	fs.writeFileSync(path.join(buildDir, 'admin', 'index.html'), page);
}

/** A file's content hash; a missing file hashes to "missing", so a bundle that used it is made again. */
function hashOf(root: string, file: string): string {
	const absolute = path.join(root, file);
	return fs.existsSync(absolute) ? fileHash(absolute) : 'missing';
}
