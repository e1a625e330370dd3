/**
 * What goes into the CMS bundle's key (src/admin/bundle-key.ts): every kind of
 * input changes it, content/ and where the project lies do not; the builder's
 * own modules and the folders the CMS globs are all in it; the environment is
 * kept out of the bundle instead (bundler-environment.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { recordInputs } from '../../src/admin/bundle-inputs.ts';
import { BUILDER_FILES, bundleKey, currentToolchain, globFolders, globPatterns, inputsUnchanged, KEY_FORMAT, PROJECT_FILES, readBundleRecord, recipeKey, sourceInputs, type Toolchain } from '../../src/admin/bundle-key.ts';
import { bundlerEnvironment } from '../../src/admin/bundler-environment.ts';
import { listFiles } from '../../src/lib/files.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const made: string[] = [];
const temporary = (name: string) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zorgmerk-${name}-`));
	made.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** The sources outside cms/ the stand-in bundle is made of. */
const SOURCES = ['cms/admin.ts', 'src/i18n/index.ts', 'src/i18n/languages/nl.ts'];

function project() {
	const root = temporary('bundle-key');
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	};
	const link = (file: string, target: string) => {
		fs.rmSync(path.join(root, file), { force: true });
		fs.symlinkSync(target, path.join(root, file));
	};
	for (const file of [...BUILDER_FILES, ...PROJECT_FILES, ...SOURCES, 'cms/text/nl.ts', 'content/stories/nl/a.mdx', 'shared/it.ts', 'shared/it-2.ts']) write(file, `// ${file}\n`);
	const key = (toolchain: Toolchain = currentToolchain()) => {
		const recipe = recipeKey(root, toolchain);
		return bundleKey(recipe, sourceInputs(root, SOURCES));
	};
	return { root, write, link, key };
}

describe("the CMS bundle's key", () => {
	it('changes when any kind of input changes', () => {
		const site = project();
		const changes: [string, () => void][] = [
			...[...BUILDER_FILES, ...PROJECT_FILES].map((file): [string, () => void] => [file, () => site.write(file, `// ${file}, changed\n`)]),
			['a file in cms/', () => site.write('cms/admin.ts', '// changed\n')],
			['a new file in cms/, which a glob may read', () => site.write('cms/text/fr.ts', '// new\n')],
			['a removed file in cms/', () => fs.rmSync(path.join(site.root, 'cms/text/nl.ts'))],
			['a source outside cms/', () => site.write('src/i18n/index.ts', '// changed\n')],
			['a new file beside a source outside cms/', () => site.write('src/i18n/languages/de.ts', '// new\n')],
			['a tsconfig.json above a source', () => site.write('src/tsconfig.json', '{}\n')],
			['a package.json above a source', () => site.write('src/package.json', '{"sideEffects":false}\n')],
			// Vite compiles each module with the options of its tsconfig.json and of every file that one extends.
			['a tsconfig.json that extends a file of the project', () => site.write('tsconfig.json', '{\n\t// as TypeScript allows: comments, a trailing comma\n\t"$schema": "https://json.schemastore.org/tsconfig",\n\t"extends": ["astro/tsconfigs/strict", "./tsconfig.base.json"],\n}\n')],
			['the file it extends', () => site.write('tsconfig.base.json', '{ "compilerOptions": { "useDefineForClassFields": false } }\n')],
			['a tsconfig.json above a source that extends a file named without .json', () => site.write('src/tsconfig.json', '{ "extends": "../configs/cms" }\n')],
			['that file', () => site.write('configs/cms.json', '{ "compilerOptions": { "jsx": "react" } }\n')],
			['that file extending another', () => site.write('configs/cms.json', '{ "extends": "./base.json" }\n')],
			['the other', () => site.write('configs/base.json', '{ "compilerOptions": { "jsxFactory": "h" } }\n')],
			['a tsconfig.json it references', () => site.write('tsconfig.json', '{ "references": [{ "path": "./cms-project" }] }\n')],
			['that one', () => site.write('cms-project/tsconfig.json', '{ "compilerOptions": { "experimentalDecorators": true } }\n')],
			// A language file shared between projects by a symbolic link: cms/text/ globs it like any file.
			['a new file in cms/ that is a symbolic link', () => site.link('cms/text/it.ts', '../../shared/it.ts')],
			['that link pointed at another file', () => site.link('cms/text/it.ts', '../../shared/it-2.ts')],
			['a symbolic link beside a source outside cms/', () => site.link('src/i18n/languages/it.ts', '../../../shared/it.ts')],
			['that link pointed at another file', () => site.link('src/i18n/languages/it.ts', '../../../shared/it-2.ts')],
		];
		const seen = new Set([site.key()]);
		for (const [what, change] of changes) {
			change();
			const key = site.key();
			expect(seen.has(key), what).toBe(false);
			seen.add(key);
		}
		const toolchain = currentToolchain();
		for (const other of [{ ...toolchain, node: 'v99.0.0' }, { ...toolchain, platform: 'other' }, { ...toolchain, arch: 'other' }]) {
			expect(seen.has(site.key(other)), JSON.stringify(other)).toBe(false);
		}
	});

	it('stays the same when content/ changes, and in another folder with the same files', () => {
		const site = project();
		const before = site.key();
		site.write('content/stories/nl/a.mdx', '# changed\n');
		site.write('content/stories/nl/b.mdx', '# new\n');
		site.write('src/pages/other.astro', '---\n---\n');
		expect(site.key()).toBe(before);
		const copy = temporary('bundle-key-copy');
		fs.cpSync(site.root, copy, { recursive: true });
		expect(bundleKey(recipeKey(copy), sourceInputs(copy, SOURCES))).toBe(before);
	});

	it("holds every module of ours the builder imports (BUILDER_FILES)", () => {
		const found = new Set<string>();
		const visit = (file: string) => {
			if (found.has(file)) return;
			found.add(file);
			const text = fs.readFileSync(path.join(projectRoot, file), 'utf8');
			for (const imported of ts.preProcessFile(text, true, true).importedFiles.map((reference) => reference.fileName)) {
				if (imported.startsWith('.')) visit(path.posix.join(path.posix.dirname(file), imported));
			}
		};
		visit('src/admin/build-bundle.ts');
		expect([...found].sort()).toEqual([...BUILDER_FILES].sort());
	});

	it('covers what the CMS globs: every import.meta.glob call in cms/ and src/ is one whose folders globFolders finds', () => {
		const calls = ['cms', 'src'].flatMap((folder) =>
			listFiles(path.join(projectRoot, folder))
				.filter((file) => /\.(ts|tsx|js|mjs)$/.test(file))
				.map((file) => ({ file: `${folder}/${file}`, text: fs.readFileSync(path.join(projectRoot, folder, file), 'utf8') }))
				// Calls, with or without a type argument; not the words in a comment.
				.filter(({ text }) => /import\.meta\.glob\s*[<(]/.test(text)),
		);
		expect(calls.map(({ file }) => file)).toEqual(expect.arrayContaining(['src/i18n/packs.ts', 'cms/text/index.ts', 'cms/interface/index.ts']));
		for (const { file, text } of calls) {
			const patterns = globPatterns(text);
			expect(patterns.length, file).toBe(text.match(/import\.meta\.glob\s*[<(]/g)!.length);
			expect(globFolders(projectRoot, file, text), file).not.toEqual([]);
		}
		expect(globFolders(projectRoot, 'src/i18n/packs.ts', fs.readFileSync(path.join(projectRoot, 'src/i18n/packs.ts'), 'utf8'))).toEqual(['src/i18n/languages/']);
		expect(globFolders(projectRoot, 'src/x/a.ts', "import.meta.glob(['./**/*.md', '!./skip/*.md', '/cms/text/*.ts'])")).toEqual(['src/x/', 'cms/text/']);
	});
});

describe('what the bundler records of our modules (bundle-inputs.ts)', () => {
	it('names every module of ours it loads, also one the bundle leaves out, with its hash when it was read', async () => {
		const root = temporary('bundle-inputs');
		const write = (file: string, text: string) => {
			fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
			fs.writeFileSync(path.join(root, file), text);
		};
		write('cms/admin.ts', "import { a } from '../src/lib/barrel.ts';\nimport css from '../src/styles/site.css?raw';\nconsole.log(a, css);\n");
		// A module that only passes exports on, and one whose export is not used: neither is in the bundle's chunks.
		write('src/lib/barrel.ts', "export { a } from './a.ts';\nexport { b } from './b.ts';\n");
		write('src/lib/a.ts', "export const a = 'A';\n");
		write('src/lib/b.ts', "export const b = 'B';\n");
		write('src/styles/site.css', 'body { color: black; }\n');
		const recorder = recordInputs(root);
		const { build } = await import('vite');
		await build({ configFile: false, root, logLevel: 'silent', plugins: [recorder], build: { write: false, rolldownOptions: { input: path.join(root, 'cms', 'admin.ts') } } });
		const inputs = recorder.inputs();
		expect(Object.keys(inputs).filter((input) => !input.endsWith('/') && !input.endsWith('.json')).sort()).toEqual(['cms/admin.ts', 'src/lib/a.ts', 'src/lib/b.ts', 'src/lib/barrel.ts', 'src/styles/site.css']);
		expect(inputs).toEqual(sourceInputs(root, ['cms/admin.ts', 'src/lib/a.ts', 'src/lib/b.ts', 'src/lib/barrel.ts', 'src/styles/site.css']));
		// Changed after it was read: the record keeps what went into the bundle, so it no longer matches the files.
		write('src/lib/barrel.ts', "export const a = 'not A';\nexport { b } from './b.ts';\n");
		expect(inputsUnchanged(root, inputs)).toBe(false);
	});
});

describe('what the bundler records of the folders our modules glob', () => {
	it("names a globbed folder's list even while no module in it was loaded, so that its first file is seen", async () => {
		const root = temporary('bundle-globs');
		const write = (file: string, text: string) => {
			fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
			fs.writeFileSync(path.join(root, file), text);
		};
		write('cms/admin.ts', "import { packs } from '../src/i18n/packs.ts';\nconsole.log(packs);\n");
		write('src/i18n/packs.ts', "export const packs = import.meta.glob<{ default: string }>('./extra/*.ts', { eager: true });\n");
		write('src/i18n/extra/README.md', 'Language files go here.\n');
		const recorder = recordInputs(root);
		const { build } = await import('vite');
		await build({ configFile: false, root, logLevel: 'silent', plugins: [recorder], build: { write: false, rolldownOptions: { input: path.join(root, 'cms', 'admin.ts') } } });
		const inputs = recorder.inputs();
		expect(Object.keys(inputs)).toContain('src/i18n/extra/');
		write('src/i18n/extra/it.ts', "export default 'it';\n");
		expect(inputsUnchanged(root, inputs)).toBe(false);
	});
});

describe("a kept bundle's record", () => {
	const write = (record: unknown) => {
		const dir = temporary('bundle-record');
		fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(record));
		return dir;
	};
	const good = { format: KEY_FORMAT, recipe: 'r', inputs: { 'src/x.ts': 'h' }, entry: 'assets/cms-1.js', files: { 'assets/cms-1.js': 'h', 'assets/webp_enc-2.wasm': 'h' } };

	it('is read when it has the shape of one', () => {
		expect(readBundleRecord(write(good))).toEqual(good);
	});

	it('is refused when a file would lie outside the bundle, or the entry is not one of its files, or it is of another format', () => {
		for (const files of [{ '../outside.js': 'h' }, { 'assets/../../outside.js': 'h' }, { '/etc/passwd': 'h' }, { 'manifest.json': 'h' }, { 'assets\\cms.js': 'h' }]) {
			expect(readBundleRecord(write({ ...good, files: { ...good.files, ...files } })), JSON.stringify(files)).toBeUndefined();
		}
		expect(readBundleRecord(write({ ...good, entry: 'assets/other.js' }))).toBeUndefined();
		expect(readBundleRecord(write({ ...good, format: KEY_FORMAT - 1 }))).toBeUndefined();
		expect(readBundleRecord(write({ entry: 'assets/cms-1.js', inputs: {} }))).toBeUndefined();
	});
});

describe('the environment the CMS is bundled in', () => {
	it('is the production build without VITE_ variables, whatever the build was started with', () => {
		expect(bundlerEnvironment({ PATH: '/bin', NODE_ENV: 'development', VITE_API: 'x', VITE_USER_NODE_ENV: 'development', ZORGMERK_TODAY: '2026-12-01' })).toEqual({
			PATH: '/bin',
			NODE_ENV: 'production',
			ZORGMERK_TODAY: '2026-12-01',
		});
	});
});
