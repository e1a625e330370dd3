/**
 * The CMS's script for the built site. Decap with React is far larger than
 * the whole public site's code and changes only when cms/, the code of ours
 * it uses or the dependencies do, so it is bundled in a process of its own
 * (build-bundle.ts) and kept until one of those changes, instead of on every
 * build inside Astro's, where it cost seconds and half a gigabyte of memory.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
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

/** Beside the sources Vite reports: how they are bundled, and the dependencies. */
const ALWAYS_INPUTS = ['src/admin/build-bundle.ts', 'package-lock.json'];

/** The bundle kept in `cacheDir`, made again first if any of its inputs changed (or there is none yet). */
export function adminBundle(root: string, cacheDir: string): AdminBundle {
	const dir = path.join(cacheDir, 'bundle');
	const kept = readJsonFile(path.join(dir, 'manifest.json')) as Manifest | undefined;
	if (kept && Object.entries(kept.inputs).every(([file, hash]) => hashOf(root, file) === hash) && fs.existsSync(path.join(dir, kept.entry))) {
		return { dir, entry: kept.entry };
	}
	// Made in a folder of its own and then put in place, so a build running beside this one never copies half a bundle.
	const making = path.join(cacheDir, `making-${process.pid}`);
	const result = spawnSync(process.execPath, [path.join(root, 'src', 'admin', 'build-bundle.ts'), making], { cwd: root, stdio: 'inherit' });
	const made = result.status === 0 ? (readJsonFile(path.join(making, 'manifest.json')) as { entry: string; sources: string[] } | undefined) : undefined;
	if (!made) {
		fs.rmSync(making, { recursive: true, force: true });
		throw new Error(`Bundling the CMS for /admin/ failed${result.error ? `: ${result.error.message}` : ' (see above)'}`);
	}
	const inputs = Object.fromEntries([...made.sources, ...ALWAYS_INPUTS].map((file) => [file, hashOf(root, file)]));
	fs.writeFileSync(path.join(making, 'manifest.json'), JSON.stringify({ entry: made.entry, inputs } satisfies Manifest, null, '\t'));
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(making, dir);
	return { dir, entry: made.entry };
}

/** Copies the bundle into the built site's admin/ folder. */
export function copyAdminBundle(bundle: AdminBundle, buildDir: string): void {
	fs.cpSync(bundle.dir, path.join(buildDir, 'admin'), { recursive: true, filter: (source) => path.basename(source) !== 'manifest.json' });
}

/** Import this id in the admin page to get the entry script's address relative to admin/. */
export const ADMIN_SCRIPT = 'virtual:zorgmerk/admin-script';

export function adminScriptModule(bundle: AdminBundle): Plugin {
	const resolved = `\0${ADMIN_SCRIPT}`;
	return {
		name: 'zorgmerk:admin-script',
		resolveId: (id) => (id === ADMIN_SCRIPT ? resolved : undefined),
		load: (id) => (id === resolved ? `export default ${JSON.stringify(bundle.entry)};` : undefined),
	};
}

/** A file's content hash; a missing file hashes to "missing", so a bundle that used it is made again. */
function hashOf(root: string, file: string): string {
	const absolute = path.join(root, file);
	return fs.existsSync(absolute) ? fileHash(absolute) : 'missing';
}
