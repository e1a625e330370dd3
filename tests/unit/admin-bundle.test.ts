/**
 * The CMS bundle is made once and kept (src/admin/admin-bundle.ts): made
 * again when a source file it was made from, the way it is bundled or the
 * dependencies change, and never left half-made; and shared by every copy of
 * the project on the machine (src/admin/shared-bundles.ts), so that another
 * copy with the same files takes it instead of bundling. A stand-in for
 * build-bundle.ts records each time it runs, so this needs no real bundling.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { adminBundle, adminBundleInBackground, copyAdminBundle, type AdminBundleOptions } from '../../src/admin/admin-bundle.ts';
import { readBundleRecord } from '../../src/admin/bundle-key.ts';
import { KEEP, pruneBundles, shareBundle, sharedBundlesFolder } from '../../src/admin/shared-bundles.ts';
import { message } from '../../src/messages/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const made: string[] = [];
const temporary = (name: string) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zorgmerk-admin-${name}-`));
	made.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A project whose "bundler" writes assets/cms-<n>.js (n counts its runs in this project) with the text of
 * cms/admin.ts, from cms/admin.ts and src/i18n/index.ts, and fails when cms/admin.ts says so.
 */
function project(files: Record<string, string> = {}) {
	const root = temporary('project');
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	};
	write('cms/admin.ts', 'export {};\n');
	write('src/i18n/index.ts', 'export const words = {};\n');
	write('package-lock.json', '{}\n');
	write('content/stories/nl/a.mdx', '# Een verhaal\n');
	write(
		'src/admin/build-bundle.ts',
		`import fs from 'node:fs';
import path from 'node:path';
import { sourceInputs } from ${JSON.stringify(path.join(projectRoot, 'src', 'admin', 'bundle-key.ts'))};
const out = process.argv[2];
const runs = fs.existsSync('runs') ? Number(fs.readFileSync('runs', 'utf8')) + 1 : 1;
fs.writeFileSync('runs', String(runs));
const admin = fs.readFileSync('cms/admin.ts', 'utf8');
// What the bundle is made of, as it was read (build-bundle.ts's recordInputs).
const inputs = sourceInputs(process.cwd(), ['cms/admin.ts', 'src/i18n/index.ts']);
if (admin.includes('fail')) process.exit(1);
// An editor's save, or a git pull, while the bundler runs.
if (admin.includes('edited while bundling')) fs.writeFileSync('src/i18n/index.ts', 'export const words = { edited: true };\\n');
fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
fs.writeFileSync(path.join(out, 'assets', 'cms-' + runs + '.js'), 'console.log(' + JSON.stringify(admin) + ');');
fs.writeFileSync(path.join(out, 'assets', 'chunk.js'), 'export {};');
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ entry: 'assets/cms-' + runs + '.js', inputs }));
`,
	);
	for (const [file, text] of Object.entries(files)) write(file, text);
	const cacheDir = path.join(root, '.zorgmerk', 'admin');
	const logged: string[] = [];
	const log = { info: (text: string) => logged.push(`info: ${text}`), warn: (text: string) => logged.push(`warn: ${text}`) };
	return {
		root,
		cacheDir,
		write,
		logged,
		bundle: (options: AdminBundleOptions = { shared: false }) => adminBundle(root, cacheDir, { log, ...options }),
		inBackground: (options: AdminBundleOptions) => adminBundleInBackground(root, cacheDir, { log, ...options }),
		runs: () => (fs.existsSync(path.join(root, 'runs')) ? Number(fs.readFileSync(path.join(root, 'runs'), 'utf8')) : 0),
		/** The files of the bundle the project keeps now (in .zorgmerk/admin/bundles/), relative → text, without the record. */
		files: () => {
			const { dir } = adminBundle(root, cacheDir, { shared: false, log });
			return Object.fromEntries(listAll(dir).filter((file) => file !== 'manifest.json').map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
		},
	};
}

const listAll = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
/** The shared folder's bundles and other folders, by name. */
const entries = (shared: string) => (fs.existsSync(shared) ? fs.readdirSync(shared).sort() : []);

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
		site.write('src/i18n/index.ts', 'export const words = { a: 1 };\n');
		expect(site.bundle().entry).toBe('assets/cms-5.js');
		// A new language file beside a source, which import.meta.glob would take in.
		site.write('cms/text/fr.ts', 'export default {};\n');
		expect(site.bundle().entry).toBe('assets/cms-6.js');
		site.write('content/stories/nl/a.mdx', '# Een ander verhaal\n');
		expect(site.bundle().entry).toBe('assets/cms-6.js');
		expect(site.runs()).toBe(6);
	});

	it('is not kept, nor shared, when a file it is made of changes while it is bundled (a save, a git pull)', () => {
		const shared = temporary('shared');
		const site = project({ 'cms/admin.ts': '// edited while bundling\n' });
		const during = site.bundle({ shared });
		expect(fs.existsSync(path.join(during.dir, during.entry))).toBe(true);
		expect(entries(shared)).toEqual([]);
		// The next build bundles what the files are now, and keeps and shares that.
		site.bundle({ shared });
		expect(site.runs()).toBe(2);
		expect(entries(shared)).toHaveLength(1);
		site.bundle({ shared });
		expect(site.runs()).toBe(2);
	});

	it('stops the build when bundling fails, and leaves nothing half-made behind', () => {
		const site = project();
		const kept = site.bundle();
		site.write('cms/admin.ts', '// fail\n');
		expect(() => site.bundle()).toThrow('Bundling the CMS for /admin/ failed');
		expect(fs.readdirSync(path.dirname(kept.dir))).toEqual([path.basename(kept.dir)]);
	});

	it('is not replaced under a build that uses it: npm run cms bundling a changed cms/ while npm run build runs', () => {
		const site = project();
		const building = site.bundle();
		// npm run cms, started in the same folder after cms/ changed, while the build above is still running.
		site.write('cms/admin.ts', 'export const changed = true;\n');
		expect(site.bundle().entry).toBe('assets/cms-2.js');
		// The build, at its end, copies the bundle it named in its page.
		const built = temporary('built');
		copyAdminBundle(building, built, '<!doctype html>');
		expect(fs.readFileSync(path.join(built, 'admin', building.entry), 'utf8')).toBe('console.log("export {};\\n");');
		expect(fs.readdirSync(path.join(built, 'admin', 'assets')).sort()).toEqual(['chunk.js', 'cms-1.js']);
	});

	it('is made again when a file of the kept bundle was damaged (a crash before it reached the disk), never used', () => {
		const site = project();
		const kept = site.bundle();
		fs.writeFileSync(path.join(kept.dir, kept.entry), '');
		const again = site.bundle();
		expect(site.runs()).toBe(2);
		expect(fs.readFileSync(path.join(again.dir, again.entry), 'utf8')).toBe('console.log("export {};\\n");');
		expect(site.logged.filter((line) => line.startsWith('warn: '))).toHaveLength(1);
	});

	it('leaves nothing of a build that was killed while bundling, once it is an hour old', () => {
		const site = project();
		site.bundle();
		const making = fs.readdirSync(site.cacheDir, { recursive: true, withFileTypes: true }).find((entry) => entry.isDirectory() && entry.name === 'assets')!.parentPath;
		// What a bundler left when the build that started it was killed (kill -9): a whole bundle without its record.
		const left = path.join(path.dirname(making), 'tmp-4242-0a1b2c3d');
		fs.cpSync(making, left, { recursive: true });
		fs.rmSync(path.join(left, 'manifest.json'));
		const hoursAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
		fs.utimesSync(left, hoursAgo, hoursAgo);
		site.write('cms/admin.ts', 'export const changed = true;\n');
		site.bundle();
		expect(fs.existsSync(left)).toBe(false);
	});

	it('is copied into the built admin/ folder without its manifest, with the page that loads it', () => {
		const site = project();
		const built = temporary('built');
		copyAdminBundle(site.bundle(), built, '<!doctype html>');
		expect(fs.readdirSync(path.join(built, 'admin'), { recursive: true }).sort()).toEqual(['assets', 'assets/chunk.js', 'assets/cms-1.js', 'index.html']);
	});
});

describe('the CMS bundle shared by every copy of the project', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('is taken by a second project folder with the same files, without bundling, whatever its content', () => {
		const shared = path.join(temporary('shared'), 'cms-bundles');
		const first = project();
		const second = project({ 'content/stories/nl/a.mdx': '# Iets heel anders\n', 'content/stories/nl/b.mdx': '# Nog een\n' });
		first.bundle({ shared });
		expect(first.runs()).toBe(1);
		const bundle = second.bundle({ shared });
		expect(second.runs()).toBe(0);
		expect(bundle.dir.startsWith(second.cacheDir)).toBe(true);
		expect(bundle.entry).toBe('assets/cms-1.js');
		expect(second.files()).toEqual(first.files());
		expect(second.logged).toEqual([`info: ${message('cmsBundle.reused', { folder: shared })}`]);
		// Kept in the second project too: its next build does not look in the shared folder.
		fs.rmSync(shared, { recursive: true });
		expect(second.bundle({ shared }).entry).toBe('assets/cms-1.js');
		expect(second.runs()).toBe(0);
	});

	it('is taken back by the same project after .zorgmerk/ was removed (a cold build)', () => {
		const shared = temporary('shared');
		const site = project();
		site.bundle({ shared });
		fs.rmSync(path.join(site.root, '.zorgmerk'), { recursive: true });
		expect(site.bundle({ shared }).entry).toBe('assets/cms-1.js');
		expect(site.runs()).toBe(1);
	});

	it('is not taken by a copy whose cms/, code outside cms/ or lock file differs', () => {
		const shared = temporary('shared');
		project().bundle({ shared });
		const differences: Record<string, string>[] = [{ 'cms/admin.ts': 'export const other = 1;\n' }, { 'src/i18n/index.ts': 'export const words = { b: 2 };\n' }, { 'package-lock.json': '{"lockfileVersion":3}\n' }];
		for (const files of differences) {
			const other = project(files);
			other.bundle({ shared });
			expect(other.runs(), JSON.stringify(files)).toBe(1);
		}
		expect(entries(shared)).toHaveLength(4);
	});

	it('is not used when a file differs from its record (damaged), and is made again', () => {
		const shared = temporary('shared');
		project().bundle({ shared });
		const [name] = entries(shared);
		fs.appendFileSync(path.join(shared, name!, 'assets', 'chunk.js'), 'alert(1);');
		const second = project();
		second.bundle({ shared });
		expect(second.runs()).toBe(1);
		expect(second.files()['assets/chunk.js']).toBe('export {};');
		expect(second.logged).toEqual([`warn: ${message('cmsBundle.damaged', { folder: path.join(shared, name!) })}`]);
		// The damaged one was replaced by the new one.
		expect(entries(shared)).toEqual([name]);
		expect(fs.readFileSync(path.join(shared, name!, 'assets', 'chunk.js'), 'utf8')).toBe('export {};');
	});

	it('is not used when half-written: a file missing from a bundle, or a folder a killed build was writing', () => {
		const shared = temporary('shared');
		project().bundle({ shared });
		const [name] = entries(shared);
		fs.rmSync(path.join(shared, name!, 'assets', 'cms-1.js'));
		// A build killed while it wrote the same bundle: its folder has files but no record yet.
		fs.cpSync(path.join(shared, name!), path.join(shared, 'tmp-999-0000abcd'), { recursive: true });
		fs.rmSync(path.join(shared, 'tmp-999-0000abcd', 'manifest.json'));
		const second = project();
		expect(second.bundle({ shared }).entry).toBe('assets/cms-1.js');
		expect(second.runs()).toBe(1);
		expect(Object.keys(second.files())).toEqual(['assets/chunk.js', 'assets/cms-1.js']);
		expect(second.logged.filter((line) => line.startsWith('warn: '))).toHaveLength(1);
		// The killed build's folder goes once it is an hour old.
		expect(entries(shared)).toEqual([name, 'tmp-999-0000abcd']);
		pruneBundles(shared, KEEP, Date.now() + 2 * 60 * 60 * 1000);
		expect(entries(shared)).toEqual([name]);
	});

	it('removes only its own folders from a shared folder that also holds others (ZORGMERK_CMS_CACHE=/srv/cache, say)', () => {
		const shared = temporary('shared');
		const others = ['tmp-notes', 'old-site', 'tmp-1234', 'old-99-report', 'tmp-12-abcd1234.txt', '0123456789abcdef0123456789abcdef'];
		for (const name of others) fs.mkdirSync(path.join(shared, name));
		// A build killed while writing a bundle, and one killed while removing one: both this kit's own.
		for (const name of ['tmp-4242-0a1b2c3d', 'old-4242-deadbeef']) fs.mkdirSync(path.join(shared, name));
		const hoursAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
		for (const name of fs.readdirSync(shared)) fs.utimesSync(path.join(shared, name), hoursAgo, hoursAgo);
		project().bundle({ shared });
		expect(entries(shared).filter((name) => !/^[0-9a-f]{32}-[0-9a-f]{32}$/.test(name))).toEqual([...others].sort());
	});

	it('never stops a build when its folder cannot be written', () => {
		const blocked = path.join(temporary('shared'), 'a-file');
		fs.writeFileSync(blocked, 'not a folder');
		const site = project();
		expect(site.bundle({ shared: path.join(blocked, 'cms-bundles') }).entry).toBe('assets/cms-1.js');
		expect(site.runs()).toBe(1);
		expect(site.logged).toEqual([`warn: ${message('cmsBundle.notShared', { folder: path.join(blocked, 'cms-bundles'), reason: 'ENOTDIR' })}`]);
	});

	it('leaves nothing behind when the disk fills up while a bundle is written', () => {
		const shared = temporary('shared');
		const site = project();
		const bundleDir = site.bundle().dir;
		const record = readBundleRecord(bundleDir)!;
		let copied = 0;
		const full = {
			mkdirSync: fs.mkdirSync,
			writeFileSync: fs.writeFileSync,
			renameSync: fs.renameSync,
			copyFileSync: (from: string, to: string) => {
				if ((copied += 1) > 1) {
					fs.writeFileSync(to, fs.readFileSync(from).subarray(0, 3));
					throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
				}
				fs.copyFileSync(from, to);
			},
		};
		expect(shareBundle(shared, bundleDir, record, { info: () => {}, warn: (line) => site.logged.push(`warn: ${line}`) }, full)).toBe(false);
		expect(entries(shared)).toEqual([]);
		expect(site.logged).toEqual([`warn: ${message('cmsBundle.notShared', { folder: shared, reason: 'ENOSPC' })}`]);
	});

	it('is made by two builds at once without harm: one bundle kept, both builds whole', async () => {
		const shared = temporary('shared');
		const first = project();
		const second = project();
		const [a, b] = await Promise.all([first.inBackground({ shared }), second.inBackground({ shared })]);
		expect(a.entry).toBe('assets/cms-1.js');
		expect(b.entry).toBe('assets/cms-1.js');
		expect(second.files()).toEqual(first.files());
		expect(entries(shared)).toHaveLength(1);
		expect(readBundleRecord(path.join(shared, entries(shared)[0]!))).toBeDefined();
	});

	it(`keeps the ${KEEP} bundles used last`, () => {
		const shared = temporary('shared');
		const site = project();
		const version = (n: number) => {
			site.write('cms/admin.ts', `export const version = ${n};\n`);
			return site.bundle({ shared }).entry;
		};
		for (let n = 0; n < KEEP; n += 1) version(n);
		expect(entries(shared)).toHaveLength(KEEP);
		// Version 0, the oldest, is used again, from the shared folder; versions 1 and 2 are now used longest ago.
		expect(version(0)).toBe('assets/cms-1.js');
		version(KEEP);
		version(KEEP + 1);
		expect(entries(shared)).toHaveLength(KEEP);
		expect(site.runs()).toBe(KEEP + 2);
		expect(version(0)).toBe('assets/cms-1.js');
		expect(site.runs()).toBe(KEEP + 2);
		version(1);
		expect(site.runs()).toBe(KEEP + 3);
	});

	it('keeps the bundle just made when the others were used "in the future" (a clock set back, a cache restored from another machine)', () => {
		const shared = temporary('shared');
		const site = project();
		for (let n = 0; n < KEEP; n += 1) {
			site.write('cms/admin.ts', `export const version = ${n};\n`);
			site.bundle({ shared });
		}
		const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
		for (const name of entries(shared)) fs.utimesSync(path.join(shared, name), tomorrow, tomorrow);
		site.write('cms/admin.ts', 'export const version = "new";\n');
		site.bundle({ shared });
		const other = project({ 'cms/admin.ts': 'export const version = "new";\n' });
		other.bundle({ shared });
		expect(other.runs()).toBe(0);
		expect(entries(shared)).toHaveLength(KEEP);
	});

	it('lies in the user\'s cache folder, or where ZORGMERK_CMS_CACHE says, or nowhere with ZORGMERK_CMS_CACHE=off', () => {
		expect(sharedBundlesFolder({ ZORGMERK_CMS_CACHE: 'off' })).toBeUndefined();
		expect(sharedBundlesFolder({ ZORGMERK_CMS_CACHE: '/srv/ci-cache/cms' })).toBe(path.resolve('/srv/ci-cache/cms'));
		expect(sharedBundlesFolder({ ZORGMERK_CMS_CACHE: 'relative/cms' })).toBe(path.resolve('relative/cms'));
		if (process.platform === 'linux') {
			vi.stubEnv('XDG_CACHE_HOME', '/var/cache/redactie');
			expect(sharedBundlesFolder({})).toBe('/var/cache/redactie/zorgmerk/cms-bundles');
			vi.stubEnv('XDG_CACHE_HOME', '');
			expect(sharedBundlesFolder({})).toBe(path.join(os.homedir(), '.cache', 'zorgmerk', 'cms-bundles'));
		}
	});

	it('is used by default, as npm run build and npm run cms use it', () => {
		const shared = temporary('shared');
		vi.stubEnv('ZORGMERK_CMS_CACHE', shared);
		project().bundle({});
		const second = project();
		second.bundle({});
		expect(second.runs()).toBe(0);
	});
});
