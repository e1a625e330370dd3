import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, relative to it, with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** The SHA-256 of a file's bytes, as hex. */
export function fileHash(file: string): string {
	return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * The JSON in a file the build keeps for itself (a cache, a record of the
 * last build); undefined when there is none yet or it is damaged, which only
 * costs the work of making it again. The caller checks its shape.
 */
export function readJsonFile(file: string): unknown {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
	} catch {
		return undefined;
	}
}

/** What a path in content/ is when it is not a regular file or a folder, or has a name that is not safe (`unsafe-name`). */
export type IrregularKind = 'symlink' | 'device' | 'socket' | 'fifo' | 'other' | 'unsafe-name';

/**
 * Characters a file or folder name in content/ may not hold: control
 * characters (a line break in a name forged lines in the build log, and on
 * GitHub Actions a workflow command; red-team finding 12), invisible and
 * direction-reversing marks (Unicode Cf: a name that reads differently than
 * it is), line and paragraph separators, and what has a meaning in a URL, a
 * path or on Windows: \ : * ? " < > | # %.
 */
export const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029\\:*?"<>|#%]/u;

/** The files of a content folder, as the content check, Astro's loaders and the dev guard all see them. */
export interface ContentFileList {
	/** Every regular file below the folder, relative to it, with forward slashes, sorted. */
	files: string[];
	/**
	 * Everything that is neither a regular file nor a real folder (a symlink, also to a folder; a device, socket or
	 * FIFO), and every file or folder whose name has {@link UNSAFE_NAME_CHARACTERS}, relative, sorted. Never
	 * followed or read. Names here may hold any character: print them with printable() (src/errors/).
	 */
	irregular: { file: string; kind: IrregularKind }[];
	/** The regular files marked executable (any of the mode's x bits; never set on Windows), relative, sorted. */
	executable: string[];
}

/**
 * The one list of files in content/: regular files with safe names only, and
 * a list of what is something else or has a name with control characters or
 * other characters that are not safe in a URL or a log. Symbolic links are never followed, whether they point at
 * a file or a folder (Git stores them, so anyone who can push to content/ can
 * add one that points anywhere on the build machine; issue 17). The content
 * check refuses the folder when `irregular` is not empty; the collections'
 * loaders and the dev guard take only files from `files`.
 *
 * @param dir an absolute folder; a missing folder gives empty lists.
 */
export function listContentFiles(dir: string): ContentFileList {
	const list: ContentFileList = { files: [], irregular: [], executable: [] };
	if (!fs.existsSync(dir)) return list;
	const root = fs.lstatSync(dir);
	if (!root.isDirectory()) {
		list.irregular.push({ file: '.', kind: kindOf(root) });
		return list;
	}
	// A walk of our own: readdir's recursive option descends into symbolic links to folders (Node 24).
	const walk = (folder: string, prefix: string) => {
		for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
			const file = `${prefix}${entry.name}`;
			if (UNSAFE_NAME_CHARACTERS.test(entry.name)) list.irregular.push({ file, kind: 'unsafe-name' });
			else if (entry.isFile()) {
				list.files.push(file);
				if (fs.lstatSync(path.join(folder, entry.name)).mode & 0o111) list.executable.push(file);
			} else if (entry.isDirectory()) walk(path.join(folder, entry.name), `${file}/`);
			else list.irregular.push({ file, kind: kindOf(entry) });
		}
	};
	walk(dir, '');
	list.files.sort();
	list.executable.sort();
	list.irregular.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	return list;
}

function kindOf(entry: fs.Dirent | fs.Stats): IrregularKind {
	if (entry.isSymbolicLink()) return 'symlink';
	if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'device';
	if (entry.isSocket()) return 'socket';
	if (entry.isFIFO()) return 'fifo';
	return 'other';
}

/** True when `file` is a regular file itself (not a symbolic link to one). */
export function isRegularFile(file: string): boolean {
	try {
		return fs.lstatSync(file).isFile();
	} catch {
		return false;
	}
}

/** The file-system calls {@link replaceFolder} makes; a test can stand in for a second disk. */
export interface FolderOperations {
	renameSync(from: string, to: string): void;
	cpSync(from: string, to: string, options: { recursive: true }): void;
	rmSync(target: string, options: { recursive: true; force: true }): void;
	existsSync(target: string): boolean;
	mkdirSync(target: string, options: { recursive: true }): unknown;
}

/**
 * Puts the folder `staged` in the place of `destination`, so that
 * `destination` is at every moment the old folder whole, the new one whole,
 * or (between two renames) absent; never half copied. `staged` is first moved
 * next to `destination` (renamed, or copied when it is on another disk:
 * rename fails there with EXDEV), then the old folder is renamed aside and
 * the new one renamed into place, on one disk.
 *
 * @param staged the finished folder, e.g. the build's staging folder.
 * @param destination e.g. dist/; its parent folder is made when missing.
 * @param tag makes the temporary sibling names unique, e.g. the process id.
 */
export function replaceFolder(staged: string, destination: string, tag: string, ops: FolderOperations = fs): void {
	const sibling = (what: string) => path.join(path.dirname(destination), `.${path.basename(destination)}.${what}-${tag}`);
	const next = sibling('new');
	const previous = sibling('old');
	ops.mkdirSync(path.dirname(destination), { recursive: true });
	for (const folder of [next, previous]) ops.rmSync(folder, { recursive: true, force: true });
	try {
		ops.renameSync(staged, next);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		ops.cpSync(staged, next, { recursive: true });
		ops.rmSync(staged, { recursive: true, force: true });
	}
	if (ops.existsSync(destination)) ops.renameSync(destination, previous);
	ops.renameSync(next, destination);
	ops.rmSync(previous, { recursive: true, force: true });
}
