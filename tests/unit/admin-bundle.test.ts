/**
 * The CMS bundle is made once and kept (src/admin/admin-bundle.ts): made
 * again when a source file it was made from, the way it is bundled or the
 * dependencies change, and never left half-made. A stand-in for
 * build-bundle.ts records each time it runs, so this needs no real bundling.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminBundle, copyAdminBundle } from '../../src/admin/admin-bundle.ts';

/** A project whose "bundler" writes cms-<n>.js from cms/admin.ts and fails when cms/admin.ts says so. */
function project() {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-admin-'));
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	};
	write('cms/admin.ts', 'export {};\n');
	write('package-lock.json', '{}\n');
	write(
		'src/admin/build-bundle.ts',
		`import fs from 'node:fs';
import path from 'node:path';
const out = process.argv[2];
const runs = fs.existsSync('runs') ? Number(fs.readFileSync('runs', 'utf8')) + 1 : 1;
fs.writeFileSync('runs', String(runs));
if (fs.readFileSync('cms/admin.ts', 'utf8').includes('fail')) process.exit(1);
fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
fs.writeFileSync(path.join(out, 'assets', 'cms-' + runs + '.js'), 'console.log(' + runs + ');');
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ entry: 'assets/cms-' + runs + '.js', sources: ['cms/admin.ts'] }));
`,
	);
	const cacheDir = path.join(root, '.zorgmerk', 'admin');
	return { root, write, bundle: () => adminBundle(root, cacheDir), runs: () => Number(fs.readFileSync(path.join(root, 'runs'), 'utf8')) };
}

describe('the CMS bundle', () => {
	it('is made once and kept while nothing it depends on changes', () => {
		const site = project();
		expect(site.bundle().entry).toBe('assets/cms-1.js');
		expect(site.bundle().entry).toBe('assets/cms-1.js');
		expect(site.runs()).toBe(1);
	});

	it('is made again when a source file, the bundling or the dependencies change', () => {
		const site = project();
		site.bundle();
		site.write('cms/admin.ts', 'export const changed = true;\n');
		expect(site.bundle().entry).toBe('assets/cms-2.js');
		site.write('package-lock.json', '{"lockfileVersion":3}\n');
		expect(site.bundle().entry).toBe('assets/cms-3.js');
		site.write('src/admin/build-bundle.ts', `${fs.readFileSync(path.join(site.root, 'src/admin/build-bundle.ts'), 'utf8')}// changed\n`);
		expect(site.bundle().entry).toBe('assets/cms-4.js');
		expect(site.bundle().entry).toBe('assets/cms-4.js');
		expect(site.runs()).toBe(4);
	});

	it('stops the build when bundling fails, and leaves nothing half-made behind', () => {
		const site = project();
		const kept = site.bundle();
		site.write('cms/admin.ts', '// fail\n');
		expect(() => site.bundle()).toThrow('Bundling the CMS for /admin/ failed');
		expect(fs.readdirSync(path.dirname(kept.dir))).toEqual(['bundle']);
	});

	it('is copied into the built admin/ folder without its manifest, with the page that loads it', () => {
		const site = project();
		const built = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-admin-built-'));
		copyAdminBundle(site.bundle(), built, '<!doctype html>');
		expect(fs.readdirSync(path.join(built, 'admin'), { recursive: true }).sort()).toEqual(['assets', 'assets/cms-1.js', 'index.html']);
	});
});
