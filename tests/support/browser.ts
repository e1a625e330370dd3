import { chromium, type Browser, type Page } from 'playwright-core';
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

/**
 * Every Content-Security-Policy violation in a page and its frames, collected from now on, before any script of the
 * page runs: each `securitypolicyviolation` event as "<directive> blocked <address or 'inline code'>", and each
 * console line about the policy ("Refused to …", or a directive a <meta> policy ignores). Call once per page; the
 * returned list fills as the page runs.
 */
export async function policyViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
		});
	});
	page.on('console', (message) => /Content Security Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
	return violations;
}
