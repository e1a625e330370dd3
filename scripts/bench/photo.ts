import sharp from 'sharp';
import { random } from './generate.ts';

/**
 * A photo-like JPEG for a generated story: soft colour fields with grain, so
 * it compresses and resizes like a real photo (a flat or noisy test pattern
 * would not). Written without EXIF, XMP or other metadata, as a scrubbed
 * upload would be.
 */
export async function photoJpeg(seed: number, width = 1600, height = 1067): Promise<Buffer> {
	const rand = random(seed);
	const [cols, rows] = [8, 6];
	const coarse = Buffer.alloc(cols * rows * 3);
	const tint = [rand(), rand(), rand()].map((value) => 60 + value * 120);
	for (let at = 0; at < coarse.length; at += 1) coarse[at] = Math.max(0, Math.min(255, tint[at % 3]! + (rand() - 0.5) * 140));
	const smooth = await sharp(coarse, { raw: { width: cols, height: rows, channels: 3 } })
		.resize(width, height, { kernel: 'cubic', fit: 'fill' })
		.raw()
		.toBuffer();
	// Grain: what makes a photo a photo for an encoder.
	for (let at = 0; at < smooth.length; at += 1) smooth[at] = Math.max(0, Math.min(255, smooth[at]! + (rand() - 0.5) * 24));
	return sharp(smooth, { raw: { width, height, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
}
