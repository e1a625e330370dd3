import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cmsText } from '../../cms/text/index.ts';
import { cleanUpload } from '../../cms/upload-filter.ts';
import { exifHasGps } from '../../src/images/metadata.ts';
import { addYears, todayIn } from '../../src/lib/dates.ts';
import { urls } from '../../src/routing/urls.ts';
import { settings } from '../../src/settings/index.ts';
import { launchBrowser, PHONE, policyViolations } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { Editor, JOURNEY, logIn, publishTestimonial, refusedStorySave, withdrawTestimonial, writePatientStory } from '../support/cms-journey.ts';
import { changedContent, startBuiltAdmin, startNpmRunCms, type CmsServer } from '../support/cms-servers.ts';

/**
 * The editor's whole journey in the CMS, as a first-time editor does it, by
 * what they see: log in, publish a testimonial with consent, write a patient
 * story with a photo from a phone and the testimonial in its text, publish it,
 * and withdraw the testimonial when the person asks. Done twice, through
 * `npm run cms` and through the built /admin/ with decap-server, each on a copy
 * of the demo's content; both must write the same files. Then the site is
 * built from them: the story is published without the withdrawn quote, and
 * the photo that reached the repository carries no GPS position.
 */
const EDITOR = { width: 1280, height: 900 };
const PHOTO = path.join(projectRoot, 'tests', 'fixtures', 'photos', 'telefoonfoto-met-gps.jpg');
const screenshots = path.join(projectRoot, 'test-results', 'screenshots', 'cms');

let browser: Browser;
let dist: string;
const written = new Map<string, Map<string, Buffer>>();

beforeAll(async () => {
	// The demo's build makes the CMS bundle that npm run cms serves too.
	const build = buildSite({ name: 'demo' });
	if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
	dist = build.dist;
	browser = await launchBrowser();
	fs.mkdirSync(screenshots, { recursive: true });
}, 900_000);

afterAll(async () => {
	await browser?.close();
});

/**
 * A browser window as an editor in the Netherlands has it; every dialog (publish, leave the page) is answered yes.
 * `violations` collects what the admin's Content-Security-Policy refused (src/security/headers.ts, in the page as a <meta> tag).
 */
async function editorPage(server: CmsServer): Promise<{ context: BrowserContext; page: Page; problems: string[]; violations: string[] }> {
	const context = await browser.newContext({ viewport: EDITOR, timezoneId: 'Europe/Amsterdam', locale: 'en-US' });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('dialog', (dialog) => void dialog.accept());
	const violations = await policyViolations(page);
	await server.connect(page);
	return { context, page, problems, violations };
}

async function journey(name: string, server: CmsServer): Promise<Editor> {
	const { context, page, violations } = await editorPage(server);
	// An English browser: dates must still read day-month-year (Decap's own field showed mm/dd/yyyy).
	let loads = 0;
	page.on('load', () => (loads += 1));
	const editor = new Editor(page, { adminUrl: server.adminUrl, screenshots, name });
	try {
		await logIn(editor);
		await publishTestimonial(editor);
		await writePatientStory(editor, PHOTO);
		await withdrawTestimonial(editor);
		// Saving three times never reloaded the page (npm run cms used to reload /admin/ on every save).
		expect(loads).toBe(1);
		// The whole journey (log in, forms, previews, a photo upload, the media library, saving) ran under the admin's own
		// strict policy, which the page carries itself, and the policy refused nothing Decap needed.
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/^default-src 'none'; script-src 'self' 'unsafe-eval';/);
		expect(violations).toEqual([]);
	} finally {
		await context.close();
	}
	written.set(name, changedContent(server.repo));
	return editor;
}

describe('an editor, on their own computer', { timeout: 600_000 }, () => {
	it('publishes a testimonial and a patient story with a photo, and withdraws the testimonial, through npm run cms', async () => {
		const server = await startNpmRunCms();
		try {
			await journey('npm-run-cms', server);
			// The site beside it is styled (the development server's styles used to be refused by the page's own policy).
			const { context, page } = await editorPage(server);
			await page.goto(new URL('/nl/', server.adminUrl).href, { waitUntil: 'networkidle' });
			// The development server may reload a site page once after the content changed (the CMS's own page, never).
			const brand = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--zm-color-brand').trim());
			const colour = await brand().catch(async () => {
				await page.waitForLoadState('networkidle');
				return brand();
			});
			expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
			await context.close();
		} finally {
			await server.stop();
		}
	});

	it('does the same through the built /admin/ with decap-server, and the two write the same files', async () => {
		const server = await startBuiltAdmin(dist);
		try {
			await journey('built-admin', server);
		} finally {
			await server.stop();
		}
		const [first, second] = [written.get('npm-run-cms')!, written.get('built-admin')!];
		expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
		for (const [file, bytes] of first) expect(second.get(file)?.equals(bytes), file).toBe(true);
	});

	it('the next build publishes the story without the withdrawn quote, and no GPS position reached the repository', async () => {
		const files = written.get('npm-run-cms')!;
		const today = todayIn(settings.timeZone);
		const testimonial = `testimonials/wim-${today}.md`;
		const [first, ...others] = settings.locales;
		const storyIn = (locale: string) => `stories/${locale}/wim-over-zijn-liesbreukoperatie-vragen-mocht.mdx`;
		const story = storyIn(first!);
		const photo = 'media/telefoonfoto-met-gps.jpg';
		// Only these, in these folders: no upload in media/ at the repository's root or beside the story; Decap writes the story in every language of the site.
		expect([...files.keys()].sort()).toEqual([photo, ...settings.locales.map(storyIn), testimonial].sort());
		expect(files.get(testimonial)!.toString()).toBe(
			[
				'---',
				`quote: ${JOURNEY.testimonial.quote}`,
				'author:',
				'  name: Wim',
				'  role: patient',
				'  detail: "67"',
				'specialties:',
				'  - liesbreukcentrum',
				'consent:',
				`  reference: ${JOURNEY.testimonial.reference}`,
				`  grantedOn: ${today}`,
				`  expiresOn: ${addYears(today, 5)}`,
				'  channels:',
				'    - website',
				'  photo: false',
				'  guardian: false',
				`  withdrawnOn: ${today}`,
				`locale: ${first}`,
				`givenOn: ${today}`,
				'compensated: false',
				'---',
				'',
			].join('\n'),
		);
		const storyFile = files.get(story)!.toString();
		expect(storyFile).toContain('hero:\n  image: ../../media/telefoonfoto-met-gps.jpg\n  alt: Wim op een bankje in de tuin van het ziekenhuis\n');
		expect(storyFile).toContain(`consent:\n  reference: ${JOURNEY.story.reference}\n  grantedOn: ${today}\n`);
		expect(storyFile).toContain('  photo: true\n');
		expect(storyFile).toContain('Zie \\{hieronder\\}: wachten duurt \\< 10 minuten, en \\<script>alert(1)\\</script> blijft tekst.');
		expect(storyFile).toContain(`\n<Testimonial slug="wim-${today}" />\n`);
		// The photo from the phone, without the place where it was taken, the picture itself unchanged.
		const gps = async (bytes: Buffer) => exifHasGps((await sharp(bytes).metadata()).exif ?? Buffer.alloc(0));
		expect(await gps(fs.readFileSync(PHOTO))).toBe(true);
		expect(await gps(files.get(photo)!)).toBe(false);
		expect(files.get(photo)!).toEqual(Buffer.from(cleanUpload('foto.jpg', fs.readFileSync(PHOTO)).bytes));

		// Always the same folder: the scenario's content cache (.zorgmerk/cache/cms-journey) remembers where its files were.
		const repo = path.join(projectRoot, '.zorgmerk', 'cms-journey');
		fs.rmSync(repo, { recursive: true, force: true });
		fs.cpSync(path.join(projectRoot, 'content'), path.join(repo, 'content'), { recursive: true });
		for (const [file, bytes] of files) fs.writeFileSync(path.join(repo, 'content', file), bytes);
		const build = buildSite({ name: 'cms-journey', contentDir: path.join(repo, 'content'), env: { ZORGMERK_TODAY: today } });
		expect(build.status, build.output).toBe(0);
		// The files Decap wrote alongside in the other languages hold no words of their own yet: left out, with a note.
		for (const locale of others) expect(build.output).toContain(`${storyIn(locale)}: nog niet vertaald`);
		const html = fs.readFileSync(path.join(build.dist, urls.story(first!, 'wim-over-zijn-liesbreukoperatie-vragen-mocht'), 'index.html'), 'utf8');
		expect(html).toContain(JOURNEY.story.title);
		expect(html).toContain('Zie {hieronder}: wachten duurt &lt; 10 minuten, en &lt;script&gt;alert(1)&lt;/script&gt; blijft tekst.');
		expect(html).not.toMatch(/<script>alert/);
		expect(html).toContain(JOURNEY.story.alt);
		// Withdrawn: the quote is in no page of the site, the story included.
		const quoteWords = 'Niemand keek op de klok';
		const pages = fs.readdirSync(build.dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json)$/.test(file));
		expect(pages.filter((file) => fs.readFileSync(path.join(build.dist, file), 'utf8').includes(quoteWords))).toEqual([]);
	});
});

describe('the CMS on a phone, and an editor’s mistakes', { timeout: 240_000 }, () => {
	let server: CmsServer;
	beforeAll(async () => {
		server = await startBuiltAdmin(dist);
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
	});

	it('is workable at 390 px: no sideways scrolling, Publish in view, the preview and its consent bar below the form', async () => {
		const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Europe/Amsterdam', hasTouch: true });
		const page = await context.newPage();
		await server.connect(page);
		try {
			const editor = new Editor(page, { adminUrl: server.adminUrl });
			await logIn(editor);
			await editor.click(page.getByRole('link', { name: 'Verhalen' }));
			await editor.click(page.getByText('Thuis afscheid nemen', { exact: false }).first());
			await (await editor.field('Titel')).waitFor();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
			const publish = page.getByRole('button', { name: /^(Gepubliceerd|Publiceren)$/ }).first();
			const inView = async () => {
				const box = (await publish.boundingBox())!;
				return box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0 && box.y + box.height <= PHONE.height;
			};
			expect(await inView()).toBe(true);
			await page.locator('iframe').first().scrollIntoViewIfNeeded();
			await editor.preview().locator('.cms-notice').first().waitFor();
			expect(await inView()).toBe(true);
			await page.screenshot({ path: path.join(screenshots, 'phone-story-preview.png') });
		} finally {
			await context.close();
		}
	});

	it('runs no script but its own bundle: an inline script or one from another site put into /admin/ is refused', async () => {
		const { context, page, violations } = await editorPage(server);
		// What became of each request to another site: the browser refused it itself ("csp"), never a network error (this machine has no internet either).
		const elsewhere: string[] = [];
		const local = /^http:\/\/(127\.0\.0\.1|localhost)[:/]/;
		page.on('requestfailed', (request) => !local.test(request.url()) && elsewhere.push(`${request.url()}: ${request.failure()?.errorText}`));
		page.on('response', (response) => !local.test(response.url()) && elsewhere.push(`${response.url()}: ${response.status()}`));
		try {
			const editor = new Editor(page, { adminUrl: server.adminUrl });
			await logIn(editor);
			expect(violations).toEqual([]);
			// What an attacker's text in a field, or a well-meant CDN copy of Decap, would add to the page.
			await page.evaluate(() => {
				const inline = document.createElement('script');
				inline.textContent = 'window.ranInline = true';
				const cdn = document.createElement('script');
				cdn.src = 'https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js';
				const handler = document.createElement('img');
				handler.setAttribute('src', 'data:,');
				handler.setAttribute('onerror', 'window.ranHandler = true');
				document.body.append(inline, cdn, handler);
			});
			// Each refusal as the page reports it (the console says the same in words).
			for (const refused of [/script-src-elem blocked inline/, /script-src-elem blocked https:\/\/unpkg\.com\//, /script-src-attr blocked inline/]) {
				await expect.poll(() => violations.join('\n')).toMatch(refused);
			}
			expect(await page.evaluate(() => [(window as { ranInline?: boolean }).ranInline, (window as { ranHandler?: boolean }).ranHandler])).toEqual([undefined, undefined]);
			await expect.poll(() => elsewhere).toEqual(['https://unpkg.com/decap-cms@%5E3.0.0/dist/decap-cms.js: csp']);
		} finally {
			await context.close();
		}
	});

	it('are shown next to the field, in Dutch, and nothing is saved: consent longer than the organisation allows', async () => {
		const { context, page, problems } = await editorPage(server);
		try {
			const editor = new Editor(page, { adminUrl: server.adminUrl });
			await logIn(editor);
			await editor.click(page.getByRole('link', { name: 'Ervaringen' }));
			await editor.click(page.getByRole('link', { name: 'Nieuw: Ervaring' }));
			await editor.fill('Citaat', 'Goed geholpen, met uitleg vooraf.');
			await editor.askToPublish();
			// Every empty required field is marked, the consent block's too; no path, no "Error:".
			await page.getByText('Nog niet opgeslagen: vul eerst de gemarkeerde velden in.').waitFor();
			// Specialismen, and the consent's reference, date and expiry: its defaults alone (Website) are no consent.
			expect(await page.getByText('Vul dit in.').count()).toBeGreaterThanOrEqual(4);

			await editor.fill('Kenmerk van het toestemmingsformulier', 'TOE-2026-120');
			await editor.fill('Datum van toestemming', '20-11-2026');
			// It filled itself in with 5 years after the date of consent; the editor types another, and it stays.
			expect(await (await editor.field('Toestemming geldig tot')).inputValue()).toBe('20-11-2031');
			await editor.fill('Toestemming geldig tot', '1-1-2033');
			await editor.askToPublish();
			await page.getByText('Toestemming mag hoogstens 5 jaar gelden: kies een vervaldatum op of vóór 20 november 2031.').first().waitFor();
			await page.screenshot({ path: path.join(screenshots, 'mistake-consent-too-long.png') });
			const text = await page.locator('body').innerText();
			expect(text).not.toMatch(/Error|consent\.expiresOn|2031-11-20|\/ Consent/);
			expect(changedContent(server.repo).size).toBe(0);
			expect(problems.filter((problem) => !/page error: (undefined|Object)$/.test(problem))).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('refuses a story at an address another page already has, naming that page, and saves nothing', async () => {
		const { context, page } = await editorPage(server);
		try {
			await refusedStorySave(new Editor(page, { adminUrl: server.adminUrl }), {
				story: 'Thuis afscheid nemen',
				change: (editor) => editor.fill('Adres in deze taal (laatste deel)', 'een-dag-met-thomas'),
				refusal: 'Op /nl/verhalen/een-dag-met-thomas/ staat al het verhaal “Een dag met Thomas, verpleegkundige op de dagbehandeling”. Kies een ander adres.',
				screenshot: path.join(screenshots, 'mistake-address-taken.png'),
			});
			expect(changedContent(server.repo).size).toBe(0);
		} finally {
			await context.close();
		}
	});

	it('refuses to empty the consent of a story, asks for withdrawal instead, and saves nothing', async () => {
		const { context, page } = await editorPage(server);
		try {
			await refusedStorySave(new Editor(page, { adminUrl: server.adminUrl }), {
				story: 'Thuis afscheid nemen',
				// Made a staff story, which needs no consent, with the form's reference and dates emptied: the file would hold no
				// consent at all, and the story would be published whole (red team of the consent defaults).
				change: async (editor) => {
					await editor.choose('Soort verhaal', 'Uit het werk van een medewerker');
					for (const label of ['Kenmerk van het toestemmingsformulier', 'Datum van toestemming', 'Toestemming geldig tot']) await editor.fill(label, '');
				},
				refusal: 'De toestemming van dit item is leeggemaakt',
				screenshot: path.join(screenshots, 'mistake-consent-emptied.png'),
			});
			expect(changedContent(server.repo).size).toBe(0);
		} finally {
			await context.close();
		}
	});

	// Runs last: it publishes a testimonial in this server's copy, which the test above expects unchanged.
	it('lists a testimonial published a moment ago in a story’s chooser, without reloading the page', async () => {
		const { context, page } = await editorPage(server);
		const word = 'Zonnebloemen';
		try {
			const editor = new Editor(page, { adminUrl: server.adminUrl });
			await logIn(editor);
			const chooseTestimonial = async () => {
				await editor.click(page.getByRole('link', { name: 'Verhalen' }));
				await editor.click(page.getByRole('link', { name: 'Nieuw: Verhaal' }));
				await editor.click(page.locator('[data-slate-editor="true"]').first());
				await editor.click(page.getByRole('button', { name: 'Invoegen' }).first());
				await editor.click(page.getByText('Ervaring', { exact: true }).last());
				const chooser = await editor.field('Welke ervaring?');
				await chooser.click();
				await chooser.fill(word);
				return chooser;
			};
			// The editor looks for the quote before it is in the CMS: nothing found (and Decap keeps that answer).
			const chooser = await chooseTestimonial();
			const found = () => page.locator('[class*="option"]').filter({ hasText: word.toLowerCase() });
			// The chooser searches half a second after the last key (Decap's debounce), then lists nothing.
			await page.waitForTimeout(2_000);
			expect(await found().count()).toBe(0);
			// A search nothing matches at all says so in the editor's language: react-select's own "No options" is not a
			// Decap phrase (cms/widgets/choice-words.ts).
			await chooser.fill('Qwxqwx');
			await page.getByText(cmsText(settings.editorLanguage).choices.none, { exact: true }).waitFor();
			expect(await page.getByText('No options').count()).toBe(0);
			await page.keyboard.press('Escape');
			await editor.click(page.getByText('Terug naar Verhalen'));
			await editor.click(page.getByRole('link', { name: 'Ervaringen' }));
			await editor.click(page.getByRole('link', { name: 'Nieuw: Ervaring' }));
			await editor.fill('Citaat', `De ${word.toLowerCase()} op de kamer deden me goed.`);
			await editor.choose('Specialismen', 'Liesbreukcentrum');
			await editor.fill('Kenmerk van het toestemmingsformulier', 'TOE-2026-121');
			await editor.dateButton('Datum van toestemming', 'Vandaag');
			await editor.publish();
			await editor.click(page.getByText('Terug naar Ervaringen'));
			// The same search, in the same tab: now it finds the new testimonial.
			await chooseTestimonial();
			await found().first().waitFor({ timeout: 15_000 });
		} finally {
			await context.close();
		}
	});
});
