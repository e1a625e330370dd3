import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { languageName, t } from '../../src/i18n/index.ts';
import { urls } from '../../src/routing/urls.ts';
import { defaultLocale, demoLocales, demoPath, filesIn } from '../support/demo.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

const screenshots = path.join(projectRoot, 'test-results', 'screenshots');
// A story written in every language of the demo.
const story = filesIn('stories', defaultLocale).find((file) => demoLocales.every((locale) => filesIn('stories', locale).includes(file)))!;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	const build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
	fs.mkdirSync(screenshots, { recursive: true });
	server = await serveStatic(build.dist);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

interface Visit {
	page: Page;
	/** Every request to a host other than our own. */
	foreignRequests: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
	status: number;
}

/** Opens a page of the built site on a phone-sized screen, recording what it asks of the network. */
async function visit(pathname: string, viewport = PHONE): Promise<Visit> {
	const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
	const origin = new URL(server.url).origin;
	const foreignRequests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	const response = await page.goto(new URL(pathname.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
	return { page, foreignRequests, errors, status: response?.status() ?? 0 };
}

/** How many CSS pixels the page is wider than the screen; 0 when nothing scrolls sideways. */
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const screenshotName = (pathname: string, width: number) => `${pathname.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'root'}-${width}.png`;

describe('pages on a phone', () => {
	const pages = demoLocales.flatMap((lang) => [
		{ path: urls.home(lang), lang },
		{ path: demoPath.story(lang, story), lang },
		{ path: urls.section(lang, 'testimonials'), lang },
	]);

	for (const { path: pathname, lang } of pages) {
		it(`${pathname} renders in its language, fits the screen and asks nothing of other sites`, async () => {
			const { page, foreignRequests, errors, status } = await visit(pathname);
			try {
				expect(status).toBe(200);
				expect(await page.getAttribute('html', 'lang')).toBe(lang);
				await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
				expect(await horizontalOverflow(page)).toBe(0);
				expect(foreignRequests).toEqual([]);
				expect(errors).toEqual([]);
				// Every image has loaded (none broken).
				const brokenImages = await page.$$eval('img', (images) => images.filter((image) => image.complete && image.naturalWidth === 0).map((image) => image.src));
				expect(brokenImages).toEqual([]);
				await page.screenshot({ path: path.join(screenshots, screenshotName(pathname, PHONE.width)), fullPage: true });
			} finally {
				await page.close();
			}
		});
	}

	it.each(demoLocales)('still fits a 320 px wide screen (WCAG reflow), %s', async (locale) => {
		for (const pathname of [urls.home(locale), demoPath.story(locale, story), demoPath.specialty(locale, 'liesbreukcentrum'), urls.section(locale, 'testimonials')]) {
			const { page } = await visit(pathname, { width: 320, height: 640 });
			try {
				expect(await horizontalOverflow(page), pathname).toBe(0);
				await page.screenshot({ path: path.join(screenshots, screenshotName(pathname, 320)), fullPage: true });
			} finally {
				await page.close();
			}
		}
	});

	it('the language switcher, in the menu on a phone, leads from a story to each translation and back, every language on one line', async () => {
		const { page } = await visit(demoPath.story(defaultLocale, story));
		try {
			for (const locale of demoLocales.filter((code) => code !== defaultLocale)) {
				await page.locator('details.menu-small summary').click();
				const switcher = page.getByRole('navigation', { name: t(defaultLocale, 'site.languageSwitcher') });
				const tops = await switcher.locator('li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
				expect(new Set(tops).size, 'one line').toBe(1);
				await switcher.getByRole('link', { name: languageName(locale) }).click();
				await page.waitForURL(`**${demoPath.story(locale, story)}`);
				expect(await page.getAttribute('html', 'lang')).toBe(locale);
				await page.locator('details.menu-small summary').click();
				await page.getByRole('navigation', { name: t(locale, 'site.languageSwitcher') }).getByRole('link', { name: languageName(defaultLocale) }).click();
				await page.waitForURL(`**${demoPath.story(defaultLocale, story)}`);
				expect(await page.getAttribute('html', 'lang')).toBe(defaultLocale);
			}
		} finally {
			await page.close();
		}
	});

	it('the menu opens on a phone without JavaScript and leads to the stories', async () => {
		const { page } = await visit(urls.home(defaultLocale));
		try {
			const menu = page.locator('details.menu-small');
			await menu.locator('summary').click();
			await menu.getByRole('link', { name: t(defaultLocale, 'section.stories') }).click();
			await page.waitForURL(`**${urls.stories(defaultLocale)}`);
			expect(await page.locator('h1').textContent()).toBeTruthy();
		} finally {
			await page.close();
		}
	});

	it('an unknown address shows the 404 page with a way home', async () => {
		const { page, status } = await visit(`${urls.home(defaultLocale)}bestaat-niet/`);
		try {
			expect(status).toBe(404);
			expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex');
			for (const locale of demoLocales) await expect(page.locator(`a[href="${urls.home(locale)}"]`).count(), locale).resolves.toBeGreaterThan(0);
		} finally {
			await page.close();
		}
	});
});
