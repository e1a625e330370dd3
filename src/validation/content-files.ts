import fs from 'node:fs';
import path from 'node:path';
import { controlCharacterIn, unicodeEscape } from '../errors/index.ts';
import type { ContentFileList } from '../lib/files.ts';
import { COLLECTIONS, type CollectionDefinition } from '../schemas/collections.ts';
import { say } from '../schemas/primitives.ts';
import { MEDIA_FOLDER } from './picture-reference.ts';

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

/** A file in content/ that is not allowed there, and why (Dutch and English, joined by say()). */
export interface RefusedFile {
	/** Relative to content/, with forward slashes; a folder for a folder named like a file. */
	file: string;
	problem: string;
}

/** A file name that says picture, including formats the site cannot publish (HEIC, TIFF), which src/images/inspect.ts names. */
export const PICTURE_NAME = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

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
	if (file.startsWith(`${MEDIA_FOLDER}/`)) return PICTURE_NAME.test(name) ? undefined : notAPictureName();
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
	return say(
		'deze map heeft een naam als van een bestand (met een extensie, zoals .png of .js); de bouw van de site zou hem voor een bestand kunnen houden. Geef de map een naam zonder punt, of haal hem weg.',
		'this folder is named like a file (with an extension, such as .png or .js); the site’s build could take it for a file. Give the folder a name without a dot, or remove it.',
	);
}

function code(): string {
	return say(
		'dit is programmacode (of een bestand dat als code wordt gelezen); in content/ staat alleen inhoud: teksten, foto\'s en de instellingen. Haal het bestand weg; code hoort in src/, bij de ontwikkelaars.',
		'this is program code (or a file read as code); content/ holds only content: texts, pictures and the settings. Remove the file; code belongs in src/, with the developers.',
	);
}

function svg(): string {
	return say(
		'dit is een SVG-tekening; die kan programmacode bevatten en staat daarom niet in content/. Sla de afbeelding op als PNG of JPEG in content/media/, en haal de SVG weg.',
		'this is an SVG drawing; it can contain code, so content/ does not hold it. Save the picture as PNG or JPEG in content/media/, and remove the SVG.',
	);
}

function executableFile(file: string): string {
	return say(
		`dit bestand is gemarkeerd als uitvoerbaar programma; inhoud is dat nooit. Haal de markering weg: git update-index --chmod=-x content/${file} (en chmod -x op uw eigen computer).`,
		`this file is marked as an executable program; content never is. Remove the mark: git update-index --chmod=-x content/${file} (and chmod -x on your own computer).`,
	);
}

function notAPictureName(): string {
	return say(
		'in content/media/ staan alleen foto\'s (JPEG, PNG, WebP, AVIF of GIF); dit bestand is er geen. Haal het weg.',
		'content/media/ holds only pictures (JPEG, PNG, WebP, AVIF or GIF); this file is not one. Remove it.',
	);
}

function notAnEntry(definition: CollectionDefinition, picture: boolean): string {
	if (picture) return pictureOutsideMedia();
	const where = definition.localized ? `${definition.folder}/<taal>/<naam>.${definition.extension}` : `${definition.folder}/<naam>.${definition.extension}`;
	const whereEn = definition.localized ? `${definition.folder}/<language>/<name>.${definition.extension}` : `${definition.folder}/<name>.${definition.extension}`;
	return say(
		`de site leest dit bestand niet: in content/${definition.folder}/ staan alleen bestanden als content/${where}. Zet het op die plek met die extensie, of haal het weg.`,
		`the site does not read this file: content/${definition.folder}/ holds only files such as content/${whereEn}. Put it in that place with that extension, or remove it.`,
	);
}

function pictureOutsideMedia(): string {
	return say(
		'foto\'s staan in content/media/; hier leest de site ze niet. Verplaats de foto naar content/media/ en verwijs ernaar vanaf de tekst, of haal hem weg.',
		'pictures belong in content/media/; the site does not read them here. Move the picture to content/media/ and refer to it from the text, or remove it.',
	);
}

function notContent(): string {
	const folders = Object.values(COLLECTIONS)
		.map((definition) => definition.folder)
		.join(', ');
	return say(
		`de site leest dit bestand niet: content/ bevat alleen de mappen van de inhoud (${folders}), media/ voor foto's en ${SETTINGS_FILE}. Haal het weg.`,
		`the site does not read this file: content/ holds only the content folders (${folders}), media/ for pictures and ${SETTINGS_FILE}. Remove it.`,
	);
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
	return say(
		`dit bestand is niet als UTF-8 opgeslagen (regel ${line}: "${shown}"); de site zou letters als ë, ü of ş verkeerd tonen. Open het in een teksteditor en sla het op als UTF-8 (in Kladblok: Opslaan als > Codering: UTF-8).`,
		`this file is not saved as UTF-8 (line ${line}: "${shown}"); the site would show letters such as ë, ü or ş wrongly. Open it in a text editor and save it as UTF-8 (in Notepad: Save as > Encoding: UTF-8).`,
	);
}

function controlCharacter(character: string, line: number): string {
	const code = unicodeEscape(character);
	return say(
		`regel ${line} bevat een onzichtbaar stuurteken (${code}), zoals een tekstverwerker of kopiëren en plakken het soms achterlaat. Haal het weg: typ die regel opnieuw.`,
		`line ${line} contains an invisible control character (${code}), as a word processor or copying and pasting sometimes leaves behind. Remove it: type that line again.`,
	);
}

function replacementCharacter(line: number): string {
	return say(
		`regel ${line} bevat het teken \uFFFD: daar is eerder een letter verloren gegaan (bij het omzetten of plakken). Typ de letter opnieuw.`,
		`line ${line} contains the character \uFFFD: a letter was lost there before (when converting or pasting). Type the letter again.`,
	);
}

function tooLarge(bytes: number): string {
	const kb = Math.ceil(bytes / 1024);
	const max = MAX_CONTENT_FILE_BYTES / 1024;
	return say(
		`dit bestand is ${kb} KB; een bestand met inhoud is hoogstens ${max} KB (een verhaal van zo'n 30.000 woorden). Is er per ongeluk iets in geplakt? Haal dat weg, of verdeel de tekst over meer verhalen.`,
		`this file is ${kb} KB; a content file is at most ${max} KB (a story of some 30,000 words). Was something pasted into it by mistake? Remove it, or divide the text over several stories.`,
	);
}
