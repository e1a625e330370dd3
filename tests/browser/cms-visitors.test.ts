/**
 * The CMS's "Bezoekers" page in Chromium, on a built site that counts with
 * Matomo, for an editor who works in French (settings editorLanguage: fr) on
 * a Dutch and English site: the editor enters a read-only token and reads the
 * figures, in French, from Matomo's recorded answer (tests/fixtures/visitors/),
 * served where the site's settings say Matomo is; and reads why when the token
 * is wrong or Matomo does not answer. Every word expected comes from the CMS's
 * French files (cms/text/fr.ts, cms/interface/fr.ts). Screenshots at phone and
 * desktop size. The Dutch words are tested in tests/unit/cms-visitors.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERFACES } from '../../cms/interface/index.ts';
import { languageName } from '../../cms/languages.ts';
import { problemMessage } from '../../cms/visitors/errors.ts';
import { periodsFor } from '../../cms/visitors/periods.ts';
import { visitorsText } from '../../cms/visitors/text.ts';
import { addDays, todayIn } from '../../src/lib/dates.ts';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { startBuiltAdmin, type CmsServer } from '../support/cms-servers.ts';
import { fixtureCopy } from '../support/fixtures.ts';

const MATOMO = 'https://statistiek.testkliniek.example';
const API = `${MATOMO}/index.php`;
const DESKTOP = { width: 1280, height: 900 };
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');
/** The editor's language, set in the fixture's settings below. */
const EDITOR = 'fr';
const { words, format, change } = visitorsText(EDITOR);
const matomo = { provider: 'matomo', api: API } as const;
const recorded = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'visitors', `${name}.json`), 'utf8'));

let browser: Browser;
let server: CmsServer;

beforeAll(async () => {
	const content = fixtureCopy((dir) => {
		const settings = path.join(dir, 'settings', 'site.yaml');
		fs.writeFileSync(settings, `${fs.readFileSync(settings, 'utf8')}editorLanguage: ${EDITOR}\nanalytics:\n  provider: matomo\n  url: ${MATOMO}\n  siteId: 1\n`);
	});
	const build = buildSite({ name: 'cms-visitors', contentDir: content });
	if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
	server = await startBuiltAdmin(build.dist);
	browser = await launchBrowser();
	fs.mkdirSync(screenshots, { recursive: true });
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/**
 * Matomo's recorded bulk answer for whatever period is asked: the daily report
 * gets a day for every day asked (the recording covers October 2026).
 */
function matomoAnswer(body: URLSearchParams): unknown {
	const answer = structuredClone(recorded('matomo-bulk')) as unknown[];
	const days = new URLSearchParams(body.get('urls[4]') ?? '').get('date')!.split(',') as [string, string];
	const daily: Record<string, unknown> = {};
	for (let day = days[0], index = 0; day <= days[1]; day = addDays(day, 1), index++) daily[day] = { nb_visits: 40 + ((index * 37) % 45) + (index % 7 === 2 ? 40 : 0) };
	answer[4] = daily;
	return answer;
}

interface Visit {
	page: Page;
	/** What the page sent Matomo: the address and the body. */
	asked: { url: string; body: string }[];
	problems: string[];
}

async function openVisitors(viewport: { width: number; height: number }, answer: (route: Route) => Promise<void>): Promise<Visit> {
	const context = await browser.newContext({ viewport, timezoneId: 'Europe/Amsterdam' });
	const page = await context.newPage();
	const asked: Visit['asked'] = [];
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(error.message));
	await server.connect(page);
	await page.route(`${MATOMO}/**`, async (route) => {
		asked.push({ url: route.request().url(), body: route.request().postData() ?? '' });
		await answer(route);
	});
	await page.goto(server.adminUrl, { timeout: 120_000 });
	await page.getByRole('button', { name: String((INTERFACES[EDITOR]!.auth as Record<string, string>).login) }).click();
	await page.getByRole('link', { name: words.title }).click();
	await page.getByRole('heading', { name: words.title, level: 1 }).waitFor();
	return { page, asked, problems };
}

const fulfil = (status: number, body: unknown) => (route: Route) =>
	route.fulfill({ status, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });

async function enterToken(page: Page, token: string): Promise<void> {
	await page.getByLabel(words.token.label).fill(token);
	await page.getByRole('button', { name: words.token.save }).click();
}

describe('the Bezoekers page of the CMS, for an editor who works in French', () => {
	it.each([
		{ viewport: PHONE, size: '390' },
		{ viewport: DESKTOP, size: '1280' },
	])('shows what readers read, where they came from and per language, in French, at $size px', async ({ viewport, size }) => {
		const { page, asked, problems } = await openVisitors(viewport, (route) => fulfil(200, matomoAnswer(new URLSearchParams(route.request().postData() ?? '')))(route));
		try {
			await expect(page.getByText(words.token.explainMatomo).isVisible()).resolves.toBe(true);
			await enterToken(page, 'leessleutel-van-de-redactie');
			await page.getByRole('heading', { name: words.stories.heading }).waitFor();
			// The token went in the request's body, never in an address.
			expect(asked).toHaveLength(1);
			expect(asked[0]!.url).toBe(API);
			expect(new URLSearchParams(asked[0]!.body).get('token_auth')).toBe('leessleutel-van-de-redactie');
			const stories = await page.locator('table').nth(1).locator('tbody tr td:first-child').allTextContents();
			// Named by the story's own title, which the CMS knows (the fixture's content here), and its language, named in French.
			expect(stories[0]).toMatch(new RegExp(`liesbreuk.* · ${languageName('nl', EDITOR)}$`, 'i'));
			expect(stories).toContain(`Back at work after a hernia · ${languageName('en', EDITOR)}`);
			await expect(page.getByText(words.sources.names.search).isVisible()).resolves.toBe(true);
			// "15 % de plus que la période précédente": the percentage as French writes it.
			await expect(page.getByText(change(0.15)).first().isVisible()).resolves.toBe(true);
			const [chart] = words.daily.describe(30, '\u0001', '\u0001').split('\u0001');
			const label = await page.locator('.zm-visitors-daily svg[role="img"]').getAttribute('aria-label');
			expect(label?.startsWith(chart!), String(label)).toBe(true);
			expect(await page.locator('body').innerText()).not.toMatch(/Bezoekers|Leessleutel|Loading options|No options/);
			await page.screenshot({ path: path.join(screenshots, `cms-bezoekers-${size}.png`), fullPage: true });
			// Kept for this tab only, unless the editor ticks "Onthoud".
			const kept = await page.evaluate(() => ({ session: sessionStorage.getItem('zorgmerk.bezoekers.matomo.1'), local: localStorage.getItem('zorgmerk.bezoekers.matomo.1') }));
			expect(kept).toEqual({ session: 'leessleutel-van-de-redactie', local: null });
			expect(problems).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 240_000);

	it('asks for a whole month when the editor chooses one', async () => {
		const { page, asked } = await openVisitors(DESKTOP, (route) => fulfil(200, matomoAnswer(new URLSearchParams(route.request().postData() ?? '')))(route));
		try {
			await enterToken(page, 'leessleutel');
			await page.getByRole('heading', { name: words.stories.heading }).waitFor();
			await page.getByLabel(words.period.month).check();
			const month = await page.getByLabel(words.period.monthLabel).inputValue();
			// "Du 1er novembre 2026 au 30 novembre 2026 inclus, comparé à …": the period in French, the first of the month as French writes it.
			const { period, previous } = periodsFor({ kind: 'month', month }, todayIn('Europe/Amsterdam'));
			await page.getByText(words.period.describe(...([period.from, period.to, previous.from, previous.to].map(format.date) as [string, string, string, string]))).waitFor();
			const last = new URLSearchParams(new URLSearchParams(asked.at(-1)!.body).get('urls[0]')!).get('date');
			expect(last).toMatch(new RegExp(`^${month}-01,${month}-(28|29|30|31)$`));
		} finally {
			await page.context().close();
		}
	}, 240_000);

	it('says in French that the token is wrong, and that Matomo does not answer', async () => {
		const wrong = await openVisitors(DESKTOP, fulfil(200, recorded('matomo-error-token')));
		try {
			await enterToken(wrong.page, 'verkeerd');
			await expect(wrong.page.getByRole('alert').textContent()).resolves.toContain(problemMessage({ kind: 'wrong-token' }, matomo, EDITOR));
			await wrong.page.screenshot({ path: path.join(screenshots, 'cms-bezoekers-verkeerde-sleutel.png') });
		} finally {
			await wrong.page.context().close();
		}
		const down = await openVisitors(PHONE, (route) => route.abort('connectionrefused'));
		try {
			await enterToken(down.page, 'leessleutel');
			await expect(down.page.getByRole('alert').textContent()).resolves.toContain(problemMessage({ kind: 'unreachable' }, matomo, EDITOR));
		} finally {
			await down.page.context().close();
		}
	}, 240_000);
});
