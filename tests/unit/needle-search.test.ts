/**
 * Searching many strings at once (src/consent/needle-search.ts), as the leak
 * check does for consent references and addresses: it must find exactly what
 * testing each string on its own finds, only faster.
 */
import { describe, expect, it } from 'vitest';
import { NeedleSearch } from '../../src/consent/needle-search.ts';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state / 2 ** 32;
	};
}

const ALPHABET = 'abT-E0/1."=#? ';
const text = (rand: () => number, length: number) => Array.from({ length }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('');

describe('searching many needles at once', () => {
	it('finds every needle that occurs, long or short, and no other', () => {
		const rand = random(7);
		for (let round = 0; round < 200; round += 1) {
			const haystack = text(rand, Math.floor(rand() * 400));
			const needles = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => {
				// Half of them taken from the text, so that there is something to find.
				if (rand() < 0.5 && haystack.length > 0) {
					const start = Math.floor(rand() * haystack.length);
					return haystack.slice(start, start + 1 + Math.floor(rand() * 14));
				}
				return text(rand, 1 + Math.floor(rand() * 14));
			});
			const expected = needles.flatMap((needle, index) => (haystack.includes(needle) ? [index] : []));
			expect([...new NeedleSearch(needles).matches(haystack)].sort((a, b) => a - b), `${haystack} / ${needles.join(' | ')}`).toEqual(expected);
		}
	});

	it('reports every position, so a caller can look past one that does not count', () => {
		const positions: number[] = [];
		new NeedleSearch(['anna-jansen']).forEach('x/anna-jansen-2/ y/anna-jansen/', (_, position) => {
			positions.push(position);
		});
		expect(positions).toEqual([2, 19]);
		expect([...new NeedleSearch(['']).matches('abc')]).toEqual([0]);
		expect([...new NeedleSearch(['TOE-1']).matches('')]).toEqual([]);
	});
});
