import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { globFolders, sourceInputs } from './bundle-key.ts';

/** The plugin of {@link recordInputs}, with what it recorded. */
export interface InputsRecorder extends Plugin {
	/** Every input recorded so far (bundle-key.ts's sourceInputs of every module of ours loaded), as it was first read. */
	inputs(): Record<string, string>;
}

/**
 * A Vite plugin for the CMS bundle (build-bundle.ts) that records what the bundle is made of, as it is made: each
 * module of ours (not in node_modules: the lock files stand for those) the moment Vite loads it, with its folder's
 * list of names, the tsconfig.json and package.json above it (bundle-key.ts's sourceInputs) and the lists of the
 * folders its import.meta.glob calls read (globFolders), hashed then.
 *
 * Why at load: the bundle's chunks name only the modules whose code they hold, not one that merely passes exports on
 * (`export { a } from './a.ts'`) or whose exports went unused, though a change in either changes the bundle; and files
 * hashed after bundling describe the files as they are then, not as they were read, so a save or a `git pull` during
 * the seconds of bundling made a record that claimed the new files for a bundle of the old ones, kept and shared as
 * such. admin-bundle.ts compares this record with the files after bundling, and keeps the bundle only when they agree.
 *
 * @param root the project, to which every input is relative
 */
export function recordInputs(root: string): InputsRecorder {
	const inputs: Record<string, string> = {};
	return {
		name: 'zorgmerk:bundle-inputs',
		enforce: 'pre',
		load: {
			filter: { id: { exclude: /[\\/]node_modules[\\/]/ } },
			handler(id) {
				const file = id.replace(/\?.*$/, '');
				if (path.isAbsolute(file) && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
					const relative = path.relative(root, file);
					const globbed = globFolders(root, relative, fs.readFileSync(file, 'utf8'));
					for (const [input, hash] of Object.entries(sourceInputs(root, [relative], globbed))) inputs[input] ??= hash;
				}
				// Vite loads the module as it would without this plugin.
				return null;
			},
		},
		inputs: () => ({ ...inputs }),
	};
}
