/**
 * What a visitor looks for first, checked in Chromium on the built demo at
 * phone and desktop size: phone numbers that read as one piece, a way up
 * that does not repeat the page's title, and listings whose cards line up.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { urls } from '../../src/routing/urls.ts';
import { buildSite } from '../support/build.ts';
import { demoLocales, demoPath } from '../support/demo.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

const DESKTOP = { width: 1280, height: 800 };
/** The narrowest screen WCAG 1.4.10 (reflow) asks for. */
const NARROW = { width: 320, height: 640 };

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	const build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
	server = await serveStatic(build.dist);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens a page of the built demo at a screen size, runs `check` on it and closes it. */
async function onPage<T>(pathname: string, viewport: { width: number; height: number }, check: (page: Page) => Promise<T>): Promise<T> {
	const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
	try {
		const response = await page.goto(new URL(pathname.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
		expect(response?.status(), pathname).toBe(200);
		return await check(page);
	} finally {
		await page.close();
	}
}

describe('what a visitor needs first', () => {
	// Every language's home page (the emergency line's length differs per language), and a specialty and the contact page.
	const pages = [...demoLocales.map((locale) => urls.home(locale)), demoPath.specialty('fr', 'maag-darm-lever'), '/nl/specialismen/maag-darm-lever/', '/nl/contact/'];
	it.each(pages)('on a phone, the header of %s shows the emergency number and ours, in two rows at most, without scrolling', async (pathname) => {
		const header = await onPage(pathname, PHONE, (page) =>
			page.evaluate(() => {
				const shown = (selector: string) => {
					const link = document.querySelector(`header ${selector}`);
					const rect = link?.getBoundingClientRect();
					return !!rect && rect.height > 0 && rect.bottom <= innerHeight && link!.checkVisibility();
				};
				return { height: Math.round(document.querySelector('header')!.getBoundingClientRect().height), emergency: shown('a[href="tel:112"]'), phone: shown('a[href^="tel:+31"]') };
			}),
		);
		// Three rows (165 px) before: name, search and languages, menu.
		expect(header).toEqual({ height: expect.any(Number), emergency: true, phone: true });
		expect(header.height).toBeLessThanOrEqual(110);
	});

	it('on a phone, a GP sees the way to the referral section at the top of a specialty page, and it leads there', async () => {
		await onPage('/nl/specialismen/maag-darm-lever/', PHONE, async (page) => {
			const jump = page.getByRole('navigation', { name: 'Direct naar' }).getByRole('link', { name: 'Voor huisartsen en verwijzers' });
			const box = await jump.boundingBox();
			expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
			await jump.click();
			await page.waitForURL('**#specialty-referrers');
			const heading = await page.locator('#specialty-referrers').boundingBox();
			expect(heading!.y).toBeGreaterThanOrEqual(0);
			expect(heading!.y).toBeLessThan(PHONE.height / 2);
		});
	});
});

describe('sharing a story', () => {
	it('works without a mail program and without a third party: a prepared e-mail, the address to copy, the phone number, and where it goes', async () => {
		const found = await onPage('/nl/deel-uw-verhaal/', PHONE, async (page) => ({
			forms: await page.locator('main form').count(),
			mail: await page.getByRole('link', { name: 'Schrijf ons een e-mail' }).getAttribute('href'),
			address: await page.locator('.share .address').textContent(),
			phone: await page.locator('.share a[href^="tel:"]').count(),
			where: await page.getByRole('heading', { name: 'Waar gaat uw verhaal naartoe?' }).count(),
		}));
		expect(found.forms).toBe(0);
		const mail = new URL(found.mail!);
		expect([mail.protocol, mail.pathname]).toEqual(['mailto:', 'verhalen@ziekenhuis-lindeveld.example']);
		expect(mail.searchParams.get('subject')).toBe('Mijn verhaal voor Ziekenhuis Lindeveld');
		expect(mail.searchParams.get('body')).toBe('Mijn voornaam:\n\nHoe u mij kunt bereiken (telefoon of e-mail):\n\nWaarover ik wil vertellen:\n\n');
		// Spaces as %20: some mail programs show a + from a form-style query as a +.
		expect(found.mail).not.toContain('+');
		expect([found.address, found.phone, found.where]).toEqual(['verhalen@ziekenhuis-lindeveld.example', 1, 1]);
	});
});

describe('phone numbers', () => {
	// Every kind of page with a phone number; the referral line of a specialty wrapped to "+31 / 88 555 01 40" at 360 and 390 px.
	const pages = ['/nl/contact/', '/nl/locaties/weidebroek/', '/nl/specialismen/liesbreukcentrum/', demoPath.specialty('en', 'liesbreukcentrum'), demoPath.specialty('fr', 'liesbreukcentrum'), urls.audience('en', 'referrers')];
	it.each([NARROW, { width: 360, height: 740 }, PHONE])('stay on one line at $width px', async (viewport) => {
		const wrapped: string[] = [];
		for (const pathname of pages) {
			const found = await onPage(pathname, viewport, (page) => page.$$eval('a[href^="tel:"]', (links) => links.filter((link) => link.getClientRects().length > 1).map((link) => link.textContent ?? '')));
			wrapped.push(...found.map((number) => `${pathname}: ${number}`));
		}
		expect(wrapped).toEqual([]);
	});
});

describe('breadcrumbs', () => {
	it('lead up from a story without repeating its title above the heading', async () => {
		const { crumbs, heading } = await onPage('/nl/verhalen/leven-met-crohn/', PHONE, async (page) => ({
			crumbs: await page.locator('nav.breadcrumbs li').allTextContents(),
			heading: await page.locator('h1').textContent(),
		}));
		expect(crumbs.map((crumb) => crumb.trim())).toEqual(['Home', 'Verhalen']);
		expect(heading?.trim().length).toBeGreaterThan(10);
	});

	it('are left out right below the home page, where they would only say "Home"', async () => {
		expect(await onPage('/nl/verhalen/', PHONE, (page) => page.locator('nav.breadcrumbs').count())).toBe(0);
	});
});

describe('story cards', () => {
	it('keep the shape of a card with a picture when they have none, so each row of the grid lines up', async () => {
		const rows = await onPage('/nl/verhalen/', DESKTOP, (page) =>
			page.$$eval('[data-listing="stories"] .story-card', (cards) =>
				cards.map((card) => ({ top: Math.round(card.getBoundingClientRect().top), image: !!card.querySelector('img'), title: Math.round(card.querySelector('.title')!.getBoundingClientRect().top) })),
			),
		);
		expect(rows.some((card) => !card.image), 'the demo has a story card without a picture').toBe(true);
		for (const top of new Set(rows.map((card) => card.top))) {
			const row = rows.filter((card) => card.top === top);
			expect(new Set(row.map((card) => card.title)).size, JSON.stringify(row)).toBe(1);
		}
	});
});
