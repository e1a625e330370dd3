import fs from 'node:fs';
import path from 'node:path';
import { controlCharacterIn, unicodeEscape } from '../errors/index.ts';
import type { ContentFileList } from '../lib/files.ts';
import { COLLECTIONS, type CollectionDefinition } from '../schemas/collections.ts';
import { MEDIA_FOLDER } from './picture-reference.ts';
import { overlongPictureName, PICTURE_NAME } from '../images/recognise.ts';
import { message } from '../messages/index.ts';

/**
 * What content/ may hold: an allowlist, checked on the one list of files
 * (src/lib/files.ts) before anything is read.
 *
 * - each collection's entries, by its folder, language folder and extension
 *   (src/schemas/collections.ts): `stories/<locale>/<slug>.mdx`,
 *   `testimonials/<slug>.md`, …;
 * - the settings, `settings/site.yaml`;
 * - pictures in `media/` (and folders in it), by a picture's name; whether
 *   the bytes are that picture is checked by src/images/inspect.ts;
 * - the files operating systems and Git leave behind (`.gitkeep`,
 *   `.DS_Store`, `Thumbs.db`, `desktop.ini`), which nothing reads.
 *
 * Anything else is refused, naming the file, because Vite resolves and loads
 * what a path names, not what its name says: a folder named like a picture
 * (`x.png/index.js`) is a module to Vite, and a module, an SVG or an HTML file
 * in content/ is code waiting for a path that reaches it (issue 17; red-team
 * findings 01 and 13). The rules, in the order they are applied, name the
 * most telling problem: a folder named like a file, code (by extension,
 * anywhere), SVG, the executable mode, and finally "not one of the above".
 * A file also sitting in a folder named like a file is named twice: the
 * folder and the file.
 *
 * {@link refusedContentFiles} is pure: it works on the list and reads no
 * disk. {@link readContentText} reads one file, within a size limit.
 */

/** A file in content/ that is not allowed there, and why (a catalogue message, src/messages/). */
export interface RefusedFile {
	/** Relative to content/, with forward slashes; a folder for a folder named like a file. */
	file: string;
	problem: string;
}

export { PICTURE_NAME } from '../images/recognise.ts';

/** Extensions of files that Vite, Node or a browser would run as code, or compile into code. */
const CODE = /\.(m?[jt]sx?|c[jt]s|m?ts|json5?|wasm|node|astro|svelte|vue|html?|xht(ml)?|php|sh|bash|ps1|bat|cmd|exe|py|rb|pl)$/i;

/** Files operating systems and Git make on their own; nothing reads them. */
const LITTER = new Set(['.gitkeep', '.ds_store', 'thumbs.db', 'desktop.ini']);

/** A folder whose name ends like a file's (`x.png`, `index.js`): Vite would take `x.png` for `x.png/index.js`. */
const FOLDER_LIKE_A_FILE = /\.[a-z0-9]+$/i;

/** The settings file, relative to content/. */
export const SETTINGS_FILE = 'settings/site.yaml';

/**
 * Every file and folder in the list that content/ may not hold, in the
 * order of the list.
 */
export function refusedContentFiles(list: Pick<ContentFileList, 'files' | 'executable'>): RefusedFile[] {
	const refused: RefusedFile[] = [];
	const folders = new Set<string>();
	const executable = new Set(list.executable);
	for (const file of list.files) {
		const parts = file.split('/');
		for (let depth = 1; depth < parts.length; depth++) {
			const folder = parts.slice(0, depth).join('/');
			if (FOLDER_LIKE_A_FILE.test(parts[depth - 1]!) && !folders.has(folder)) {
				folders.add(folder);
				refused.push({ file: folder, problem: folderLikeAFile() });
			}
		}
		const problem = fileProblem(file, executable.has(file));
		if (problem) refused.push({ file, problem });
	}
	return refused;
}

function fileProblem(file: string, executable: boolean): string | undefined {
	const name = path.posix.basename(file);
	if (CODE.test(name)) return code();
	if (/\.svgz?$/i.test(name)) return svg();
	if (executable) return executableFile(file);
	if (LITTER.has(name.toLowerCase()) || file === SETTINGS_FILE) return undefined;
	if (file.startsWith(`${MEDIA_FOLDER}/`)) return PICTURE_NAME.test(name) ? pictureNameTooLong(name) : notAPictureName();
	for (const definition of Object.values(COLLECTIONS) as CollectionDefinition[]) {
		if (!file.startsWith(`${definition.folder}/`)) continue;
		const parts = file.slice(definition.folder.length + 1).split('/');
		const depth = definition.localized ? 2 : 1;
		if (parts.length === depth && name.endsWith(`.${definition.extension}`)) return undefined;
		return notAnEntry(definition, PICTURE_NAME.test(name));
	}
	return PICTURE_NAME.test(name) ? pictureOutsideMedia() : notContent();
}

// ---- Messages, one per kind of problem ----

function folderLikeAFile(): string {
	return message('file.folderNamedLikeFile');
}

function code(): string {
	return message('file.code');
}

function svg(): string {
	return message('file.svg');
}

function executableFile(file: string): string {
	return message('file.executable', { file });
}

function notAPictureName(): string {
	return message('file.notAPictureInMedia');
}

function pictureNameTooLong(name: string): string | undefined {
	const overlong = overlongPictureName(name);
	return overlong && message('file.nameTooLong', overlong);
}

function notAnEntry(definition: CollectionDefinition, picture: boolean): string {
	if (picture) return pictureOutsideMedia();
	return message('file.notAnEntry', { folder: definition.folder, extension: definition.extension, localized: Boolean(definition.localized) });
}

function pictureOutsideMedia(): string {
	return message('file.pictureOutsideMedia');
}

function notContent(): string {
	const folders = Object.values(COLLECTIONS)
		.map((definition) => definition.folder)
		.join(', ');
	return message('file.notContent', { folders, settingsFile: SETTINGS_FILE });
}

/**
 * The largest content file the check reads, in bytes: 200 KB. The longest
 * demo story is under 3 KB and a long feature story of 5,000 words about
 * 35 KB, so no real story comes near it; a larger file is a paste gone wrong
 * or an attack. It bounds the work every parser does on one file (the
 * check's Markdown parsers, YAML) whatever the file holds.
 */
export const MAX_CONTENT_FILE_BYTES = 200 * 1024;

/**
 * A content file's text, or why it is not read: larger than
 * {@link MAX_CONTENT_FILE_BYTES}, or not UTF-8. Node's "utf8" reading turns
 * bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252 by an
 * older editor: "Gül" as 47 FC 6C) into U+FFFD without a word, and that
 * replacement character would be published in a patient's name (red-team
 * finding 06). So the bytes are decoded strictly, and a U+FFFD already in
 * the text (lost in an earlier conversion) is refused as well, as is any
 * control character but tab and line breaks: they show nothing on a page,
 * and in a build log an escape sequence or a line break is an instruction.
 *
 * @param file an absolute path to a regular file.
 */
export function readContentText(file: string): { text: string } | { problem: string } {
	const size = fs.statSync(file).size;
	if (size > MAX_CONTENT_FILE_BYTES) return { problem: tooLarge(size) };
	const bytes = fs.readFileSync(file);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { problem: notUtf8(bytes) };
	}
	const lost = text.indexOf('\uFFFD');
	if (lost !== -1) return { problem: replacementCharacter(text.slice(0, lost).split('\n').length) };
	const control = controlCharacterIn(text);
	if (control) return { problem: controlCharacter(control, text.slice(0, text.indexOf(control)).split('\n').length) };
	return { text };
}

/** Where the first byte that is not UTF-8 is: its line, and the line as Latin-1 would show it. */
function notUtf8(bytes: Buffer): string {
	let offset = 0;
	const decoder = new TextDecoder('utf-8', { fatal: true });
	// The longest valid start, by halving: a decoder cannot say where it stopped.
	for (let low = 0, high = bytes.length; low < high; ) {
		const middle = (low + high + 1) >> 1;
		try {
			decoder.decode(bytes.subarray(0, middle));
			low = middle;
		} catch {
			high = middle - 1;
		}
		offset = low;
	}
	const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
	const start = bytes.lastIndexOf(0x0a, offset) + 1;
	const end = bytes.indexOf(0x0a, offset) === -1 ? bytes.length : bytes.indexOf(0x0a, offset);
	const shown = bytes.subarray(start, end).toString('latin1').trim().slice(0, 60);
	return message('file.notUtf8', { line, shown });
}

function controlCharacter(character: string, line: number): string {
	const code = unicodeEscape(character);
	return message('file.controlCharacter', { line, character: code });
}

function replacementCharacter(line: number): string {
	return message('file.replacementCharacter', { line });
}

function tooLarge(bytes: number): string {
	const kb = Math.ceil(bytes / 1024);
	const max = MAX_CONTENT_FILE_BYTES / 1024;
	return message('file.tooLarge', { kilobytes: kb, maximum: max });
}
