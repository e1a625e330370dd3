import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanUpload, UploadRefused } from '../../cms/upload-filter.ts';
import { inspectPicture } from '../../src/images/inspect.ts';
import { exifHasGps } from '../../src/images/metadata.ts';
import { pictureProblemMessage } from '../../src/images/picture-problems.ts';
import { message, messageIn, useEditorLanguage } from '../../src/messages/index.ts';
import { projectRoot } from '../support/build.ts';
import { ORIENTATIONS, oddlyNotedJpeg, orientationTiff, phonePhoto as turnedPhoto } from '../support/photos.ts';

/** A photo as a phone writes it: a portrait stored on its side (Orientation 6) with the place it was taken. */
async function phonePhoto(): Promise<Uint8Array> {
	const bytes = await sharp({ create: { width: 16, height: 8, channels: 3, background: '#2a7' } })
		.jpeg()
		.withMetadata({ orientation: 6 })
		.withExifMerge({
			IFD0: { Make: 'Telefoonmerk', Model: 'Model 12' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 4321/100' },
		})
		.toBuffer();
	return new Uint8Array(bytes);
}

const gpsIn = async (bytes: Uint8Array) => exifHasGps((await sharp(bytes).metadata()).exif ?? Buffer.alloc(0));

describe('a photo uploaded in the CMS', () => {
	it('loses the place where it was taken and the camera, keeps its orientation, and its picture is not re-encoded', async () => {
		const photo = await phonePhoto();
		expect(await gpsIn(photo)).toBe(true);
		expect((await sharp(photo).metadata()).orientation).toBe(6);
		const { bytes, removed } = cleanUpload('IMG_0042.jpg', photo);
		expect(removed).toContain('EXIF');
		expect(await gpsIn(bytes)).toBe(false);
		const metadata = await sharp(bytes).metadata();
		expect(metadata.orientation).toBe(6);
		// The compressed picture after the start of scan is byte for byte the original's.
		const scan = (data: Uint8Array) => Buffer.from(data).subarray(Buffer.from(data).indexOf(Buffer.from([0xff, 0xda])));
		expect(scan(bytes).equals(scan(photo))).toBe(true);
	});

	it('from the test fixture, the one the journey uploads, carries no GPS afterwards', async () => {
		const fixture = new Uint8Array(fs.readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'photos', 'telefoonfoto-met-gps.jpg')));
		expect(await gpsIn(fixture)).toBe(true);
		expect(await gpsIn(cleanUpload('telefoonfoto-met-gps.jpg', fixture).bytes)).toBe(false);
	});

	it('is passed as it is when it holds nothing to remove', async () => {
		const clean = new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer());
		expect(cleanUpload('plattegrond.png', clean)).toEqual({ bytes: clean, removed: [] });
	});

	it('is refused, saying what to do, when it cannot be cleaned: HEIC and AVIF, or a damaged file', async () => {
		const heic = new Uint8Array([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic'), 0, 0, 0, 0]);
		expect(() => cleanUpload('IMG_0043.HEIC', heic)).toThrow(UploadRefused);
		expect(() => cleanUpload('IMG_0043.HEIC', heic)).toThrow(`IMG_0043.HEIC: ${message('picture.heic')}`);
		const cut = (await phonePhoto()).subarray(0, 40);
		expect(() => cleanUpload('kapot.jpg', cut)).toThrow(`kapot.jpg: ${message('upload.damaged')}`);
	});

	// The build refuses such a name in content/media/ (src/validation/content-files.ts); Astro could not name its versions after it.
	it('is refused when its name is longer than the build allows (200 bytes), as the build refuses it, and passed at the limit', async () => {
		const clean = new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer());
		const over = `fietsroute-${'é'.repeat(93)}.png`;
		expect(() => cleanUpload(over, clean)).toThrow(`${over}: ${message('file.nameTooLong', { length: 201, maximum: 200 })}`);
		expect(cleanUpload(`${'w'.repeat(196)}.png`, clean).bytes).toEqual(clean);
	});

	it('is refused in the editor’s language (settings editorLanguage), from the catalogue, never in hard-coded Dutch', async () => {
		const avif = new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).avif().withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1' } }).toBuffer());
		const cut = (await phonePhoto()).subarray(0, 40);
		try {
			useEditorLanguage('fr');
			expect(() => cleanUpload('IMG_0044.avif', avif)).toThrow('IMG_0044.avif: ceci est une photo AVIF\u202f; le lieu où elle a été prise ne peut pas en être retiré sans risque.');
			expect(() => cleanUpload('kapot.jpg', cut)).toThrow(`kapot.jpg: ${messageIn('fr', 'upload.damaged')}`);
			useEditorLanguage('de');
			expect(() => cleanUpload('kapot.jpg', cut)).toThrow(/^kapot\.jpg: dieses Foto scheint beschädigt .* \[upload\.damaged\]$/);
		} finally {
			useEditorLanguage(undefined);
		}
	});

	it('is refused when the build would refuse it for how it is stored turned: a PNG or WebP on its side (Orientation 5–8), in every orientation', async () => {
		const refused: string[] = [];
		for (const format of ['jpeg', 'png', 'webp'] as const) {
			for (const orientation of ORIENTATIONS) {
				const name = `IMG_${orientation}.${format === 'jpeg' ? 'jpg' : format}`;
				const photo = new Uint8Array(await turnedPhoto({ orientation, format }));
				const build = await inspectPicture(Buffer.from(photo), format === 'jpeg' ? 'jpg' : format);
				let stored: Uint8Array | undefined;
				let upload: string | undefined;
				try {
					stored = cleanUpload(name, photo).bytes;
				} catch (error) {
					expect(error).toBeInstanceOf(UploadRefused);
					upload = (error as Error).message;
					refused.push(name);
				}
				// What is stored is a picture the build accepts, without its GPS.
				if (stored) expect({ name, problem: (await inspectPicture(Buffer.from(stored), format === 'jpeg' ? 'jpg' : format)).problem, gps: await gpsIn(stored) }).toEqual({ name, problem: undefined, gps: false });
				// The CMS and the build refuse the same files, with the same message.
				expect({ name, refused: upload !== undefined }).toEqual({ name, refused: build.problem === 'turned' });
				if (upload) expect(upload).toBe(`${name}: ${message('picture.turned', { format: format.toUpperCase() })}`);
			}
		}
		expect(refused).toEqual(['IMG_5.png', 'IMG_6.png', 'IMG_7.png', 'IMG_8.png', 'IMG_5.webp', 'IMG_6.webp', 'IMG_7.webp', 'IMG_8.webp']);
	});

	// The red team's pictures (picture intake): the CMS cleaned a JPEG whose Orientation 6 was a LONG into a file
	// without a note, which the build then published landscape although every viewer showed it portrait.
	it('is refused exactly when the build refuses it, with the same message, for the red team’s odd orientation notes', async () => {
		const pictures: Record<string, Uint8Array> = {
			'two-exif-6-then-1.jpg': await oddlyNotedJpeg({ value: 6 }, { value: 1 }),
			'two-exif-1-then-6.jpg': await oddlyNotedJpeg({ value: 1 }, { value: 6 }),
			'exif-long-6.jpg': await oddlyNotedJpeg({ value: 6, type: 4 }),
			'exif-orient-9.jpg': await oddlyNotedJpeg({ value: 9 }),
			'exif-bad-offset.jpg': await oddlyNotedJpeg({ value: 6, ifdOffset: 0xfffffff0 }),
			'exif-bigendian-6.jpg': await oddlyNotedJpeg({ value: 6, bigEndian: true }),
			'exif-truncated.jpg': await oddlyNotedJpeg(orientationTiff({ value: 6, cutAt: 14 })),
			'exif-twice-6.jpg': await oddlyNotedJpeg({ value: 6 }, { value: 6 }),
			'upper.JPEG': new Uint8Array(await turnedPhoto({ orientation: 6 })),
		};
		const outcomes: Record<string, string> = {};
		for (const [name, photo] of Object.entries(pictures)) {
			const extension = name.split('.').pop()!;
			const build = await inspectPicture(Buffer.from(photo), extension);
			let upload: string | undefined;
			let stored: Uint8Array | undefined;
			try {
				stored = cleanUpload(name, photo).bytes;
			} catch (error) {
				expect(error).toBeInstanceOf(UploadRefused);
				upload = (error as Error).message;
			}
			expect({ name, refused: upload !== undefined }).toEqual({ name, refused: build.problem !== undefined });
			if (upload) expect(upload).toBe(`${name}: ${message('picture.turnNoteUnclear', { format: 'JPEG' })}`);
			if (stored) {
				// Stored as every viewer showed it, and the build reads it so.
				const [before, after] = await Promise.all([sharp(photo).metadata(), sharp(stored).metadata()]);
				expect({ name, shown: [after.autoOrient.width, after.autoOrient.height], problem: (await inspectPicture(Buffer.from(stored), extension)).problem }).toEqual({ name, shown: [before.autoOrient.width, before.autoOrient.height], problem: undefined });
			}
			outcomes[name] = upload ? 'refused' : 'stored';
		}
		expect(outcomes).toEqual({
			'two-exif-6-then-1.jpg': 'refused',
			'two-exif-1-then-6.jpg': 'refused',
			'exif-long-6.jpg': 'refused',
			'exif-orient-9.jpg': 'refused',
			'exif-bad-offset.jpg': 'refused',
			'exif-bigendian-6.jpg': 'stored',
			'exif-truncated.jpg': 'stored',
			'exif-twice-6.jpg': 'stored',
			'upper.JPEG': 'stored',
		});
	});

	// The red team's pictures the CMS stored and the build then refused: a PNG named .jpg, animations, SVG drawings.
	it('is refused, with the build’s own message, when the build would refuse it by what its bytes are', async () => {
		const frame = await sharp({ create: { width: 40, height: 80, channels: 4, background: '#f00' } }).png().toBuffer();
		const second = await sharp({ create: { width: 40, height: 80, channels: 4, background: '#00f' } }).png().toBuffer();
		const animated = (format: 'gif' | 'webp') => sharp([frame, second], { join: { animated: true } }).toFormat(format).toBuffer();
		const files: Record<string, Uint8Array> = {
			'png-as.jpg': await sharp(frame).png().toBuffer(),
			'anim.gif': await animated('gif'),
			'anim.webp': await animated('webp'),
			'still.gif': await sharp(frame).gif().toBuffer(),
			'still.webp': await sharp(frame).webp().toBuffer(),
			'evil.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
			'evil-svg-as.png': Buffer.from('\n\n<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
			'evil-svg-bom.jpg': Buffer.from('\uFEFF  <!-- hi --><svg onload="alert(1)"/>'),
			'notes.txt.jpg': Buffer.from('not a picture'),
			'folder.pdf': Buffer.from('%PDF-1.7\n'),
			'empty.png': Buffer.alloc(0),
		};
		const outcomes: Record<string, string> = {};
		for (const [name, bytes] of Object.entries(files)) {
			const extension = name.split('.').pop()!;
			// The build: content/media/ holds only files named as pictures, and those must be what their name says.
			const named = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i.test(name);
			const build = named ? await inspectPicture(Buffer.from(bytes), extension) : undefined;
			const expected = !named ? message('file.notAPictureInMedia') : build?.problem ? pictureProblemMessage({ ...build, problem: build.problem }) : undefined;
			let upload: string | undefined;
			try {
				cleanUpload(name, new Uint8Array(bytes));
			} catch (error) {
				expect(error).toBeInstanceOf(UploadRefused);
				upload = (error as Error).message;
			}
			expect({ name, upload }).toEqual({ name, upload: expected === undefined ? undefined : `${name}: ${expected}` });
			outcomes[name] = upload ? /\[([\w.]+)\]$/.exec(upload)![1]! : 'stored';
		}
		expect(outcomes).toEqual({
			'png-as.jpg': 'picture.wrongExtension',
			'anim.gif': 'picture.animated',
			'anim.webp': 'picture.animated',
			'still.gif': 'stored',
			'still.webp': 'stored',
			'evil.svg': 'file.notAPictureInMedia',
			'evil-svg-as.png': 'picture.svg',
			'evil-svg-bom.jpg': 'picture.svg',
			'notes.txt.jpg': 'picture.notAPicture',
			'folder.pdf': 'file.notAPictureInMedia',
			'empty.png': 'picture.empty',
		});
	});
});
