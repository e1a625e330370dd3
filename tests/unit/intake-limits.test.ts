import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settings as demoSettings } from '../../src/settings/index.ts';
import { CheckCache } from '../../src/validation/check-cache.ts';
import { checkEntryFile } from '../../src/validation/check-content.ts';
import { MAX_CONTENT_FILE_BYTES } from '../../src/validation/content-files.ts';
import { readContentFile } from '../../src/validation/front-matter.ts';
import { basicFixture } from '../support/fixtures.ts';

/**
 * Content made to hang or crash the check (red-team findings 02, 03, 07, 08):
 * each is refused with a message naming the file's line, at once. No test
 * here times anything: an input that hangs makes the test time out.
 */

const story = fs.readFileSync(path.join(basicFixture, 'stories', 'nl', 'herstel-na-een-liesbreuk.mdx'), 'utf8');
/** The fixture's story with lines added to its front matter, after the title. */
const withFrontMatter = (lines: string) => story.replace(/^(---\ntitle: [^\n]*\n)/, `$1${lines}\n`);

describe('YAML references cannot make the check walk data for ever or in circles', () => {
	it('a list that holds itself (finding 02): the references named, no data handed on', () => {
		const read = readContentFile(withFrontMatter('extra: &a [*a]'));
		expect(read.problems).toEqual([
			'extra: regel 3: verwijzingen in YAML (&naam, *naam, <<) kunnen niet; schrijf de waarde voluit. [yaml.reference]',
		]);
		expect(read.data).toEqual({});
	});

	it('ten lines that stand for 10^10 values (finding 03, "billion laughs"): one problem per line', () => {
		const letters = 'bcdefghij'.split('');
		const laughs = ['extra:', '  a: &a [x,x,x,x,x,x,x,x,x,x]', ...letters.map((letter, index) => `  ${letter}: &${letter} [${Array(10).fill(`*${index === 0 ? 'a' : letters[index - 1]}`).join(',')}]`)].join('\n');
		const read = readContentFile(withFrontMatter(laughs));
		expect(read.data).toEqual({});
		expect(read.problems.map((problem) => problem.split(':')[0])).toEqual(['extra.a', ...letters.map((letter) => `extra.${letter}`)]);
		expect(read.problems[0]).toMatch(/^extra\.a: regel 4: verwijzingen in YAML/);
	});

	it('and the whole check of such a file, with a valid picture in it, ends with those problems', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-limits-'));
		fs.cpSync(basicFixture, dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'stories', 'nl', 'herstel-na-een-liesbreuk.mdx'), withFrontMatter('extra: &a [*a]\nmeer: &b [*b, *b, *b]'));
		const files = new Set(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/')));
		const check = checkEntryFile({ contentDir: dir, settings: demoSettings, files, cache: new CheckCache() }, 'stories', 'stories/nl/herstel-na-een-liesbreuk.mdx', 'nl');
		expect(check.entry).toBeUndefined();
		expect(check.problems.every((problem) => problem.includes('verwijzingen in YAML'))).toBe(true);
	});
});

describe('nesting deep enough to overflow a parser', () => {
	it.each([
		['flow lists', `extra: ${'['.repeat(20_000)}${']'.repeat(20_000)}`],
		['flow maps', `extra: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`],
	])('in front matter, %s: named, not a crash', (_, line) => {
		const read = readContentFile(withFrontMatter(line));
		expect(read.data).toEqual({});
		expect(read.problems).toEqual([expect.stringMatching(/te diep genest .* \[yaml\.nestedTooDeeply\]$/)]);
	});
});

describe('a content file larger than the limit', () => {
	it('is not read, and says its size and the limit', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-limits-'));
		fs.cpSync(basicFixture, dir, { recursive: true });
		const file = path.join(dir, 'stories', 'nl', 'herstel-na-een-liesbreuk.mdx');
		fs.writeFileSync(file, `${story}\n${'Een zin die te vaak herhaald is. '.repeat(Math.ceil(MAX_CONTENT_FILE_BYTES / 33))}\n`);
		const files = new Set(['stories/nl/herstel-na-een-liesbreuk.mdx']);
		const check = checkEntryFile({ contentDir: dir, settings: demoSettings, files, cache: new CheckCache() }, 'stories', 'stories/nl/herstel-na-een-liesbreuk.mdx', 'nl');
		expect(check.problems).toEqual([expect.stringMatching(/^dit bestand is 20\d KB; een bestand met inhoud is hoogstens 200 KB .* \[file\.tooLarge\]$/)]);
	});
});

describe('bodies that would take a parser minutes or overflow its stack', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-limits-'));
	fs.cpSync(basicFixture, dir, { recursive: true });
	const storyFile = 'stories/nl/een-dag-op-de-afdeling.mdx';
	const pageFile = 'pages/nl/about.md';
	const original = (file: string) => fs.readFileSync(path.join(basicFixture, file), 'utf8');
	/** The check of the fixture's file with `extra` appended; its first line is the file's last line + 1. */
	const checkWith = (file: string, extra: string) => {
		fs.writeFileSync(path.join(dir, file), `${original(file)}\n${extra}\n`);
		const files = new Set([file, 'media/hero.png', 'media/portrait.png', 'testimonials/marieke.md']);
		const [collection, locale] = file.startsWith('stories/') ? (['stories', 'nl'] as const) : (['pages', 'nl'] as const);
		return { line: original(file).split('\n').length + 1, problems: checkEntryFile({ contentDir: dir, settings: demoSettings, files, cache: new CheckCache() }, collection, file, locale).problems };
	};

	it.each([storyFile, pageFile])('20,000 levels of ">" on one line in %s (finding 07): named with its line, before any parser reads it', (file) => {
		const { line, problems } = checkWith(file, `${'> '.repeat(20_000)}x`);
		expect(problems).toEqual([
			`body: Regel ${line}: de tekst is hier te diep genest (meer dan 50 lagen citaat > of lijsten, of bouwstenen, in elkaar); zo kan de site hem niet tonen. Haal de overbodige > of inspringing weg. [mdx.nestedTooDeeply]`,
		]);
	});

	it('lists nested 200 levels deep by indentation: named at the line where it gets too deep', () => {
		const lines = Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- punt`);
		const { line, problems } = checkWith(pageFile, lines.join('\n'));
		expect(problems).toEqual([expect.stringMatching(new RegExp(`^body: Regel ${line + 50}: de tekst is hier te diep genest`))]);
	});

	it('building blocks nested 200 deep', () => {
		const { problems } = checkWith(storyFile, `${'<FactBox title="a">\n\n'.repeat(200)}x\n${'\n</FactBox>\n'.repeat(200)}`);
		expect(problems).toEqual([expect.stringMatching(/^body: Regel \d+: de tekst is hier te diep genest/)]);
	});

	it.each([
		['"*a" × 30,000 (finding 08)', '*a'],
		['"*a_"', '*a_'],
		['"**a"', '**a'],
	])('60 KB of %s in a story: read by the compiler’s parser, which takes milliseconds, and accepted as text', (_, unit) => {
		const { problems } = checkWith(storyFile, unit.repeat(Math.ceil(60_000 / unit.length)));
		expect(problems).toEqual([]);
	});

	it('nesting a real story uses is fine: a quote in a list in a FactBox', () => {
		expect(checkWith(storyFile, '<FactBox title="Goed om te weten">\n\n- Een punt\n  > Een citaat\n  > - met een lijst\n\n</FactBox>').problems).toEqual([]);
	});
});
