import { describe, expect, it } from 'vitest';
import { compilerViewProblems, markdownProblems } from '../../src/mdx/compiler-view.ts';
import { mdxProblems } from '../../src/mdx/safety.ts';
import { readContentFile, readYamlFile } from '../../src/validation/front-matter.ts';
import { internalMarkerIn } from '../../src/validation/internal-markers.ts';

/**
 * Astro's and Vite's own markers written by an editor (red-team findings 01,
 * 09, 11): refused wherever content holds text, as written and as decoded.
 */

describe('an internal marker of Astro or Vite', () => {
	it.each([
		['__ASTRO_IMAGE_./hulp.png', '__ASTRO_IMAGE_./hulp.png'],
		['zie __ASTRO_IMAGE_="x" hier', '__ASTRO_IMAGE_='],
		['__astro_image_./x.png', '__astro_image_./x.png'],
		['__ASTRO_ASSET_IMAGE__abc__', '__ASTRO_ASSET_IMAGE__abc__'],
		['@@ASTRO-LINKS@@', '@@ASTRO-LINKS@@'],
		['@@ASTRO_MANIFEST_REPLACE@@', '@@ASTRO_MANIFEST_REPLACE@@'],
		['__VITE_ASSET__abc__', '__VITE_ASSET__abc__'],
		['import.meta.ROLLDOWN_FILE_URL_abc', 'ROLLDOWN_FILE_URL_abc'],
		['__ASTRO_IMAGE_../../../../../../../../elders/een-heel-lange-naam.png', '__ASTRO_IMAGE_../../../../../../../../e…'],
	])('is found in %j', (text, written) => {
		expect(internalMarkerIn(text)).toBe(written);
	});

	it.each(['Astro en Vite', '__init__', 'ASTRO_IMAGE', '_ASTRO_IMAGE_', '@@', 'VITE_ASSET', 'een mail aan a@astro.example'])('is not found in %j', (text) => {
		expect(internalMarkerIn(text)).toBeUndefined();
	});
});

describe('front matter and settings refuse internal markers in every string, key and depth', () => {
	const problems = (yaml: string) => readContentFile(`---\n${yaml}\n---\nTekst.\n`).problems;

	it('in a plain text field, naming the field, the line and what was written', () => {
		expect(problems('quote: Hallo\nauthor:\n  detail: "__ASTRO_IMAGE_./hulp.png"')).toEqual([
			'author.detail: line 4: "__ASTRO_IMAGE_./hulp.png" starts with a marker the site\'s build uses itself (for pictures and code); it may not appear in content. Remove it. [content.internalMarker]',
		]);
	});

	it.each([
		['in a list', 'credentials: [Chirurg, "__ASTRO_IMAGE_../../../elders/geheim.png"]', /^credentials\[1\]: line 2: "__ASTRO_IMAGE_\.\.\/\.\.\/\.\.\/elders\/geheim\.png"/],
		['deep inside', 'a:\n  b:\n    - c:\n        d: __ASTRO_IMAGE_./x.png', /^a\.b\[0\]\.c\.d: line 5:/],
		['written with YAML escapes', 'quote: "\\x5F_ASTRO_IMAGE_./x.png"', /^quote: line 2: "__ASTRO_IMAGE_\.\/x\.png"/],
		['as a block of text', 'quote: |\n  Een zin.\n  __ASTRO_IMAGE_./x.png', /^quote: line 2: "__ASTRO_IMAGE_\.\/x\.png"/],
		['in a key', '"__ASTRO_IMAGE_./x.png": 1', /^__ASTRO_IMAGE_\.\/x\.png: .*"__ASTRO_IMAGE_\.\/x\.png" starts with a marker/],
		['Vite’s', 'title: "__VITE_ASSET__abc__"', /^title: line 2: "__VITE_ASSET__abc__"/],
	])('%s', (_, yaml, expected) => {
		expect(problems(yaml)).toContainEqual(expect.stringMatching(expected));
	});

	it('in the settings', () => {
		expect(readYamlFile('organisation:\n  name: "@@ASTRO-LINKS@@"\n').problems).toEqual([expect.stringMatching(/^organisation\.name: line 2: "@@ASTRO-LINKS@@" starts with a marker.* \[content\.internalMarker\]$/)]);
	});
});

describe('bodies refuse internal markers, as written and as the renderer decodes them', () => {
	const marker = /starts with a marker the site's build uses itself.* \[content\.internalMarker\]$/;
	it.each([
		['a code span (finding 09)', 'Zo ziet een programmeur dat: `__ASTRO_IMAGE_="x"`.'],
		['plain text', '__ASTRO_IMAGE_="{}"'],
		['backslash escapes', '\\_\\_ASTRO\\_IMAGE\\_=\\"x\\"'],
		['character references', '&#95;&#95;ASTRO&#95;IMAGE&#95;=&quot;x&quot;'],
		['a link address', '[klik](__ASTRO_IMAGE_x.png)'],
		['a link title', '[klik](/nl/ "__ASTRO_IMAGE_")'],
		['a code block', '```\n__VITE_ASSET__abc__\n```'],
	])('in a .md body: %s', (_, body) => {
		const problems = markdownProblems(`Gewone tekst.\n\n${body}\n`);
		expect(problems).toContainEqual(expect.stringMatching(marker));
		expect(problems.find((problem) => marker.test(problem))).toMatch(/^Line 3: /);
	});

	it.each([
		['text', 'Een zin met __ASTRO_IMAGE_./x.png erin.'],
		['a building block’s attribute', '<PullQuote quote="__ASTRO_IMAGE_./x.png" />'],
		['a picture’s alt text', '![__ASTRO_IMAGE_](../../media/x.jpg)'],
	])('in a story: %s, for the CMS’s check and the compiler’s', (_, body) => {
		for (const problems of [mdxProblems(`Gewone tekst.\n\n${body}\n`), compilerViewProblems(`Gewone tekst.\n\n${body}\n`)]) {
			expect(problems).toContainEqual(expect.stringMatching(/^Line 3: .*starts with a marker the site's build/));
		}
	});

	it('once per line, also where the text cannot be parsed', () => {
		expect(mdxProblems('__ASTRO_IMAGE_ en __VITE_ASSET__ {\n').filter((problem) => marker.test(problem))).toHaveLength(1);
	});

	it('leaves alone text that only resembles one', () => {
		expect(markdownProblems('Astro en Vite maken de site; `__init__` is Python.\n')).toEqual([]);
	});
});
