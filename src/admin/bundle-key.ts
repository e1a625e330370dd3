import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileHash } from '../lib/files.ts';

/**
 * What goes into the CMS bundle (build-bundle.ts), as content hashes: the
 * key under which a bundle is kept, in the project's build cache
 * (.zorgmerk/admin/) and in the cache that every copy of the project on the
 * machine shares (shared-bundles.ts). A key that missed an input would serve
 * a stale CMS, which is worse than bundling again, so it takes in everything
 * that can change the bundle's bytes:
 *
 * - how it is bundled: build-bundle.ts and the modules it imports ({@link BUILDER_FILES});
 * - the dependencies: package-lock.json, and node_modules/.package-lock.json, npm's own record of what it
 *   installed (the two differ when `npm ci` was not run after a pull changed the lock file);
 * - what Vite reads from the project besides the sources: package.json and tsconfig.json;
 * - every file in cms/, a new one too (cms/text/ and cms/interface/ are read with import.meta.glob);
 * - every module of ours Vite loaded while bundling, hashed as it was read (bundle-inputs.ts), also one whose code
 *   the bundle left out; for those outside cms/ the list of names in each of their folders (src/i18n/packs.ts globs
 *   its folder, and a new file beside an import can change what the import finds), and a tsconfig.json or
 *   package.json in any folder above them (Vite takes the nearest of each for how to compile a module and whether it
 *   has side effects);
 * - Node's version, the operating system and the processor (Vite's bundler, Rolldown, is a native binary).
 *
 * Not the environment: build-bundle.ts bundles with NODE_ENV=production, without VITE_ variables and without
 * .env files (bundler-environment.ts), so no setting a build is started with changes the bundle. Not content/:
 * the CMS reads the content when it runs, never when it is bundled.
 */

/** Raised when what a key means changes, so that bundles kept under the old meaning are made again. */
export const KEY_FORMAT = 3;

/** How the bundle is made: build-bundle.ts and every module of ours it imports (a test checks the list). */
export const BUILDER_FILES = [
	'src/admin/build-bundle.ts',
	'src/admin/browser-only.ts',
	'src/admin/bundle-inputs.ts',
	'src/admin/bundle-key.ts',
	'src/admin/bundler-environment.ts',
	'src/admin/decap-patches.ts',
	'src/lib/bundler-warnings.ts',
	'src/lib/files.ts',
];

/** The files besides the builder and cms/ that go into every bundle. */
export const PROJECT_FILES = ['package-lock.json', 'node_modules/.package-lock.json', 'package.json', 'tsconfig.json'];

/** The folder whose every file goes into the key. */
export const CMS_FOLDER = 'cms';

/** The Node that bundles: its version, the operating system and the processor. */
export interface Toolchain {
	/** process.version, e.g. "v24.21.0" */
	node: string;
	/** process.platform, e.g. "linux" */
	platform: string;
	/** process.arch, e.g. "x64" */
	arch: string;
}

export const currentToolchain = (): Toolchain => ({ node: process.version, platform: process.platform, arch: process.arch });

/**
 * The inputs known before bundling: the builder, the project's files and everything in cms/ but folders (files,
 * and symbolic links, which import.meta.glob takes like files), each as a path relative to `root` with forward
 * slashes → its SHA-256 ("missing" for a file that is not there; see {@link inputHash} for a link).
 */
export function recipeInputs(root: string): Record<string, string> {
	const cms = path.join(root, CMS_FOLDER);
	const cmsFiles = fs.existsSync(cms) ? listEntries(cms).map((file) => `${CMS_FOLDER}/${file}`) : [];
	return Object.fromEntries(withTsconfigs(root, [...BUILDER_FILES, ...PROJECT_FILES, ...cmsFiles]).sort().map((file) => [file, inputHash(root, file)]));
}

/** Every entry below `dir` but folders (files, symbolic links, also to a folder), relative with forward slashes, sorted. */
function listEntries(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => !entry.isDirectory())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/**
 * The recipe key: a SHA-256 (hex) of {@link recipeInputs}, the toolchain and {@link KEY_FORMAT}. Two copies of
 * the project with the same recipe key made the same bundle when their {@link sourceInputs} are the same too.
 */
export function recipeKey(root: string, toolchain: Toolchain = currentToolchain()): string {
	return sha256(JSON.stringify({ format: KEY_FORMAT, toolchain, inputs: Object.entries(recipeInputs(root)) }));
}

/**
 * The inputs learnt from bundling: each module of ours that was loaded → its SHA-256; for those outside cms/ (whose
 * folders are in the recipe), each of their folders, as "src/i18n/languages/" (with the slash) → the SHA-256 of the
 * names in it, and the tsconfig.json and package.json of every folder above them up to the project's own → SHA-256
 * or "missing"; and each folder in `globbed`, as a folder.
 *
 * @param sources the modules of ours loaded, relative to `root` (bundle-inputs.ts records them as they are loaded)
 * @param globbed folders their `import.meta.glob` calls read, relative with a trailing slash ({@link globFolders})
 */
export function sourceInputs(root: string, sources: string[], globbed: string[] = []): Record<string, string> {
	const files = sources.map((file) => file.split(path.sep).join('/'));
	const outside = files.filter((file) => !file.startsWith(`${CMS_FOLDER}/`));
	const folders = outside.map((file) => `${path.posix.dirname(file)}/`);
	const above = outside.flatMap((file) => ancestors(file).flatMap((folder) => [`${folder}/tsconfig.json`, `${folder}/package.json`]));
	return Object.fromEntries(withTsconfigs(root, [...files, ...folders, ...above, ...globbed]).sort().map((input) => [input, inputHash(root, input)]));
}

/** A call of import.meta.glob, with or without a type argument, and its first argument: a string or a list of them. */
const GLOB_CALL = /import\.meta\.glob\s*(?:<[^(]*>)?\s*\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*"|`[^`$]*`)/g;
const STRING = /'([^']*)'|"([^"]*)"|`([^`$]*)`/g;

/**
 * The patterns of every `import.meta.glob` call in a module's code, one list per call, as Vite reads them: literal
 * strings only (Vite refuses anything else).
 */
export function globPatterns(text: string): string[][] {
	return [...text.matchAll(GLOB_CALL)].map(([, argument]) => [...argument!.matchAll(STRING)].map((match) => match[1] ?? match[2] ?? match[3] ?? ''));
}

/**
 * The folders the `import.meta.glob` calls of a module read, relative to `root` with a trailing slash. Vite lists
 * them while bundling, so that a file added there changes the bundle even when no module in the folder was loaded
 * before. For each pattern (./ or ../ from the module, / from the project; a !pattern only narrows another): the
 * folder before its first part with a wildcard, and, when a wildcard stands for folders (one before the last part of
 * the path, or `**`), every folder below that one too.
 *
 * @param file the module, relative to `root`
 * @param text its code
 */
export function globFolders(root: string, file: string, text: string): string[] {
	const folders = new Set<string>();
	for (const pattern of globPatterns(text).flat()) {
		const from = pattern.startsWith('./') || pattern.startsWith('../') ? path.posix.join(path.posix.dirname(file.split(path.sep).join('/')), pattern) : pattern.startsWith('/') ? pattern.slice(1) : undefined;
		if (from === undefined) continue;
		const parts = path.posix.normalize(from).split('/');
		const wild = parts.findIndex((part) => /[*?{}[\]]/.test(part));
		if (wild < 0) continue;
		const base = parts.slice(0, wild).join('/') || '.';
		folders.add(`${base}/`);
		const below = wild < parts.length - 1 || parts[wild]!.includes('**');
		if (below) for (const folder of foldersBelow(path.join(root, base))) folders.add(`${base}/${folder}/`);
	}
	return [...folders];
}

/** Every folder below `dir` but node_modules, relative with forward slashes; none when it cannot be read. */
function foldersBelow(dir: string): string[] {
	try {
		return fs
			.readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isDirectory() && !path.relative(dir, entry.parentPath).split(path.sep).includes('node_modules') && entry.name !== 'node_modules')
			.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
	} catch {
		return [];
	}
}

/**
 * `inputs` without repeats, with every file of the project that a tsconfig.json among them extends or references,
 * and those that file extends or references in turn: Vite compiles each module with the options of its nearest
 * tsconfig.json merged with those of every file it extends (useDefineForClassFields, jsx, experimentalDecorators
 * change the bundle). A package's configuration ("astro/tsconfigs/strict") is not followed: the lock files stand for
 * it. TypeScript's rules: an `extends` that starts with ./ or ../ (or is absolute) is a file, tried as written and
 * with .json added; a reference's `path` is a file or a folder holding tsconfig.json.
 */
function withTsconfigs(root: string, inputs: string[]): string[] {
	const found = new Set(inputs);
	const waiting = inputs.filter((input) => path.posix.basename(input) === 'tsconfig.json');
	for (let config = waiting.pop(); config !== undefined; config = waiting.pop()) {
		for (const linked of tsconfigLinks(root, config)) {
			if (found.has(linked)) continue;
			found.add(linked);
			waiting.push(linked);
		}
	}
	return [...found];
}

/** The files of the project a tsconfig file (relative to `root`) names in `extends` and `references`, relative. */
function tsconfigLinks(root: string, config: string): string[] {
	let parsed: { extends?: unknown; references?: unknown };
	try {
		parsed = parseJsonc(fs.readFileSync(path.join(root, config), 'utf8')) as typeof parsed;
	} catch {
		return [];
	}
	const at = (target: string) =>
		path.isAbsolute(target) ? path.relative(root, target).split(path.sep).join('/') : path.posix.normalize(path.posix.join(path.posix.dirname(config), target.split('\\').join('/')));
	const extended = (Array.isArray(parsed.extends) ? parsed.extends : [parsed.extends]).filter(
		(target): target is string => typeof target === 'string' && (/^\.\.?[\\/]/.test(target) || path.isAbsolute(target)),
	);
	const referenced = (Array.isArray(parsed.references) ? parsed.references : [])
		.map((reference: unknown) => (reference as { path?: unknown } | null)?.path)
		.filter((target): target is string => typeof target === 'string');
	return [
		...extended.flatMap((target) => (target.endsWith('.json') ? [at(target)] : [at(target), `${at(target)}.json`])),
		...referenced.map((target) => (target.endsWith('.json') ? at(target) : `${at(target)}/tsconfig.json`)),
	];
}

/** JSON with comments and trailing commas, as tsconfig.json allows; throws when it is not that. */
function parseJsonc(text: string): unknown {
	// Each pattern takes a whole string first, so that "//" or ",}" inside one is kept.
	const withoutComments = text.replace(/^\uFEFF/, '').replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_match, kept?: string) => kept ?? '');
	return JSON.parse(withoutComments.replace(/("(?:\\.|[^"\\])*")|,(\s*[}\]])/g, (_match, kept?: string, close?: string) => kept ?? close ?? ''));
}

/** The folders a relative path lies in, nearest first, without the project's own: "src/i18n/x.ts" → src/i18n, src. */
function ancestors(file: string): string[] {
	const folders: string[] = [];
	for (let folder = path.posix.dirname(file); folder !== '.' && folder !== '/' && !folder.startsWith('..'); folder = path.posix.dirname(folder)) folders.push(folder);
	return folders;
}

/** Whether every input in `inputs` (see {@link sourceInputs}) still has the recorded hash in `root`. */
export function inputsUnchanged(root: string, inputs: Record<string, string>): boolean {
	return Object.entries(inputs).every(([input, hash]) => inputHash(root, input) === hash);
}

/**
 * The whole key of a bundle, as the name of its entry in the shared cache: the recipe key's first 32 hex digits,
 * a hyphen, and 32 of a SHA-256 of the recipe key with the source inputs. Entries of one recipe share the prefix.
 */
export function bundleKey(recipe: string, inputs: Record<string, string>): string {
	const sorted = Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `${recipe.slice(0, 32)}-${sha256(JSON.stringify({ recipe, inputs: sorted })).slice(0, 32)}`;
}

/**
 * A file's SHA-256, "missing" when it is not a file; for a folder ("dir/"), the SHA-256 of the names in it, each
 * symbolic link with where it points. A symbolic link's hash takes in where it points and what it points at: Vite
 * loads the file it points at under that file's own path, from which the file's own imports are resolved.
 */
function inputHash(root: string, input: string): string {
	const absolute = path.join(root, input);
	try {
		if (input.endsWith('/')) {
			const names = fs.readdirSync(absolute, { withFileTypes: true }).map((entry) => {
				if (entry.isDirectory()) return `${entry.name}/`;
				return entry.isSymbolicLink() ? `${entry.name} -> ${fs.readlinkSync(path.join(absolute, entry.name))}` : entry.name;
			});
			return sha256(names.sort().join('\n'));
		}
		if (fs.lstatSync(absolute).isSymbolicLink()) {
			const target = fs.statSync(absolute, { throwIfNoEntry: false });
			return sha256(`${fs.readlinkSync(absolute)}\n${target?.isFile() ? fileHash(absolute) : target?.isDirectory() ? 'folder' : 'missing'}`);
		}
		return fileHash(absolute);
	} catch {
		return 'missing';
	}
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What a kept bundle was made from and of: its manifest.json, in each bundle's folder in .zorgmerk/admin/bundles/ and in the
 * shared cache. Written only after every file of the bundle is in place.
 */
export interface BundleRecord {
	/** {@link KEY_FORMAT} when it was made. */
	format: number;
	/** {@link recipeKey} before bundling. */
	recipe: string;
	/** {@link sourceInputs} of every module loaded, as they were read (bundle-inputs.ts). */
	inputs: Record<string, string>;
	/** The entry script, relative to the bundle's folder ("assets/cms-a1b2c3.js"); one of `files`. */
	entry: string;
	/** Every file of the bundle but this record, relative with forward slashes → its SHA-256. */
	files: Record<string, string>;
}

/** A relative path inside a bundle: letters, digits, ".", "_", "-" and "/" only, no ".." and not the record itself. */
const SAFE_FILE = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[\w.-]+(?:\/[\w.-]+)*$/;

/** The record in a bundle's folder when it is there and has the shape of one, else undefined. */
export function readBundleRecord(dir: string): BundleRecord | undefined {
	let record: unknown;
	try {
		record = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
	} catch {
		return undefined;
	}
	const isHashes = (value: unknown): value is Record<string, string> =>
		typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((hash) => typeof hash === 'string');
	if (typeof record !== 'object' || record === null) return undefined;
	const { format, recipe, inputs, entry, files } = record as Partial<BundleRecord>;
	const valid =
		format === KEY_FORMAT &&
		typeof recipe === 'string' &&
		isHashes(inputs) &&
		isHashes(files) &&
		Object.keys(files).every((file) => SAFE_FILE.test(file) && file !== 'manifest.json') &&
		typeof entry === 'string' &&
		entry in files;
	return valid ? (record as BundleRecord) : undefined;
}
