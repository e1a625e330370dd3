import { isBuiltin } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** `id` without a Vite query or hash ("node:fs?raw" → "node:fs", "/p/cms/a.ts?v=1" → "/p/cms/a.ts"). */
const withoutQuery = (id: string): string => id.replace(/[?#].*$/, '');

/**
 * Whether `source` names a Node built-in module: any "node:" name (Vite takes every one for Node's, also one the
 * running Node does not know, such as node:sqlite on Node 20), a name Node's `isBuiltin` knows, or a subpath of one
 * ("fs/promises", "path/posix"), with or without a Vite query ("node:fs?raw").
 */
function isBuiltInModule(source: string): boolean {
	const name = withoutQuery(source);
	return name.startsWith('node:') || isBuiltin(name) || isBuiltin(name.split('/')[0]!);
}

/**
 * Whether `source`, imported by `importer` (an absolute file path), is one of Node's built-in modules imported by
 * our own code under `root` (not by a package in node_modules, whose authors guard such imports for the browser).
 */
export function isOwnBuiltInImport(source: string, importer: string | undefined, root: string): boolean {
	if (!importer || !isBuiltInModule(source)) return false;
	const relative = path.relative(root, withoutQuery(importer));
	const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
	return !outside && !relative.split(path.sep).includes('node_modules');
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
