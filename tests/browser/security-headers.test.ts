import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, policyViolations } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { defaultLocale, demoLocales, demoPath } from '../support/demo.ts';
import { headersFromFile } from '../support/headers-file.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

// One page of every kind, in both languages where it exists.
const PAGES = [
	'nl/',
	'en/',
	'nl/verhalen/',
	'nl/verhalen/weer-aan-het-werk-na-een-liesbreuk/',
	'nl/verhalen/thuis-afscheid-nemen/',
	// A translated story, at each translation's own address.
	...demoLocales.filter((locale) => locale !== defaultLocale).map((locale) => demoPath.story(locale, 'weer-aan-het-werk-na-een-liesbreuk').slice(1)),
	'nl/specialismen/liesbreukcentrum/',
	'nl/team/fatima-el-idrissi/',
	'nl/locaties/weidebroek/',
	'nl/ervaringen/',
	'en/testimonials/',
	'nl/voor/huisartsen/',
	'nl/deel-uw-verhaal/',
	'nl/privacy/',
	'nl/zoeken/?q=liesbreuk',
	'en/search/?q=hernia',
	'bestaat-niet/',
];

let server: StaticServer;
let browser: Browser;
let headersFor: (pathname: string) => Record<string, string>;

beforeAll(async () => {
	const build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
	headersFor = headersFromFile(fs.readFileSync(path.join(build.dist, '_headers'), 'utf8'));
	server = await serveStatic(build.dist, '/', headersFor);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens a page as a visitor would, and records everything the browser refused or sent elsewhere. */
async function visit(context: BrowserContext, address: string) {
	const page = await context.newPage();
	const violations = await policyViolations(page);
	const foreign: string[] = [];
	page.on('request', (request) => !request.url().startsWith(server.url) && foreign.push(request.url()));
	const response = await page.goto(new URL(address, server.url).href);
	if (address.includes('?q=')) await page.locator('[data-search-results] h2 a').first().waitFor();
	await page.waitForLoadState('networkidle');
	return { page, response, violations, foreign };
}

describe('the shipped security headers', () => {
	it('are written for Netlify and Cloudflare Pages, with one policy per path and none overlapping', () => {
		const policy = headersFor('/nl/verhalen/')['Content-Security-Policy'];
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).toContain("frame-ancestors 'none'");
		// A comma would mean two rules matched: browsers then enforce both policies.
		expect(headersFor('/admin/')['Content-Security-Policy']).not.toContain(',');
		expect(headersFor('/admin/')['Content-Security-Policy']).not.toBe(policy);
		for (const pathname of ['/', '/nl/', '/en/search/', '/_astro/x.css', '/pagefind/nl/pagefind.js']) {
			expect(headersFor(pathname)['Content-Security-Policy'], pathname).toBe(policy);
			expect(headersFor(pathname)).toMatchObject({
				'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'X-Content-Type-Options': 'nosniff',
				'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
			});
		}
	});

	it('let every kind of page, and search, work with no policy violation, no request elsewhere and no cookie', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const problems: string[] = [];
		try {
			for (const address of PAGES) {
				const { page, response, violations, foreign } = await visit(context, address);
				// Hosts answer an unknown address with 404.html but without the header rules of a path; the page's own <meta> policy covers it.
				if (response?.status() === 200) expect(response.headers()['content-security-policy'], address).toContain("default-src 'none'");
				expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), address).toContain("default-src 'none'");
				problems.push(...violations.map((text) => `${address}: ${text}`), ...foreign.map((url) => `${address}: requested ${url}`));
				await page.close();
			}
			expect(problems).toEqual([]);
			expect(await context.cookies()).toEqual([]);
		} finally {
			await context.close();
		}
		// About 20 pages one after another: more than the default 30 s on a busy 2-core machine.
	}, 120_000);

	it('let the CMS at /admin/ start under its own policy: the login screen, no violation, no cookie', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		try {
			const { page, response, violations, foreign } = await visit(context, 'admin/');
			const header = response?.headers()['content-security-policy'];
			expect(header).toContain("connect-src 'self' blob: https://api.github.com");
			// The page carries the same policy, for hosts that send no headers (without frame-ancestors, which <meta> cannot set).
			const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
			expect(meta).toBe(header!.replace("; frame-ancestors 'none'", ''));
			await page.getByRole('button', { name: /Inloggen met GitHub/ }).waitFor();
			expect(violations).toEqual([]);
			// Opened on localhost, Decap first asks `npm run cms`'s local server (not running here) whether it may edit the files directly.
			expect(foreign.filter((url) => !url.startsWith('http://localhost:8081/'))).toEqual([]);
			expect(await context.cookies()).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('answers an unknown address with the not-found page and status 404', async () => {
		const context = await browser.newContext();
		try {
			const { response } = await visit(context, 'bestaat-niet/');
			expect(response?.status()).toBe(404);
		} finally {
			await context.close();
		}
	});

	it('would catch an inline script: the test itself is not blind', async () => {
		const context = await browser.newContext();
		try {
			const { page, violations } = await visit(context, 'nl/');
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.ranInline = true';
				document.body.append(script);
			});
			await expect.poll(() => violations.length).toBeGreaterThan(0);
			expect(await page.evaluate(() => (window as unknown as { ranInline?: boolean }).ranInline)).toBeUndefined();
		} finally {
			await context.close();
		}
	});
});
