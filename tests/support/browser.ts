import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; playwright's own browser download does not work on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with flags that keep it from calling home. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
	});
}

/** A phone-sized screen, as most visitors have. */
export const PHONE = { width: 390, height: 844 };
