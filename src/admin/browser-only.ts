import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Node's built-in modules, with and without the "node:" prefix ("fs", "node:fs", "node:test"). */
const BUILT_INS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * Whether `source`, imported by `importer` (an absolute file path), is one of Node's built-in modules imported by
 * our own code under `root` (not by a package in node_modules, whose authors guard such imports for the browser).
 * Subpaths count too ("fs/promises", "node:path/posix").
 */
export function isOwnBuiltInImport(source: string, importer: string | undefined, root: string): boolean {
	if (!importer || !BUILT_INS.has(source) && !BUILT_INS.has(source.split('/')[0]!)) return false;
	const relative = path.relative(root, importer.replace(/[?#].*$/, ''));
	return !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).includes('node_modules');
}

/**
 * A Vite plugin for the CMS bundle that stops the bundling when our code imports a Node built-in module. Vite would
 * otherwise replace the module with an empty stand-in and only warn ("Module "node:fs" has been externalized for
 * browser compatibility"): the CMS would fail in the editor's browser when the code runs, not at the build. Keep
 * code that reads files in a module of its own that the CMS does not import (as src/lib/reading-time-of-file.ts).
 *
 * @param root the project's folder (absolute).
 * @throws Error from resolveId, naming the importing file (relative to root) and the module.
 */
export function browserOnly(root: string): Plugin {
	return {
		name: 'zorgmerk:browser-only',
		enforce: 'pre',
		resolveId(source, importer) {
			if (!isOwnBuiltInImport(source, importer, root)) return null;
			throw new Error(`The CMS runs in the browser, which has no ${source}: ${path.relative(root, importer!)} imports it. Move the code that needs it into a module the CMS does not import.`);
		},
	};
}
