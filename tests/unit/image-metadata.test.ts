import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifHasGps, stripMetadata } from '../../src/images/metadata.ts';
import { inspectPicture } from '../../src/images/inspect.ts';
import { checkPublishedImages, gpsWarning, originalImages } from '../../src/images/published-images.ts';

const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' };
const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>';
const square = (colour = '#0b6e69') => sharp({ create: { width: 16, height: 16, channels: 3, background: colour } });

/** A photo as a phone makes it: camera make, GPS position, XMP. */
const phonePhoto = (format: 'jpeg' | 'png' | 'webp') =>
	square()
		.toFormat(format, format === 'webp' ? { lossless: true } : {})
		.withExif({ IFD0: { Make: 'Telefoon' }, IFD3: GPS })
		.withXmp(XMP)
		.toBuffer();

/** A JPEG with an IPTC block (APP13) and a comment (COM) inserted after SOI. */
async function jpegWithIptcAndComment(): Promise<Buffer> {
	const clean = await square().jpeg().toBuffer();
	const segment = (marker: number, payload: string) => {
		const body = Buffer.from(payload, 'latin1');
		const head = Buffer.from([0xff, marker, 0, 0]);
		head.writeUInt16BE(body.length + 2, 2);
		return Buffer.concat([head, body]);
	};
	return Buffer.concat([clean.subarray(0, 2), segment(0xed, 'Photoshop 3.0\0IPTC naam: Marieke'), segment(0xfe, 'Marieke, thuis'), clean.subarray(2)]);
}

describe('finding a GPS position', () => {
	it('sees a latitude and longitude, and nothing when the camera left them out', async () => {
		const withGps = await sharp(await phonePhoto('jpeg')).metadata();
		expect(exifHasGps(withGps.exif!)).toBe(true);
		const withoutGps = await sharp(await square().jpeg().withExif({ IFD0: { Make: 'Telefoon' } }).toBuffer()).metadata();
		expect(exifHasGps(withoutGps.exif!)).toBe(false);
		expect(exifHasGps(Buffer.from('Exif\0\0nonsense'))).toBe(false);
	});
});

describe('stripping metadata without re-encoding', () => {
	it.each(['jpeg', 'png', 'webp'] as const)('removes EXIF and XMP from a %s and keeps every pixel', async (format) => {
		const photo = await phonePhoto(format);
		const { bytes, removed } = stripMetadata(photo);
		expect(removed).toContain('EXIF');
		const after = await sharp(bytes).metadata();
		expect([after.exif, after.xmp]).toEqual([undefined, undefined]);
		expect(await sharp(bytes).raw().toBuffer()).toEqual(await sharp(photo).raw().toBuffer());
	});

	it('removes IPTC and comments from a JPEG, and leaves a clean file byte for byte alone', async () => {
		const photo = await jpegWithIptcAndComment();
		expect(photo.toString('latin1')).toContain('Marieke');
		const { bytes, removed } = stripMetadata(photo);
		expect(removed.sort()).toEqual(['IPTC', 'comment']);
		expect(bytes.toString('latin1')).not.toContain('Marieke');
		const again = stripMetadata(bytes);
		expect(again.removed).toEqual([]);
		expect(again.bytes).toBe(bytes);
	});

	it('keeps a colour profile: it is not about the person', async () => {
		const withProfile = await square().jpeg().withIccProfile('p3').withExif({ IFD0: { Make: 'Telefoon' } }).toBuffer();
		const after = await sharp(stripMetadata(withProfile).bytes).metadata();
		expect(after.icc).toBeDefined();
		expect(after.exif).toBeUndefined();
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

	it('names every image that carries metadata, also an original a page shows as it was uploaded', async () => {
		const { content, dist } = site();
		const original = await phonePhoto('jpeg');
		fs.writeFileSync(path.join(content, 'media', 'marieke.jpg'), original);
		fs.writeFileSync(path.join(dist, '_astro', 'marieke.Zz99.jpg'), original);
		fs.writeFileSync(path.join(dist, 'favicon.png'), await phonePhoto('png'));
		fs.writeFileSync(path.join(dist, 'nl', 'index.html'), '<img src="/_astro/marieke.Zz99.jpg" alt="Marieke">');
		const { problems } = await checkPublishedImages(dist, originalImages(content));
		expect(problems).toEqual([
			'_astro/marieke.Zz99.jpg: carries EXIF, XMP; published images must not',
			'favicon.png: carries EXIF, XMP; published images must not',
		]);
	});

	it('finds, in the one inspection of each picture, whether an original still has a GPS position, and warns naming the file', async () => {
		expect((await inspectPicture(await phonePhoto('jpeg'), 'jpg')).hasGps).toBe(true);
		expect((await inspectPicture(await square().jpeg().toBuffer(), 'jpg')).hasGps).toBe(false);
		expect(gpsWarning('content/media/tuin.jpg')).toMatch(/^content\/media\/tuin\.jpg: .*GPS.*npm run media:scrub/);
	});
});
