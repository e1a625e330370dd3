/**
 * The Chromium that comes with `npm install` (@sparticuz/chromium, found by src/quality/chromium.ts when a machine
 * has no browser) renders the built site: started explicitly here, so the fallback stays proven on CI machines
 * that have a system Chromium too. Run every browser test with it: ZORGMERK_BROWSER=bundled npx vitest run --project browser
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, type Chromium } from '../../src/quality/chromium.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

/** A page whose summary has accented Dutch: "Een liesbreuk laten opereren in één dag, …". */
const PAGE = 'nl/specialismen/liesbreukcentrum/';
const ACCENTED = 'in één dag';

const bundledVersion = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8')) as { version: string }).version;

let server: StaticServer;
let found: Chromium;
const started: Browser[] = [];
const folders: string[] = [];

/** Starts the bundled Chromium, with more environment variables when asked. */
async function start(env: Record<string, string> = {}): Promise<Browser> {
	const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, env: { ...process.env, ...found.env, ...env } });
	started.push(browser);
	return browser;
}

interface Rendered {
	page: Page;
	errors: string[];
}

async function render(browser: Browser, deviceScaleFactor: number): Promise<Rendered> {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor });
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	const response = await page.goto(new URL(PAGE, server.url).href, { waitUntil: 'load' });
	expect(response?.status()).toBe(200);
	await page.evaluate(() => document.fonts.ready);
	return { page, errors };
}

/**
 * The fonts Chromium drew each text with (CSS.getPlatformFontsForNode): for the accented text on the page, and for
 * "éééé" and "eeee" set beside it. A letter the font lacks is drawn from another font, or as a box.
 */
async function fontsUsed(page: Page): Promise<{ accented: string[]; withAccents: string[]; withoutAccents: string[]; widths: number[] }> {
	const widths = await page.evaluate((text) => {
		const holder = [...document.querySelectorAll('main p')].find((element) => element.textContent?.includes(text));
		if (!holder) throw new Error(`No paragraph with "${text}"`);
		holder.setAttribute('data-accented', '');
		const probe = (id: string, letters: string) => {
			const span = document.createElement('span');
			span.id = id;
			span.textContent = letters;
			holder.append(span);
			return span.getBoundingClientRect().width;
		};
		return [probe('with-accents', 'éééé ëëëë'), probe('without-accents', 'eeee eeee')];
	}, ACCENTED);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const fontsOf = async (selector: string) => {
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.filter((font) => font.glyphCount > 0).map((font) => font.familyName);
	};
	const result = { accented: await fontsOf('[data-accented]'), withAccents: await fontsOf('#with-accents'), withoutAccents: await fontsOf('#without-accents'), widths };
	await cdp.detach();
	return result;
}

/** The share of a screenshot's pixels that are dark, as text is. */
async function darkShare(png: Buffer): Promise<number> {
	const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
	let dark = 0;
	for (const value of data) if (value < 100) dark++;
	return dark / (info.width * info.height);
}

describe.skipIf(process.platform !== 'linux' || process.arch !== 'x64')('the Chromium that comes with npm install (Linux x64)', () => {
	beforeAll(async () => {
		const build = buildSite({ name: 'demo' });
		if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
		server = await serveStatic(build.dist);
		found = await findChromium({ prefer: 'bundled' });
	});

	afterAll(async () => {
		await Promise.all(started.map((browser) => browser.close()));
		await server?.close();
		for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
	});

	it('is the Chromium of @sparticuz/chromium, unpacked into the temporary folder, whatever this machine has installed', async () => {
		expect(found.source).toBe('bundled');
		expect(found.executablePath).toBe(path.join(os.tmpdir(), `zorgmerk-chromium-${bundledVersion}`, 'chromium'));
		const browser = await start();
		expect(browser.version().split('.')[0]).toBe(bundledVersion.split('.')[0]);
	});

	it('renders a built page with accented text in one real font, at the device scale asked for, with a clean console', async () => {
		const browser = await start();
		for (const deviceScaleFactor of [1, 2]) {
			const { page, errors } = await render(browser, deviceScaleFactor);
			await expect.poll(() => page.getByText(ACCENTED).first().isVisible()).toBe(true);
			expect(await page.evaluate(() => devicePixelRatio)).toBe(deviceScaleFactor);

			const fonts = await fontsUsed(page);
			expect(fonts.accented).toHaveLength(1);
			expect(fonts.withAccents).toEqual(fonts.accented);
			expect(fonts.withoutAccents).toEqual(fonts.accented);
			expect(fonts.widths[0]).toBeCloseTo(fonts.widths[1]!, 0);

			const heading = page.locator('h1');
			const box = (await heading.boundingBox())!;
			const shot = await heading.screenshot();
			const { width, height } = await sharp(shot).metadata();
			// In device pixels: the heading's CSS size times the scale (its edges rounded outwards).
			expect(Math.abs(width! - box.width * deviceScaleFactor)).toBeLessThanOrEqual(deviceScaleFactor);
			expect(Math.abs(height! - box.height * deviceScaleFactor)).toBeLessThanOrEqual(deviceScaleFactor);
			expect(await darkShare(shot)).toBeGreaterThan(0.05);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	it('renders accented text also where the machine has no fonts at all: in the Open Sans it brings', async () => {
		// What a bare container gives it: no /etc/fonts, no system fonts, only the package's own.
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-no-fonts-'));
		folders.push(folder);
		const configuration = path.join(folder, 'fonts.conf');
		const ownFonts = path.join(path.dirname(found.executablePath), 'fonts', 'fonts');
		fs.writeFileSync(configuration, `<?xml version="1.0"?>\n<fontconfig>\n  <dir>${ownFonts}</dir>\n  <cachedir>${path.join(folder, 'cache')}</cachedir>\n</fontconfig>\n`);
		const browser = await start({ FONTCONFIG_FILE: configuration });
		const { page, errors } = await render(browser, 1);
		const fonts = await fontsUsed(page);
		expect(fonts).toMatchObject({ accented: ['Open Sans'], withAccents: ['Open Sans'], withoutAccents: ['Open Sans'] });
		expect(fonts.widths[0]).toBeCloseTo(fonts.widths[1]!, 0);
		expect(await darkShare(await page.locator('h1').screenshot())).toBeGreaterThan(0.05);
		expect(errors).toEqual([]);
	});
});
