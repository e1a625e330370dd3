import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifHasGps } from '../../src/images/metadata.ts';
import { PACKS } from '../../src/i18n/packs.ts';
import { editorLanguageOfContent, logged, projectRoot } from '../support/build.ts';
import { GPS, UPRIGHT, cornersOf, phonePhoto, uprightPicture } from '../support/photos.ts';

const phonePhotoFixture = path.join(projectRoot, 'tests', 'fixtures', 'photos', 'telefoonfoto-met-gps.jpg');
const scrub = (content: string, ...args: string[]) =>
	spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'media-scrub.ts'), ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ZORGMERK_CONTENT_DIR: content } });
/** A line the script prints about `file` (a path under content/): the file, then the message `line` matches (see {@link logged}). */
const about = (file: string, line: RegExp) => new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${line.source}`);
/** Makes `content` a folder whose editors read `language` (settings: editorLanguage): the script speaks it, and {@link logged} looks for it. */
const editorsRead = (content: string, language: string) => {
	fs.mkdirSync(path.join(content, 'settings'), { recursive: true });
	fs.writeFileSync(path.join(content, 'settings', 'site.yaml'), `editorLanguage: ${language}\n`);
};
/** A JPEG with a comment (COM segment) right after its start, as some cameras and editors write one. */
const withComment = (jpeg: Buffer, comment: string) => {
	const text = Buffer.from(comment, 'latin1');
	return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]), text, jpeg.subarray(2)]);
};

describe('npm run media:scrub', () => {
	const content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-scrub-'));
	fs.mkdirSync(path.join(content, 'media'));
	fs.copyFileSync(phonePhotoFixture, path.join(content, 'media', 'tuin.jpg'));
	// Every line in the editors' language (issue 21), the kinds of metadata named in its words.
	editorsRead(content, 'fr');
	const kind = PACKS[editorLanguageOfContent(content)]!.messageParts.metadataKind;

	it('with --check, names the photo that carries metadata and changes nothing', async () => {
		fs.writeFileSync(path.join(content, 'media', 'notitie.jpg'), withComment(await sharp(await uprightPicture()).jpeg().toBuffer(), 'Mevrouw Peeters, kamer 12'));
		const check = scrub(content, '--check');
		expect(check.status).toBe(1);
		expect(check.stdout).toMatch(about('media/tuin.jpg', logged(content, 'scrub.cleaned', { kinds: kind.exif, check: true })));
		expect(check.stdout).toMatch(about('media/notitie.jpg', logged(content, 'scrub.cleaned', { kinds: kind.comments, check: true })));
		expect(check.stdout).toMatch(logged(content, 'scrub.summary', { count: 2, check: true }));
		expect(check.stdout).not.toMatch(/carries|removed|image\(s\)/);
		expect(fs.readFileSync(path.join(content, 'media', 'tuin.jpg')).equals(fs.readFileSync(phonePhotoFixture))).toBe(true);
	});

	it('removes the metadata in place, keeping the picture', async () => {
		const run = scrub(content);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(about('media/tuin.jpg', logged(content, 'scrub.cleaned', { kinds: kind.exif, check: false })));
		expect(run.stdout).toMatch(about('media/notitie.jpg', logged(content, 'scrub.cleaned', { kinds: kind.comments, check: false })));
		expect(run.stdout).toMatch(logged(content, 'scrub.summary', { count: 2, check: false }));
		expect(fs.readFileSync(path.join(content, 'media', 'notitie.jpg')).toString('latin1')).not.toContain('Peeters');
		const cleaned = path.join(content, 'media', 'tuin.jpg');
		expect((await sharp(cleaned).metadata()).exif).toBeUndefined();
		expect(await sharp(cleaned).raw().toBuffer()).toEqual(await sharp(phonePhotoFixture).raw().toBuffer());
		const again = scrub(content, '--check');
		expect(again.status).toBe(0);
		expect(again.stdout).toMatch(logged(content, 'scrub.allClean'));
	});
});

describe('npm run media:scrub keeps portraits upright (issue 19, case 3)', () => {
	const content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-scrub-orientation-'));
	fs.mkdirSync(path.join(content, 'media'));
	const media = (file: string) => path.join(content, 'media', file);
	editorsRead(content, 'de');

	it('a phone photo stored 1200×800 with Orientation 6, and one upside down (3), are published upright after scrubbing', async () => {
		fs.writeFileSync(media('portret.jpg'), await phonePhoto({ orientation: 6, width: 800, height: 1200 }));
		fs.writeFileSync(media('ondersteboven.jpg'), await phonePhoto({ orientation: 3 }));
		// Other pictures phones and editors make: a WebP with an EXIF chunk, a 16-bit PNG, a panorama.
		fs.writeFileSync(media('webp-met-exif.webp'), await phonePhoto({ orientation: 6, format: 'webp' }));
		fs.writeFileSync(media('diep.png'), await sharp(await uprightPicture()).rotate(270).toColourspace('rgb16').png().withMetadata({ orientation: 6 }).withExif({ IFD3: GPS }).toBuffer());
		fs.writeFileSync(media('panorama.jpg'), await sharp({ create: { width: 9000, height: 1200, channels: 3, background: '#5080a0' } }).jpeg().withExif({ IFD3: GPS }).toBuffer());

		const run = scrub(content);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(about('media/portret.jpg', logged(content, 'scrub.cleaned', { kinds: 'EXIF', orientation: 6, check: false })));
		// PNG and WebP: browsers and Astro do not all honour the tag there, so the pixels are turned, losslessly.
		expect(run.stdout).toMatch(about('media/webp-met-exif.webp', logged(content, 'scrub.turned', { orientation: 6, check: false })));
		expect(run.stdout).toMatch(about('media/diep.png', logged(content, 'scrub.turned', { orientation: 6, check: false })));
		expect(run.stdout).toMatch(logged(content, 'scrub.summary', { count: 5, check: false }));
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
		expect(run.stdout).toMatch(about('media/goed.jpg', logged(dir, 'scrub.cleaned', { kinds: 'EXIF', orientation: 6, check: false })));
		expect(run.stdout).toMatch(logged(dir, 'scrub.summary', { count: 1, check: false }));
		expect(run.stderr).toMatch(logged(dir, 'scrub.failed', { count: 2 }));
		expect(fs.readFileSync(path.join(dir, 'media', 'half.jpg')).equals(photo.subarray(0, photo.length - 100))).toBe(true);
	});
});
