/**
 * `npm run bench:cms`: the editor's journey in the CMS (issue 20), measured.
 *
 * Runs the journey of tests/support/cms-journey.ts through `npm run cms` on a
 * copy of the demo's content, in Chromium at 1280×900: log in, publish a
 * testimonial with consent, write a patient story with an uploaded photo and
 * the testimonial in its text, publish it, withdraw the testimonial. Prints,
 * per step and in total, what the editor does (clicks, fields, characters,
 * choices) and how long the interface keeps them waiting, and an estimate of
 * the editor's own time by the keystroke-level model. Screenshots of every
 * step go to test-results/screenshots/bench-cms/, the figures to
 * test-results/bench-cms.json.
 *
 *   npm run bench:cms                 # once
 *   npm run bench:cms -- --runs 3     # the median of three runs per step
 *
 * Not a test: it fails only when the journey cannot be done. Times depend on
 * the machine and what else runs on it; run it on an idle one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { Editor, logIn, publishTestimonial, withdrawTestimonial, writePatientStory, type JourneyStep } from '../tests/support/cms-journey.ts';
import { startNpmRunCms } from '../tests/support/cms-servers.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });
const runs = Math.max(1, Number(args.runs) || 1);
const screenshots = path.join(root, 'test-results', 'screenshots', 'bench-cms');
fs.mkdirSync(screenshots, { recursive: true });

/**
 * The keystroke-level model (Card, Moran & Newell, "The Psychology of
 * Human-Computer Interaction", 1983; times as Kieras, "Using the
 * Keystroke-Level Model", 2001): pointing and clicking 1.1 + 0.1 s, a
 * keystroke of an average typist 0.28 s, moving hands between mouse and
 * keyboard 0.4 s, and 1.35 s to think before each click and each text.
 */
const KLM = { click: 1.2, keystroke: 0.28, home: 0.4, think: 1.35 };

/**
 * The editor's own seconds for a step: thinking and pointing per act, and typing per character, or, when the
 * texts were written beforehand (the quote from the interview, the story in a document), pasting (Ctrl+V: two keystrokes) per field.
 */
function ownSeconds(step: JourneyStep, { pasted = false } = {}): number {
	// Every click is pointed at and made; the editor thinks once before each click and each text; hands move to the keyboard for each text or search.
	const typing = pasted ? step.fields * 2 * KLM.keystroke + (step.characters - step.textCharacters) * KLM.keystroke : step.characters * KLM.keystroke;
	return (step.clicks + step.fields) * KLM.think + step.clicks * KLM.click + (step.fields + step.choices) * KLM.home + typing;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const results: JourneyStep[][] = [];
for (let run = 1; run <= runs; run += 1) {
	const server = await startNpmRunCms();
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Amsterdam' });
		const page = await context.newPage();
		page.on('dialog', (dialog) => void dialog.accept());
		const editor = new Editor(page, { adminUrl: server.adminUrl, screenshots: run === runs ? screenshots : undefined, name: 'journey' });
		await logIn(editor);
		await publishTestimonial(editor);
		await writePatientStory(editor, path.join(root, 'tests', 'fixtures', 'photos', 'telefoonfoto-met-gps.jpg'));
		await withdrawTestimonial(editor);
		results.push(editor.steps);
		console.error(`run ${run}: ${(editor.steps.reduce((sum, step) => sum + step.ms, 0) / 1000).toFixed(1)} s of interface time`);
	} finally {
		await browser.close();
		await server.stop();
	}
}

const steps = results[0]!.map((step, index) => ({ ...step, ms: median(results.map((run) => run[index]!.ms)) }));
const total = steps.reduce(
	(sum, step) => ({
		ms: sum.ms + step.ms,
		clicks: sum.clicks + step.clicks,
		fields: sum.fields + step.fields,
		characters: sum.characters + step.characters,
		choices: sum.choices + step.choices,
		own: sum.own + ownSeconds(step),
		ownPasted: sum.ownPasted + ownSeconds(step, { pasted: true }),
	}),
	{ ms: 0, clicks: 0, fields: 0, characters: 0, choices: 0, own: 0, ownPasted: 0 },
);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(
	[
		`The editor's journey through npm run cms, ${runs === 1 ? 'one run' : `median of ${runs} runs`}, ${new Date().toISOString().slice(0, 10)}`,
		'',
		row(['step', 'interface s', 'clicks', 'fields typed', 'characters', 'choices', "editor's own s (KLM)"]),
		row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
		...steps.map((step) => row([step.name, seconds(step.ms), step.clicks, step.fields, step.characters, step.choices, ownSeconds(step).toFixed(0)])),
		row(['**total**', `**${seconds(total.ms)}**`, `**${total.clicks}**`, `**${total.fields}**`, `**${total.characters}**`, `**${total.choices}**`, `**${total.own.toFixed(0)}**`]),
		'',
		`Editor's own time (keystroke-level model), typing every text: ${Math.round(total.own)} s; with the quote and the story's text written beforehand and pasted: ${Math.round(total.ownPasted)} s.`,
		`With the interface's ${seconds(total.ms)} s: ${((total.own + total.ms / 1000) / 60).toFixed(1)} minutes typing, ${((total.ownPasted + total.ms / 1000) / 60).toFixed(1)} minutes pasting.`,
		`Screenshots: ${path.relative(root, screenshots)}/`,
	].join('\n'),
);
fs.writeFileSync(path.join(root, 'test-results', 'bench-cms.json'), JSON.stringify({ runs, steps, total, klm: KLM }, null, '\t'));
