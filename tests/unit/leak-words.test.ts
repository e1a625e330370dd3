/**
 * The leak proof's normaliser (src/consent/reader-words.ts) and word-run
 * matcher (src/consent/word-runs.ts) at their edges: the same words however
 * a page, a feed or a search index writes them; runs of N words found
 * anywhere; common phrases not mistaken for a quote.
 */
import { describe, expect, it } from 'vitest';
import { readerReadings, readerText, readerWords } from '../../src/consent/reader-words.ts';
import { WordRunMatcher } from '../../src/consent/word-runs.ts';

const QUOTE = 'Ik zag er als een berg tegenop. De verpleegkundige legde alles rustig uit, en om drie uur zat ik alweer thuis in mijn eigen stoel.';

describe('text as a reader sees it', () => {
	it.each([
		['split across tags', 'om drie <em>uur</em> zat <a href="/x/">ik alweer</a> thuis'],
		['across a line', 'om drie uur\nzat ik\r\n   alweer thuis'],
		['with named and numeric entities', 'om&nbsp;drie&#32;uur&#x20;zat ik alweer&#160;thuis'],
		['escaped twice, as HTML inside a feed', 'om drie uur zat&amp;nbsp;ik alweer thuis'],
		['with a soft hyphen', 'om drie uur zat ik al\u00adweer thuis'],
		['with a soft hyphen written as an entity', 'om drie uur zat ik al&shy;weer thuis'],
		['with a zero-width joiner and space', 'om drie uur zat ik al\u200dwe\u200ber thuis'],
		['with a byte-order mark and bidi marks', '\ufeffom drie uur \u200ezat ik alweer thuis\u202c'],
		['JSON-escaped', 'om drie uur zat ik al\\u00adweer thuis\\n'],
		['in capitals', 'OM DRIE UUR ZAT IK ALWEER THUIS'],
		['with punctuation between words', 'Om drie uur — zat ik, “alweer” thuis!'],
		['with a comment between words', 'om drie uur zat ik alweer<!-- tekst van Henk-Jan -->thuis'],
	])('reads the same words %s', (_, text) => {
		expect(readerText(text)).toBe('om drie uur zat ik alweer thuis');
	});

	it('folds compatibility forms (ligatures, full width), case and accents', () => {
		expect(readerWords('ﬁjne ＺＯＲＧ Straße patiënt PATIËNT e\u0301en')).toEqual(['fijne', 'zorg', 'strasse', 'patient', 'patient', 'een']);
	});

	it('keeps "a < b" as words and drops real markup', () => {
		expect(readerText('a < b en c > d')).toBe('a b en c d');
		expect(readerText('<p class="x">Henk-Jan, 62,<br/>Weidebroek</p>')).toBe('henk jan 62 weidebroek');
	});

	it('reads a text with markup a second time with the words inside its comments and tags, as a reader who is shown it as written', () => {
		expect(readerReadings('Over ons. <!-- Om drie uur -->')).toEqual([['over', 'ons'], ['over', 'ons', 'om', 'drie', 'uur']]);
		expect(readerReadings('Over ons. &lt;!-- Om drie uur --&gt;')).toEqual([['over', 'ons'], ['over', 'ons', 'om', 'drie', 'uur']]);
		expect(readerReadings('<Om drie uur>')).toEqual([[], ['om', 'drie', 'uur']]);
		expect(readerReadings('om <em>drie</em> uur')).toEqual([['om', 'drie', 'uur'], ['om', 'em', 'drie', 'em', 'uur']]);
		// Without markup, one reading: the same as readerWords.
		expect(readerReadings('a < b en c > d, Henk-Jan')).toEqual([readerWords('a < b en c > d, Henk-Jan')]);
	});
});

describe('finding runs of N words', () => {
	const needleWords = readerWords(QUOTE);
	const matcher = new WordRunMatcher([{ words: needleWords }], 6);
	const found = (text: string) => matcher.find(readerWords(text));

	it('finds the second sentence of a quote, pasted on its own', () => {
		const hits = found('Een patiënt zei ooit: "de verpleegkundige legde alles rustig uit, en om drie uur zat ik alweer thuis." Mooi.');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((hit) => hit.length === 6)).toBe(true);
		expect(hits[0]).toMatchObject({ needle: 0, offset: needleWords.indexOf('de') });
	});

	it('finds a run split across tags, lines, entities and a soft hyphen', () => {
		expect(found('<p>om drie <b>uur</b>\nzat&nbsp;ik al&shy;weer</p>')).toHaveLength(1);
	});

	it('does not find fewer than N words of it, nor the words in another order', () => {
		expect(found('om drie uur zat ik')).toEqual([]);
		expect(found('thuis alweer ik zat uur drie om')).toEqual([]);
	});

	it('does not take a common phrase for the quote', () => {
		expect(found('Heeft u vragen? Bel de verpleegkundige, zij legt alles rustig uit.')).toEqual([]);
	});

	it('looks for a needle shorter than N words whole, and for nothing below the minimum', () => {
		const short = new WordRunMatcher([{ words: readerWords('Henk-Jan, 62, Weidebroek') }, { words: ['heel', 'tevreden'] }], 7, 3);
		expect(short.find(readerWords('Dat zei Henk-Jan (62) uit Weidebroek.'))).toEqual([]);
		expect(short.find(readerWords('— Henk-Jan, 62, Weidebroek'))).toEqual([{ needle: 0, offset: 0, position: 0, length: 4 }]);
		expect(short.find(readerWords('Heel tevreden!'))).toEqual([]);
	});

	it('leaves out the runs it is told to skip', () => {
		const skipping = new WordRunMatcher([{ words: ['a', 'b', 'c', 'd'], skip: [0] }], 3);
		expect(skipping.find(['a', 'b', 'c'])).toEqual([]);
		expect(skipping.find(['b', 'c', 'd'])).toEqual([{ needle: 0, offset: 1, position: 0, length: 3 }]);
	});

	it('finds every run of every needle, the same as comparing word by word', () => {
		let state = 3;
		const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
		const vocabulary = ['ik', 'zat', 'thuis', 'om', 'drie', 'uur', 'de', 'stoel'];
		const words = (count: number) => Array.from({ length: count }, () => vocabulary[Math.floor(rand() * vocabulary.length)]!);
		for (let round = 0; round < 100; round += 1) {
			const n = 1 + Math.floor(rand() * 4);
			const needles = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => ({ words: words(1 + Math.floor(rand() * 8)) }));
			const text = words(Math.floor(rand() * 60));
			const expected = needles.flatMap((needle, index) => {
				const length = Math.min(n, needle.words.length);
				const hits = [];
				for (let offset = 0; offset + length <= needle.words.length; offset += 1) {
					for (let position = 0; position + length <= text.length; position += 1) {
						if (needle.words.slice(offset, offset + length).join(' ') === text.slice(position, position + length).join(' ')) hits.push({ needle: index, offset, position, length });
					}
				}
				return hits;
			});
			const sort = (hits: { needle: number; offset: number; position: number }[]) => [...hits].sort((a, b) => a.position - b.position || a.needle - b.needle || a.offset - b.offset);
			expect(sort(new WordRunMatcher(needles, n).find(text))).toEqual(sort(expected));
		}
	});
});
