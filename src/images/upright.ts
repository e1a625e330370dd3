import sharp from 'sharp';

/**
 * Turning a PNG or WebP upright by its pixels, for `npm run media:scrub`.
 *
 * A JPEG keeps its EXIF Orientation tag (src/images/metadata.ts): every
 * browser and Astro honour it. In PNG and WebP the tag is not safe to keep:
 * - Chromium ignores it in WebP (measured with Chromium 156:
 *   tests/browser/picture-orientation.test.ts), so the CMS preview shows the
 *   photo on its side;
 * - Astro 7.3 reads the orientation only from JPEG (its vendored image-size),
 *   so for a PNG or WebP with Orientation 5–8 it takes the stored landscape
 *   size, and its sharp service crops the turned pixels to that shape
 *   (tests/unit/image-orientation-astro.test.ts).
 * So such a file gets its pixels turned and no tag, written losslessly.
 */

/**
 * The picture turned upright and encoded losslessly in its own format (PNG;
 * WebP lossless, also for a lossy WebP: the decoded pixels are kept exactly,
 * the file grows), with its colour profile, alpha and bit depth; no EXIF.
 * Undefined when that cannot be done without changing a pixel (an
 * animation, or any file whose re-encoded pixels would differ from what a
 * viewer showed): the caller asks the editor to save it upright.
 *
 * @param bytes a PNG or WebP file with an EXIF Orientation other than 1
 */
export async function turnedUpright(bytes: Uint8Array, format: 'png' | 'webp'): Promise<Uint8Array | undefined> {
	const metadata = await sharp(bytes).metadata();
	if ((metadata.pages ?? 1) > 1) return undefined;
	const sixteen = metadata.depth === 'ushort';
	let turned = sharp(bytes).autoOrient().keepIccProfile();
	if (sixteen) turned = turned.toColourspace((metadata.channels ?? 3) <= 2 ? 'grey16' : 'rgb16');
	const encoded = await (format === 'png' ? turned.png({ compressionLevel: 9 }) : turned.webp({ lossless: true, effort: 6 })).toBuffer().catch(() => undefined);
	if (!encoded) return undefined;
	// Lossless or not at all: the new file must decode to exactly the pixels a viewer showed before.
	const depth = sixteen ? 'ushort' : 'uchar';
	const [before, after] = await Promise.all([sharp(bytes).autoOrient().raw({ depth }).toBuffer(), sharp(encoded).raw({ depth }).toBuffer()]);
	return before.equals(after) ? new Uint8Array(encoded) : undefined;
}
