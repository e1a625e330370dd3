import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { isAllowedLink } from '../../src/mdx/allowed.ts';
import { compilerViewProblems, markdownProblems } from '../../src/mdx/compiler-view.ts';
import { inspectMdx, mdxProblems } from '../../src/mdx/safety.ts';
import { useEditorLanguage } from '../../src/messages/index.ts';
import { parseSettings, settings as demoSettings } from '../../src/settings/index.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { fixtureCopy } from '../support/fixtures.ts';

/** Two lines of ordinary text first, so every case below is on line 3. */
const onLine3 = (mdx: string) => `Gewone tekst.\n\n${mdx}\n`;

/** Each unsafe case, and words its message must contain. */
const UNSAFE: [string, string, RegExp][] = [
	['an import', 'import Danger from "../../src/danger.ts"', /"import" of "export" is programmacode/],
	[
		'an export',
		'export const x = globalThis.process.exit(7)',
		/"import" of "export" is programmacode en mag niet in een verhaal \(export const x = globalThis/,
	],
	['an export that is not even JavaScript', 'export van hulpmiddelen', /"import" of "export" is programmacode/],
	['an expression', 'Zie {globalThis.__ran = true} hieronder', /\{globalThis.__ran = true\} is programmacode .* schrijf dan \\\{ en \\\}/],
	['a comment in braces', '{/* verborgen */}', /\{\/\* verborgen \*\/\} is programmacode/],
	['a brace that is never closed', 'Zie {hieronder', /een \{ zonder bijpassende \}/],
	['braces around words', 'Zie {de tabel hieronder}', /tekst tussen \{ en \} is programmacode/],
	['a script', '<script>alert(1)</script>', /<script> is HTML of code/],
	['a div', '<div>tekst</div>', /<div> is HTML of code/],
	['an iframe', '<iframe src="https://evil.example" />', /<iframe> is HTML of code/],
	['a line break in HTML', 'regel<br>', /<br> is HTML of code/],
	['an HTML comment', '<!-- verborgen -->', /een HTML-opmerking \(<!-- … -->\) kan niet/],
	['a lone <', 'x <= y', /na het teken < verwacht de site een bouwsteen/],
	['an autolink', '<https://example.org>', /na het teken < verwacht de site een bouwsteen/],
	['an event handler', '<img src="x.png" onerror="alert(1)" />', /onerror="…" in <img> is een script/],
	['an event handler on a building block', '<PullQuote quote="Hallo" onClick="alert(1)" />', /onClick="…" in <PullQuote> is een script/],
	['an attribute value that is an expression', '<PullQuote quote={window.name} />', /quote=\{…\} in <PullQuote> is programmacode; schrijf de waarde als tekst/],
	['spread attributes', '<Testimonial slug="marieke" {...props} />', /\{...props\} in <Testimonial> is programmacode/],
	[
		'an unknown component',
		'<UnknownThing />',
		/<UnknownThing> is geen bouwsteen van de site\. Gebruik alleen: Testimonial, PullQuote, CallToAction, Figure, FactBox/,
	],
	['a block in lower case', '<pullquote quote="Hallo" />', /Bedoelt u <PullQuote>\? Let op de hoofdletters/],
	['a fragment', '<>tekst</>', /<> is HTML of code/],
	['a missing required attribute', '<CallToAction label="Maak een afspraak" />', /<CallToAction> mist href="…"/],
	['an empty required attribute', '<Testimonial slug="" />', /vul slug="…" in <Testimonial> in/],
	['an attribute without a value', '<Testimonial slug />', /geef slug in <Testimonial> een waarde/],
	['an unknown attribute', '<PullQuote quote="Hallo" author="Peter" />', /<PullQuote> kent geen "author"; wel: quote, attribution/],
	[
		'a javascript: link in a call to action',
		'<CallToAction href="javascript:alert(1)" label="Klik" />',
		/de link "javascript:alert\(1\)" in <CallToAction> kan niet/,
	],
	['a data: link in a call to action', '<CallToAction href="data:text/html,<script>alert(1)</script>" label="Klik" />', /de link "data:text\/html/],
	[
		'an http: link in a call to action',
		'<CallToAction href="http://example.org" label="Klik" />',
		/de link "http:\/\/example.org" in <CallToAction> kan niet: begin met \/ .*https:\/\//,
	],
	[
		'a protocol-relative link in a call to action',
		'<CallToAction href="//evil.example/" label="Klik" />',
		/de link "\/\/evil.example\/" in <CallToAction> kan niet/,
	],
	['a javascript: link in Markdown', '[klik hier](javascript:alert(1))', /de link "javascript:alert\(1\)" kan niet/],
	['a JavaScript: link with capitals', '[klik hier](JavaScript:alert(1))', /de link "JavaScript:alert\(1\)" kan niet/],
	['a block inside a sentence', 'Zie <Testimonial slug="marieke" /> hier.', /zet <Testimonial> op een eigen regel/],
	['content in a self-closing block', '<PullQuote quote="Hallo">\n\nMeer tekst\n\n</PullQuote>', /<PullQuote> heeft geen inhoud/],
	['a figure without a picture', '<Figure caption="Onderschrift">\n\nGeen foto\n\n</Figure>', /in <Figure> hoort een foto/],
	['a block that is not closed', '<FactBox title="Goed om te weten">\n\n- tekst', /<FactBox> wordt niet afgesloten/],
	['a closing tag without an opening one', '</FactBox>', /een afsluitende tag <\/…> past niet/],
	['a footnote hiding code', '[^1]:{globalThis.__ran=true}', /voetnoten \(\[\^1\]: …\) kunnen niet/],
];

/** Each building block as the CMS writes it, and a story with all of them. */
const ALLOWED: [string, string][] = [
	['a testimonial', '<Testimonial slug="marieke" />'],
	['a pull quote', '<PullQuote quote="Ik voelde me gehoord." attribution="Peter, 58" />'],
	['a pull quote without attribution', '<PullQuote quote="Ik voelde me &quot;gehoord&quot; &amp; gezien." />'],
	['a call to action to a page', '<CallToAction href="/nl/contact/" label="Maak een afspraak" />'],
	[
		'a call to action to a website, an e-mail address and a phone number',
		'<CallToAction href="https://example.org/" label="Lees verder" />\n\n<CallToAction href="mailto:info@example.org" label="Mail ons" />\n\n<CallToAction href="tel:+31885550900" label="Bel ons" />',
	],
	['a figure', '<Figure caption="De dagbehandeling op de eerste verdieping">\n\n![Beschrijving van de foto](../../media/dagbehandeling-gang.jpg)\n\n</Figure>'],
	['a fact box', '<FactBox title="Goed om te weten">\n\n- Markdown content: paragraphs, **lists**, [links](https://example.org).\n\n</FactBox>'],
	['braces and angle brackets in attribute values', '<PullQuote quote="Een {accolade} en a < b" />'],
	['escaped braces and angle brackets', 'Zie \\{hieronder\\}: a \\< b.'],
	['code', 'Typ `{naam}` of `<Enter>`:\n\n```\n{ "a": 1 } <b>\n```'],
	[
		'ordinary Markdown',
		'## Kop\n\nTekst met **vet**, _schuin_, een [link](/nl/contact/), [mail](mailto:a@example.org) en een ![foto](../../media/x.jpg).\n\n- een\n- lijst\n\n> Een citaat.',
	],
];

// Messages in the demo's editor language (Dutch), as the demo's editors read them.
beforeEach(() => useEditorLanguage(demoSettings.editorLanguage));

describe('mdxProblems', () => {
	for (const [name, mdx, words] of UNSAFE) {
		it(`refuses ${name}, naming the line and the message’s code, without a file name`, () => {
			const problems = mdxProblems(onLine3(mdx));
			expect(problems.length).toBeGreaterThan(0);
			expect(problems.join('\n')).toMatch(words);
			for (const problem of problems) {
				expect(problem).toMatch(/^Regel 3: .+ \[[a-z][\w.]+\]$/);
				expect(problem).not.toMatch(/\.mdx|content\/|\n/);
			}
		});
	}

	for (const [name, mdx] of ALLOWED) {
		it(`accepts ${name}`, () => {
			expect(mdxProblems(onLine3(mdx))).toEqual([]);
		});
	}

	it('explains a JavaScript expression and what to write instead', () => {
		expect(mdxProblems('De uitslag {zie hieronder}.')).toMatchInlineSnapshot(`
			[
			  "Regel 1: tekst tussen { en } is programmacode en mag niet in een verhaal. Bedoelt u gewone accolades, schrijf dan \\{ en \\} (de CMS doet dat bij het opslaan voor u). [mdx.expression]",
			]
		`);
	});

	it('reports every problem at once, each on its own line', () => {
		expect(mdxProblems('<UnknownThing />\n\n<PullQuote />\n\n<img onerror="x" />').map((problem) => problem.slice(0, 8))).toEqual([
			'Regel 1:',
			'Regel 3:',
			'Regel 5:',
			'Regel 5:',
		]);
	});

	it('counts lines from the first line of the body in the file', () => {
		expect(mdxProblems('\n{x}', { firstLine: 9 })[0]).toMatch(/^Regel 10: .* \[mdx\.expression\]$/);
		expect(mdxProblems('<br>', { firstLine: 9 })[0]).toMatch(/^Regel 9: /);
	});

	it('lists the testimonials and every picture a story names, for the content check to resolve', () => {
		const { testimonials, images } = inspectMdx('<Testimonial slug="marieke" />\n\n![a](../../media/a.jpg) ![b](https://example.org/b.jpg) ![c](/logo.svg)', {
			firstLine: 5,
		});
		expect(testimonials).toEqual([{ value: 'marieke', line: 5 }]);
		expect(images).toEqual([
			{ value: '../../media/a.jpg', line: 7 },
			{ value: 'https://example.org/b.jpg', line: 7 },
			{ value: '/logo.svg', line: 7 },
		]);
	});
});

describe('the check as the build’s compiler reads the text', () => {
	it('catches what remark without GFM reads as harmless: a footnote with code, and a tab after export', () => {
		const footnote = 'Tekst[^1]\n\n[^1]:{globalThis.__ran=true}';
		expect(compilerViewProblems(footnote).join('\n')).toMatch(/^Regel 3: voetnoten .*\nRegel 3: \{globalThis.__ran=true\} is programmacode/);
		expect(mdxProblems(footnote).join('\n')).toMatch(/^Regel 3: voetnoten/);

		const tabbedExport = 'export\tconst x = globalThis.process.exit(7)';
		expect(mdxProblems(tabbedExport)).toEqual([]);
		expect(compilerViewProblems(tabbedExport)).toEqual([expect.stringMatching(/^Regel 1: een regel die begint met "import" of "export" is programmacode/)]);
	});

	it('refuses every unsafe case too, and accepts every building block', () => {
		for (const [, mdx] of UNSAFE.filter(([name]) => !name.includes('closing tag without'))) expect(compilerViewProblems(onLine3(mdx)), mdx).not.toEqual([]);
		for (const [, mdx] of ALLOWED) expect(compilerViewProblems(onLine3(mdx)), mdx).toEqual([]);
	});
});

describe('isAllowedLink', () => {
	it.each(['/', '/nl/contact/', 'https://example.org/', 'mailto:info@example.org', 'tel:+31885550900', 'HTTPS://EXAMPLE.ORG'])('allows %s', (href) => {
		expect(isAllowedLink(href)).toBe(true);
	});
	it.each([
		'javascript:alert(1)',
		' javascript:alert(1)',
		'data:text/html,x',
		'http://example.org',
		'//evil.example',
		'/\\evil.example',
		'https://',
		'tel:',
		'vbscript:x',
		'nl/contact/',
		'/nl/\ncontact/',
		'',
	])('refuses %j', (href) => {
		expect(isAllowedLink(href)).toBe(false);
	});
});

describe('the content check on stories', () => {
	/** Problems of a fixture copy with one extra Dutch story, with the temporary folder left out. */
	function problemsWithStory(body: string): string[] {
		const dir = fixtureCopy((copy) =>
			fs.writeFileSync(
				path.join(copy, 'stories', 'nl', 'x.mdx'),
				`---\ntitle: X\ndescription: Een verhaal om de controle van de tekst van een verhaal mee te testen.\npublishedOn: 2025-07-01\nkind: staff\nspecialties: [liesbreukcentrum]\n---\n${body}`,
			),
		);
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const shown = path.relative(process.cwd(), dir).split(path.sep).join('/');
		return checkContent(dir, settings).errors.flatMap((error) => error.problems.map((problem) => `${error.file}: ${problem}`.replaceAll(`${shown}/`, '')));
	}

	it('names the file, "body" and the line in the file', () => {
		expect(problemsWithStory('## Kop\n\nTekst {x}.\n')).toEqual([
			expect.stringMatching(/^stories\/nl\/x\.mdx: body: Regel 10: \{x\} is programmacode .* \[mdx\.expression\]$/),
		]);
	});

	it('accepts every building block, and names a testimonial or picture that does not exist', () => {
		expect(
			problemsWithStory('<Testimonial slug="marieke" />\n\n<Figure caption="Onderschrift">\n\n![Een landschap](../../media/hero.png)\n\n</Figure>\n'),
		).toEqual([]);
		expect(
			problemsWithStory('<Testimonial slug="mariek" />\n\n<Testimonial slug="../team/nl/anna-jansen" />\n\n![Een landschap](../../media/weg.png)\n'),
		).toEqual([
			'stories/nl/x.mdx: body: Regel 8: "mariek" bestaat niet: testimonials/mariek.md ontbreekt [reference.missing]',
			'stories/nl/x.mdx: body: Regel 10: "../team/nl/anna-jansen" bestaat niet: team/nl/anna-jansen.md ontbreekt [reference.missing]',
			'stories/nl/x.mdx: body: Regel 12: afbeelding niet gevonden: "../../media/weg.png" (content/media/weg.png bestaat niet). [pictureRef.notFound]',
		]);
	});

	it('accepts a pull quote in another language of the site, and refuses one the site is not published in', () => {
		expect(problemsWithStory('<PullQuote quote="I felt heard." attribution="Peter, 58" lang="en" />\n')).toEqual([]);
		expect(problemsWithStory('<PullQuote quote="Ich fühlte mich gehört." lang="de" />\n\n<PullQuote quote="Me sentí escuchada." lang="es" />\n\n<PullQuote quote="Hallo." lang="" />\n')).toEqual([
			'stories/nl/x.mdx: body: Regel 8: "de" is geen taal van deze site (nl, en) [language.notPublished]',
			'stories/nl/x.mdx: body: Regel 10: "es" is geen taal van deze site (nl, en) [language.notPublished]',
			'stories/nl/x.mdx: body: Regel 12: "" is geen taal van deze site (nl, en) [language.notPublished]',
		]);
	});
});

describe('markdownProblems: plain Markdown bodies (pages, specialties, team, locations)', () => {
	it.each([
		['<script>alert(1)</script>', /Regel 3: "<script>alert\(1\)<\/script>" is HTML-code/],
		['Tekst met <img src=x onerror="alert(1)"> erin.', /Regel 3: "<img src=x onerror="alert\(1\)">" is HTML-code/],
		['<iframe src="https://example.org/"></iframe>', /Regel 3: .*iframe.* is HTML-code/],
		['[Klik](javascript:alert(1))', /Regel 3: de link "javascript:alert\(1\)" kan niet/],
		['![Foto](data:image/svg+xml;base64,PHN2Zz4=)', /Regel 3: de link "data:image\/svg/],
		['[mail]: vbscript:msgbox', /Regel 3: de link "vbscript:msgbox" kan niet/],
	])('refuses %j, naming the line and the message’s code', (markdown, message) => {
		const problems = markdownProblems(onLine3(markdown));
		expect(problems).toEqual([expect.stringMatching(message)]);
		expect(problems[0]).toMatch(/ \[mdx\.(html|link)\]$/);
	});

	it('accepts ordinary Markdown, safe links and a literal < or {', () => {
		expect(markdownProblems(onLine3('## Kop\n\n- Bel [0885550900](tel:0885550900) of mail [ons](mailto:info@example.org).\n- Zie [contact](/nl/contact/) en a \\< b, {zo}.\n\n![Kaart](../../media/kaart.png)'))).toEqual([]);
	});

	it('stops the build on HTML in a page, naming the file, "body" and the line', () => {
		const dir = fixtureCopy((copy) => {
			const about = fs.readdirSync(path.join(copy, 'pages', 'nl')).find((file) => file.endsWith('.md'))!;
			fs.appendFileSync(path.join(copy, 'pages', 'nl', about), '\n<script>alert(1)</script>\n');
		});
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const problems = checkContent(dir, settings).errors.flatMap((error) => error.problems.map((problem) => `${error.file}: ${problem}`));
		expect(problems).toEqual([expect.stringMatching(/pages\/nl\/[\w-]+\.md: body: Regel \d+: "<script>alert\(1\)<\/script>" is HTML-code/)]);
	});
});
