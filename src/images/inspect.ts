import { imageMetadata } from 'astro/assets/utils';
import sharp, { type Metadata } from 'sharp';
import { DamagedImageError, exifHasGps, orientationNote } from './metadata.ts';
import { recognisePicture } from './recognise.ts';

export { sniffFormat } from './recognise.ts';

/**
 * Every picture in content/ opened once, by its bytes, before Astro starts
 * (issue 19). Astro's image service opens pictures with sharp's
 * `failOn: "none"`, so a half-uploaded JPEG is published with a grey block,
 * and it stops with a stack trace and no file named on a Git LFS pointer, a
 * HEIC photo named .jpg or a panorama over sharp's pixel limit. Here each
 * file's bytes are recognised and decoded strictly, so the content check can
 * name the file and the entries that use it, in words an editor understands.
 *
 * Pure apart from sharp: takes bytes, returns a plain, serialisable result
 * (the content check keeps it by the bytes' SHA-256, so a second build
 * decodes nothing).
 */

/** The raster formats the build publishes, as recognised from a file's first bytes. */
export type RasterFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/** What a file turned out to be when it is not a usable picture. */
export type PictureProblem =
	/** A Git LFS pointer: the host did not fetch the real file. */
	| 'lfs-pointer'
	/** An empty file. */
	| 'empty'
	/** SVG: a drawing that can carry scripts; not published from content/. */
	| 'svg'
	/** HEIC/HEIF, as iPhones save photos: the build cannot read it. */
	| 'heic'
	/** Not a picture at all (text, code, a document…). */
	| 'not-a-picture'
	/** A raster picture whose name says another format (a PNG named .jpg). */
	| 'wrong-extension'
	/** Damaged or cut short: it does not decode without errors. */
	| 'damaged'
	/** More pixels than {@link PIXEL_LIMIT}. */
	| 'too-large'
	/** More than one frame (an animated GIF or WebP) where a still is shown. */
	| 'animated'
	/**
	 * Stored turned on its side (EXIF Orientation 5–8 in a PNG or WebP, an
	 * AVIF's own rotation), which Astro's image service does not read: it
	 * would publish the picture cropped to its stored shape ({@link shownAsAstroReads}).
	 */
	| 'turned'
	/**
	 * Its orientation note is damaged, odd or given twice with different values, so
	 * viewers and Astro may turn it differently: a JPEG whose EXIF blocks disagree, whose
	 * Orientation is a LONG, is 9, or sits behind an IFD offset past the end
	 * (orientationNote() in metadata.ts, the rule the CMS's upload filter shares).
	 */
	| 'turn-note-unclear';

export interface PictureInspection {
	/** The format by its bytes, when it is one the build publishes. */
	format?: RasterFormat;
	/** Width and height in pixels as stored (before EXIF orientation), when they could be read. */
	width?: number;
	height?: number;
	/** Whether the EXIF block holds a GPS position. */
	hasGps: boolean;
	/** Why the file cannot be published; undefined when it can. */
	problem?: PictureProblem;
	/** For `wrong-extension`, the format the bytes are; for `damaged`, the decoder's own words (English). */
	detail?: string;
}

/**
 * The most pixels a picture may have: 268,402,689 (16,383 × 16,383), sharp's
 * own default `limitInputPixels`, which Astro's sharp service keeps. Anything
 * larger the build's pipeline refuses anyway; anything up to it builds (a
 * 30,000 × 5,000 panorama, 150 MP, is fine). See
 * https://sharp.pixelplumbing.com/api-constructor (limitInputPixels).
 */
export const PIXEL_LIMIT = 0x3fff * 0x3fff;

/**
 * Recognises and strictly decodes one picture.
 *
 * @param bytes the file's content.
 * @param extension the file name's extension without the dot, any case ("JPG").
 * @returns what it is; never throws for any content (sharp's errors become `damaged`).
 */
export async function inspectPicture(bytes: Buffer, extension: string): Promise<PictureInspection> {
	// What the bytes alone tell, as the CMS's upload filter sees it too (recognise.ts).
	const recognised = recognisePicture(bytes, extension);
	if (recognised.problem && recognised.problem !== 'animated') return { ...recognised, hasGps: false };
	const sniffed = recognised.format!;

	let metadata: Metadata;
	try {
		// Reads the header only: the size is known before any pixel is decoded.
		metadata = await sharp(bytes, { limitInputPixels: false, animated: true }).metadata();
	} catch (error) {
		return { format: sniffed, hasGps: false, problem: 'damaged', detail: messageOf(error) };
	}
	const width = metadata.width;
	const height = metadata.pageHeight ?? metadata.height;
	const found: PictureInspection = { format: sniffed, width, height, hasGps: metadata.exif ? exifHasGps(metadata.exif) : false };
	if (width * height > PIXEL_LIMIT) return { ...found, problem: 'too-large' };
	if (recognised.problem === 'animated' || (metadata.pages ?? 1) > 1) return { ...found, problem: 'animated' };
	try {
		// Every pixel decoded, and any decoder warning (a truncated or corrupt stream) is an error. The pixels are
		// shrunk to a few while decoding, so little memory is needed; JPEG's shrink-on-load still reads the whole stream.
		await sharp(bytes, { failOn: 'warning', limitInputPixels: PIXEL_LIMIT }).resize(8, 8, { fit: 'fill' }).raw().toBuffer();
	} catch (error) {
		return { ...found, problem: 'damaged', detail: messageOf(error) };
	}
	// One rule with the CMS's upload filter: a note that readers may read differently is refused, even where the
	// shapes happen to agree (a JPEG's two blocks saying 6 and 8). The decoder above has judged damage already.
	if (noteOf(bytes) === 'unclear') return { ...found, problem: 'turn-note-unclear' };
	if (await shownAsAstroReads(bytes, metadata)) return found;
	// Astro reads a JPEG's orientation: where it reads another shape than sharp, the two read the note differently.
	return { ...found, problem: sniffed === 'jpeg' ? 'turn-note-unclear' : 'turned' };
}

/**
 * Whether Astro's image service reads the picture's size as a viewer shows
 * it, turned upright by its orientation. Astro takes the width and height for
 * every size it makes from its own reader (`imageMetadata`, a vendored
 * image-size), which in Astro 7.3 reads the orientation from a JPEG only; its
 * sharp service turns the pixels upright and then resizes them to that size.
 * A JPEG with any EXIF Orientation, and a PNG or WebP with Orientation 2–4
 * (mirrored or upside down, the same shape), come out upright. A PNG or WebP
 * with Orientation 5–8, or an AVIF with a quarter turn in its own boxes
 * (irot, as phones write it), is taken for its stored shape and comes out
 * cropped (tests/unit/image-orientation-astro.test.ts measures every
 * orientation in every format). Asking Astro's own reader, rather than
 * listing formats, lets the check follow Astro when it learns to read them.
 *
 * @param metadata sharp's metadata of the same bytes (its `autoOrient` size is what a viewer shows)
 * @returns false when Astro would read another shape; true also when Astro cannot read the size at all
 *   (the decoder accepted the picture; Astro then names it itself)
 */
export async function shownAsAstroReads(bytes: Uint8Array, metadata: Pick<Metadata, 'autoOrient'>): Promise<boolean> {
	const astro = await imageMetadata(bytes).catch(() => undefined);
	if (!astro) return true;
	return astro.width === metadata.autoOrient.width && astro.height === metadata.autoOrient.height;
}

/** The file's orientation note ({@link orientationNote}); undefined also when its structure is too broken to read. */
function noteOf(bytes: Buffer): ReturnType<typeof orientationNote> {
	try {
		return orientationNote(bytes);
	} catch (error) {
		if (error instanceof DamagedImageError) return undefined;
		throw error;
	}
}

function messageOf(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
