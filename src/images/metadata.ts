/**
 * Camera metadata in image files: finding a GPS position or the orientation
 * in EXIF, and removing EXIF, XMP, IPTC, text comments and hidden extras from
 * JPEG, PNG and WebP files without re-encoding them (the picture itself stays
 * bit for bit the same).
 *
 * Two things are kept because they are part of the picture, not about the
 * person:
 * - the colour profile (ICC; Adobe's APP14 for CMYK JPEGs): dropping it
 *   changes the colours;
 * - the EXIF Orientation (1–8): a phone stores a portrait as landscape pixels
 *   plus "turn 90° clockwise". Without the tag every reader (browsers, sharp,
 *   Astro) shows the photo lying on its side (issue 19, case 3). It is kept
 *   as a minimal EXIF block that holds nothing else.
 *
 * Pure functions over Uint8Array, without Node's Buffer or fs: the CMS calls
 * {@link stripMetadata} in the browser on an upload, so GPS never reaches the
 * repository.
 */

import type { MetadataKind as NamedMetadataKind } from '../messages/catalogue.ts';

/** What {@link stripMetadata} can take out of a file. */
export type MetadataKind =
	| 'EXIF'
	| 'XMP'
	| 'IPTC'
	| 'comment'
	| 'text'
	| 'time'
	| 'MPF'
	| 'data after the picture'
	| `APP${number}`;

/**
 * The key messageParts.metadataKind names `kind` by, in the editor's language (src/messages/catalogue.ts): 'EXIF' →
 * 'exif', 'comment' → 'comments', 'MPF' → 'multiPicture', 'data after the picture' → 'trailing', and every
 * `APP${number}` → 'application'. Several kinds may share a key (APP1 and APP3): callers keep each key once.
 */
export function metadataKindKey(kind: MetadataKind): NamedMetadataKind {
	switch (kind) {
		case 'EXIF': return 'exif';
		case 'XMP': return 'xmp';
		case 'IPTC': return 'iptc';
		case 'comment': return 'comments';
		case 'text': return 'text';
		case 'time': return 'time';
		case 'MPF': return 'multiPicture';
		case 'data after the picture': return 'trailing';
		default: return 'application';
	}
}

/** The formats recognised by their first bytes; only JPEG, PNG and WebP can be cleaned. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic' | 'gif' | 'unknown';

/** The formats {@link stripMetadata} (and so `npm run media:scrub` and the CMS) can clean. */
export const CLEANABLE_FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'webp'];

/** EXIF Orientation (TIFF tag 0x0112): 1 upright, 3 upside down, 6 turn 90° clockwise to view, 8 turn 90° anticlockwise; 2, 4, 5, 7 mirrored. */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Stripped {
	/** The cleaned file; the very same Uint8Array as the input when nothing was removed. */
	bytes: Uint8Array;
	/** What was removed, e.g. ["EXIF", "XMP"]; empty when the file was clean or cannot be cleaned (see `format`). */
	removed: MetadataKind[];
	/** The file's format. Only for "jpeg", "png" and "webp" is anything removed. */
	format: ImageFormat;
	/** The EXIF Orientation kept in the cleaned file (2–8), undefined when the picture is stored upright. */
	orientation?: Orientation;
}

/** Thrown when a JPEG, PNG or WebP file's structure is damaged (e.g. cut short): nothing can be removed safely. */
export class DamagedImageError extends Error {
	override readonly name = 'DamagedImageError';
}

/**
 * Thrown when a JPEG, PNG or WebP file's orientation note cannot be kept as
 * every reader understands it (see {@link orientationNote}): dropping it or
 * keeping one of its readings could publish the picture on its side. The
 * build refuses the same file (`turn-note-unclear`, src/images/inspect.ts).
 */
export class UnclearOrientationError extends Error {
	override readonly name = 'UnclearOrientationError';
}

/**
 * Removes camera and editing metadata from a JPEG, PNG or WebP file, keeping
 * its pixels, colour profile and orientation. Works in Node and in the
 * browser.
 *
 * - JPEG: removes EXIF (GPS, camera, date, the thumbnail), XMP (also
 *   extended XMP), IPTC (APP13), comments, MPF and maker segments (APP1–APP15
 *   except ICC in APP2 and Adobe's APP14), wherever they are and however many,
 *   and anything after the end of the picture (a motion photo's video, a
 *   second picture of an MPO or gain map). JFIF (APP0) stays.
 * - PNG: removes eXIf, tEXt, zTXt, iTXt (XMP included) and tIME, and anything
 *   after IEND. iCCP, sRGB, gAMA, cHRM and pHYs stay.
 * - WebP: removes the EXIF and XMP chunks and fixes the VP8X flags and the
 *   RIFF size; ICCP and animation stay.
 * - In all three, an EXIF Orientation other than 1 is written back as the only
 *   entry of a new, minimal EXIF block (little-endian TIFF, 26 bytes), where
 *   the old EXIF block was. Cleaning a cleaned file changes nothing. Browsers
 *   and Astro honour the tag in JPEG; in WebP Chromium ignores it and in PNG
 *   and WebP Astro 7.3 misreads Orientation 5–8, so `npm run media:scrub`
 *   turns such a file's pixels (src/images/upright.ts). A caller in the
 *   browser can see it by `format` and `orientation`.
 * - An orientation note that not every reader reads alike (two EXIF blocks
 *   that disagree, a LONG, a value outside 0–8, an IFD offset other than 8):
 *   nothing is returned, {@link UnclearOrientationError} is thrown, as the
 *   build refuses such a file ({@link orientationNote}). EXIF blocks that
 *   repeat the same orientation become one.
 * - AVIF and HEIC are returned unchanged (`format` says which): their
 *   metadata sits in items of the ISOBMFF 'meta' box, which cannot be taken
 *   out without rewriting the box's offsets, and their orientation is not in
 *   EXIF but in 'irot'/'imir' properties. GIF is returned unchanged: it has no
 *   EXIF or GPS (only comment and application blocks). Convert such a file to
 *   JPEG to clean it.
 *
 * @param bytes the whole file
 * @returns the cleaned file and what was removed; see {@link Stripped}
 * @throws DamagedImageError when a JPEG, PNG or WebP file is cut short or its structure is broken
 * @throws UnclearOrientationError when its orientation note is damaged, odd or given twice with different values
 * @example
 * const { bytes, removed, orientation } = stripMetadata(new Uint8Array(await file.arrayBuffer()));
 * // removed: ['EXIF', 'XMP'], orientation: 6 — GPS gone, the portrait still upright
 */
export function stripMetadata(bytes: Uint8Array): Stripped {
	const format = imageFormat(bytes);
	switch (format) {
		case 'jpeg':
			return stripJpeg(bytes);
		case 'png':
			return stripPng(bytes);
		case 'webp':
			return stripWebp(bytes);
		default:
			return { bytes, removed: [], format };
	}
}

/** The format of a file from its first bytes (its "magic number"), whatever its name says. */
export function imageFormat(bytes: Uint8Array): ImageFormat {
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (startsWith(bytes, 0, PNG_SIGNATURE)) return 'png';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
	if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
	if (ascii(bytes, 4, 4) === 'ftyp') {
		// The major brand and the compatible brands of an ISO base media file (ISO/IEC 14496-12, 4.3).
		// The major brand at 8, a minor version at 12, compatible brands from 16.
		const size = Math.min(readU32(bytes, 0, false), bytes.length);
		const brands = [ascii(bytes, 8, 4), ...Array.from({ length: Math.max(0, Math.floor((size - 16) / 4)) }, (_, index) => ascii(bytes, 16 + index * 4, 4))];
		if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
		if (brands.some((brand) => /^(heic|heix|heim|heis|hevc|hevx|mif1|msf1)$/.test(brand))) return 'heic';
	}
	return 'unknown';
}

/**
 * True when an EXIF block holds a GPS latitude or longitude. `exif` is the
 * TIFF structure, with or without the "Exif\0\0" header JPEG and sharp put
 * before it (sharp's `metadata().exif`).
 */
export function exifHasGps(exif: Uint8Array): boolean {
	const tiff = readTiff(exif);
	if (!tiff) return false;
	const gpsPointer = tiff.entries(tiff.firstIfd).find((entry) => entry.tag === TAG_GPS_IFD)?.value;
	if (!gpsPointer) return false;
	// 2 = GPSLatitude, 4 = GPSLongitude; an empty GPS block says nothing about where.
	return tiff.entries(gpsPointer).some((entry) => entry.tag === 0x0002 || entry.tag === 0x0004);
}

/**
 * The EXIF Orientation of a TIFF structure (with or without "Exif\0\0"), or
 * undefined when it has none or a note that is not plain (see {@link exifOrientationNote}).
 */
export function exifOrientation(exif: Uint8Array): Orientation | undefined {
	const note = exifOrientationNote(exif);
	return note === 'unclear' ? undefined : note;
}

/**
 * The orientation note of a whole JPEG, PNG or WebP file, read by the one
 * rule the build and the CMS share: the value when every reader reads the
 * same one, `'unclear'` when they may not.
 *
 * Two readers decide how a picture is published: sharp (libexif, as photo
 * viewers) turns the pixels, and Astro's own size reader (its vendored
 * image-size, `imageMetadata`) decides the shape. They differ on odd notes:
 * sharp reads the first EXIF block of a JPEG, Astro the last; sharp follows
 * the IFD offset, Astro assumes 8; sharp reads a LONG, Astro only a SHORT;
 * Astro takes 9 for a quarter turn, sharp for none. So a note counts only when
 * it is plain in every EXIF block of the file: one Orientation entry, a SHORT
 * with one value 1–8, in the first IFD right after the header (offset 8), and
 * the same value in every block (a block without the tag, or with 0, counts
 * as 1). Anything else with an Orientation entry in it is unclear: the build
 * refuses the file (`turn-note-unclear`) and the CMS's upload filter too, with
 * the same message, where keeping one reading would publish it sideways.
 * tests/unit/image-metadata.test.ts checks this rule against sharp and Astro.
 *
 * @param bytes the whole file
 * @returns 1–8 for a plain note, undefined for none (upright), `'unclear'`, or undefined for other formats
 *   (AVIF keeps its turn in its own boxes, read by sharp and Astro alike)
 * @throws DamagedImageError when a JPEG, PNG or WebP file is cut short or its structure is broken
 */
export function orientationNote(bytes: Uint8Array): Orientation | 'unclear' | undefined {
	try {
		return stripMetadata(bytes).orientation;
	} catch (error) {
		if (error instanceof UnclearOrientationError) return 'unclear';
		throw error;
	}
}

/**
 * One EXIF block's orientation note, by the rule of {@link orientationNote}:
 * 1–8 when plain, undefined when it has none (also a value of 0, "unknown",
 * which every reader shows upright), `'unclear'` otherwise.
 *
 * @param exif a TIFF structure, with or without "Exif\0\0"
 */
export function exifOrientationNote(exif: Uint8Array): Orientation | 'unclear' | undefined {
	const tiff = readTiff(exif);
	// What Astro reads: the first IFD taken to be at offset 8, whatever the header says, in either byte order.
	const start = ascii(exif, 0, 4) === 'Exif' && exif[4] === 0 ? 6 : 0;
	const order = ascii(exif, start, 2);
	const atEight = order === 'II' || order === 'MM' ? tiffEntries(exif, start, order === 'II', 8) : [];
	const astroSees = atEight.some((entry) => entry.tag === TAG_ORIENTATION);
	if (!tiff) return astroSees ? 'unclear' : undefined;
	const entries = tiff.entries(tiff.firstIfd).filter((entry) => entry.tag === TAG_ORIENTATION);
	if (tiff.firstIfd !== 8) return entries.length > 0 || astroSees ? 'unclear' : undefined;
	if (entries.length === 0) return undefined;
	const entry = entries[0]!;
	// A SHORT (type 3) with one value, which sits in the first two bytes of the value field.
	if (entries.length > 1 || entry.type !== 3 || entry.count !== 1) return 'unclear';
	const value = readU16(exif, tiff.start + entry.at + 8, tiff.little);
	if (value === 0) return undefined;
	return value <= 8 ? (value as Orientation) : 'unclear';
}

/**
 * A TIFF structure holding only the Orientation: little-endian header, one
 * IFD with one entry, no next IFD. 26 bytes. What {@link stripMetadata} keeps
 * of an EXIF block.
 */
export function orientationOnlyExif(orientation: Orientation): Uint8Array {
	const tiff = new Uint8Array(26);
	const view = new DataView(tiff.buffer);
	tiff.set([0x49, 0x49, 0x2a, 0x00], 0); // "II", 42
	view.setUint32(4, 8, true); // IFD0 right after the header
	view.setUint16(8, 1, true); // one entry
	view.setUint16(10, TAG_ORIENTATION, true);
	view.setUint16(12, 3, true); // SHORT
	view.setUint32(14, 1, true); // one value
	view.setUint16(18, orientation, true); // the value, left-justified in the 4-byte field
	view.setUint32(22, 0, true); // no next IFD (no thumbnail)
	return tiff;
}

// ---- TIFF (the structure inside EXIF) ----

const TAG_ORIENTATION = 0x0112;
const TAG_GPS_IFD = 0x8825;

interface TiffReader {
	/** Where the TIFF header starts in the block (0, or 6 after "Exif\0\0"). */
	start: number;
	little: boolean;
	firstIfd: number;
	/** The entries of the IFD at `offset` (relative to the TIFF header); entries cut off by the end of the block are left out. */
	entries(offset: number): TiffEntry[];
}

/** An IFD entry: its tag, field type, count, the 4-byte value field as a number, and where it starts (from the TIFF header). */
interface TiffEntry {
	tag: number;
	type: number;
	count: number;
	value: number;
	at: number;
}

/** The whole entries of the IFD at `offset` (from the TIFF header at `start`); entries cut off by the end of the block are left out. */
function tiffEntries(exif: Uint8Array, start: number, little: boolean, offset: number): TiffEntry[] {
	const length = exif.length - start;
	if (offset < 8 || offset + 2 > length) return [];
	const count = readU16(exif, start + offset, little);
	const found: TiffEntry[] = [];
	for (let index = 0; index < count; index += 1) {
		const at = offset + 2 + index * 12;
		if (at + 12 > length) break;
		found.push({ tag: readU16(exif, start + at, little), type: readU16(exif, start + at + 2, little), count: readU32(exif, start + at + 4, little), value: readU32(exif, start + at + 8, little), at });
	}
	return found;
}

function readTiff(exif: Uint8Array): TiffReader | undefined {
	const start = ascii(exif, 0, 4) === 'Exif' && exif[4] === 0 ? 6 : 0;
	if (exif.length < start + 8) return undefined;
	const order = ascii(exif, start, 2);
	if (order !== 'II' && order !== 'MM') return undefined;
	const little = order === 'II';
	if (readU16(exif, start + 2, little) !== 42) return undefined;
	return {
		start,
		little,
		firstIfd: readU32(exif, start + 4, little),
		entries: (offset) => tiffEntries(exif, start, little, offset),
	};
}

/** What to do with an EXIF block: drop it, or keep `replacement` (orientation only) in its place. */
function cleanExif(exif: Uint8Array): { replacement?: Uint8Array; orientation?: Orientation; changed: boolean } {
	const orientation = exifOrientationNote(exif);
	if (orientation === 'unclear') throw new UnclearOrientationError('The orientation note is damaged, odd or not where every reader looks');
	if (!orientation || orientation === 1) return { changed: true };
	const replacement = orientationOnlyExif(orientation);
	const tiff = exif.subarray(readTiff(exif)!.start);
	return { replacement, orientation, changed: !sameBytes(tiff, replacement) };
}

/**
 * The one orientation of a file from the notes of its EXIF blocks (each 1–8 or none), or a throw when they
 * disagree: readers take the first block or the last (see {@link orientationNote}).
 */
function agreedOrientation(notes: readonly (Orientation | undefined)[]): Orientation | undefined {
	const values = new Set(notes.map((note) => note ?? 1));
	if (values.size > 1) throw new UnclearOrientationError(`The EXIF blocks give different orientations: ${notes.map((note) => note ?? 1).join(', ')}`);
	const [only] = values;
	return only === undefined || only === 1 ? undefined : only;
}

// ---- JPEG (ITU T.81, JFIF, EXIF 2.3 §4.5.4) ----

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

function stripJpeg(bytes: Uint8Array): Stripped {
	const kept: Uint8Array[] = [bytes.subarray(0, 2)];
	const removed = new Set<MetadataKind>();
	const notes: (Orientation | undefined)[] = [];
	let at = 2;
	// Segments before the first scan: application data, tables, the frame header.
	for (;;) {
		if (bytes[at] === 0xff && bytes[at + 1] === 0xff) {
			at += 1; // fill byte before a marker
			continue;
		}
		const marker = markerAt(bytes, at);
		if (marker === 0xda) break; // start of scan: the picture itself follows
		if (marker === 0xd9) throw new DamagedImageError('JPEG ends before its picture data');
		const end = segmentEnd(bytes, at);
		const payload = bytes.subarray(at + 4, end);
		const kind = jpegMetadataKind(marker, payload);
		if (kind === 'EXIF') {
			removed.add('EXIF');
			// sharp reads the first EXIF block, Astro the last: later ones (rare) may only repeat it (agreedOrientation).
			const cleaned = cleanExif(payload);
			notes.push(cleaned.orientation);
			if (notes.length === 1 && cleaned.replacement) {
				if (!cleaned.changed) removed.delete('EXIF');
				kept.push(jpegSegment(0xe1, concat([Uint8Array.from(EXIF_HEADER), cleaned.replacement])));
			}
		} else if (kind) {
			removed.add(kind);
		} else {
			kept.push(bytes.subarray(at, end));
		}
		at = end;
	}
	// The scans up to the end of the image (EOI); a progressive JPEG has several, with tables between them.
	const start = at;
	at = endOfImage(bytes, at);
	kept.push(bytes.subarray(start, at));
	const orientation = agreedOrientation(notes);
	// A second block that only repeated the first is removed; with one block kept, the file changed.
	if (notes.length > 1) removed.add('EXIF');
	if (at < bytes.length) removed.add('data after the picture');
	if (removed.size === 0) return { bytes, removed: [], format: 'jpeg', ...(orientation ? { orientation } : {}) };
	return { bytes: concat(kept), removed: [...removed], format: 'jpeg', ...(orientation ? { orientation } : {}) };
}

/** The marker at `at` (the byte after 0xFF, fill bytes skipped by the caller's segment ends). */
function markerAt(bytes: Uint8Array, at: number): number {
	if (at + 2 > bytes.length || bytes[at] !== 0xff) throw new DamagedImageError(`JPEG damaged: no marker at byte ${at}`);
	return bytes[at + 1]!;
}

/** Where the segment starting at `at` (0xFF, marker, 2-byte length) ends. */
function segmentEnd(bytes: Uint8Array, at: number): number {
	const marker = bytes[at + 1]!;
	// Markers without a length: TEM and the restart markers.
	if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) return at + 2;
	if (at + 4 > bytes.length) throw new DamagedImageError('JPEG cut short');
	const length = readU16(bytes, at + 2, false);
	const end = at + 2 + length;
	if (length < 2 || end > bytes.length) throw new DamagedImageError('JPEG cut short');
	return end;
}

/** Just past the EOI marker of the image whose first scan starts at `at`. */
function endOfImage(bytes: Uint8Array, at: number): number {
	while (at < bytes.length) {
		if (bytes[at] === 0xff && bytes[at + 1] === 0xff) {
			at += 1; // fill byte before a marker
			continue;
		}
		const marker = markerAt(bytes, at);
		if (marker === 0xd9) return at + 2;
		at = segmentEnd(bytes, at);
		if (marker !== 0xda) continue;
		// Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte) or a restart marker, until the next real marker.
		while (at + 1 < bytes.length) {
			if (bytes[at] === 0xff) {
				const next = bytes[at + 1]!;
				if (next === 0xff) {
					at += 1; // fill byte
					continue;
				}
				if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
			}
			at += 1;
		}
		if (at + 1 >= bytes.length) throw new DamagedImageError('JPEG cut short: no end of image');
	}
	throw new DamagedImageError('JPEG cut short: no end of image');
}

/** The metadata a JPEG segment holds, or undefined for segments the picture needs (JFIF, Adobe colour, ICC, tables, frames). */
function jpegMetadataKind(marker: number, payload: Uint8Array): MetadataKind | undefined {
	const starts = (text: string) => ascii(payload, 0, text.length) === text;
	if (marker === 0xe1) return starts('Exif\0') ? 'EXIF' : starts('http://ns.adobe.com/') ? 'XMP' : 'APP1';
	if (marker === 0xed) return 'IPTC';
	if (marker === 0xfe) return 'comment';
	if (marker === 0xe2) return starts('ICC_PROFILE\0') ? undefined : starts('MPF\0') ? 'MPF' : 'APP2';
	// APP3–APP13 and APP15 hold camera makers' and editors' data; APP0 (JFIF) and APP14 (Adobe: how CMYK is stored) describe the picture.
	if (marker >= 0xe3 && marker <= 0xef && marker !== 0xee) return `APP${marker - 0xe0}` as const;
	return undefined;
}

function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
	const segment = new Uint8Array(4 + payload.length);
	segment.set([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff], 0);
	segment.set(payload, 4);
	return segment;
}

// ---- PNG (PNG 3rd edition, W3C 2025) ----

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_METADATA: Record<string, MetadataKind> = { eXIf: 'EXIF', tIME: 'time' };

function stripPng(bytes: Uint8Array): Stripped {
	const kept: Uint8Array[] = [bytes.subarray(0, 8)];
	const removed = new Set<MetadataKind>();
	const notes: (Orientation | undefined)[] = [];
	let at = 8;
	let ended = false;
	while (!ended) {
		if (at + 12 > bytes.length) throw new DamagedImageError('PNG cut short: no IEND');
		const length = readU32(bytes, at, false);
		const type = ascii(bytes, at + 4, 4);
		const end = at + 12 + length;
		if (end > bytes.length) throw new DamagedImageError(`PNG cut short in its ${type} chunk`);
		ended = type === 'IEND';
		const kind = type === 'tEXt' || type === 'zTXt' || type === 'iTXt' ? pngTextKind(bytes.subarray(at + 8, end - 4)) : PNG_METADATA[type];
		if (kind === 'EXIF') {
			const cleaned = cleanExif(bytes.subarray(at + 8, at + 8 + length));
			notes.push(cleaned.orientation);
			if (cleaned.changed || notes.length > 1) removed.add('EXIF');
			if (cleaned.replacement && notes.length === 1) kept.push(cleaned.changed ? pngChunk('eXIf', cleaned.replacement) : bytes.subarray(at, end));
		} else if (kind) {
			removed.add(kind);
		} else {
			kept.push(bytes.subarray(at, end));
		}
		at = end;
	}
	const orientation = agreedOrientation(notes);
	if (at < bytes.length) removed.add('data after the picture');
	if (removed.size === 0) return { bytes, removed: [], format: 'png', ...(orientation ? { orientation } : {}) };
	return { bytes: concat(kept), removed: [...removed], format: 'png', ...(orientation ? { orientation } : {}) };
}

/**
 * What a PNG text chunk holds, by its keyword: XMP is stored under
 * "XML:com.adobe.xmp" (libvips writes it as zTXt, Adobe as iTXt); ImageMagick
 * stores EXIF, XMP and IPTC as hex under "Raw profile type exif" and the like.
 */
function pngTextKind(data: Uint8Array): MetadataKind {
	const keyword = ascii(data, 0, Math.max(0, data.indexOf(0))).toLowerCase();
	if (keyword === 'xml:com.adobe.xmp' || keyword === 'raw profile type xmp') return 'XMP';
	if (keyword === 'raw profile type exif' || keyword === 'raw profile type app1') return 'EXIF';
	if (keyword === 'raw profile type iptc' || keyword === 'raw profile type 8bim') return 'IPTC';
	return 'text';
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
	const chunk = new Uint8Array(12 + data.length);
	const view = new DataView(chunk.buffer);
	view.setUint32(0, data.length);
	for (let index = 0; index < 4; index += 1) chunk[4 + index] = type.charCodeAt(index);
	chunk.set(data, 8);
	view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
	return chunk;
}

let crcTable: Uint32Array | undefined;
/** CRC-32 as PNG computes it over a chunk's type and data (ISO 3309). */
function crc32(data: Uint8Array): number {
	crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	let crc = 0xffffffff;
	for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

// ---- WebP (RFC 9649) ----

function stripWebp(bytes: Uint8Array): Stripped {
	const riffEnd = 8 + readU32(bytes, 4, true);
	if (riffEnd > bytes.length || riffEnd < 12) throw new DamagedImageError('WebP cut short');
	const kept: Uint8Array[] = [];
	const removed = new Set<MetadataKind>();
	const notes: (Orientation | undefined)[] = [];
	let keepsExif = false;
	let at = 12;
	while (at < riffEnd) {
		if (at + 8 > riffEnd) throw new DamagedImageError('WebP cut short');
		const type = ascii(bytes, at, 4);
		const size = readU32(bytes, at + 4, true);
		const end = at + 8 + size + (size % 2);
		if (at + 8 + size > riffEnd) throw new DamagedImageError(`WebP cut short in its ${type.trim()} chunk`);
		if (type === 'EXIF') {
			const cleaned = cleanExif(bytes.subarray(at + 8, at + 8 + size));
			notes.push(cleaned.orientation);
			if (cleaned.changed || notes.length > 1) removed.add('EXIF');
			if (cleaned.replacement && notes.length === 1) {
				keepsExif = true;
				kept.push(cleaned.changed ? webpChunk('EXIF', cleaned.replacement) : bytes.slice(at, Math.min(end, riffEnd)));
			}
		} else if (type === 'XMP ') {
			removed.add('XMP');
		} else {
			kept.push(bytes.slice(at, Math.min(end, riffEnd)));
		}
		at = end;
	}
	const orientation = agreedOrientation(notes);
	if (riffEnd < bytes.length) removed.add('data after the picture');
	if (removed.size === 0) return { bytes, removed: [], format: 'webp', ...(orientation ? { orientation } : {}) };
	// The extended header's flags announce EXIF (0x08) and XMP (0x04): they must match what is left.
	const extended = kept.find((chunk) => ascii(chunk, 0, 4) === 'VP8X');
	if (extended) extended[8] = (extended[8]! & ~0x0c) | (keepsExif ? 0x08 : 0);
	const body = concat(kept);
	const header = new Uint8Array(12);
	header.set([0x52, 0x49, 0x46, 0x46], 0); // "RIFF"
	new DataView(header.buffer).setUint32(4, body.length + 4, true);
	header.set([0x57, 0x45, 0x42, 0x50], 8); // "WEBP"
	return { bytes: concat([header, body]), removed: [...removed], format: 'webp', ...(orientation ? { orientation } : {}) };
}

function webpChunk(type: string, data: Uint8Array): Uint8Array {
	const chunk = new Uint8Array(8 + data.length + (data.length % 2));
	for (let index = 0; index < 4; index += 1) chunk[index] = type.charCodeAt(index);
	new DataView(chunk.buffer).setUint32(4, data.length, true);
	chunk.set(data, 8);
	return chunk;
}

// ---- Bytes ----

function ascii(bytes: Uint8Array, at: number, length: number): string {
	let text = '';
	for (let index = at; index < Math.min(at + length, bytes.length); index += 1) text += String.fromCharCode(bytes[index]!);
	return text;
}

function startsWith(bytes: Uint8Array, at: number, prefix: readonly number[]): boolean {
	return prefix.every((byte, index) => bytes[at + index] === byte);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function readU16(bytes: Uint8Array, at: number, little: boolean): number {
	if (at + 2 > bytes.length) return 0;
	return little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
}

function readU32(bytes: Uint8Array, at: number, little: boolean): number {
	if (at + 4 > bytes.length) return 0;
	const [a, b, c, d] = little ? [bytes[at + 3]!, bytes[at + 2]!, bytes[at + 1]!, bytes[at]!] : [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!];
	return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		whole.set(part, at);
		at += part.length;
	}
	return whole;
}
