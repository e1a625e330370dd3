import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectPicture } from '../../src/images/inspect.ts';
import { imageMetadata } from 'astro/assets/utils';
import { CLEANABLE_FORMATS, DamagedImageError, exifHasGps, exifOrientation, imageFormat, metadataKindKey, orientationNote, orientationOnlyExif, stripMetadata, UnclearOrientationError } from '../../src/images/metadata.ts';
import { checkPublishedImages, describeImageProblems, originalImageFiles, originalImages } from '../../src/images/published-images.ts';
import { message, messageIn, useEditorLanguage } from '../../src/messages/index.ts';
import { gpsWarning } from '../../src/validation/content-report.ts';
import { turnedUpright } from '../../src/images/upright.ts';
import { PACKS, SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { GPS, UPRIGHT, cornersOf, oddlyNotedJpeg, orientationTiff, phonePhoto, uprightPicture, type OrientationNote } from '../support/photos.ts';

const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>';
const square = (colour = '#0b6e69') => sharp({ create: { width: 16, height: 16, channels: 3, background: colour } });
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A small photo with a camera make, a GPS position and XMP, upright. */
const cameraPhoto = (format: 'jpeg' | 'png' | 'webp') =>
	square()
		.toFormat(format, format === 'webp' ? { lossless: true } : {})
		.withExif({ IFD0: { Make: 'Telefoon' }, IFD3: GPS })
		.withXmp(XMP)
		.toBuffer();

/** A JPEG segment: 0xFF, marker, length, payload. */
function segment(marker: number, payload: Uint8Array | string): Buffer {
	const body = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : Buffer.from(payload);
	const head = Buffer.from([0xff, marker, 0, 0]);
	head.writeUInt16BE(body.length + 2, 2);
	return Buffer.concat([head, body]);
}

/** A JPEG's segments before its first scan, and the rest. */
function jpegParts(jpeg: Buffer): { segments: Buffer[]; rest: Buffer } {
	const segments: Buffer[] = [];
	let at = 2;
	while (jpeg[at + 1] !== 0xda) {
		const end = at + 2 + jpeg.readUInt16BE(at + 2);
		segments.push(jpeg.subarray(at, end));
		at = end;
	}
	return { segments, rest: jpeg.subarray(at) };
}

/**
 * An EXIF block as cameras write it, in either byte order: IFD0 with a make,
 * an orientation and a pointer to a GPS IFD holding a latitude.
 */
function cameraExif({ bigEndian, orientation }: { bigEndian: boolean; orientation: number }): Buffer {
	const tiff = Buffer.alloc(120);
	const u16 = (value: number, at: number) => (bigEndian ? tiff.writeUInt16BE(value, at) : tiff.writeUInt16LE(value, at));
	const u32 = (value: number, at: number) => (bigEndian ? tiff.writeUInt32BE(value, at) : tiff.writeUInt32LE(value, at));
	const entry = (at: number, tag: number, type: number, count: number, value: (at: number) => void) => {
		u16(tag, at);
		u16(type, at + 2);
		u32(count, at + 4);
		value(at + 8);
	};
	tiff.write(bigEndian ? 'MM' : 'II', 0, 'latin1');
	u16(42, 2);
	u32(8, 4);
	// IFD0 at 8: Make (ASCII at 80), Orientation (SHORT), GPS IFD pointer (LONG, 50); no next IFD.
	u16(3, 8);
	entry(10, 0x010f, 2, 9, (at) => u32(80, at));
	entry(22, 0x0112, 3, 1, (at) => u16(orientation, at));
	entry(34, 0x8825, 4, 1, (at) => u32(50, at));
	u32(0, 46);
	// GPS IFD at 50: GPSLatitudeRef "N", GPSLatitude 52/1 5/1 0/1 (RATIONAL ×3 at 96); no next IFD.
	u16(2, 50);
	entry(52, 0x0001, 2, 2, (at) => tiff.write('N\0', at, 'latin1'));
	entry(64, 0x0002, 5, 3, (at) => u32(96, at));
	u32(0, 76);
	tiff.write('Telefoon\0', 80, 'latin1');
	[52, 1, 5, 1, 0, 1].forEach((value, index) => u32(value, 96 + index * 4));
	return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** Stored (turned) pixels of the test picture as a JPEG without any metadata. */
async function turnedPixels(rotate: number, colourspace?: 'cmyk'): Promise<Buffer> {
	const turned = sharp(await uprightPicture()).rotate(rotate);
	return (colourspace ? turned.toColourspace('cmyk').withIccProfile('cmyk') : turned).jpeg({ quality: 95 }).toBuffer();
}

describe('finding a GPS position and the orientation', () => {
	it('sees a latitude and longitude, and nothing when the camera left them out', async () => {
		const withGps = await sharp(await cameraPhoto('jpeg')).metadata();
		expect(exifHasGps(withGps.exif!)).toBe(true);
		const withoutGps = await sharp(await square().jpeg().withExif({ IFD0: { Make: 'Telefoon' } }).toBuffer()).metadata();
		expect(exifHasGps(withoutGps.exif!)).toBe(false);
		expect(exifHasGps(new TextEncoder().encode('Exif\0\0nonsense'))).toBe(false);
	});

	it('reads both byte orders', () => {
		for (const bigEndian of [true, false]) {
			const exif = cameraExif({ bigEndian, orientation: 6 });
			expect([exifOrientation(exif), exifHasGps(exif)]).toEqual([6, true]);
		}
		expect(exifOrientation(cameraExif({ bigEndian: true, orientation: 42 }))).toBeUndefined();
	});

	it('writes an orientation-only EXIF block that sharp reads', async () => {
		const exif = orientationOnlyExif(8);
		expect(exif.length).toBe(26);
		expect(exifOrientation(exif)).toBe(8);
		expect(exifHasGps(exif)).toBe(false);
	});

	it('recognises formats by their bytes, not their names', async () => {
		expect(imageFormat(await square().jpeg().toBuffer())).toBe('jpeg');
		expect(imageFormat(await square().avif().toBuffer())).toBe('avif');
		expect(imageFormat(await square().gif().toBuffer())).toBe('gif');
		expect(imageFormat(new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\n'))).toBe('unknown');
	});
});

describe('stripping metadata keeps a phone photo upright (issue 19, case 3)', () => {
	it('a phone photo stored 1200×800 with Orientation 6 stays an upright 800×1200 portrait, without GPS', async () => {
		const photo = await phonePhoto({ orientation: 6, width: 800, height: 1200 });
		expect(await sharp(photo).metadata()).toMatchObject({ width: 1200, height: 800, orientation: 6 });
		const { bytes, removed, orientation } = stripMetadata(photo);
		expect(removed).toEqual(['EXIF']);
		expect(orientation).toBe(6);
		const after = await sharp(bytes).metadata();
		expect(exifHasGps(after.exif!)).toBe(false);
		expect(latin1(bytes)).not.toContain('Telefoon');
		expect(await cornersOf(bytes)).toEqual({ ...UPRIGHT, width: 800, height: 1200 });
	});

	it.each([
		[3, 'jpeg'],
		[6, 'jpeg'],
		[8, 'jpeg'],
		[3, 'png'],
		[6, 'png'],
		[3, 'webp'],
		[6, 'webp'],
	] as const)('Orientation %i in a %s: upright after cleaning, every pixel kept', async (orientationTag, format) => {
		const photo = await phonePhoto({ orientation: orientationTag, format });
		expect(await cornersOf(photo)).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		const { bytes, removed, orientation } = stripMetadata(photo);
		expect(removed).toContain('EXIF');
		expect(orientation).toBe(orientationTag);
		const after = await sharp(bytes).metadata();
		expect(after.orientation).toBe(orientationTag);
		expect(exifHasGps(after.exif!)).toBe(false);
		expect(await cornersOf(bytes)).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await sharp(bytes).raw().toBuffer()).toEqual(await sharp(photo).raw().toBuffer());
	});

	it('removes EXIF altogether from an upright photo (Orientation 1)', async () => {
		const { bytes, removed, orientation } = stripMetadata(await phonePhoto({ orientation: 1 }));
		expect([removed, orientation]).toEqual([['EXIF'], undefined]);
		expect((await sharp(bytes).metadata()).exif).toBeUndefined();
	});

	it('leaves a cleaned photo byte for byte alone the second time', async () => {
		for (const format of ['jpeg', 'png', 'webp'] as const) {
			const once = stripMetadata(await phonePhoto({ orientation: 6, format }));
			const twice = stripMetadata(once.bytes);
			expect([format, twice.removed, twice.orientation]).toEqual([format, [], 6]);
			expect(twice.bytes).toBe(once.bytes);
		}
	});

	it('takes plain Uint8Arrays and gives them back, as in a browser', async () => {
		const photo = new Uint8Array(await phonePhoto({ orientation: 6 }));
		const { bytes } = stripMetadata(photo);
		expect(Buffer.isBuffer(bytes)).toBe(false);
		expect(bytes).toBeInstanceOf(Uint8Array);
		// Code only, not comments: no Node globals or modules that a browser bundle would lack.
		const source = fs.readFileSync(path.join(import.meta.dirname, '../../src/images/metadata.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		expect(source).not.toMatch(/\bBuffer\b|from 'node:|\brequire\(/);
	});
});

describe('real-world EXIF', () => {
	it('finds a big-endian EXIF block after JFIF and ICC segments, with XMP and a second EXIF block that repeats it, and keeps the colour profile', async () => {
		const { segments, rest } = jpegParts(await turnedPixels(270));
		const icc = (await sharp(await square().jpeg().withIccProfile('p3').toBuffer()).metadata()).icc!;
		const jpeg = Buffer.concat([
			Buffer.from([0xff, 0xd8]),
			...segments.filter((part) => part[1] === 0xe0), // JFIF
			segment(0xe2, Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'), icc])),
			segment(0xe1, cameraExif({ bigEndian: true, orientation: 6 })),
			segment(0xe1, `http://ns.adobe.com/xap/1.0/\0${XMP}`),
			segment(0xe1, cameraExif({ bigEndian: false, orientation: 6 })),
			segment(0xed, 'Photoshop 3.0\x008BIM naam: Marieke'),
			...segments.filter((part) => part[1] !== 0xe0),
			rest,
		]);
		expect(await cornersOf(jpeg)).toEqual({ ...UPRIGHT, width: 80, height: 120 });

		const { bytes, removed, orientation } = stripMetadata(jpeg);
		expect(removed.sort()).toEqual(['EXIF', 'IPTC', 'XMP']);
		expect(orientation).toBe(6);
		expect(latin1(bytes)).not.toMatch(/Telefoon|Marieke|xmpmeta/);
		const after = await sharp(bytes).metadata();
		expect(after.icc).toEqual(icc);
		expect(exifHasGps(after.exif!)).toBe(false);
		expect(await cornersOf(bytes)).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await sharp(bytes).autoOrient().raw().toBuffer()).toEqual(await sharp(jpeg).autoOrient().raw().toBuffer());
	});

	it('keeps a CMYK JPEG in CMYK: Adobe segment and its profile in 16 APP2 parts', async () => {
		const { segments, rest } = jpegParts(await turnedPixels(180, 'cmyk'));
		const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xe1, cameraExif({ bigEndian: false, orientation: 3 })), ...segments, rest]);
		const before = await sharp(jpeg).metadata();
		expect([before.space, before.orientation]).toEqual(['cmyk', 3]);
		const { bytes, removed } = stripMetadata(jpeg);
		expect(removed).toEqual(['EXIF']);
		const after = await sharp(bytes).metadata();
		expect([after.space, after.icc?.length, after.orientation]).toEqual(['cmyk', before.icc!.length, 3]);
		expect(latin1(bytes)).toContain('Adobe');
		expect(await cornersOf(bytes)).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await sharp(bytes).raw().toBuffer()).toEqual(await sharp(jpeg).raw().toBuffer());
	});

	it('keeps a 16-bit PNG 16-bit', async () => {
		const png = await sharp(await uprightPicture()).rotate(270).toColourspace('rgb16').png().withMetadata({ orientation: 6 }).withExif({ IFD3: GPS }).withXmp(XMP).toBuffer();
		const { bytes, removed } = stripMetadata(png);
		expect(removed.sort()).toEqual(['EXIF', 'XMP']);
		const after = await sharp(bytes).metadata();
		expect([after.depth, after.orientation, after.xmp]).toEqual(['ushort', 6, undefined]);
		expect(await cornersOf(bytes)).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await sharp(bytes).raw({ depth: 'ushort' }).toBuffer()).toEqual(await sharp(png).raw({ depth: 'ushort' }).toBuffer());
	});

	it('cleans a WebP with EXIF and XMP chunks, keeping the orientation and a correct header', async () => {
		const webp = await sharp(await uprightPicture()).rotate(270).webp({ lossless: true }).withMetadata({ orientation: 6 }).withExif({ IFD0: { Make: 'Telefoon' }, IFD3: GPS }).withXmp(XMP).toBuffer();
		const { bytes, removed } = stripMetadata(webp);
		expect(removed.sort()).toEqual(['EXIF', 'XMP']);
		const view = Buffer.from(bytes);
		expect(view.readUInt32LE(4)).toBe(bytes.length - 8);
		const flags = view[view.indexOf('VP8X') + 8]!;
		expect([flags & 0x08, flags & 0x04]).toEqual([0x08, 0]);
		expect(await cornersOf(bytes)).toEqual({ ...UPRIGHT, width: 80, height: 120 });
	});

	it('removes a motion photo’s video after the end of the picture', async () => {
		const photo = await phonePhoto({ orientation: 6 });
		const motionPhoto = Buffer.concat([photo, Buffer.from('\0\0\0\x18ftypmp42 video of the patient walking')]);
		const { bytes, removed } = stripMetadata(motionPhoto);
		expect(removed.sort()).toEqual(['EXIF', 'data after the picture']);
		expect(latin1(bytes)).not.toContain('video of the patient');
		expect(await sharp(bytes).raw().toBuffer()).toEqual(await sharp(photo).raw().toBuffer());
	});

	it('cleans a progressive JPEG, whose scans have tables between them', async () => {
		const photo = await sharp(await uprightPicture(400, 600)).rotate(270).jpeg({ progressive: true }).withMetadata({ orientation: 6 }).withExif({ IFD3: GPS }).toBuffer();
		const { bytes } = stripMetadata(photo);
		expect(await cornersOf(bytes)).toEqual({ ...UPRIGHT, width: 400, height: 600 });
		expect(await sharp(bytes).raw().toBuffer()).toEqual(await sharp(photo).raw().toBuffer());
	});

	it('cleans a panorama below the pixel limit', async () => {
		const panorama = await sharp({ create: { width: 12000, height: 1500, channels: 3, background: '#406080' } }).jpeg().withExif({ IFD0: { Make: 'Telefoon' }, IFD3: GPS }).toBuffer();
		const { bytes, removed } = stripMetadata(panorama);
		expect(removed).toEqual(['EXIF']);
		const after = await sharp(bytes).metadata();
		expect([after.width, after.height, after.exif]).toEqual([12000, 1500, undefined]);
	});

	it('refuses a file cut short instead of writing half a picture', async () => {
		const photo = await phonePhoto({ orientation: 6 });
		for (const cut of [photo.subarray(0, 20), photo.subarray(0, photo.length - 200)]) {
			expect(() => stripMetadata(cut)).toThrow(DamagedImageError);
		}
		const png = await phonePhoto({ orientation: 6, format: 'png' });
		expect(() => stripMetadata(png.subarray(0, png.length - 30))).toThrow(DamagedImageError);
		const webp = await phonePhoto({ orientation: 6, format: 'webp' });
		expect(() => stripMetadata(webp.subarray(0, webp.length - 30))).toThrow(DamagedImageError);
	});

	it('returns AVIF, HEIC and GIF unchanged and says which format it saw', async () => {
		for (const [format, bytes] of [
			['avif', await square().avif().withExif({ IFD3: GPS }).toBuffer()],
			['gif', await square().gif().toBuffer()],
		] as const) {
			const result = stripMetadata(bytes);
			expect([result.format, result.removed]).toEqual([format, []]);
			expect(result.bytes).toBe(bytes);
		}
	});
});

describe('an orientation note is kept only when every reader reads it alike (one rule for the build and the CMS)', () => {
	/** The red team's notes, and their neighbours: what orientationNote() must call unclear. */
	const unclear: Record<string, (OrientationNote | Buffer)[]> = {
		'two EXIF blocks, 6 then 1': [{ value: 6 }, { value: 1 }],
		'two EXIF blocks, 1 then 6': [{ value: 1 }, { value: 6 }],
		'two EXIF blocks, 6 then none': [{ value: 6 }, orientationTiff({ value: 6, cutAt: 8 })],
		'two EXIF blocks, 6 then 8 (both portraits)': [{ value: 6 }, { value: 8 }],
		'Orientation 6 as a LONG': [{ value: 6, type: 4 }],
		'Orientation 6 as a big-endian LONG': [{ value: 6, type: 4, bigEndian: true }],
		'Orientation 1 as a LONG': [{ value: 1, type: 4 }],
		'Orientation 6 as a signed SHORT': [{ value: 6, type: 8 }],
		'Orientation 9': [{ value: 9 }],
		'Orientation 300': [{ value: 300 }],
		'an IFD offset past the end': [{ value: 6, ifdOffset: 0xfffffff0 }],
	};
	/** Notes every reader reads alike, with the orientation they read. */
	const clear: [string, (OrientationNote | Buffer)[], number | undefined][] = [
		['none', [], undefined],
		['Orientation 6', [{ value: 6 }], 6],
		['Orientation 6, big-endian', [{ value: 6, bigEndian: true }], 6],
		['Orientation 6 given twice', [{ value: 6 }, { value: 6, bigEndian: true }], 6],
		['Orientation 1', [{ value: 1 }], undefined],
		['Orientation 0 ("unknown")', [{ value: 0 }], undefined],
		['a block cut off before its entry', [orientationTiff({ value: 6, cutAt: 14 })], undefined],
	];

	it('calls a damaged, odd or twice-given note unclear, and the cleaning refuses it rather than drop or pick one', async () => {
		for (const [name, notes] of Object.entries(unclear)) {
			const photo = await oddlyNotedJpeg(...notes);
			expect({ name, note: orientationNote(photo) }).toEqual({ name, note: 'unclear' });
			expect(() => stripMetadata(photo)).toThrow(UnclearOrientationError);
		}
	});

	it('reads a clear note as sharp (viewers) and Astro both do, and the cleaned file is read the same way by both', async () => {
		const reads = async (bytes: Uint8Array) => {
			const astro = await imageMetadata(bytes);
			return { sharp: (await sharp(bytes).metadata()).orientation || 1, astro: astro.orientation || 1 };
		};
		for (const [name, notes, expected] of clear) {
			const photo = await oddlyNotedJpeg(...notes);
			const note = orientationNote(photo);
			expect({ name, note }).toEqual({ name, note: expected });
			for (const bytes of [photo, stripMetadata(photo).bytes]) expect({ name, reads: await reads(bytes) }).toEqual({ name, reads: { sharp: note ?? 1, astro: note ?? 1 } });
		}
	});

	it('holds for the EXIF of a PNG and a WebP too', async () => {
		const withNote = (format: 'png' | 'webp', note: OrientationNote) =>
			sharp({ create: { width: 12, height: 8, channels: 3, background: '#888' } })
				.toFormat(format, { lossless: true })
				.withExif({ IFD0: { Make: 'x' } })
				.toBuffer()
				.then((bytes) => replaceExif(bytes, format, orientationTiff(note)));
		for (const format of ['png', 'webp'] as const) {
			expect(orientationNote(await withNote(format, { value: 6, type: 4 }))).toBe('unclear');
			expect(orientationNote(await withNote(format, { value: 6 }))).toBe(6);
		}
	});
});

/** The file with its EXIF chunk (PNG eXIf, WebP EXIF) holding `tiff` instead. */
function replaceExif(bytes: Buffer, format: 'png' | 'webp', tiff: Buffer): Buffer {
	const type = format === 'png' ? 'eXIf' : 'EXIF';
	const at = bytes.indexOf(Buffer.from(type, 'latin1')) - (format === 'png' ? 4 : 0);
	if (format === 'png') {
		const length = bytes.readUInt32BE(at);
		const chunk = Buffer.alloc(12 + tiff.length);
		chunk.writeUInt32BE(tiff.length, 0);
		chunk.write(type, 4, 'latin1');
		tiff.copy(chunk, 8);
		chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + tiff.length)), 8 + tiff.length);
		return Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at + 12 + length)]);
	}
	const size = bytes.readUInt32LE(at + 4);
	const chunk = Buffer.alloc(8 + tiff.length + (tiff.length % 2));
	chunk.write(type, 0, 'latin1');
	chunk.writeUInt32LE(tiff.length, 4);
	tiff.copy(chunk, 8);
	const whole = Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at + 8 + size + (size % 2))]);
	whole.writeUInt32LE(whole.length - 8, 4);
	return whole;
}

function crc32(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of data) {
		crc ^= byte;
		for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

describe('turning a PNG or WebP upright by its pixels (for the scrubber)', () => {
	it('keeps every pixel of a lossy WebP, now upright and without a tag', async () => {
		const photo = await sharp(await uprightPicture()).rotate(270).webp({ quality: 70 }).withMetadata({ orientation: 6 }).toBuffer();
		const turned = (await turnedUpright(photo, 'webp'))!;
		expect((await sharp(turned).metadata()).orientation).toBeUndefined();
		expect(await cornersOf(turned, { honourOrientation: false })).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await sharp(turned).raw().toBuffer()).toEqual(await sharp(photo).autoOrient().raw().toBuffer());
	});

	it('keeps a colour profile and alpha', async () => {
		const photo = await sharp(await uprightPicture()).ensureAlpha(0.5).rotate(180).withIccProfile('p3').png().withMetadata({ orientation: 3 }).toBuffer();
		const turned = (await turnedUpright(photo, 'png'))!;
		const after = await sharp(turned).metadata();
		expect([after.hasAlpha, after.icc?.length]).toEqual([true, (await sharp(photo).metadata()).icc?.length]);
	});

	it('keeps a 16-bit PNG 16-bit, with its colour profile', async () => {
		const deep = await sharp(await uprightPicture()).rotate(270).toColourspace('rgb16').withIccProfile('p3').png().withMetadata({ orientation: 6 }).toBuffer();
		const turned = (await turnedUpright(deep, 'png'))!;
		const after = await sharp(turned).metadata();
		expect([after.depth, Boolean(after.icc), after.orientation]).toEqual(['ushort', true, undefined]);
		expect(await cornersOf(turned, { honourOrientation: false })).toEqual({ ...UPRIGHT, width: 80, height: 120 });
	});
});

describe('stripping other metadata without re-encoding', () => {
	it.each(['jpeg', 'png', 'webp'] as const)('removes EXIF and XMP from a %s and keeps every pixel', async (format) => {
		const photo = await cameraPhoto(format);
		const { bytes, removed } = stripMetadata(photo);
		expect(removed).toContain('EXIF');
		const after = await sharp(bytes).metadata();
		expect([after.exif, after.xmp]).toEqual([undefined, undefined]);
		expect(await sharp(bytes).raw().toBuffer()).toEqual(await sharp(photo).raw().toBuffer());
	});

	it('removes IPTC and comments from a JPEG, and leaves a clean file byte for byte alone', async () => {
		const clean = await square().jpeg().toBuffer();
		const photo = Buffer.concat([clean.subarray(0, 2), segment(0xed, 'Photoshop 3.0\0IPTC naam: Marieke'), segment(0xfe, 'Marieke, thuis'), clean.subarray(2)]);
		expect(latin1(photo)).toContain('Marieke');
		const { bytes, removed } = stripMetadata(photo);
		expect(removed.sort()).toEqual(['IPTC', 'comment']);
		expect(latin1(bytes)).not.toContain('Marieke');
		const again = stripMetadata(bytes);
		expect(again.removed).toEqual([]);
		expect(again.bytes).toBe(bytes);
	});

	it('keeps a colour profile: it is not about the person, and the colours must not change', async () => {
		const withProfile = await square('#d02040').jpeg().withIccProfile('p3').withExif({ IFD0: { Make: 'Telefoon' } }).toBuffer();
		const cleaned = stripMetadata(withProfile).bytes;
		const after = await sharp(cleaned).metadata();
		expect(after.icc).toEqual((await sharp(withProfile).metadata()).icc);
		expect(after.exif).toBeUndefined();
		expect(await sharp(cleaned).toColourspace('srgb').raw().toBuffer()).toEqual(await sharp(withProfile).toColourspace('srgb').raw().toBuffer());
	});
});

describe('naming what was stripped in the editor\'s language (npm run media:scrub, issue 21)', () => {
	it.each(SUPPORTED_LOCALES)('%s names every kind stripMetadata removes in words of its own', (locale) => {
		const kinds = ['EXIF', 'XMP', 'IPTC', 'comment', 'text', 'time', 'MPF', 'data after the picture', 'APP1', 'APP13'] as const;
		const named = kinds.map((kind) => PACKS[locale]!.messageParts.metadataKind[metadataKindKey(kind)]);
		for (const [index, name] of named.entries()) expect(name?.trim(), `${locale} ${kinds[index]}`).toBeTruthy();
		expect(kinds.map(metadataKindKey)).toEqual(['exif', 'xmp', 'iptc', 'comments', 'text', 'time', 'multiPicture', 'trailing', 'application', 'application']);
	});
});

describe('the image check after a build', () => {
	function site() {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-images-'));
		for (const dir of ['content/media', 'dist/_astro', 'dist/nl']) fs.mkdirSync(path.join(root, dir), { recursive: true });
		return { content: path.join(root, 'content'), dist: path.join(root, 'dist') };
	}

	it('removes unprocessed originals that no page uses, such as the photo of a testimonial whose consent ended', async () => {
		const { content, dist } = site();
		const original = await square('#884400').jpeg().toBuffer();
		fs.writeFileSync(path.join(content, 'media', 'gerrit.jpg'), original);
		fs.writeFileSync(path.join(dist, '_astro', 'gerrit.Ab12Cd34.jpg'), original);
		fs.writeFileSync(path.join(dist, '_astro', 'gerrit.Ab12Cd34_x1.webp'), await square('#884400').webp().toBuffer());
		fs.writeFileSync(path.join(dist, 'nl', 'index.html'), '<img src="/_astro/gerrit.Ab12Cd34_x1.webp" alt="">');
		const report = await checkPublishedImages(dist, originalImages(content));
		expect(report).toEqual({ removed: ['_astro/gerrit.Ab12Cd34.jpg'], problems: [] });
		expect(fs.existsSync(path.join(dist, '_astro', 'gerrit.Ab12Cd34.jpg'))).toBe(false);
	});

	it('names every image that carries metadata, where it came from and what to do, also an original a page shows as it was uploaded', async () => {
		const { content, dist } = site();
		const publicDir = path.join(path.dirname(content), 'public');
		fs.mkdirSync(publicDir);
		const original = await cameraPhoto('jpeg');
		fs.writeFileSync(path.join(content, 'media', 'marieke.jpg'), original);
		fs.writeFileSync(path.join(content, 'media', 'tuin.jpg'), await square('#228822').jpeg().toBuffer());
		fs.writeFileSync(path.join(dist, '_astro', 'marieke.Zz99.jpg'), original);
		fs.writeFileSync(path.join(dist, '_astro', 'tuin.Yy88_Z1x.webp'), await cameraPhoto('webp'));
		fs.writeFileSync(path.join(dist, '_astro', 'kaart.Xx77.png'), await cameraPhoto('png'));
		const favicon = await cameraPhoto('png');
		fs.writeFileSync(path.join(dist, 'favicon.png'), favicon);
		fs.writeFileSync(path.join(publicDir, 'favicon.png'), favicon);
		fs.writeFileSync(path.join(dist, 'nl', 'index.html'), '<img src="/_astro/marieke.Zz99.jpg" alt="Marieke"><img src="/_astro/tuin.Yy88_Z1x.webp" alt="">');
		const files = originalImageFiles(content);
		const sources = files.map(([file, hash]) => [`content/${file}`, hash] as const);
		const { problems } = await checkPublishedImages(dist, originalImages(content, files), { sources, publicDir });
		expect(problems).toEqual([
			message('picture.metadataPublished', { file: '_astro/kaart.Xx77.png', kinds: 'EXIF, XMP', from: 'build', source: '' }),
			message('picture.metadataPublished', { file: '_astro/marieke.Zz99.jpg', kinds: 'EXIF, XMP', from: 'original', source: 'content/media/marieke.jpg' }),
			message('picture.metadataPublished', { file: '_astro/tuin.Yy88_Z1x.webp', kinds: 'EXIF, XMP', from: 'madeFrom', source: 'content/media/tuin.jpg' }),
			message('picture.metadataPublished', { file: 'favicon.png', kinds: 'EXIF, XMP', from: 'public', source: 'public/favicon.png' }),
		]);
		// In English, as a build with no editor's language set: which picture, where from, what to do.
		expect(problems[1]).toBe(
			'the picture /_astro/marieke.Zz99.jpg on the site still carries data from the camera or photo editor (EXIF, XMP), which can include the place a photo was taken. It is content/media/marieke.jpg as it was uploaded. Remove the data with npm run media:scrub and build the site again. [picture.metadataPublished]',
		);
		expect(describeImageProblems(problems).split('\n')[0]).toBe('The site was not published: 4 pictures still carry data from the camera [picture.metadataFound]:');
	});

	it('keeps what it found as kinds, not words: a build in another editor’s language names them in its own', async () => {
		const { content, dist } = site();
		const findings = path.join(path.dirname(content), 'checks');
		fs.writeFileSync(path.join(dist, 'favicon.png'), await cameraPhoto('png'));
		await checkPublishedImages(dist, originalImages(content), { findings });
		expect(fs.readFileSync(path.join(findings, 'image-metadata.json'), 'utf8')).toMatch(/\["exif","xmp"\]/);
		useEditorLanguage('fr');
		try {
			const { problems } = await checkPublishedImages(dist, originalImages(content), { findings });
			expect(problems).toEqual([messageIn('fr', 'picture.metadataPublished', { file: 'favicon.png', kinds: 'EXIF, XMP', from: 'build', source: '' })]);
			expect(describeImageProblems(problems).split('\n')[0]).toBe('Le site n’a pas été publié\u00a0: une image contient encore des données de l’appareil photo [picture.metadataFound]\u00a0:');
		} finally {
			useEditorLanguage(undefined);
		}
	});

	it('finds, in the one inspection of each picture, whether an original still has a GPS position, warns naming the file, and not once it is cleaned', async () => {
		const photo = await phonePhoto({ orientation: 6 });
		expect((await inspectPicture(photo, 'jpg')).hasGps).toBe(true);
		expect((await inspectPicture(Buffer.from(stripMetadata(photo).bytes), 'jpg')).hasGps).toBe(false);
		expect((await inspectPicture(await square().jpeg().toBuffer(), 'jpg')).hasGps).toBe(false);
		expect(gpsWarning({ format: 'jpeg' })).toMatch(/^this JPEG photo still carries the GPS position .* remove it with npm run media:scrub\. \[picture\.gps\]$/);
	});

	it('warns about GPS in the editor’s language, with advice that fits the format: media:scrub cannot clean an AVIF', async () => {
		const avif = await phonePhoto({ orientation: 1, format: 'avif' });
		const inspection = await inspectPicture(avif, 'avif');
		expect(inspection.hasGps).toBe(true);
		// What the scrubber does with it: nothing, it cannot clean AVIF.
		expect(CLEANABLE_FORMATS).not.toContain(stripMetadata(avif).format);
		expect(gpsWarning(inspection)).toMatch(/^this AVIF photo .* npm run media:scrub cannot remove it from AVIF files\. Save the photo as JPEG, replace the file, then run npm run media:scrub\. \[picture\.gpsCannotScrub\]$/);
		try {
			useEditorLanguage('fr');
			expect(gpsWarning(inspection)).toMatch(/^cette photo AVIF contient encore le lieu où elle a été prise \(GPS\)\..* \[picture\.gpsCannotScrub\]$/);
			expect(gpsWarning({ format: 'webp' })).not.toMatch(/deze|this/);
		} finally {
			useEditorLanguage(undefined);
		}
	});
});
