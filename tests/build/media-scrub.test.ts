import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifHasGps } from '../../src/images/metadata.ts';
import { projectRoot } from '../support/build.ts';
import { GPS, UPRIGHT, cornersOf, phonePhoto, uprightPicture } from '../support/photos.ts';

const phonePhotoFixture = path.join(projectRoot, 'tests', 'fixtures', 'photos', 'telefoonfoto-met-gps.jpg');
const scrub = (content: string, ...args: string[]) =>
	spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'media-scrub.ts'), ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ZORGMERK_CONTENT_DIR: content } });

describe('npm run media:scrub', () => {
	const content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-scrub-'));
	fs.mkdirSync(path.join(content, 'media'));
	fs.copyFileSync(phonePhotoFixture, path.join(content, 'media', 'tuin.jpg'));

	it('with --check, names the photo that carries metadata and changes nothing', () => {
		const check = scrub(content, '--check');
		expect(check.status).toBe(1);
		expect(check.stdout).toMatch(/media\/tuin\.jpg: carries EXIF/);
		expect(fs.readFileSync(path.join(content, 'media', 'tuin.jpg')).equals(fs.readFileSync(phonePhotoFixture))).toBe(true);
	});

	it('removes the metadata in place, keeping the picture', async () => {
		const run = scrub(content);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/media\/tuin\.jpg: removed EXIF/);
		const cleaned = path.join(content, 'media', 'tuin.jpg');
		expect((await sharp(cleaned).metadata()).exif).toBeUndefined();
		expect(await sharp(cleaned).raw().toBuffer()).toEqual(await sharp(phonePhotoFixture).raw().toBuffer());
		expect(scrub(content, '--check').status).toBe(0);
	});
});

describe('npm run media:scrub keeps portraits upright (issue 19, case 3)', () => {
	const content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-scrub-orientation-'));
	fs.mkdirSync(path.join(content, 'media'));
	const media = (file: string) => path.join(content, 'media', file);

	it('a phone photo stored 1200×800 with Orientation 6, and one upside down (3), are published upright after scrubbing', async () => {
		fs.writeFileSync(media('portret.jpg'), await phonePhoto({ orientation: 6, width: 800, height: 1200 }));
		fs.writeFileSync(media('ondersteboven.jpg'), await phonePhoto({ orientation: 3 }));
		// Other pictures phones and editors make: a WebP with an EXIF chunk, a 16-bit PNG, a panorama.
		fs.writeFileSync(media('webp-met-exif.webp'), await phonePhoto({ orientation: 6, format: 'webp' }));
		fs.writeFileSync(media('diep.png'), await sharp(await uprightPicture()).rotate(270).toColourspace('rgb16').png().withMetadata({ orientation: 6 }).withExif({ IFD3: GPS }).toBuffer());
		fs.writeFileSync(media('panorama.jpg'), await sharp({ create: { width: 9000, height: 1200, channels: 3, background: '#5080a0' } }).jpeg().withExif({ IFD3: GPS }).toBuffer());

		const run = scrub(content);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/media\/portret\.jpg: removed EXIF \(orientation 6 kept\)/);
		// PNG and WebP: browsers and Astro do not all honour the tag there, so the pixels are turned, losslessly.
		expect(run.stdout).toMatch(/media\/webp-met-exif\.webp: turned upright \(orientation 6\), without EXIF/);
		expect(run.stdout).toMatch(/media\/diep\.png: turned upright \(orientation 6\), without EXIF/);
		expect((await sharp(media('webp-met-exif.webp')).metadata()).orientation).toBeUndefined();
		expect(await cornersOf(media('diep.png'), { honourOrientation: false })).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await cornersOf(media('portret.jpg'))).toEqual({ ...UPRIGHT, width: 800, height: 1200 });
		expect(await cornersOf(media('ondersteboven.jpg'))).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await cornersOf(media('webp-met-exif.webp'))).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect(await cornersOf(media('diep.png'))).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		expect((await sharp(media('diep.png')).metadata()).depth).toBe('ushort');
		for (const file of ['portret.jpg', 'ondersteboven.jpg', 'webp-met-exif.webp', 'diep.png', 'panorama.jpg']) {
			const { exif } = await sharp(media(file)).metadata();
			expect(exif && exifHasGps(exif), file).toBeFalsy();
		}
		expect(scrub(content, '--check').status).toBe(0);
	});

	it('names a damaged picture and an AVIF it cannot clean, cleans the others, and fails', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-scrub-bad-'));
		fs.mkdirSync(path.join(dir, 'media'));
		const photo = await phonePhoto({ orientation: 6 });
		fs.writeFileSync(path.join(dir, 'media', 'half.jpg'), photo.subarray(0, photo.length - 100));
		fs.writeFileSync(path.join(dir, 'media', 'nieuw.avif'), await sharp(await uprightPicture()).avif().withExif({ IFD3: GPS }).toBuffer());
		fs.writeFileSync(path.join(dir, 'media', 'goed.jpg'), photo);
		const run = scrub(dir);
		expect(run.status).toBe(1);
		// A folder without settings: the messages are in the shared fallback language, English, each with its code.
		expect(run.stderr).toMatch(/media\/half\.jpg: this picture is damaged .* \[scrub\.damaged\]/);
		expect(run.stderr).toMatch(/media\/nieuw\.avif: .*Save it as JPEG/);
		expect(run.stdout).toMatch(/media\/goed\.jpg: removed EXIF/);
		expect(fs.readFileSync(path.join(dir, 'media', 'half.jpg')).equals(photo.subarray(0, photo.length - 100))).toBe(true);
	});
});
