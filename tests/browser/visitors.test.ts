/**
 * What a visitor looks for first, checked in Chromium on the built demo at
 * phone and desktop size: phone numbers and e-mail addresses that read as one
 * piece, a way up that does not repeat the page's title, and listings whose
 * cards line up.
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

describe('e-mail and web addresses', () => {
	// Every kind of page with an e-mail address (the footer has one on every page): "Deel uw verhaal" broke
	// "verhalen@ziekenhuis-" / "lindeveld.example" at 390 px, in the sentence and where it asks to copy the address.
	const pages = [
		...demoLocales.map((locale) => demoPath.page(locale, 'share-your-story')),
		demoPath.page('nl', 'contact'),
		demoPath.page('nl', 'privacy'),
		demoPath.page('nl', 'social-media'),
		demoPath.specialty('nl', 'palliatieve-zorg'),
		demoPath.specialty('fr', 'palliatieve-zorg'),
	];
	it.each([NARROW, { width: 360, height: 740 }, PHONE])('never break after one of their hyphens, and move to the next line whole before they are cut, at $width px', async (viewport) => {
		const problems: string[] = [];
		let seen = 0;
		for (const pathname of pages) {
			const found = await onPage(pathname, viewport, (page) => page.evaluate(addressLines));
			seen += found.length;
			for (const { address, lines, startsLine } of found) {
				// Where a line ends inside the address: the text of each line.
				if (lines.slice(0, -1).some((line) => line.endsWith('-'))) problems.push(`${pathname}: ${lines.join(' ⏎ ')} (broken after a hyphen)`);
				if (lines.length > 1 && !startsLine) problems.push(`${pathname}: ${lines.join(' ⏎ ')} (cut where it could have moved to the next line whole)`);
				if (lines.join('') !== address) problems.push(`${pathname}: ${address} read as ${lines.join('')}`);
			}
		}
		expect(problems).toEqual([]);
		// Every page has the footer's address; the share page and the contact page one more, a specialty its referral address.
		expect(seen).toBeGreaterThanOrEqual(pages.length * 2);
	});
});

/**
 * Every e-mail or web address in the text of the page, with how the browser laid it out: the text on each line
 * (one character's box at a time, as the reader sees it) and whether it starts a line. Runs in the page.
 */
function addressLines(): { address: string; lines: string[]; startsLine: boolean }[] {
	const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)]/gu;
	const isBlock = (element: Element) => !['inline', 'contents'].includes(getComputedStyle(element).display);
	// The text of each block (a paragraph, a list item…) with, for each character, its text node and offset; a <br> is a line break.
	const blocks = new Map<Element, { text: string; at: [Text, number][] }>();
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node instanceof Element ? node.parentElement : node.parentElement;
		if (!parent || parent.closest('script, style, [hidden], .zm-visually-hidden')) continue;
		let block: Element = parent;
		while (!isBlock(block) && block.parentElement) block = block.parentElement;
		const entry = blocks.get(block) ?? { text: '', at: [] };
		blocks.set(block, entry);
		if (node instanceof HTMLBRElement) {
			entry.text += '\n';
			entry.at.push([document.createTextNode('\n'), 0]);
		} else if (node instanceof Text) {
			for (let offset = 0; offset < node.data.length; offset += 1) {
				entry.text += node.data[offset];
				entry.at.push([node, offset]);
			}
		}
	}
	const box = ([node, offset]: [Text, number]) => {
		const range = document.createRange();
		range.setStart(node, offset);
		range.setEnd(node, offset + 1);
		return range.getClientRects()[0];
	};
	const found: { address: string; lines: string[]; startsLine: boolean }[] = [];
	for (const { text, at } of blocks.values()) {
		for (const match of text.matchAll(ADDRESS)) {
			const start = match.index;
			const lines: string[] = [];
			let top: number | undefined;
			for (let index = start; index < start + match[0].length; index += 1) {
				const rect = box(at[index]!);
				if (!rect) continue;
				if (top === undefined || rect.top > top + rect.height / 2) {
					lines.push('');
					top = rect.top;
				}
				lines[lines.length - 1] += text[index];
			}
			// The last visible character before the address, if any, on an earlier line than its first.
			let before = start - 1;
			while (before >= 0 && /\s/.test(text[before]!)) before -= 1;
			const first = box(at[start]!);
			const previous = before >= 0 ? box(at[before]!) : undefined;
			found.push({ address: match[0], lines, startsLine: !previous || !first || previous.top + previous.height / 2 < first.top });
		}
	}
	return found;
}

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
