/**
 * Red-team tests for the content check's cache (src/validation/check-cache.ts) and its skipped write: the file is
 * left as it is only when a run used exactly the answers it holds; never is an answer kept for text, code or an
 * editor's language it was not worked out for.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { currentEditorLanguage, useEditorLanguage } from '../../src/messages/index.ts';
import { CHECK_CODE, CheckCache } from '../../src/validation/check-cache.ts';
import { PICTURE_CHECK_CODE } from '../../src/validation/content-report.ts';

const made: string[] = [];
afterAll(() => {
	for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder with a stand-in for the checks' code (a file whose text is the code's version). */
function place(): { cacheFile: string; code: string } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cache-attack-'));
	made.push(dir);
	const code = path.join(dir, 'code.ts');
	fs.writeFileSync(code, 'version 1');
	return { cacheFile: path.join(dir, 'content-check.bin'), code };
}

/** One run over `texts`: what each answer was, and whether it was worked out now; then save(). */
function run(cacheFile: string, code: string, texts: readonly string[], work = (text: string) => `${text}:${fs.readFileSync(code, 'utf8')}`): { answers: string[]; worked: string[] } {
	const cache = new CheckCache(cacheFile, [code]);
	const worked: string[] = [];
	const answers = texts.map((text) => cache.answer('body mdx', text, (t) => (worked.push(t), work(t))));
	cache.save();
	return { answers, worked };
}

describe('the check cache\'s skipped write', () => {
	it('never keeps an answer of other code: same texts after a change in the code are worked out and written again', () => {
		const { cacheFile, code } = place();
		run(cacheFile, code, ['a', 'b']);
		expect(run(cacheFile, code, ['a', 'b']).worked).toEqual([]);
		fs.writeFileSync(code, 'version 2');
		expect(run(cacheFile, code, ['a', 'b'])).toEqual({ answers: ['a:version 2', 'b:version 2'], worked: ['a', 'b'] });
		// Written for the new code: the next run knows them.
		expect(run(cacheFile, code, ['b', 'a'])).toEqual({ answers: ['b:version 2', 'a:version 2'], worked: [] });
		// A run with nothing to answer leaves the file; back to the old code, its answers are worked out again or were its own.
		run(cacheFile, code, []);
		fs.writeFileSync(code, 'version 1');
		expect(run(cacheFile, code, ['a']).answers).toEqual(['a:version 1']);
	});

	it('writes when a file is deleted and another added (as many answers, another one), and when a text changes', () => {
		const { cacheFile, code } = place();
		run(cacheFile, code, ['a', 'b', 'c']);
		expect(run(cacheFile, code, ['a', 'b', 'd']).worked).toEqual(['d']);
		expect(run(cacheFile, code, ['a', 'b', 'd']).worked).toEqual([]);
		expect(run(cacheFile, code, ['a', 'b', 'c']).worked).toEqual(['c']);
		// The same text twice (two files alike) is one answer; a text made longer by one character is another.
		expect(run(cacheFile, code, ['a', 'a', 'b', 'c']).worked).toEqual([]);
		expect(run(cacheFile, code, ['a', 'b', 'c ']).worked).toEqual(['c ']);
		expect(run(cacheFile, code, ['a', 'b', 'c']).worked).toEqual(['c']);
	});

	it('keeps answers apart per editor\'s language also when one run in another language used the same texts', () => {
		const { cacheFile, code } = place();
		const before = currentEditorLanguage();
		const [first, second] = SUPPORTED_LOCALES;
		try {
			useEditorLanguage(first);
			run(cacheFile, code, ['a'], () => `in ${first}`);
			useEditorLanguage(second);
			expect(run(cacheFile, code, ['a'], () => `in ${second}`)).toEqual({ answers: [`in ${second}`], worked: ['a'] });
			useEditorLanguage(first);
			expect(run(cacheFile, code, ['a'], () => 'worked out again').answers).toEqual(['worked out again']);
		} finally {
			useEditorLanguage(before);
		}
	});

	/** The modules below src/ that `entries` load at run time (relative imports, not `import type`), themselves included. */
	function loaded(entries: readonly string[]): string[] {
		const todo = [...entries];
		const seen = new Set<string>();
		while (todo.length > 0) {
			const file = todo.pop()!;
			if (seen.has(file)) continue;
			seen.add(file);
			const text = fs.readFileSync(file, 'utf8');
			for (const [, from] of text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gms)) todo.push(path.resolve(path.dirname(file), from!));
		}
		return [...seen];
	}
	const src = fileURLToPath(new URL('../../src/', import.meta.url));
	/** The files of `loaded` that no item of `code` (relative to src/validation/) covers, relative to src/. */
	const uncovered = (files: readonly string[], code: readonly string[]) =>
		files
			.filter((file) => !code.some((item) => (item.endsWith('/') ? file.startsWith(`${path.resolve(src, 'validation', item)}${path.sep}`) : file === path.resolve(src, 'validation', item))))
			.map((file) => path.relative(src, file));

	it('has in its version every module whose code works out a cached answer (front matter, body inspection, messages)', () => {
		// The work behind each cached answer of the content check: readContentFile and inspectAsRendered.
		expect(uncovered(loaded([path.join(src, 'validation', 'front-matter.ts'), path.join(src, 'mdx', 'compiler-view.ts')]), CHECK_CODE)).toEqual([]);
	});

	it('has in the pictures\' version every module inspectPicture() loads (recognise.ts tells a picture from code)', () => {
		expect(uncovered(loaded([path.join(src, 'images', 'inspect.ts')]), PICTURE_CHECK_CODE)).toEqual([]);
	});
});
