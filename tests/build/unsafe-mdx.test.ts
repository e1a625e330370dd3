import fs from 'node:fs';
import path from 'node:path';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../src/mdx/escape.ts';
import { buildSite, listFiles } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';

/** A Dutch story of the fixture's shape around `body`; the body starts on line 8. */
function story(title: string, body: string): string {
	return `---\ntitle: ${title}\ndescription: Een verhaal waarmee de bouw test wat er met de tekst "${title}" gebeurt.\npublishedOn: 2025-07-01\nkind: staff\nspecialties: [liesbreukcentrum]\n---\n${body}`;
}

/** JavaScript that leaves a file behind when it runs: the proof that it did. */
const leavesTrace = (file: string) => `globalThis.process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(file)},"ran")`;

describe('a build with code or HTML in a story', () => {
	let traces: Record<string, string> = {};
	const payloads = (dir: string) => {
		traces = Object.fromEntries(['export', 'expression', 'footnote', 'tabbed-export'].map((name) => [name, path.join(dir, `ran-${name}.txt`)]));
		return {
			import: 'import Danger from "../../../src/danger.ts"',
			'exit-export': 'export const stop = globalThis.process.exit(7)',
			export: `export const ran = ${leavesTrace(traces.export!)}`,
			expression: `De uitslag {${leavesTrace(traces.expression!)}}.`,
			// Harmless to a parser without GFM; a footnote with code in it to the build's compiler.
			footnote: `Tekst[^1]\n\n[^1]:{${leavesTrace(traces.footnote!)}}`,
			// A tab after "export": text to remark, JavaScript to the build's compiler.
			'tabbed-export': `export\tconst ran = ${leavesTrace(traces['tabbed-export']!)}`,
			script: '<script>alert(1)</script>',
			onerror: '<img src="x.png" onerror="alert(1)" />',
			unknown: '<UnknownThing />',
		};
	};
	let cases: Record<string, string> = {};
	const content = fixtureCopy((dir) => {
		cases = payloads(dir);
		for (const [name, body] of Object.entries(cases))
			fs.writeFileSync(path.join(dir, 'stories', 'nl', `onveilig-${name}.mdx`), story(`Onveilig ${name}`, `## Kop\n\n${body}\n`));
	});
	const build = buildSite({ name: 'unsafe-mdx', contentDir: content });

	it('stops with the content check, not with code from a story', () => {
		expect(build.status, build.output).not.toBe(0);
		expect(build.status, 'process.exit(7) in a story ran').not.toBe(7);
		expect(build.output).toContain('De inhoud heeft');
	});

	it('names every story, "body" and the line, and says what is wrong', () => {
		const expected: Record<string, RegExp> = {
			import: /een regel die begint met "import" of "export" is programmacode/,
			'exit-export': /een regel die begint met "import" of "export" is programmacode en mag niet in een verhaal \(export const stop = globalThis\.process\./,
			export: /een regel die begint met "import" of "export" is programmacode/,
			expression: /\{globalThis\.process\.getBuiltinModule\(".* is programmacode en mag niet in een verhaal\. .*\[mdx\.expression\]/,
			footnote: /voetnoten \(\[\^1\]: …\) kunnen niet in een verhaal/,
			'tabbed-export': /een regel die begint met "import" of "export" is programmacode/,
			script: /<script> is HTML of code en mag niet in een verhaal/,
			onerror: /onerror="…" in <img> is een script en mag nergens in een verhaal/,
			unknown: /<UnknownThing> is geen bouwsteen van de site/,
		};
		for (const [name, words] of Object.entries(expected)) {
			const line = name === 'footnote' ? 12 : 10;
			const report = new RegExp(`stories/nl/onveilig-${name}\\.mdx\\n(?:\\s+- .*\\n)*?\\s+- body: Regel ${line}: ${words.source}`);
			expect(build.output, name).toMatch(report);
		}
	});

	it('runs nothing a story contains', () => {
		for (const [name, trace] of Object.entries(traces)) expect(fs.existsSync(trace), `${name} ran`).toBe(false);
	});

	it('would have run it, had the story been compiled: the payloads are live', () => {
		const runtime = { Fragment: Symbol('Fragment'), jsx: () => '', jsxs: () => '' };
		for (const name of Object.keys(traces)) {
			const { default: Content } = evaluate(cases[name]!, runtime) as { default: (props: object) => unknown };
			Content({});
			expect(fs.existsSync(traces[name]!), `${name} is not a live payload`).toBe(true);
			fs.rmSync(traces[name]!);
		}
	});

	it('shows the editor no stack trace, and leaves no dist folder', () => {
		expect(build.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
		expect(fs.existsSync(build.dist)).toBe(false);
	});
});

describe('a story with every building block', () => {
	// What an editor typed in the CMS, and the blocks the CMS inserted; saved through escapeMdxText as the CMS does.
	const typed = [
		'## Wat u kunt verwachten',
		'De uitslag volgt later {zie hieronder}. Onthoud: a < b, en `{code}` blijft code.',
		'<Testimonial slug="marieke" />',
		'<Testimonial slug="verlopen" />',
		'<PullQuote quote="Ik voelde me &quot;gehoord&quot;." attribution="Peter, 58" />',
		'<CallToAction href="/nl/over-ons/" label="Maak een afspraak" />',
		'<Figure caption="De dagbehandeling op de eerste verdieping">\n\n![Een getekend landschap met een pad](../../media/hero.png)\n\n</Figure>',
		'<FactBox title="Goed om te weten">\n\n- Neem {alle} medicijnen mee.\n- **Nuchter** blijven vanaf middernacht.\n\n</FactBox>',
	].join('\n\n');
	const content = fixtureCopy((dir) => {
		fs.writeFileSync(path.join(dir, 'stories', 'nl', 'bouwstenen.mdx'), story('Alle bouwstenen', escapeMdxText(typed)));
		fs.writeFileSync(
			path.join(dir, 'stories', 'en', 'bouwstenen.mdx'),
			story('Every building block', escapeMdxText('Marieke says:\n\n<Testimonial slug="marieke" />\n')),
		);
	});
	// Marieke's consent runs until 2028; the testimonial "verlopen" expired in 2024.
	const build = buildSite({ name: 'story-blocks', contentDir: content, env: { ZORGMERK_TODAY: '2026-06-15' } });
	const page = (file: string) => fs.readFileSync(path.join(build.dist, file), 'utf8');
	// The story's text: up to the credits or, without them, what comes after the story (conversation and sharing).
	const storyBody = (file: string) => /<div class="zm-prose body"[^>]*>([\s\S]*?)<\/div><(?:dl|div) class="(?:credits|after-story)"/.exec(page(file))?.[1] ?? '';

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('shows braces and angle brackets as typed', () => {
		const body = storyBody('nl/verhalen/bouwstenen/index.html');
		expect(body).toContain('De uitslag volgt later {zie hieronder}. Onthoud: a &lt; b, en <code>{code}</code> blijft code.');
		expect(body).toContain('<li>Neem {alle} medicijnen mee.</li>');
	});

	it('renders the pull quote, the call to action, the figure and the fact box', () => {
		const body = storyBody('nl/verhalen/bouwstenen/index.html');
		expect(body).toMatch(
			/<figure class="zm-pull-quote"[^>]*><blockquote[^>]*><p[^>]*>Ik voelde me &quot;gehoord&quot;\.<\/p><\/blockquote><figcaption[^>]*>Peter, 58<\/figcaption>/,
		);
		expect(body).toMatch(/<a class="zm-button zm-call-to-action" href="\/nl\/over-ons\/"[^>]*>Maak een afspraak<\/a>/);
		expect(body).toMatch(/<aside class="zm-fact-box" aria-label="Goed om te weten"[^>]*><p class="title"[^>]*>Goed om te weten<\/p><ul>/);
		const figure = /<figure class="zm-figure"[^>]*>([\s\S]*?)<\/figure>/.exec(body)?.[1] ?? '';
		// Made like a hero (issue 19, case 7): AVIF and WebP sources, a PNG fallback of its own size.
		expect(figure).toMatch(/<picture[^>]*><source srcset="\/_astro\/hero\.[^"]+\.avif \d+w[^"]*" type="image\/avif"[\s\S]*<img src="\/_astro\/hero\.[\w-]+\.png"[^>]* alt="Een getekend landschap met een pad"[^>]* width="\d+" height="\d+"/);
		expect(figure).toMatch(/<figcaption[^>]*>De dagbehandeling op de eerste verdieping<\/figcaption>/);
		expect(body).not.toContain('media/hero.png');
	});

	it('shows a testimonial with valid consent, on a page in another language whole in its own and marked so, and leaves out one whose consent expired', () => {
		const nl = storyBody('nl/verhalen/bouwstenen/index.html');
		expect(nl).toMatch(/<blockquote lang="nl"[^>]*><p[^>]*>Binnen een week stond ik weer op de tennisbaan\.<\/p>[\s\S]*, patiënt, 54, Gent/);
		expect(nl).not.toContain('other-language');
		// The English story shows the Dutch testimonial as the listings do: in Dutch, with lang and a tag in English.
		expect(storyBody('en/stories/bouwstenen/index.html')).toMatch(
			/<div lang="nl" class="other-language[^>]*><p class="language-tag" lang="en"[^>]*>In Dutch<\/p>[\s\S]*<blockquote lang="nl"[^>]*><p[^>]*>Binnen een week stond ik weer op de tennisbaan\.[\s\S]*, patiënt, 54, Gent/,
		);
		const expired = 'Deze ervaring is verlopen';
		expect(listFiles(build.dist).filter((file) => fs.readFileSync(path.join(build.dist, file), 'latin1').includes(expired))).toEqual([]);
		expect(nl).not.toContain('verlopen');
	});
});
