import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { buildSite, listFiles, projectRoot } from '../support/build.ts';
import { t } from '../../src/i18n/index.ts';
import { urls } from '../../src/routing/urls.ts';
import { defaultLocale, demoLocales, demoPath, frontMatter, STEMMING_PROBES } from '../support/demo.ts';
import { basicFixture } from '../support/fixtures.ts';
import { searchBundles } from '../support/html.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

let server: StaticServer;
let dist: string;
let browser: Browser;

beforeAll(async () => {
	const build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
	dist = build.dist;
	server = await serveStatic(dist);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens the search page of a language on a phone, types the query and presses Enter, as a visitor would. */
async function search(locale: string, query: string): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
	const page = await browser.newPage({ viewport: PHONE });
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(server.url)) foreign.push(request.url());
	});
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(new URL(urls.section(locale, 'search').slice(1), server.url).href);
	await page.getByLabel(t(locale, 'search.label')).fill(query);
	await page.keyboard.press('Enter');
	// Done once the status says anything but "searching…".
	await page.locator('[data-search-status]').filter({ hasText: /\S/ }).filter({ hasNotText: t(locale, 'search.loading') }).waitFor();
	return { page, foreign, errors };
}

const resultLinks = (page: Page) => page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('search on a phone', () => {
	it('finds a story by words from its title, without asking anything of other sites', async () => {
		const { page, foreign, errors } = await search(defaultLocale, 'werk Peter liesbreuk');
		try {
			expect(await resultLinks(page)).toContain(demoPath.story(defaultLocale, 'weer-aan-het-werk-na-een-liesbreuk'));
			expect(new URL(page.url()).searchParams.get('q')).toBe('werk Peter liesbreuk');
			await expect(page.locator('[data-search-more]').isVisible(), 'no "more results" button when all are shown').resolves.toBe(false);
			expect(foreign).toEqual([]);
			expect(errors).toEqual([]);
			await page.screenshot({ path: path.join(projectRoot, 'test-results', 'screenshots', 'search-nl-390.png'), fullPage: true });
		} finally {
			await page.close();
		}
	});

	it('narrows the results with a filter', async () => {
		const { page } = await search(defaultLocale, 'liesbreuk');
		try {
			const all = await resultLinks(page);
			await page.getByText(t(defaultLocale, 'search.refine')).click();
			await page.getByRole('group', { name: t(defaultLocale, 'search.filter.type') }).getByLabel(t(defaultLocale, 'search.type.specialty')).check();
			await page.locator('[data-search-status]').filter({ hasText: t(defaultLocale, 'search.resultsOne', { query: 'liesbreuk' }) }).waitFor();
			const filtered = await resultLinks(page);
			expect(filtered).toEqual([demoPath.specialty(defaultLocale, 'liesbreukcentrum')]);
			expect(all.length).toBeGreaterThan(filtered.length);
		} finally {
			await page.close();
		}
	});

	it.each(demoLocales)('searches the pages of its own language only (%s), with its own words', async (locale) => {
		// The specialty's name in this language, e.g. "Centre de la hernie": found on this language's pages, never on another's.
		const name = frontMatter('specialties', locale, 'liesbreukcentrum').name as string;
		const { page } = await search(locale, name);
		try {
			// The page and the script speak the page's language: the script's text comes from the language file, through the page.
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t(locale, 'search.title'));
			const [before, after] = t(locale, 'search.results', { count: '#', query: name }).split('#') as [string, string];
			const status = (await page.locator('[data-search-status]').textContent())!;
			expect(status.startsWith(before) && status.endsWith(after), status).toBe(true);
			const links = await resultLinks(page);
			expect(links.length).toBeGreaterThan(2);
			expect(links.filter((link) => !link.startsWith(urls.home(locale)))).toEqual([]);
			expect(links).toContain(demoPath.specialty(locale, 'liesbreukcentrum'));
		} finally {
			await page.close();
		}
	});

	it.each(demoLocales)('finds other forms of a word through its language’s stemming (%s)', async (locale) => {
		const word = STEMMING_PROBES[locale];
		expect(word, `STEMMING_PROBES in tests/support/demo.ts has no word for ${locale}`).toBeDefined();
		const pages = listFiles(path.join(dist, locale)).filter((file) => file.endsWith('.html')).map((file) => fs.readFileSync(path.join(dist, locale, file), 'utf8'));
		expect(pages.filter((html) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').test(html))).toEqual([]);
		const { page } = await search(locale, word!);
		try {
			const links = await resultLinks(page);
			expect(links.length).toBeGreaterThan(0);
			expect(links.filter((link) => !link.startsWith(urls.home(locale)))).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('finds team members by name', async () => {
		const { page } = await search(defaultLocale, 'Fatima');
		try {
			expect(await resultLinks(page)).toContain(demoPath.teamMember(defaultLocale, 'fatima-el-idrissi'));
		} finally {
			await page.close();
		}
	});

	it.each(['tennis', 'tennisbaan', 'werk tennis'])('finds nothing for "%s", a word on no page, though it starts with one ("te", "ten")', async (query) => {
		// Dutch words: the fallback found the Dutch "te".
		const { page } = await search('nl', query);
		try {
			expect(await resultLinks(page)).toEqual([]);
			await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^Niets gevonden/);
		} finally {
			await page.close();
		}
	});

	it('still finds a word through the start of a longer one, and a compound through its first word', async () => {
		for (const [query, expected] of [
			['liesbreukoperaties', demoPath.story('nl', 'de-dagbehandeling-voor-liesbreuken')],
			['liesbreukzorg', demoPath.specialty('nl', 'liesbreukcentrum')],
		] as const) {
			const { page } = await search('nl', query);
			try {
				expect(await resultLinks(page), query).toContain(expected);
			} finally {
				await page.close();
			}
		}
	});

	it('shows excerpts from the text: not the title the result already shows, nor the publication date', async () => {
		const { page } = await search('nl', 'liesbreuk');
		try {
			const results = await page.locator('[data-search-results] li').evaluateAll((items) =>
				items.map((item) => ({ title: item.querySelector('h2')!.textContent!.trim(), excerpt: item.querySelector('h2 + p')!.textContent!.trim() })),
			);
			expect(results.length).toBeGreaterThan(3);
			for (const { title, excerpt } of results) {
				expect(excerpt.startsWith(title.slice(0, 20)), `${title}: ${excerpt}`).toBe(false);
				expect(excerpt, title).not.toMatch(/Gepubliceerd|Bijgewerkt|min lezen/);
			}
		} finally {
			await page.close();
		}
	});

	it('loads Pagefind only when the visitor starts to search: a keyboard user’s Tab into the form is enough', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		const pagefind: string[] = [];
		page.on('request', (request) => new URL(request.url()).pathname.startsWith('/pagefind/') && pagefind.push(request.url()));
		try {
			await page.goto(new URL(urls.section(defaultLocale, 'search').slice(1), server.url).href, { waitUntil: 'networkidle' });
			await page.waitForTimeout(500);
			expect(pagefind, 'nothing of Pagefind is asked for before the visitor starts to search').toEqual([]);
			const field = page.getByLabel(t(defaultLocale, 'search.label'));
			for (let tab = 0; tab < 40 && !(await field.evaluate((node) => node === document.activeElement)); tab++) await page.keyboard.press('Tab');
			await expect(field.evaluate((node) => node === document.activeElement), 'Tab reaches the search field').resolves.toBe(true);
			// Built as soon as Pagefind has loaded, shown only at the visitor's next key press: never moving the page unasked.
			const filters = page.locator('[data-search-filters] details');
			await filters.waitFor({ state: 'attached' });
			expect(pagefind.some((url) => url.endsWith('/pagefind.js'))).toBe(true);
			await expect(filters.isVisible()).resolves.toBe(false);
			await page.keyboard.type('liesbreuk');
			await expect(filters.isVisible()).resolves.toBe(true);
			await page.keyboard.press('Enter');
			await page.locator('[data-search-status]').filter({ hasText: /\S/ }).filter({ hasNotText: t(defaultLocale, 'search.loading') }).waitFor();
			expect((await resultLinks(page)).length).toBeGreaterThan(3);
		} finally {
			await page.close();
		}
	});

	it('shows the results of an address with ?q= at once, without any input', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		try {
			await page.goto(new URL(`${urls.section(defaultLocale, 'search').slice(1)}?q=liesbreuk`, server.url).href);
			await page.locator('[data-search-results] h2 a').first().waitFor();
			expect(await resultLinks(page)).toContain(demoPath.specialty(defaultLocale, 'liesbreukcentrum'));
			await expect(page.getByLabel(t(defaultLocale, 'search.label')).inputValue()).resolves.toBe('liesbreuk');
			await expect(page.locator('[data-search-filters] details').isVisible(), 'the filters come with the results').resolves.toBe(true);
		} finally {
			await page.close();
		}
	});

	it('says search is unavailable when Pagefind cannot be loaded', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		try {
			await page.route(`**${urls.searchIndex(defaultLocale)}pagefind.js`, (route) => route.fulfill({ status: 404, body: '' }));
			await page.goto(new URL(urls.section(defaultLocale, 'search').slice(1), server.url).href);
			await page.getByLabel(t(defaultLocale, 'search.label')).focus();
			await page.locator('[data-search-status]').filter({ hasText: t(defaultLocale, 'search.unavailable') }).waitFor();
			await page.getByLabel(t(defaultLocale, 'search.label')).fill('liesbreuk');
			await page.keyboard.press('Enter');
			await page.locator('[data-search-status]').filter({ hasText: t(defaultLocale, 'search.unavailable') }).waitFor();
		} finally {
			await page.close();
		}
	});

	it('says so when nothing is found, and offers a way to ask', async () => {
		const { page } = await search(defaultLocale, 'xqzwvy');
		try {
			expect(await resultLinks(page)).toEqual([]);
			await expect(page.getByRole('link', { name: t(defaultLocale, 'search.contact') }).count()).resolves.toBe(1);
		} finally {
			await page.close();
		}
	});
});

describe('search on a site published under a sub-path', () => {
	it('loads its index and links its results under the sub-path', async () => {
		const build = buildSite({ name: 'sub-path', contentDir: basicFixture, base: '/zorgmerk/' });
		expect(build.status, build.output).toBe(0);
		const subPath = await serveStatic(build.dist, '/zorgmerk/');
		const page = await browser.newPage({ viewport: PHONE });
		try {
			await page.goto(new URL('nl/zoeken/?q=liesbreuk', subPath.url).href);
			await page.locator('[data-search-results] h2 a').first().waitFor();
			expect(await resultLinks(page)).toContain('/zorgmerk/nl/verhalen/herstel-na-een-liesbreuk/');
		} finally {
			await page.close();
			await subPath.close();
		}
	});
});

describe('the search index', () => {
	it('holds no testimonial: a patient quote is never shown as a search excerpt out of context', () => {
		const fragments = Object.values(searchBundles(dist)).flatMap((bundle) => bundle.fragments);
		expect(fragments.length).toBeGreaterThan(40);
		expect(fragments.some((text) => text.includes('Fatima'))).toBe(true);
		// Marieke's quote is on the hernia centre's page and on stories, always as a testimonial.
		expect(fragments.filter((text) => text.includes('tennisbaan'))).toEqual([]);
	});
});
