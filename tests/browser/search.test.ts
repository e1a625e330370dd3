import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { buildSite, listFiles, projectRoot } from '../support/build.ts';
import { basicFixture } from '../support/fixtures.ts';
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

/** Opens the search page on a phone, types the query and presses Enter, as a visitor would. */
async function search(pathname: string, query: string): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
	const page = await browser.newPage({ viewport: PHONE });
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(server.url)) foreign.push(request.url());
	});
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(new URL(pathname.slice(1), server.url).href);
	await page.getByLabel(/Waar zoekt u naar|What are you looking for/).fill(query);
	await page.keyboard.press('Enter');
	await page.locator('[data-search-status]').filter({ hasText: /\d+ result|resulta|Niets|Nothing/ }).waitFor();
	return { page, foreign, errors };
}

const resultLinks = (page: Page) => page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('search on a phone', () => {
	it('finds a Dutch story by a word from its title, without asking anything of other sites', async () => {
		const { page, foreign, errors } = await search('/nl/zoeken/', 'tennisbaan werk Peter');
		try {
			expect(await resultLinks(page)).toContain('/nl/verhalen/weer-aan-het-werk-na-een-liesbreuk/');
			expect(new URL(page.url()).searchParams.get('q')).toBe('tennisbaan werk Peter');
			await expect(page.locator('[data-search-more]').isVisible(), 'no "more results" button when all are shown').resolves.toBe(false);
			expect(foreign).toEqual([]);
			expect(errors).toEqual([]);
			await page.screenshot({ path: path.join(projectRoot, 'test-results', 'screenshots', 'search-nl-390.png'), fullPage: true });
		} finally {
			await page.close();
		}
	});

	it('narrows the results with a filter', async () => {
		const { page } = await search('/nl/zoeken/', 'liesbreuk');
		try {
			const all = await resultLinks(page);
			await page.getByText('Verfijn de resultaten').click();
			await page.getByRole('group', { name: 'Soort' }).getByLabel('Specialisme').check();
			await page.locator('[data-search-status]').filter({ hasText: /^1 resultaat/ }).waitFor();
			const filtered = await resultLinks(page);
			expect(filtered).toEqual(['/nl/specialismen/liesbreukcentrum/']);
			expect(all.length).toBeGreaterThan(filtered.length);
		} finally {
			await page.close();
		}
	});

	it('searches English content from the English page', async () => {
		const { page } = await search('/en/search/', 'hernia');
		try {
			const links = await resultLinks(page);
			expect(links.length).toBeGreaterThan(2);
			expect(links.every((link) => link.startsWith('/en/'))).toBe(true);
			expect(links).toContain('/en/specialties/liesbreukcentrum/');
		} finally {
			await page.close();
		}
	});

	it('finds team members by name', async () => {
		const { page } = await search('/nl/zoeken/', 'Fatima');
		try {
			expect(await resultLinks(page)).toContain('/nl/team/fatima-el-idrissi/');
		} finally {
			await page.close();
		}
	});

	it('says so when nothing is found, and offers a way to ask', async () => {
		const { page } = await search('/nl/zoeken/', 'xqzwvy');
		try {
			expect(await resultLinks(page)).toEqual([]);
			await expect(page.getByRole('link', { name: 'Neem contact met ons op' }).count()).resolves.toBe(1);
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
		const fragmentDir = path.join(dist, 'pagefind', 'fragment');
		const fragments = listFiles(fragmentDir).map((file) => gunzipSync(fs.readFileSync(path.join(fragmentDir, file))).toString('utf8'));
		expect(fragments.length).toBeGreaterThan(40);
		expect(fragments.some((text) => text.includes('Fatima'))).toBe(true);
		// Marieke's quote is on the hernia centre's page and on stories, always as a testimonial.
		expect(fragments.filter((text) => text.includes('tennisbaan'))).toEqual([]);
	});
});
