import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsText } from '../../cms/text/index.ts';
import { formatDate } from '../../src/i18n/index.ts';
import { PACKS, SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { MESSAGE_EXAMPLES } from '../../src/messages/examples.ts';
import { messageIn, type MessageCode } from '../../src/messages/index.ts';
import { quotesCss } from '../../src/styles/quotes.ts';
import { projectRoot } from '../support/build.ts';

/**
 * Typography is the language file's business (typography in src/i18n/languages/<code>.ts): the pages quote with
 * its marks, and every text of its files (the site's interface, the editors' messages, the CMS's texts) spaces
 * its punctuation and quotation marks the way it declares. A fourth language is checked by the same rules.
 */

/** The string values of a message's parameters, nested ones too: the editor's own words, in whatever language. */
const valuesOf = (params: unknown): string[] =>
	typeof params === 'string' ? [params] : params && typeof params === 'object' ? Object.values(params).flatMap(valuesOf) : [];

/**
 * Every text a language's files give, by where it comes from: interface texts, messages (rendered with their
 * examples, whose values, the editor's own words in any language, are then taken out again) and the CMS's texts.
 */
function textsOf(language: string): [string, string][] {
	const pack = PACKS[language]!;
	const texts: [string, string][] = Object.entries(pack.ui).map(([key, text]) => [`ui ${key}`, text]);
	for (const code of Object.keys(MESSAGE_EXAMPLES) as MessageCode[]) {
		const example = MESSAGE_EXAMPLES[code];
		const rendered = valuesOf(example)
			.filter((value) => value.length > 1)
			.sort((a, b) => b.length - a.length)
			.reduce((text, value) => text.split(value).join('7'), (messageIn as (locale: string, code: MessageCode, params?: unknown) => string)(language, code, example));
		texts.push([`message ${code}`, rendered]);
	}
	// The CMS's texts, functions called with a stand-in for every parameter (see cms-languages.test.ts).
	const standIn = Object.assign(new String('7'), { min: 50, max: 160 }) as unknown as string;
	const walk = (node: unknown, where: string) => {
		if (typeof node === 'string') texts.push([where, node]);
		else if (typeof node === 'function') texts.push([where, String((node as (...args: unknown[]) => unknown)(standIn, standIn, standIn, standIn))]);
		else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) walk(value, `${where}.${key}`);
	};
	walk(cmsText(language), 'cms/text');
	return texts;
}

const MARKS = [':', ';', '!', '?'] as const;
const hex = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Where `text` spaces a mark, or its quotation marks, otherwise than the language's `typography` declares; each
 * with a little context. Not punctuation, so not checked: what stands between straight quotes or braces (a value
 * or code: `"Liesbreuk: …"`, `{ years: 2 }`, `[^1]: …`), a mark not followed by a space or the end (`https://`, `10:30`,
 * `![alt]`, `!!binary`), and a mark after a space after a symbol (a list of characters: `\\ : * ?`).
 */
function typographyProblems(text: string, typography: (typeof PACKS)[string]['typography']): string[] {
	const problems: string[] = [];
	const around = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 15), index + 10));
	const prose = text.replace(/"[^"\n]*"|\{[^{}]*\}|\[[^\]\n]*\]/g, (code) => '_'.repeat(code.length));
	for (let index = 0; index < prose.length; index++) {
		const mark = prose[index] as (typeof MARKS)[number];
		if (!MARKS.includes(mark) || !/^([\s\u00a0\u202f)»”“’]|$)/.test(prose.slice(index + 1))) continue;
		const before = prose.slice(0, index);
		const wanted = typography.spaceBefore[mark];
		const space = /[\s\u00a0\u202f]$/.exec(before)?.[0];
		if (space !== undefined && !/[\p{L}\d)»”“’]$/u.test(before.slice(0, -1))) continue;
		if (space !== undefined && space !== wanted) problems.push(`${wanted ? hex(wanted) : 'no space'} before "${mark}", not ${hex(space)}: ${around(index)}`);
		if (space === undefined && wanted && /[\p{L}\d)»”’]$/u.test(before) && !/(https?|mailto|tel)$/i.test(before)) problems.push(`a space before "${mark}" is missing: ${around(index)}`);
	}
	const [[open, close]] = typography.quotes;
	const [openMark, openSpace] = [open.trim(), open.slice(open.trim().length)];
	const [closeMark, closeSpace] = [close.trim(), close.slice(0, close.length - close.trim().length)];
	for (let index = prose.indexOf(openMark); index >= 0; index = prose.indexOf(openMark, index + 1)) {
		if (prose.slice(index + openMark.length, index + open.length) !== openSpace || /\s/.test(prose[index + open.length] ?? '')) problems.push(`"${openMark}" takes ${openSpace ? hex(openSpace) : 'no space'} after it: ${around(index)}`);
	}
	for (let index = prose.indexOf(closeMark); index >= 0 && closeMark !== openMark; index = prose.indexOf(closeMark, index + 1)) {
		if (prose.slice(index - closeSpace.length, index) !== closeSpace || /\s/.test(prose[index - closeSpace.length - 1] ?? '')) problems.push(`"${closeMark}" takes ${closeSpace ? hex(closeSpace) : 'no space'} before it: ${around(index)}`);
	}
	return problems;
}

describe('typography from the language file', () => {
	it.each(SUPPORTED_LOCALES)('%s: every text of its files spaces punctuation and quotation marks as its typography says', (language) => {
		const typography = PACKS[language]!.typography;
		const problems = textsOf(language).flatMap(([where, text]) => typographyProblems(text, typography).map((problem) => `${where}: ${problem}`));
		expect(problems).toEqual([]);
	});

	it.each(SUPPORTED_LOCALES)('%s: the pages quote with the language’s marks, never with straight quotes', (language) => {
		expect(Object.entries(PACKS[language]!.ui).filter(([, text]) => text.includes('"'))).toEqual([]);
	});

	it('finds the mistakes it is there for', () => {
		const french = PACKS[SUPPORTED_LOCALES.find((code) => PACKS[code]!.typography.spaceBefore[':'])!]!.typography;
		const english = { ...french, quotes: [['“', '”'], ['‘', '’']] as const, spaceBefore: {} };
		expect(typographyProblems('Appelez-nous : 112', french)).toHaveLength(1);
		expect(typographyProblems('Pour qui?', french)).toEqual([expect.stringContaining('is missing')]);
		expect(typographyProblems('« Rendez-vous »', french)).toHaveLength(2);
		expect(typographyProblems('Appelez-nous\u00a0: 112, https://x.example ou mailto: oui\u202f? Par exemple { years: 2 }, "Liesbreuk: x", \\ : * ?', french)).toEqual([]);
		expect(typographyProblems('Call us : 112', english)).toHaveLength(1);
		expect(typographyProblems('Call us: 112, “now”', english)).toEqual([]);
	});

	it('quotes each of the site’s languages with the marks of its file, as CSS generated from the files', () => {
		const css = quotesCss(SUPPORTED_LOCALES);
		for (const language of SUPPORTED_LOCALES) {
			const [[open, close], [innerOpen, innerClose]] = PACKS[language]!.typography.quotes;
			const rule = new RegExp(`:lang\\(${language}\\)\\{quotes:("[^"]*") ("[^"]*") ("[^"]*") ("[^"]*")\\}`).exec(css);
			const unescape = (value: string) => value.slice(1, -1).replace(/\\([0-9a-f]{6})/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
			expect(rule?.slice(1).map(unescape), language).toEqual([open, close, innerOpen, innerClose]);
		}
		expect(quotesCss(SUPPORTED_LOCALES.slice(0, 1)).trim().split('\n')).toHaveLength(1);
	});

	it('leaves no stylesheet or component to list languages or quotation marks of its own', () => {
		const files = ['src/styles', 'src/components', 'src/layouts', 'src/templates', 'cms'].flatMap((folder) =>
			fs
				.readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
				.filter((file) => /\.(css|astro)$/.test(file))
				.map((file) => path.join(folder, file)),
		);
		const own = files.filter((file) => /:lang\(|\bquotes\s*:|content:\s*['"][“”«»„‘’]/.test(fs.readFileSync(path.join(projectRoot, file), 'utf8')));
		expect(files.length).toBeGreaterThan(10);
		expect(own).toEqual([]);
	});

	it('writes the first of the month as the language does: 1er in French, 1 elsewhere', () => {
		const firsts = Object.fromEntries(SUPPORTED_LOCALES.map((language) => [language, formatDate(language, '2026-03-01').split(/\s|\./)[0]]));
		expect(firsts).toEqual(Object.fromEntries(SUPPORTED_LOCALES.map((language) => [language, PACKS[language]!.typography.dayOfMonth(1)])));
		expect(formatDate('fr', '2026-03-01')).toBe('1er mars 2026');
		expect(formatDate('fr', '2026-03-02')).toBe('2 mars 2026');
	});
});
