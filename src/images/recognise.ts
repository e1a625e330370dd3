import type { PictureProblem, RasterFormat } from './inspect.ts';

/**
 * What a picture file is by its bytes alone, without decoding a pixel: its
 * format, and the problems that show without a decoder (an SVG, a HEIC photo,
 * a Git LFS pointer, text, a PNG named .jpg, an animation). The build's
 * picture check (inspect.ts) starts with it, and the CMS's upload filter
 * (cms/upload-filter.ts) runs it in the browser on every upload, so the CMS
 * refuses what the build would refuse, with the same message (picture-problems.ts).
 *
 * Pure, over Uint8Array, without Node's Buffer: it runs in the browser.
 */

/**
 * A file name that says picture, including formats the site cannot publish (HEIC, TIFF), which
 * {@link recognisePicture} names; content/media/ holds nothing else (src/validation/content-files.ts).
 */
export const PICTURE_NAME = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

/**
 * The longest picture file name, in bytes of UTF-8 (a letter with an accent is 2, most other scripts 3). Astro names
 * each version of a picture after it, adding up to 26 bytes (`.<hash 8>_<hash 6>.avif`, and `.json` beside it in the
 * cache), and ext4, APFS and NTFS hold at most 255 bytes per name: a longer name passed the content check and failed
 * the build with ENAMETOOLONG while Astro wrote a version (red-team finding). 200, the longest slug (SLUG_MAX_LENGTH).
 */
export const PICTURE_NAME_MAX_BYTES = 200;

/**
 * The length of a picture's file name `name` (without folders) in UTF-8 bytes, with {@link PICTURE_NAME_MAX_BYTES},
 * when it is longer than that; undefined when it is not. The parameters of the message file.nameTooLong.
 */
export function overlongPictureName(name: string): { length: number; maximum: number } | undefined {
	const length = new TextEncoder().encode(name).length;
	return length > PICTURE_NAME_MAX_BYTES ? { length, maximum: PICTURE_NAME_MAX_BYTES } : undefined;
}

/** The build's formats by a file name's extension (lower case, without the dot). */
const EXTENSION_FORMAT: Record<string, RasterFormat> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };

/** What {@link recognisePicture} found: the format, and the problem when there is one (`detail`: for `wrong-extension`, the format the bytes are). */
export interface Recognised {
	format?: RasterFormat;
	problem?: PictureProblem;
	detail?: string;
}

/**
 * Recognises a file named as a picture by its bytes.
 *
 * @param bytes the whole file
 * @param extension the file name's extension without the dot, any case ("JPG")
 * @returns the format when the bytes are a picture the build publishes; `problem` when they are not, when the name
 *   says another format (`wrong-extension`), or when a GIF or WebP has more than one frame (`animated`, as sharp
 *   counts its pages)
 */
export function recognisePicture(bytes: Uint8Array, extension: string): Recognised {
	const sniffed = sniffFormat(bytes);
	if (typeof sniffed === 'object') return { problem: sniffed.problem };
	if (EXTENSION_FORMAT[extension.toLowerCase()] !== sniffed) return { format: sniffed, problem: 'wrong-extension', detail: sniffed };
	if ((sniffed === 'gif' || sniffed === 'webp') && frameCount(bytes, sniffed) > 1) return { format: sniffed, problem: 'animated' };
	return { format: sniffed };
}

/** The format from a file's first bytes, or why it is not one the build publishes. */
export function sniffFormat(bytes: Uint8Array): RasterFormat | { problem: PictureProblem } {
	if (bytes.length === 0) return { problem: 'empty' };
	const ascii = (from: number, to: number) => latin1(bytes.subarray(from, to));
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
	if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
	if (ascii(4, 8) === 'ftyp') {
		// ISO base media: the major brand and the compatible brands say AVIF or HEIC.
		const boxSize = u32be(bytes, 0);
		const brands = [ascii(8, 12), ...Array.from({ length: Math.max(0, (Math.min(boxSize, bytes.length) - 16) / 4) }, (_, index) => ascii(16 + index * 4, 20 + index * 4))];
		if (brands.includes('avif') || brands.includes('avis')) return 'avif';
		if (brands.some((brand) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand))) return { problem: 'heic' };
	}
	const text = ascii(0, Math.min(bytes.length, 512)).replace(/^\uFEFF|^\xef\xbb\xbf/, '').trimStart();
	if (text.startsWith('version https://git-lfs.github.com/spec/')) return { problem: 'lfs-pointer' };
	if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return { problem: 'svg' };
	return { problem: 'not-a-picture' };
}

/**
 * The number of frames of a GIF (image descriptors, GIF89a spec §20) or a
 * WebP (ANMF chunks, RFC 9649 §2.7; a still WebP has none and counts 1). A
 * file cut short counts the frames seen so far: the decoder judges damage.
 */
export function frameCount(bytes: Uint8Array, format: 'gif' | 'webp'): number {
	if (format === 'webp') {
		let frames = 0;
		for (let at = 12; at + 8 <= bytes.length; ) {
			const size = u32le(bytes, at + 4);
			if (latin1(bytes.subarray(at, at + 4)) === 'ANMF') frames += 1;
			at += 8 + size + (size % 2);
		}
		return Math.max(frames, 1);
	}
	let frames = 0;
	// Header (6) and logical screen descriptor (7), then the global colour table when its flag is set.
	let at = 13 + (bytes[10]! & 0x80 ? 3 * 2 ** ((bytes[10]! & 0x07) + 1) : 0);
	const skipSubBlocks = () => {
		while (at < bytes.length && bytes[at] !== 0) at += bytes[at]! + 1;
		at += 1;
	};
	while (at < bytes.length) {
		const introducer = bytes[at]!;
		if (introducer === 0x3b) break; // trailer
		if (introducer === 0x21) {
			at += 2; // extension introducer and label
			skipSubBlocks();
		} else if (introducer === 0x2c) {
			frames += 1;
			const packed = bytes[at + 9] ?? 0;
			at += 10 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0) + 1; // descriptor, local colour table, LZW code size
			skipSubBlocks();
		} else break;
	}
	return frames;
}

function latin1(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte);
	return text;
}

function u32be(bytes: Uint8Array, at: number): number {
	return at + 4 > bytes.length ? 0 : ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function u32le(bytes: Uint8Array, at: number): number {
	return at + 4 > bytes.length ? 0 : ((bytes[at + 3]! << 24) | (bytes[at + 2]! << 16) | (bytes[at + 1]! << 8) | bytes[at]!) >>> 0;
}
