import * as metadata from '../src/images/metadata.ts';
import { pictureProblemMessage } from '../src/images/picture-problems.ts';
import { overlongPictureName, PICTURE_NAME, recognisePicture } from '../src/images/recognise.ts';
import { message } from '../src/messages/index.ts';

/**
 * stripMetadata() as the pictures work makes it (branch `pictures`, issue 19): a pure function over Uint8Array
 * that runs in the browser, keeps the EXIF Orientation and names the file's format; DamagedImageError for a
 * broken file. Typed here by that shape, so this file compiles before and after it reaches main; until it does,
 * main's Buffer-only version fails in the browser and every upload is refused (never stored with its GPS).
 */
const stripMetadata = metadata.stripMetadata as unknown as (bytes: Uint8Array) => { bytes: Uint8Array; removed: readonly string[]; format?: string; orientation?: number };
const DamagedImageError = (metadata as { DamagedImageError?: new (message?: string) => Error }).DamagedImageError;
const { UnclearOrientationError, imageFormat } = metadata;

/**
 * What the CMS does with a file an editor uploads, before Decap shows or
 * stores it (CMS.registerUploadFilter, src/admin/decap-patches.ts): a phone's
 * photo carries the place where it was taken (GPS), the camera and the time;
 * the repository that receives it may be public. So JPEG, PNG and WebP files
 * are cleaned in the browser with the build's own stripMetadata()
 * (src/images/metadata.ts): losslessly, the picture bit for bit the same, its
 * orientation and colour profile kept. What the build would refuse is
 * refused first, with the build's own message: a file that is not named as
 * a picture (uploads go to content/media/), and what the bytes alone show
 * (an SVG, a HEIC photo, text, a PNG named .jpg, an animated GIF or WebP:
 * recognisePicture() in src/images/recognise.ts, which the build's check
 * starts with). A picture that cannot be cleaned (AVIF, a damaged file) is
 * refused with a message saying what to do, and so is a PNG or WebP stored on
 * its side, which the build would refuse (see {@link ORIENTATION_NOT_READ}),
 * and a picture whose orientation note not every reader reads alike
 * (orientationNote() in src/images/metadata.ts, the build's rule too).
 *
 * The build's warning about GPS in content/ stays, for files added by Git.
 */
export class UploadRefused extends Error {
	override name = 'UploadRefused';
}

/** The upload's own refusals, in the editor's language (the CMS sets it from settings editorLanguage, cms/admin.ts). */
const messages = {
	cannotClean: (name: string, format: string) => `${name}: ${message('upload.cannotClean', { format: format.toUpperCase() })}`,
	damaged: (name: string) => `${name}: ${message('upload.damaged')}`,
	failed: (name: string) => `${name}: ${message('upload.failed')}`,
};

/** Pictures whose metadata stripMetadata() cannot take out: refused. */
const UNCLEANABLE = new Set(['avif', 'heic']);

/**
 * Formats whose EXIF Orientation Astro's image service does not read: one
 * stored on its side (Orientation 5–8) would be published cropped, so the
 * build's picture check refuses it (`turned`, shownAsAstroReads() in
 * src/images/inspect.ts, which asks Astro's own reader). Refused here with
 * the build's message, before it is stored. A JPEG is turned by Astro at any
 * orientation; PNG and WebP at 2–4 keep their shape and come out upright.
 * tests/unit/cms-upload-filter.test.ts checks that this and the build refuse
 * the same files, for every orientation.
 */
const ORIENTATION_NOT_READ = new Set(['png', 'webp']);

/**
 * The bytes to store for an uploaded file named `name`: cleaned of camera
 * metadata, or the same bytes when there was nothing to clean.
 * @throws UploadRefused when the picture cannot be cleaned (HEIC, AVIF, damaged) or is a PNG or WebP stored on its
 *   side, with a message for the editor
 */
export function cleanUpload(name: string, bytes: Uint8Array): { bytes: Uint8Array; removed: string[] } {
	// Uploads go to content/media/, which holds only pictures (src/validation/content-files.ts).
	if (!PICTURE_NAME.test(name)) throw new UploadRefused(`${name}: ${message('file.notAPictureInMedia')}`);
	const overlong = overlongPictureName(name);
	if (overlong) throw new UploadRefused(`${name}: ${message('file.nameTooLong', overlong)}`);
	// What the build's picture check sees by the bytes alone (an SVG, a PNG named .jpg, an animation), with its words.
	const recognised = recognisePicture(bytes, name.slice(name.lastIndexOf('.') + 1));
	if (recognised.problem) throw new UploadRefused(`${name}: ${pictureProblemMessage({ ...recognised, problem: recognised.problem })}`);
	let stripped: ReturnType<typeof stripMetadata>;
	try {
		stripped = stripMetadata(bytes);
	} catch (error) {
		// The build refuses the same file with the same words (turn-note-unclear, src/images/inspect.ts).
		if (error instanceof UnclearOrientationError) throw new UploadRefused(`${name}: ${message('picture.turnNoteUnclear', { format: imageFormat(bytes).toUpperCase() })}`);
		throw new UploadRefused(DamagedImageError && error instanceof DamagedImageError ? messages.damaged(name) : messages.failed(name));
	}
	if (stripped.format && UNCLEANABLE.has(stripped.format)) throw new UploadRefused(messages.cannotClean(name, stripped.format));
	if (stripped.format && ORIENTATION_NOT_READ.has(stripped.format) && (stripped.orientation ?? 1) >= 5) {
		throw new UploadRefused(`${name}: ${message('picture.turned', { format: stripped.format.toUpperCase() })}`);
	}
	return { bytes: stripped.bytes, removed: [...stripped.removed] };
}

/** The upload filter: a File in, the File to store out (the same one when it was clean). */
export async function uploadFilter(file: File): Promise<File> {
	const { bytes, removed } = cleanUpload(file.name, new Uint8Array(await file.arrayBuffer()));
	return removed.length === 0 ? file : new File([bytes as BlobPart], file.name, { type: file.type, lastModified: file.lastModified });
}
