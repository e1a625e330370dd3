/**
 * Common wording (src/consent/common-wording.ts): runs of words of what the
 * organisation wrote about a withheld item that three or more other items
 * use, as written or with one word different. Checked at its edges, against
 * a plain word-by-word reading of the rule on a generated site, and with
 * the words kept between builds (src/consent/entry-words.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commonRuns, type ItemWords, type WithheldText } from '../../src/consent/common-wording.ts';
import { EntryWords } from '../../src/consent/entry-words.ts';
import { needsConsent } from '../../src/consent/gate.ts';
import { COMMON_IN, fieldsOf, leakNeedles, RUN_LENGTH, type ContentText, type Needle } from '../../src/consent/needles.ts';
import { readerSentences, readerWords } from '../../src/consent/reader-words.ts';
import type { ConsentItem } from '../../src/consent/register.ts';
import { generateContent } from '../../scripts/bench/generate.ts';
import { frontMatterData } from '../support/front-matter.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Words as ids for the hand-made cases: "a b c" → [0, 1, 2] (a to z). */
const ids = (text: string) => Int32Array.from(text.split(' ').filter(Boolean), (word) => word.charCodeAt(0) - 97);
const withheld = (text: string, starts: number[] = [], item = 'own'): WithheldText => ({ ids: ids(text), starts, item });
const users = (...texts: string[]): ItemWords[] => texts.map((text, index) => ({ item: `other-${index}`, fields: [ids(text)] }));

describe('which runs are common wording', () => {
	const run = 'a b c d e f g';

	it('a run three other items use, as written', () => {
		expect(commonRuns([withheld(run)], users('x a b c d e f g', 'a b c d e f g y', 'a b c d e f g'), 7, 3)).toEqual([[0]]);
		expect(commonRuns([withheld(run)], users('a b c d e f g', 'a b c d e f g'), 7, 3)).toEqual([[]]);
	});

	it('with one word different anywhere in it, but not two', () => {
		for (const open of [0, 3, 6]) {
			const alike = run.split(' ').map((word, at) => (at === open ? 'z' : word)).join(' ');
			expect(commonRuns([withheld(run)], users(alike, alike, alike), 7, 3), `word ${open}`).toEqual([[0]]);
		}
		expect(commonRuns([withheld(run)], users('z b c d e f y', 'a z c d e y g', 'a b z y e f g'), 7, 3)).toEqual([[]]);
	});

	it('counts an item once, however many of its texts use the run, and never the withheld item itself', () => {
		const twice: ItemWords = { item: 'other', fields: [ids(run), ids(run)] };
		expect(commonRuns([withheld(run)], [twice, twice, { item: 'own', fields: [ids(run)] }, ...users(run)], 7, 3)).toEqual([[]]);
		expect(commonRuns([withheld(run, [], 'other-0')], users(run, run, run, run), 7, 3)).toEqual([[0]]);
		expect(commonRuns([withheld(run, [], 'other-0')], users(run, run, run), 7, 3)).toEqual([[]]);
	});

	it('judges every run of a long text within its sentences, and a short text only whole and as written', () => {
		// Sentences "a b c d e f g h" and "i j k l m n o": runs at 0, 1 and 8; none across the sentence start at 8.
		const long = withheld('a b c d e f g h i j k l m n o', [0, 8]);
		expect(commonRuns([long], users('b c d e f g h', 'b c d e f g h', 'b c d e f g h i j k l m n o'), 7, 3)).toEqual([[1]]);
		expect(commonRuns([long], users('g h i j k l m', 'g h i j k l m', 'g h i j k l m'), 7, 3)).toEqual([[]]);
		const short = withheld('p q r');
		expect(commonRuns([short], users('x p q r y', 'p q r', 'p q r'), 7, 3)).toEqual([[0]]);
		expect(commonRuns([short], users('p z r', 'p z r', 'p z r'), 7, 3)).toEqual([[]]);
	});

	it('gives each text its own answer when withheld texts share a run', () => {
		const shared = [withheld(run, [], 'other-0'), withheld(`x ${run}`, [], 'other-9')];
		expect(commonRuns(shared, users(run, run, run), 7, 3)).toEqual([[], [1]]);
	});
});

/** The rule read plainly (see needles.ts): for one text needle, the offsets of its runs that `COMMON_IN` other items use as written or with one word different. */
function plainSkip(needle: Needle, itemOf: (file: string) => string, others: { item: string; words: string[][] }[]): number[] {
	const { words, starts } = readerSentences(needle.value);
	const length = Math.min(RUN_LENGTH, words.length);
	const alike = length === RUN_LENGTH;
	const own = itemOf(needle.source);
	const skip: number[] = [];
	for (let offset = 0; offset + length <= words.length; offset += 1) {
		if (alike && starts.some((start) => start > offset && start < offset + length)) continue;
		const uses = (field: string[]) => {
			for (let start = 0; start + length <= field.length; start += 1) {
				let different = 0;
				for (let at = 0; at < length; at += 1) if (words[offset + at] !== field[start + at]) different += 1;
				if (different <= (alike ? 1 : 0)) return true;
			}
			return false;
		};
		const using = others.filter(({ item, words: fields }) => item !== own && fields.some(uses));
		if (using.length >= COMMON_IN) skip.push(offset);
	}
	return skip;
}

/** A generated site (short stories, so the plain reading stays quick) with a few patient stories withdrawn. */
function generatedSite() {
	const today = '2026-11-23';
	const site = generateContent({ stories: 40, words: 100, today });
	const entries: (ContentText & { locale?: string })[] = site.files.map((file) => {
		const [collection, ...rest] = file.path.split('/');
		return { collection: collection!, slug: path.basename(file.path).replace(/\.mdx?$/, ''), ...(rest.length > 1 ? { locale: rest[0] } : {}), file: `/bench/${file.path}`, data: frontMatterData(file.text), body: file.text.split(/\n---\n/)[1] ?? '' };
	});
	const patientStories = [...new Set(entries.filter((entry) => entry.collection === 'stories' && entry.data.kind === 'patient').map((entry) => entry.slug))];
	for (const slug of patientStories.slice(0, 4)) {
		const story = entries.find((entry) => entry.collection === 'stories' && entry.slug === slug)!;
		story.data = { ...story.data, consent: { ...(story.data.consent as object), withdrawnOn: '2026-11-01' } };
	}
	const items: ConsentItem[] = entries
		.filter((entry) => needsConsent(entry.data))
		.map((entry) => ({ file: entry.file, path: entry.file, type: entry.collection === 'testimonials' ? 'testimonial' : 'story', slug: entry.slug, ...(entry.locale ? { locale: entry.locale } : {}), data: entry.data as ConsentItem['data'], body: entry.body! }));
	return { today, entries, items };
}

describe('common wording on a generated site', () => {
	const { today, entries, items } = generatedSite();
	const OWN = new Set(['quote', 'author', 'body (PullQuote quote)', 'body (PullQuote attribution)']);

	it('is what a plain word-by-word reading of the rule gives, and a person’s own words are never common wording', () => {
		const all = leakNeedles(items, today, { content: [] }).filter((needle) => needle.kind === 'text');
		const found = leakNeedles(items, today, { content: entries });
		const itemOf = (file: string) => {
			const entry = entries.find((candidate) => candidate.file === file)!;
			return `${entry.collection}\0${entry.slug}`;
		};
		const others = entries.map((entry) => ({ item: `${entry.collection}\0${entry.slug}`, words: fieldsOf(entry).map((field) => readerWords(field.text)) }));
		let skipped = 0;
		expect(all.filter((needle) => !OWN.has(needle.field)).length).toBeGreaterThan(10);
		for (const needle of all) {
			const expected = OWN.has(needle.field) ? [] : plainSkip(needle, itemOf, others);
			const result = found.find((candidate) => candidate.source === needle.source && candidate.field === needle.field && candidate.value === needle.value);
			if (needle.whole && expected.includes(0)) expect(result, `${needle.source} ${needle.field}`).toBeUndefined();
			else expect(result?.skip ?? [], `${needle.source} ${needle.field}`).toEqual(expected);
			skipped += expected.length;
		}
		// The site has common wording to leave out (its stories are written from patterns), and own words among what is looked for.
		expect(skipped).toBeGreaterThan(50);
		expect(found.some((needle) => needle.field === 'quote')).toBe(true);
	});

	it('gives the same with the words kept between builds, and reads again only what changed', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-entry-words-'));
		made.push(dir);
		const cacheFile = path.join(dir, 'entry-words.bin');
		const fresh = leakNeedles(items, today, { content: entries });
		expect(leakNeedles(items, today, { content: entries, cacheFile })).toEqual(fresh);
		expect(leakNeedles(items, today, { content: entries, cacheFile })).toEqual(fresh);

		let read = 0;
		const reading = (texts: string[]) => () => {
			read += 1;
			return texts;
		};
		const [first, second] = entries.filter((entry) => entry.file.endsWith('.mdx')).map((entry) => entry.body!);
		const kept = new EntryWords(cacheFile);
		kept.of('body mdx', first!, reading([]));
		expect(read).toBe(0);
		expect(kept.of('body mdx', `${first}\nNog een zin.`, reading(['Nog een zin.']))).toEqual([Int32Array.from(['nog', 'een', 'zin'], (word) => kept.id(word))]);
		expect(read).toBe(1);
		kept.save();
		// The file holds what the last build used, and only that.
		const next = new EntryWords(cacheFile);
		next.of('body mdx', `${first}\nNog een zin.`, reading([]));
		next.of('body mdx', first!, reading([]));
		expect(read).toBe(1);
		next.of('body mdx', second!, reading([]));
		expect(read).toBe(2);
	});
});
