import sharp from 'sharp';

/**
 * Photos as phones store them, for the orientation tests of every path that
 * reads an original (scrubber, cards, Astro's image service, the browser).
 *
 * The upright picture has a coloured block in three corners: red top left,
 * green top right, blue bottom left, grey elsewhere. A phone that held the
 * camera turned stores the pixels turned and says so in EXIF Orientation;
 * {@link cornersOf} reads a picture as a viewer shows it and names its corner
 * colours, so a test sees a portrait on its side, upside down or mirrored,
 * not only wrong dimensions.
 */

export const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' };

/** What an upright picture's corners show. */
export const UPRIGHT = { topLeft: 'red', topRight: 'green', bottomLeft: 'blue', bottomRight: 'grey' } as const;

const COLOURS = { red: [220, 30, 30], green: [30, 180, 60], blue: [30, 60, 220], grey: [128, 128, 128] } as const;

/** An EXIF Orientation: 1 upright, 3 upside down, 6 and 8 a quarter turn; 2, 4, 5 and 7 the same mirrored. */
export type OrientationTag = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Every EXIF Orientation, for tests that try each. */
export const ORIENTATIONS: readonly OrientationTag[] = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * How the stored pixels are made from the upright picture for each EXIF
 * Orientation: the inverse of what a viewer does to show them (TIFF 6.0 /
 * EXIF 2.32, tag 0x0112): turned first, then mirrored (flop: left–right, flip: top–bottom).
 */
const STORED: Record<OrientationTag, { rotate: number; flop?: boolean; flip?: boolean }> = {
	1: { rotate: 0 },
	// Orientation 2: mirror left–right to view.
	2: { rotate: 0, flop: true },
	// Orientation 3: turn 180° to view; the pixels are stored upside down.
	3: { rotate: 180 },
	// Orientation 4: mirror top–bottom to view.
	4: { rotate: 0, flip: true },
	// Orientation 5: mirror along the diagonal from top left (transpose) to view; its own inverse.
	5: { rotate: 90, flop: true },
	// Orientation 6: turn 90° clockwise to view; the pixels are stored turned 90° anticlockwise (a phone held upright, sensor landscape).
	6: { rotate: 270 },
	// Orientation 7: mirror along the other diagonal (transverse) to view; its own inverse.
	7: { rotate: 270, flop: true },
	// Orientation 8: turn 90° anticlockwise to view.
	8: { rotate: 90 },
};

export interface PhonePhotoOptions {
	orientation: OrientationTag;
	/** Default JPEG. An AVIF carries the turn in its own boxes (irot, imir), as sharp writes it from the orientation. */
	format?: 'jpeg' | 'png' | 'webp' | 'avif';
	/** "corners": coloured blocks in three corners (default); "quadrants": each quarter one colour, for pictures that are cropped or cut to a circle. */
	pattern?: 'corners' | 'quadrants';
	/** Upright size; default 80×120 (a portrait). */
	width?: number;
	height?: number;
	/** Add a GPS position and a camera make, as a phone does. Default true. */
	camera?: boolean;
}

/** A photo as a phone stores it: turned pixels, EXIF Orientation, GPS and camera make. */
export async function phonePhoto({ orientation, format = 'jpeg', pattern = 'corners', width = 80, height = 120, camera = true }: PhonePhotoOptions): Promise<Buffer> {
	const upright = pattern === 'corners' ? await uprightPicture(width, height) : await quadrantPicture(width, height);
	const { rotate, flop = false, flip = false } = STORED[orientation];
	const stored = sharp(await sharp(upright).rotate(rotate).toBuffer()).flop(flop).flip(flip);
	const encoded = stored.toFormat(format, format === 'webp' ? { lossless: true } : format === 'jpeg' ? { quality: 95 } : {}).withMetadata({ orientation });
	return (camera ? encoded.withExif({ IFD0: { Make: 'Telefoon' }, IFD3: GPS }) : encoded).toBuffer();
}

/** The upright picture as PNG, `width`×`height` px. */
export async function uprightPicture(width = 80, height = 120): Promise<Buffer> {
	const block = Math.round(Math.min(width, height) / 4);
	const square = (colour: keyof typeof COLOURS) =>
		sharp({ create: { width: block, height: block, channels: 3, background: { r: COLOURS[colour][0], g: COLOURS[colour][1], b: COLOURS[colour][2] } } })
			.png()
			.toBuffer();
	return sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 } } })
		.composite([
			{ input: await square('red'), left: 0, top: 0 },
			{ input: await square('green'), left: width - block, top: 0 },
			{ input: await square('blue'), left: 0, top: height - block },
		])
		.png()
		.toBuffer();
}

export interface Corners {
	topLeft: string;
	topRight: string;
	bottomLeft: string;
	bottomRight: string;
	width: number;
	height: number;
}

/**
 * How a viewer that honours EXIF Orientation shows a picture: its size and
 * the colour nearest each corner (sampled a few pixels in). Pass
 * `{ honourOrientation: false }` to see the stored pixels as they are.
 */
export async function cornersOf(input: Buffer | Uint8Array | string, { honourOrientation = true } = {}): Promise<Corners> {
	const image = sharp(input);
	const { data, info } = await (honourOrientation ? image.autoOrient() : image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const inset = Math.max(2, Math.round(Math.min(info.width, info.height) / 16));
	const at = (x: number, y: number) => nearestColour([...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)]);
	return {
		topLeft: at(inset, inset),
		topRight: at(info.width - 1 - inset, inset),
		bottomLeft: at(inset, info.height - 1 - inset),
		bottomRight: at(info.width - 1 - inset, info.height - 1 - inset),
		width: info.width,
		height: info.height,
	};
}

/** The name of the test colour nearest to an RGB value. */
export function nearestColour([r, g, b]: number[]): string {
	let best = '';
	let distance = Infinity;
	for (const [name, [cr, cg, cb]] of Object.entries(COLOURS)) {
		const d = (r! - cr) ** 2 + (g! - cg) ** 2 + (b! - cb) ** 2;
		if (d < distance) [best, distance] = [name, d];
	}
	return best;
}

/** The upright picture in quarters: red top left, green top right, blue bottom left, grey bottom right. */
export async function quadrantPicture(width = 80, height = 120): Promise<Buffer> {
	const half = (colour: keyof typeof COLOURS) =>
		sharp({ create: { width: Math.ceil(width / 2), height: Math.ceil(height / 2), channels: 3, background: { r: COLOURS[colour][0], g: COLOURS[colour][1], b: COLOURS[colour][2] } } })
			.png()
			.toBuffer();
	return sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 } } })
		.composite([
			{ input: await half('red'), left: 0, top: 0 },
			{ input: await half('green'), left: Math.floor(width / 2), top: 0 },
			{ input: await half('blue'), left: 0, top: Math.floor(height / 2) },
		])
		.png()
		.toBuffer();
}

/**
 * The colours of the four quarters of a region of a picture (default the
 * whole), sampled at 30% and 70% of its width and height: inside a circle cut
 * from it, and away from the edges a crop or "contain" fit may leave.
 */
export async function quadrantsOf(input: Buffer | Uint8Array | string, region?: { left: number; top: number; width: number; height: number }): Promise<Omit<Corners, 'width' | 'height'>> {
	const { data, info } = await sharp(input).autoOrient().removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const box = region ?? { left: 0, top: 0, width: info.width, height: info.height };
	const at = (fx: number, fy: number) => {
		const x = Math.round(box.left + fx * box.width);
		const y = Math.round(box.top + fy * box.height);
		return nearestColour([...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)]);
	};
	return { topLeft: at(0.3, 0.3), topRight: at(0.7, 0.3), bottomLeft: at(0.3, 0.7), bottomRight: at(0.7, 0.7) };
}

/** How an EXIF block's Orientation entry is written, for {@link oddlyNotedJpeg}. */
export interface OrientationNote {
	/** The value; any number, also outside 1–8. */
	value: number;
	/** TIFF field type: 3 SHORT (the standard), 4 LONG, 8 SSHORT… Default 3. */
	type?: number;
	/** Motorola byte order ("MM") instead of Intel ("II"). Default false. */
	bigEndian?: boolean;
	/** Where the header says the first IFD is; default 8 (right after the header). */
	ifdOffset?: number;
	/** Keep only this many bytes of the TIFF structure (a block cut short). */
	cutAt?: number;
}

/** A TIFF structure with one IFD holding one Orientation entry, written as `note` says (26 bytes unless cut). */
export function orientationTiff({ value, type = 3, bigEndian = false, ifdOffset = 8, cutAt }: OrientationNote): Buffer {
	const tiff = Buffer.alloc(26);
	const u16 = (at: number, v: number) => (bigEndian ? tiff.writeUInt16BE(v, at) : tiff.writeUInt16LE(v, at));
	const u32 = (at: number, v: number) => (bigEndian ? tiff.writeUInt32BE(v, at) : tiff.writeUInt32LE(v, at));
	tiff.write(bigEndian ? 'MM' : 'II', 0, 'latin1');
	u16(2, 42);
	u32(4, ifdOffset);
	u16(8, 1);
	u16(10, 0x0112);
	u16(12, type);
	u32(14, 1);
	// A value of 2 bytes or less sits left-justified in the 4-byte field.
	if (type === 3 || type === 8) u16(18, value);
	else u32(18, value);
	return cutAt === undefined ? tiff : tiff.subarray(0, cutAt);
}

/**
 * A JPEG of landscape pixels (120×80, red block top left, no metadata) with
 * one EXIF block (APP1) per note, right after the start of image: the
 * damaged, odd or contradicting orientation notes a red team made (a LONG
 * instead of a SHORT, value 9, an IFD offset past the end, two blocks that
 * disagree). An empty list gives the plain picture.
 */
export async function oddlyNotedJpeg(...notes: (OrientationNote | Buffer)[]): Promise<Buffer> {
	const pixels = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#888' } })
		.composite([{ input: { create: { width: 20, height: 20, channels: 3, background: '#f00' } }, left: 0, top: 0 }])
		.jpeg()
		.toBuffer();
	const app1 = (tiff: Buffer) => {
		const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
		const header = Buffer.from([0xff, 0xe1, 0, 0]);
		header.writeUInt16BE(payload.length + 2, 2);
		return Buffer.concat([header, payload]);
	};
	return Buffer.concat([pixels.subarray(0, 2), ...notes.map((note) => app1(Buffer.isBuffer(note) ? note : orientationTiff(note))), pixels.subarray(2)]);
}
