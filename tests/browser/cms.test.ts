import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

/**
 * The CMS as an editor uses it: the built /admin/ in Chromium, saving through
 * decap-server into a copy of the demo content (never this working tree).
 */
const EDITOR = { width: 1280, height: 900 };
const TODAY = '2026-11-23';
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');

let repo: string;
let proxy: ChildProcess;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	const build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
	// Decap looks for its local server on port 8081 only; another one (say `npm run cms`) would receive our edits.
	const running = await proxyRepo();
	if (running) throw new Error(`Port 8081 is taken by decap-server for "${running}": stop \`npm run cms\` before running these tests.`);
	repo = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cms-'));
	fs.cpSync(path.join(projectRoot, 'content'), path.join(repo, 'content'), { recursive: true });
	proxy = spawn(path.join(projectRoot, 'node_modules', '.bin', 'decap-server'), [], {
		// MODE: vitest sets MODE=test, which decap-server would take for its own mode setting.
		env: { ...process.env, MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: '8081', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
		stdio: 'ignore',
	});
	await waitForProxy();
	server = await serveStatic(build.dist);
	browser = await launchBrowser();
	fs.mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	proxy?.kill();
});

/** The repository folder decap-server on port 8081 serves, or undefined when none is running. */
async function proxyRepo(): Promise<string | undefined> {
	try {
		const response = await fetch('http://127.0.0.1:8081/api/v1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
		return ((await response.json()) as { repo: string }).repo;
	} catch {
		return undefined;
	}
}

async function waitForProxy(): Promise<void> {
	for (let attempt = 0; attempt < 50; attempt += 1) {
		if ((await proxyRepo()) === path.basename(repo)) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error('decap-server did not start on 127.0.0.1:8081');
}

/** Logs in to the local backend and opens a new entry of `collection`, as an editor would. */
async function newEntry(collection: string): Promise<Page> {
	const page = await browser.newPage({ viewport: EDITOR });
	page.on('dialog', (dialog) => void dialog.accept());
	await page.goto(new URL('admin/', server.url).href);
	await page.getByRole('button', { name: /Inloggen|Login/ }).click();
	await page.getByText('Inhoudstypen').waitFor();
	await page.goto(new URL(`admin/#/collections/${collection}/new`, server.url).href);
	await page.locator('form, [class*="ControlPane"]').first().waitFor();
	return page;
}

/** The input of the field whose label reads `label` (labels are shown in capitals, written as here). */
async function field(page: Page, label: string, nth = 0) {
	const literal = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const labelElement = page.locator('label').filter({ hasText: new RegExp(`^${literal}( \\(optioneel\\))?$`, 'i') }).nth(nth);
	const id = await labelElement.getAttribute('for');
	return page.locator(`[id="${id}"]`);
}

/** Picks options in one of Decap's select boxes (react-select): type, then Enter. */
async function choose(page: Page, label: string, ...options: string[]) {
	const input = await field(page, label);
	for (const option of options) {
		await input.click();
		await input.fill(option);
		await page.locator('[class*="option"]').filter({ hasText: option }).first().waitFor();
		await page.keyboard.press('Enter');
	}
}

/** The preview pane, which Decap renders in a frame. */
const preview = (page: Page) => page.frameLocator('iframe').first();

async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publiceer' }).click();
	await page.getByText('Publiceer nu').click();
}

const testimonialFiles = () => new Set(fs.readdirSync(path.join(repo, 'content', 'testimonials')));

async function fillTestimonial(page: Page, consent: { reference?: string; grantedOn?: string; expiresOn?: string; channels?: string[] }) {
	await (await field(page, 'Citaat')).fill('Ik durfde eindelijk te vragen wat ik wilde weten. Niemand keek op de klok.');
	await (await field(page, 'Naam zoals getoond')).fill('Wim');
	await choose(page, 'Rol', 'Patiënt');
	await (await field(page, 'Aanvulling')).fill('67');
	await choose(page, 'Taal van het citaat', 'Nederlands');
	await choose(page, 'Specialismen', 'Liesbreukcentrum');
	await (await field(page, 'Gegeven op')).fill('2026-11-20');
	if (consent.reference) await (await field(page, 'Kenmerk van het toestemmingsformulier')).fill(consent.reference);
	if (consent.grantedOn) await (await field(page, 'Datum van toestemming')).fill(consent.grantedOn);
	if (consent.expiresOn) await (await field(page, 'Toestemming geldig tot')).fill(consent.expiresOn);
	if (consent.channels) await choose(page, 'Waar mag het verschijnen?', ...consent.channels);
}

describe('an editor publishing a testimonial', { timeout: 120_000 }, () => {
	it('publishes one with consent, in exactly the shape of the content contract, and the next build shows it', async () => {
		const before = testimonialFiles();
		const page = await newEntry('testimonials');
		try {
			await fillTestimonial(page, { reference: 'TOE-2026-118', grantedOn: '2026-11-20', expiresOn: '2031-11-20', channels: ['Website'] });
			await preview(page).locator('.cms-notice-ok').waitFor();
			await page.screenshot({ path: path.join(screenshots, 'cms-testimonial.png') });
			await publish(page);
			await expect.poll(() => [...testimonialFiles()].filter((file) => !before.has(file)), { timeout: 10_000 }).toHaveLength(1);
		} finally {
			await page.close();
		}
		const [file] = [...testimonialFiles()].filter((name) => !before.has(name));
		expect(file).toMatch(/^ervaring-\d{8}-\d{6}\.md$/);
		expect(fs.readFileSync(path.join(repo, 'content', 'testimonials', file!), 'utf8')).toBe(
			[
				'---',
				'quote: Ik durfde eindelijk te vragen wat ik wilde weten. Niemand keek op de klok.',
				'author:',
				'  name: Wim',
				'  role: patient',
				'  detail: "67"',
				'locale: nl',
				'specialties:',
				'  - liesbreukcentrum',
				'givenOn: 2026-11-20',
				'compensated: false',
				'consent:',
				'  reference: TOE-2026-118',
				'  grantedOn: 2026-11-20',
				'  expiresOn: 2031-11-20',
				'  channels:',
				'    - website',
				'  photo: false',
				'  guardian: false',
				'---',
				'',
			].join('\n'),
		);

		const build = buildSite({ name: 'cms-published', contentDir: path.join(repo, 'content'), env: { ZORGMERK_TODAY: TODAY } });
		expect(build.status, build.output).toBe(0);
		expect(fs.readFileSync(path.join(build.dist, 'nl', 'ervaringen', 'index.html'), 'utf8')).toContain('Niemand keek op de klok.');
	});

	it('cannot publish one without consent: the form says what is missing and nothing is written', async () => {
		const before = testimonialFiles();
		const page = await newEntry('testimonials');
		try {
			await fillTestimonial(page, {});
			await preview(page).locator('.cms-notice-blocked').filter({ hasText: 'nog geen toestemming' }).waitFor();
			await publish(page);
			await page.getByText('sommige verplichte velden zijn niet ingevuld').waitFor();
			await page.waitForTimeout(1000);
			expect(testimonialFiles()).toEqual(before);
		} finally {
			await page.close();
		}
	});

	it('cannot publish consent that lasts longer than the organisation allows', async () => {
		const before = testimonialFiles();
		const page = await newEntry('testimonials');
		try {
			await fillTestimonial(page, { reference: 'TOE-2026-119', grantedOn: '2026-11-20', expiresOn: '2033-01-01', channels: ['Website'] });
			await preview(page).locator('.cms-notice-blocked').filter({ hasText: 'Toestemming mag hoogstens 5 jaar gelden' }).waitFor();
			await publish(page);
			await page.getByText(/Nog niet opgeslagen[\s\S]*Toestemming mag hoogstens 5 jaar gelden/).first().waitFor();
			await page.screenshot({ path: path.join(screenshots, 'cms-consent-too-long.png') });
			expect(testimonialFiles()).toEqual(before);
		} finally {
			await page.close();
		}
	});
});

describe('an editor writing a story', { timeout: 150_000 }, () => {
	it('inserts building blocks, types braces and angle brackets, and the story builds showing them as typed', async () => {
		const page = await newEntry('stories');
		try {
			await (await field(page, 'Titel')).fill('Een ochtend op de polikliniek');
			await (await field(page, 'Korte beschrijving')).fill('Hoe een ochtend op de polikliniek verloopt, van de eerste patiënt tot de laatste kop koffie.');
			await choose(page, 'Soort verhaal', 'Uit het werk van een medewerker');
			await (await field(page, 'Gepubliceerd op')).fill('2026-11-20');
			await choose(page, 'Specialismen', 'Liesbreukcentrum');

			const body = page.locator('[data-slate-editor="true"]').first();
			await body.click();
			await page.keyboard.type('Zie {hieronder}: wachten duurt < 10 minuten, en <script>alert(1)</script> blijft tekst.');
			await page.getByRole('button', { name: 'Voeg component toe' }).first().click();
			await page.getByText('Ervaring', { exact: true }).first().click();
			const testimonial = page.locator('label').filter({ hasText: /^Welke ervaring\?$/i }).first();
			const input = page.locator(`[id="${await testimonial.getAttribute('for')}"]`);
			await input.click();
			await input.fill('tennisbaan');
			await page.locator('[class*="option"]').filter({ hasText: 'tennisbaan' }).first().click();
			await page.screenshot({ path: path.join(screenshots, 'cms-story.png') });
			await publish(page);
			await expect.poll(() => fs.existsSync(path.join(repo, 'content', 'stories', 'nl', 'een-ochtend-op-de-polikliniek.mdx')), { timeout: 10_000 }).toBe(true);
		} finally {
			await page.close();
		}

		const story = fs.readFileSync(path.join(repo, 'content', 'stories', 'nl', 'een-ochtend-op-de-polikliniek.mdx'), 'utf8');
		expect(story).toContain('Zie \\{hieronder\\}: wachten duurt \\< 10 minuten, en \\<script>alert(1)\\</script> blijft tekst.');
		expect(story).toContain('\n<Testimonial slug="marieke" />\n');

		const build = buildSite({ name: 'cms-story', contentDir: path.join(repo, 'content'), env: { ZORGMERK_TODAY: TODAY } });
		expect(build.status, build.output).toBe(0);
		// The English file Decap wrote alongside holds no words of its own yet: left out, with a note.
		expect(build.output).toContain('stories/en/een-ochtend-op-de-polikliniek.mdx: nog niet vertaald');
		const html = fs.readFileSync(path.join(build.dist, 'nl', 'verhalen', 'een-ochtend-op-de-polikliniek', 'index.html'), 'utf8');
		expect(html).toContain('Zie {hieronder}: wachten duurt &lt; 10 minuten, en &lt;script&gt;alert(1)&lt;/script&gt; blijft tekst.');
		expect(html).toContain('Binnen een week stond ik weer op de tennisbaan.');
		expect(html).not.toMatch(/<script>alert/);
	});
});
