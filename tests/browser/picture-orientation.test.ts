import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripMetadata } from '../../src/images/metadata.ts';
import { turnedUpright } from '../../src/images/upright.ts';
import { launchBrowser } from '../support/browser.ts';
import { UPRIGHT, cornersOf, phonePhoto } from '../support/photos.ts';

/**
 * The CMS preview shows an upload as the browser draws an <img> of it:
 * browsers turn a picture by its EXIF Orientation by default (CSS
 * image-orientation: from-image). Checked here in Chromium for what the CMS
 * holds: the photo as the phone made it, and as stripMetadata cleans it on
 * upload (GPS gone, orientation kept) (issue 19, case 3). Chromium does not
 * turn a WebP by its tag: npm run media:scrub turns such a file's pixels.
 */
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** How Chromium draws `bytes` in an <img>: its corners and size. */
async function drawn(bytes: Uint8Array, format: string) {
	const page = await browser.newPage({ viewport: { width: 400, height: 400 }, deviceScaleFactor: 1 });
	try {
		await page.setContent(`<body style="margin:0"><img src="data:image/${format};base64,${Buffer.from(bytes).toString('base64')}" alt="Voorbeeld">`);
		const img = page.locator('img');
		await img.evaluate((element: HTMLImageElement) => element.decode());
		return await cornersOf(await img.screenshot());
	} finally {
		await page.close();
	}
}

describe('a browser shows an uploaded phone photo upright', () => {
	it.each([
		[6, 'jpeg'],
		[3, 'jpeg'],
		[8, 'jpeg'],
		[6, 'png'],
		[3, 'png'],
	] as const)('Orientation %i in a %s, as uploaded and as cleaned on upload', async (orientation, format) => {
		const photo = await phonePhoto({ orientation, format });
		for (const bytes of [photo, stripMetadata(photo).bytes]) {
			expect(await drawn(bytes, format)).toEqual({ ...UPRIGHT, width: 80, height: 120 });
		}
	});

	// Chromium 156 ignores EXIF Orientation in WebP (WebKit honours it). Fails while that is so.
	it.fails('Orientation 6 in a WebP as uploaded (Chromium ignores the tag in WebP)', async () => {
		expect(await drawn(await phonePhoto({ orientation: 6, format: 'webp' }), 'webp')).toEqual({ ...UPRIGHT, width: 80, height: 120 });
	});

	it('Orientation 6 in a WebP once npm run media:scrub has turned its pixels', async () => {
		const photo = await phonePhoto({ orientation: 6, format: 'webp' });
		expect(await drawn((await turnedUpright(stripMetadata(photo).bytes, 'webp'))!, 'webp')).toEqual({ ...UPRIGHT, width: 80, height: 120 });
	});
});
