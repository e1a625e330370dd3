/**
 * The CMS runs in the editor's browser: none of our code in its bundle may import a Node built-in module, which Vite
 * would replace by an empty stand-in with a warning only (cms/previews.ts once pulled node:fs and node:path in
 * through src/lib/reading-time.ts, whose file reading is now src/lib/reading-time-of-file.ts). The plugin below stops
 * the bundling instead, so every build that bundles the CMS (CI's first) is the check on the real modules.
 */
import { describe, expect, it } from 'vitest';
import { browserOnly, isOwnBuiltInImport } from '../../src/admin/browser-only.ts';

describe('the CMS bundle, which runs in the browser', () => {
	it('is stopped at bundling when a file of ours imports one, naming the file and the module', () => {
		const root = '/project';
		expect(isOwnBuiltInImport('node:fs', '/project/src/lib/reading-time.ts', root)).toBe(true);
		expect(isOwnBuiltInImport('path', '/project/cms/previews.ts', root)).toBe(true);
		expect(isOwnBuiltInImport('fs/promises', '/project/cms/previews.ts?v=1', root)).toBe(true);
		expect(isOwnBuiltInImport('node:path/posix', '/project/cms/previews.ts', root)).toBe(true);
		// With a Vite query, a node: name the running Node does not know (Vite still takes it for Node's), and a folder of ours named "..x".
		expect(isOwnBuiltInImport('node:fs?raw', '/project/cms/previews.ts', root)).toBe(true);
		expect(isOwnBuiltInImport('node:nog-niet-bestaand', '/project/cms/previews.ts', root)).toBe(true);
		expect(isOwnBuiltInImport('node:fs', '/project/..x/previews.ts', root)).toBe(true);
		// A package's own guarded import, a package named like a module, our code importing a package, and an entry without importer.
		expect(isOwnBuiltInImport('node:fs', '/project/node_modules/decap-cms-core/dist/index.js', root)).toBe(false);
		expect(isOwnBuiltInImport('fs-extra', '/project/cms/previews.ts', root)).toBe(false);
		expect(isOwnBuiltInImport('yaml', '/project/cms/previews.ts', root)).toBe(false);
		expect(isOwnBuiltInImport('node:fs', '/elsewhere/x.ts', root)).toBe(false);
		expect(isOwnBuiltInImport('node:fs', undefined, root)).toBe(false);

		const plugin = browserOnly(root);
		const resolveId = plugin.resolveId as (source: string, importer?: string) => unknown;
		expect(() => resolveId('node:fs', '/project/src/lib/reading-time.ts')).toThrow('The CMS runs in the browser, which has no node:fs: src/lib/reading-time.ts imports it.');
		expect(resolveId('react', '/project/cms/admin.ts')).toBeNull();
		expect(plugin.enforce).toBe('pre');
	});
});
