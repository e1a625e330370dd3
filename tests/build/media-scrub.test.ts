import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';

const phonePhoto = path.join(projectRoot, 'tests', 'fixtures', 'photos', 'telefoonfoto-met-gps.jpg');
const scrub = (content: string, ...args: string[]) =>
	spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'media-scrub.ts'), ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ZORGMERK_CONTENT_DIR: content } });

describe('npm run media:scrub', () => {
	const content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-scrub-'));
	fs.mkdirSync(path.join(content, 'media'));
	fs.copyFileSync(phonePhoto, path.join(content, 'media', 'tuin.jpg'));

	it('with --check, names the photo that carries metadata and changes nothing', () => {
		const check = scrub(content, '--check');
		expect(check.status).toBe(1);
		expect(check.stdout).toMatch(/media\/tuin\.jpg: carries EXIF/);
		expect(fs.readFileSync(path.join(content, 'media', 'tuin.jpg')).equals(fs.readFileSync(phonePhoto))).toBe(true);
	});

	it('removes the metadata in place, keeping the picture', async () => {
		const run = scrub(content);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/media\/tuin\.jpg: removed EXIF/);
		const cleaned = path.join(content, 'media', 'tuin.jpg');
		expect((await sharp(cleaned).metadata()).exif).toBeUndefined();
		expect(await sharp(cleaned).raw().toBuffer()).toEqual(await sharp(phonePhoto).raw().toBuffer());
		expect(scrub(content, '--check').status).toBe(0);
	});
});
