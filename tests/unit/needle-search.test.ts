/**
 * Searching many needles at once (src/consent/needle-search.ts), and the leak
 * check built on it: it must find exactly what testing each needle on its own
 * finds, only faster.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fingerprint, leaksIn, normalizeText, type Needle } from '../../src/consent/leak-check.ts';
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

/** The leak check as it was: every needle on its own (the reference the scanner must agree with). */
function leaksOneByOne(file: string, content: Buffer, needles: Needle[]): Needle[] {
	const raw = (content[0] === 0x1f && content[1] === 0x8b ? gunzipSync(content) : content).toString('utf8');
	const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const slug = (value: string) => new RegExp(`(?<=[/#"'=])${escape(value)}(?=[/."'#?&])`);
	const normalized = ` ${normalizeText(raw)} `;
	return needles.filter((needle) => {
		if (needle.what === 'consent reference') return raw.includes(needle.value) || `/${file}`.includes(needle.value);
		if (needle.what === 'slug') return slug(needle.value).test(raw) || slug(needle.value).test(`/${file}`);
		const print = fingerprint(needle.value);
		return print !== undefined && normalized.includes(print);
	});
}

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

describe('the leak check on a whole site', () => {
	it('finds exactly what testing each needle on its own finds', () => {
		const rand = random(11);
		const words = ['thuis', 'sterven', 'TOE-2025-001', 'jos', 'marieke', 'ik', 'voelde', 'me', 'er', 'goed', '&amp;', '<b>', '</b>', '/', '"', '=', '.', '#'];
		const sentence = (length: number) => Array.from({ length }, () => words[Math.floor(rand() * words.length)]).join(rand() < 0.5 ? ' ' : '');
		for (let round = 0; round < 150; round += 1) {
			const needles: Needle[] = [
				{ what: 'consent reference', value: sentence(1), source: 'a' },
				{ what: 'consent reference', value: `TOE-${Math.floor(rand() * 3)}`, source: 'b' },
				{ what: 'slug', value: ['jos', 'thuis-sterven', 'marieke'][Math.floor(rand() * 3)]!, source: 'c' },
				{ what: 'quote', value: sentence(4), source: 'd' },
				{ what: 'title', value: sentence(3), source: 'e' },
			];
			const content = `${sentence(40)} TOE-${Math.floor(rand() * 3)} "/${['jos', 'thuis-sterven', 'marieke-2'][Math.floor(rand() * 3)]}/"`;
			const file = rand() < 0.5 ? 'nl/jos/index.html' : 'nl/index.html';
			const bytes = rand() < 0.3 ? gzipSync(Buffer.from(content)) : Buffer.from(content);
			expect(leaksIn(file, bytes, needles).map(({ needle }) => needle), content).toEqual(leaksOneByOne(file, bytes, needles));
		}
	});
});
