import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * The editor's journey in the CMS, done as a person does it: by the labels
 * and buttons they see, one click and one field at a time. Shared by the
 * journey test (tests/browser/cms.test.ts) and the benchmark
 * (scripts/bench-cms.ts), which counts what the editor does and how long the
 * interface keeps them waiting.
 */

/** What the editor did and how long the interface took, per step. */
export interface JourneyStep {
	name: string;
	/** Wall time of the step, ms: the interface's loading and saving (the robot itself neither reads nor types slowly). */
	ms: number;
	/** Every click, into fields and lists too. */
	clicks: number;
	/** Fields filled in by typing. */
	fields: number;
	/** Characters typed. */
	characters: number;
	/** Of those, the characters of texts put in fields (a quote, a title, the story): what an editor may paste instead. */
	textCharacters: number;
	/** Choices made in a list (react-select) or a switch; their clicks are counted in `clicks`. */
	choices: number;
	/** A screenshot at the end of the step, when asked for. */
	screenshot?: string;
}

export interface JourneyOptions {
	/** The address of /admin/. */
	adminUrl: string;
	/** Where to put a screenshot at the end of each step; none when undefined. */
	screenshots?: string;
	/** A prefix for screenshot names, e.g. "npm-run-cms". */
	name?: string;
}

/** A new story's words, a testimonial's, and the form they were signed on: the journey's content. */
export const JOURNEY = {
	testimonial: {
		quote: 'Ik durfde eindelijk te vragen wat ik wilde weten. Niemand keek op de klok.',
		name: 'Wim',
		detail: '67',
		reference: 'TOE-2026-118',
	},
	story: {
		title: 'Wim over zijn liesbreukoperatie: vragen mocht',
		description: 'Wim (67) vertelt hoe hij zijn vragen durfde te stellen, en hoe snel hij na zijn liesbreukoperatie weer thuis was.',
		body: 'Wim stelde zijn operatie een jaar uit. Zie {hieronder}: wachten duurt < 10 minuten, en <script>alert(1)</script> blijft tekst.',
		alt: 'Wim op een bankje in de tuin van het ziekenhuis',
		reference: 'TOE-2026-119',
	},
} as const;

export class Editor {
	readonly steps: JourneyStep[] = [];
	private current: JourneyStep | undefined;

	readonly page: Page;
	readonly options: JourneyOptions;

	constructor(page: Page, options: JourneyOptions) {
		this.page = page;
		this.options = options;
	}

	/** Runs `work` as one named step of the journey, timing it and counting what the editor did. */
	async step(name: string, work: () => Promise<void>): Promise<void> {
		const step: JourneyStep = { name, ms: 0, clicks: 0, fields: 0, characters: 0, textCharacters: 0, choices: 0 };
		this.current = step;
		const started = performance.now();
		await work();
		step.ms = Math.round(performance.now() - started);
		if (this.options.screenshots) {
			step.screenshot = path.join(this.options.screenshots, `${this.options.name ?? 'cms'}-${String(this.steps.length + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
			await this.page.screenshot({ path: step.screenshot });
		}
		this.steps.push(step);
		this.current = undefined;
	}

	private count(kind: 'clicks' | 'fields' | 'choices', characters = 0) {
		if (this.current) {
			this.current[kind] += 1;
			this.current.characters += characters;
			if (kind === 'fields') this.current.textCharacters += characters;
		}
	}

	/** Clicks what the editor sees. */
	async click(target: Locator): Promise<void> {
		await target.click();
		this.count('clicks');
	}

	/** Counts characters the editor typed outside a field helper (in the story's text). */
	typed(characters: number): void {
		this.count('fields', characters);
	}

	/** The input of the field labelled `label` (Decap shows labels in capitals; written here as in the configuration). */
	async field(label: string, within: Locator | Page = this.page): Promise<Locator> {
		const literal = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const element = within.locator('label').filter({ hasText: new RegExp(`^${literal}( \\(mag leeg blijven\\))?$`, 'i') }).first();
		await element.waitFor();
		const id = await element.getAttribute('for');
		return this.page.locator(`[id="${id}"]`);
	}

	/** Types `text` into the field labelled `label`: a click into the field, then the text. */
	async fill(label: string, text: string, within?: Locator): Promise<void> {
		const input = await this.field(label, within);
		await this.click(input);
		await input.fill(text);
		this.count('fields', text.length);
	}

	/** Picks `option` in one of Decap's choice lists (react-select): a click into it, a few letters, a click on the option. */
	async choose(label: string, option: string, within?: Locator): Promise<void> {
		const input = await this.field(label, within);
		await this.click(input);
		await input.fill(option.slice(0, 6));
		await this.click(this.page.locator('[class*="option"]').filter({ hasText: option }).first());
		this.count('choices', Math.min(option.length, 6));
	}

	/** Clicks a button of the date field labelled `label`: "Vandaag", "+5 jaar". */
	async dateButton(label: string, button: string): Promise<void> {
		const input = await this.field(label);
		await this.click(input.locator("xpath=ancestor::*[contains(concat(' ', @class, ' '), ' zm-date ')][1]").getByRole('button', { name: button, exact: true }));
	}

	/** Flips the switch labelled `label`. */
	async toggle(label: string): Promise<void> {
		await this.click(await this.field(label));
		this.count('choices');
	}

	/** Asks to publish the entry open in the editor: "Publiceren", then "Nu publiceren" (and OK on the browser's question); the check on save may still refuse it. */
	async askToPublish(): Promise<void> {
		await this.click(this.page.getByRole('button', { name: 'Publiceren', exact: true }));
		await this.click(this.page.getByText('Nu publiceren', { exact: true }));
	}

	/** Publishes the entry open in the editor, and waits until it is saved. */
	async publish(): Promise<void> {
		await this.askToPublish();
		await this.page.getByText('Alles is opgeslagen').waitFor({ timeout: 30_000 });
	}

	/** The preview beside the form, which Decap renders in a frame. */
	preview() {
		return this.page.locator('iframe').first().contentFrame();
	}
}

/** Opens the CMS and logs in (the local server has no password). */
export async function logIn(editor: Editor): Promise<void> {
	await editor.step('inloggen', async () => {
		await editor.page.goto(editor.options.adminUrl, { timeout: 120_000 });
		await editor.click(editor.page.getByRole('button', { name: 'Inloggen' }));
		await editor.page.getByRole('link', { name: 'Ervaringen' }).waitFor();
	});
}

/** A new testimonial with consent for the website, published. */
export async function publishTestimonial(editor: Editor): Promise<void> {
	const { page } = editor;
	const { quote, name, detail, reference } = JOURNEY.testimonial;
	await editor.step('nieuwe ervaring', async () => {
		await editor.click(page.getByRole('link', { name: 'Ervaringen' }));
		await editor.click(page.getByRole('link', { name: 'Nieuw: Ervaring' }));
		await (await editor.field('Citaat')).waitFor();
	});
	await editor.step('ervaring invullen', async () => {
		await editor.fill('Citaat', quote);
		await editor.fill('Naam zoals getoond', name);
		// "Rol" starts at Patiënt, "Taal van het citaat" at the site's first language (Dutch), "Gegeven op" at today.
		await editor.fill('Aanvulling', detail);
		await editor.choose('Specialismen', 'Liesbreukcentrum');
	});
	await editor.step('toestemming invullen', async () => {
		// The editor's own acts: the form's reference and the day it was signed. "Website" is ticked from the start,
		// and "geldig tot" fills itself in with the organisation's limit, 5 years after the date of consent.
		await editor.fill('Kenmerk van het toestemmingsformulier', reference);
		await editor.dateButton('Datum van toestemming', 'Vandaag');
		await editor.preview().locator('.cms-notice-ok').first().waitFor();
	});
	await editor.step('ervaring publiceren', () => editor.publish());
}

/** A new patient story with a photo uploaded from the editor's computer and the testimonial in its text, published. */
export async function writePatientStory(editor: Editor, photo: string): Promise<void> {
	const { page } = editor;
	const { title, description, body, alt, reference } = JOURNEY.story;
	await editor.step('nieuw verhaal', async () => {
		await editor.click(page.getByText('Terug naar Ervaringen'));
		await editor.click(page.getByRole('link', { name: 'Verhalen' }));
		await editor.click(page.getByRole('link', { name: 'Nieuw: Verhaal' }));
		await (await editor.field('Titel')).waitFor();
	});
	await editor.step('verhaal invullen', async () => {
		await editor.fill('Titel', title);
		await editor.fill('Korte beschrijving', description);
		// "Soort verhaal" starts at a patient's story, "Gepubliceerd op" at today.
		await editor.choose('Specialismen', 'Liesbreukcentrum');
	});
	await editor.step('foto uploaden', async () => {
		await editor.click(page.getByRole('button', { name: 'Kies een afbeelding' }));
		const chooser = page.waitForEvent('filechooser');
		await editor.click(page.getByText('Nieuwe uploaden', { exact: true }));
		await (await chooser).setFiles(photo);
		// The uploaded photo goes into the field at once (src/admin/decap-patches.ts).
		await editor.fill('Wat is er te zien? (alt-tekst)', alt);
	});
	await editor.step('toestemming invullen', async () => {
		await editor.fill('Kenmerk van het toestemmingsformulier', reference);
		await editor.dateButton('Datum van toestemming', 'Vandaag');
		// The photo shows Wim: photo consent stays the editor's own switch, never set by attaching a photo.
		await editor.toggle('Toestemming voor de foto');
	});
	await editor.step('verhaal schrijven met de ervaring erin', async () => {
		const text = page.locator('[data-slate-editor="true"]').first();
		await editor.click(text);
		// One input event for the whole text: typing it key by key costs the test a minute and the journey nothing.
		await page.keyboard.insertText(body);
		editor.typed(body.length);
		await editor.click(page.getByRole('button', { name: 'Invoegen' }).first());
		await editor.click(page.getByText('Ervaring', { exact: true }).last());
		await editor.choose('Welke ervaring?', 'Niemand keek');
		await editor.preview().getByText(JOURNEY.testimonial.quote).waitFor();
	});
	await editor.step('verhaal publiceren', () => editor.publish());
}

/** The person withdraws consent: the editor records it in the testimonial, and publishes that. */
export async function withdrawTestimonial(editor: Editor): Promise<void> {
	const { page } = editor;
	await editor.step('ervaring openen', async () => {
		await editor.click(page.getByText('Terug naar Verhalen'));
		await editor.click(page.getByRole('link', { name: 'Ervaringen' }));
		await editor.click(page.getByText(`${JOURNEY.testimonial.name} · Nederlands`));
		await (await editor.field('Toestemming ingetrokken op')).waitFor();
	});
	await editor.step('toestemming intrekken', async () => {
		await editor.dateButton('Toestemming ingetrokken op', 'Vandaag');
		await editor.preview().getByText('De toestemming is ingetrokken').waitFor();
		await editor.publish();
	});
}

/** A change to a story of the demo that the CMS's check on save must refuse, and what it must say. */
export interface RefusedStorySave {
	/** The story as it is listed under "Verhalen" (part of its title), e.g. "Thuis afscheid nemen". */
	story: string;
	/** What the editor changes in its form. */
	change: (editor: Editor) => Promise<void>;
	/** (Part of) the message the check shows, exactly as the editor reads it. */
	refusal: string;
	/** A file to save a screenshot of the refusal in; none when undefined. */
	screenshot?: string;
}

/**
 * An editor's mistake in a story, refused when saving (cms/save-check.ts): logs in, opens `story` from the list,
 * makes the change, asks to publish, and waits until the refusal is on the page. That nothing was written is for
 * the caller to check, in the repository its server edits.
 */
export async function refusedStorySave(editor: Editor, { story, change, refusal, screenshot }: RefusedStorySave): Promise<void> {
	const { page } = editor;
	await logIn(editor);
	await editor.click(page.getByRole('link', { name: 'Verhalen' }));
	await editor.click(page.getByText(story, { exact: false }).first());
	await change(editor);
	await editor.askToPublish();
	await page.getByText(refusal, { exact: false }).first().waitFor();
	if (screenshot) await page.screenshot({ path: screenshot });
}
