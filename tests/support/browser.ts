import { chromium, type Browser } from 'playwright-core';
import { findChromium, type Chromium } from '../../src/quality/chromium.ts';

/**
 * Starts headless Chromium with flags that keep it from calling home. Which Chromium (CHROMIUM_PATH, the
 * system's, or the one @sparticuz/chromium brings) is decided by src/quality/chromium.ts; `prefer: 'bundled'`
 * forces the last, as ZORGMERK_BROWSER=bundled does for every test.
 */
export async function launchBrowser(options: { prefer?: 'bundled' | 'system' } = {}): Promise<Browser> {
	const found = await findChromium(options);
	return chromium.launch({ executablePath: found.executablePath, args: found.args, env: { ...process.env, ...found.env } });
}

export { findChromium, type Chromium };

/** A phone-sized screen, as most visitors have. */
export const PHONE = { width: 390, height: 844 };
