import { describe, expect, it } from 'vitest';
import { isRealMatch, isWeakFallback, markedWords, normaliseWord, queryWords } from '../../src/search/weak-matches.ts';

describe("Pagefind's last-resort matches", () => {
	it('are short beginnings of the query word: "te" for "tennis", "ten" for "tennisbaan"', () => {
		expect(isWeakFallback('tennis', 'te')).toBe(true);
		expect(isWeakFallback('tennisbaan', 'ten')).toBe(true);
		expect(isWeakFallback('Tennis', '“Te')).toBe(true);
		expect(isWeakFallback('werkgever', 'werk')).toBe(true); // four of nine letters: less than half
	});

	it('let a long enough beginning count, as for a Dutch compound word', () => {
		expect(isWeakFallback('liesbreukzorg', 'Liesbreuk,')).toBe(false);
		expect(isWeakFallback('zorgpad', 'zorg')).toBe(false);
	});

	it('are never the word itself, a longer word or a stemmed form', () => {
		expect(isWeakFallback('te', 'te')).toBe(false);
		expect(isWeakFallback('liesbreuk', 'liesbreukcentrum')).toBe(false);
		expect(isWeakFallback('behandelingen', 'behandelt,')).toBe(false);
		expect(isWeakFallback('patiënten', 'patienten')).toBe(false);
		expect(isWeakFallback('crème', 'Crème')).toBe(false);
	});
});

describe('a result of a one-word search', () => {
	it('is real when one of its marked words is', () => {
		expect(isRealMatch('tennis', 'Het gesprek dat vaak <mark>te</mark> laat komt. “We zien het <mark>te</mark> vaak,”')).toBe(false);
		expect(isRealMatch('liesbreuk', 'een <mark>liesbreuk,</mark> en wanneer niet? <mark>te</mark>')).toBe(true);
		// Matched in its title, which Pagefind searches but does not mark.
		expect(isRealMatch('studeren', 'Noor (21) kreeg de diagnose Crohn in haar tweede studiejaar.')).toBe(true);
	});

	it('reads the marks and words as Pagefind writes and splits them', () => {
		expect(markedWords('a <mark>b</mark> c <mark>d,</mark>')).toEqual(['b', 'd,']);
		expect(queryWords('  tennis  baan tennis ')).toEqual(['tennis', 'baan']);
		expect(queryWords('“ ”')).toEqual([]);
		expect(normaliseWord('“Ziekenhuis,”')).toBe('ziekenhuis');
	});
});
