import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { fileHash, readJsonFile } from '../lib/files.ts';

/**
 * A perceptual hash of a picture: a few bytes that stay nearly the same when
 * the picture is resized, re-encoded (JPEG, WebP, AVIF, PNG) or cropped a
 * little, and differ for another picture. The leak proof uses it to recognise
 * the processed versions of a photo that may not be published, whatever they
 * are called (see src/consent/leak-check.ts).
 *
 * The picture, turned upright by its EXIF orientation, is shrunk by sharp to
 * 8×8 px in CIELAB (lightness and two colour axes), one byte per value; two
 * hashes are compared by the root mean square difference of their 64 colours,
 * in ΔE (CIE76) units: 0 is identical, about 2 is hard to tell apart.
 *
 * Not a grey DCT hash ("pHash") or difference hash ("dHash") compared by
 * Hamming distance: the demo's illustrations share one layout in different
 * colours (the hospital building in blue, green and yellow; two portraits),
 * and a grey 64-bit DCT hash gave distance 0 between two different ones,
 * while re-encoding a flat illustration flipped up to 22 of its 64 bits.
 */

/**
 * Pictures at most this far apart (RMS ΔE) are the same picture. Measured on
 * the demo's 19 pictures: Astro's processed versions ≤ 1.9 from their
 * original, 64 px at JPEG quality 30 ≤ 3.1, 5% cropped off every side ≤ 4.8;
 * two different pictures ≥ 8.5 (two portraits in one layout).
 */
export const SAME_PICTURE_DISTANCE = 6;

const SIZE = 8;

/** The perceptual hash of a picture file or its bytes, as hex (3 bytes per pixel: L·2.55, a+128, b+128). Throws what sharp throws for a file it cannot read. */
export async function perceptualHash(input: string | Buffer): Promise<string> {
	const lab = await sharp(input, { failOn: 'none' })
		.rotate()
		.resize(SIZE, SIZE, { fit: 'fill', kernel: 'cubic' })
		.removeAlpha()
		.toColourspace('lab')
		.raw({ depth: 'float' })
		.toBuffer();
	const values = new Float32Array(lab.buffer, lab.byteOffset, lab.length / 4);
	const bytes = Buffer.alloc(values.length);
	values.forEach((value, at) => {
		bytes[at] = Math.max(0, Math.min(255, Math.round(at % 3 === 0 ? value * 2.55 : value + 128)));
	});
	return bytes.toString('hex');
}

/** How far apart two pictures are: the root mean square colour difference of their hashes, in ΔE. */
export function hashDistance(a: string, b: string): number {
	const left = Buffer.from(a, 'hex');
	const right = Buffer.from(b, 'hex');
	if (left.length !== right.length || left.length === 0) return Number.POSITIVE_INFINITY;
	let sum = 0;
	for (let at = 0; at < left.length; at += 1) {
		const difference = at % 3 === 0 ? (left[at]! - right[at]!) / 2.55 : left[at]! - right[at]!;
		sum += difference * difference;
	}
	return Math.sqrt(sum / (left.length / 3));
}

/**
 * Perceptual hashes kept between builds by the picture's content (SHA-256),
 * so a second build hashes only new pictures. A file that sharp cannot read
 * gets no hash (null).
 */
export class PerceptualHashCache {
	private readonly file: string | undefined;
	private readonly known: Record<string, string | null>;
	private readonly used: Record<string, string | null> = {};

	/** `file`: where to keep the hashes (JSON); without it nothing is kept. */
	constructor(file?: string) {
		this.file = file;
		const stored = file ? (readJsonFile(file) as { version?: number; hashes?: Record<string, string | null> } | undefined) : undefined;
		this.known = stored?.version === VERSION && stored.hashes ? stored.hashes : {};
	}

	/** The hash of the picture in `file`, or null when it cannot be read as a picture. */
	async hashOf(file: string): Promise<string | null> {
		const key = fileHash(file);
		if (!(key in this.used)) {
			this.used[key] = key in this.known ? this.known[key]! : await perceptualHash(file).catch(() => null);
		}
		return this.used[key]!;
	}

	/** Writes the hashes used by this build (and only those: a picture that is gone leaves nothing behind). */
	save(): void {
		if (!this.file) return;
		fs.mkdirSync(path.dirname(this.file), { recursive: true });
		fs.writeFileSync(this.file, JSON.stringify({ version: VERSION, hashes: this.used }));
	}
}

// Bump when perceptualHash() changes, so that stored hashes are made again.
const VERSION = 1;
