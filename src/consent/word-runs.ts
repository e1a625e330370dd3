/**
 * Finds, in one pass over a text's words, every place where a run of
 * consecutive words of a needle occurs: the matcher behind the leak proof.
 *
 * A needle of `runLength` words or more is looked for by each of its runs of
 * `runLength` consecutive words (its "shingles"), so that any part of it that
 * long is found: the second sentence of a quote, a paragraph of a story, a
 * title with its end cut off. A shorter needle, or one marked `whole`, is looked for whole. Runs can
 * be kept within sentences, and some left out (common wording, see needles.ts).
 *
 * Each word is hashed once (FNV-1a), each run of words by a polynomial over
 * those hashes taken from prefix sums, so a text of m words costs m steps per
 * distinct run length, and almost every step ends at one bit of a table,
 * about sixteen bits per run: small enough to stay in the processor's cache.
 * A hash that hits is checked word by word: no false match.
 */

/** A needle's place in the list it was given. */
export type NeedleIndex = number;

export interface WordNeedle {
	/** Its words, as readerWords() gives them. */
	words: readonly string[];
	/** Word offsets of runs not to look for (runs of `runLength` words starting there). */
	skip?: readonly number[];
	/** Where sentences start (word offsets): a run of `runLength` words that would cross one is not looked for. */
	starts?: readonly number[];
	/** Looked for only whole, all its words in a row, however many (a person's name with their detail). */
	whole?: boolean;
}

export interface RunHit {
	needle: NeedleIndex;
	/** Where the run starts in the needle's words. */
	offset: number;
	/** Where it starts in the text's words. */
	position: number;
	/** How many words the run has. */
	length: number;
}

/** The multiplier of the rolling hash of word runs (FNV-1's 32-bit prime), shared with common-wording.ts. */
export const BASE = 0x01000193;
const MAX_TABLE_BITS = 22;

interface Run {
	needle: NeedleIndex;
	offset: number;
}

export class WordRunMatcher {
	readonly runLength: number;
	private readonly needles: readonly WordNeedle[];
	/** Per run length (in words): run hash → the runs with that hash. */
	private readonly runs = new Map<number, Map<number, Run[]>>();
	private readonly table: Uint32Array;
	/** 32 minus the table's bits: a hash's top bits pick its bit. */
	private readonly shift: number;
	/** The shortest run looked for, in words: a shorter text holds none. */
	private shortest = Number.POSITIVE_INFINITY;
	/** Prefix hashes of the text being searched, reused from text to text (a site has hundreds of thousands of short ones). */
	private prefix = new Int32Array(1024);

	/**
	 * @param needles what to look for
	 * @param runLength N, the number of consecutive words a long needle is found by (≥ 1)
	 * @param minWords needles with fewer words are not looked for at all (default 1)
	 */
	constructor(needles: readonly WordNeedle[], runLength: number, minWords = 1) {
		if (!(Number.isInteger(runLength) && runLength >= 1)) throw new Error(`runLength must be a whole number of words ≥ 1, got ${runLength}`);
		this.runLength = runLength;
		this.needles = needles;
		const found: [length: number, hash: number, run: Run][] = [];
		needles.forEach((needle, index) => {
			const { words } = needle;
			if (words.length < minWords || words.length === 0) return;
			const length = needle.whole ? words.length : Math.min(runLength, words.length);
			const skip = new Set(needle.skip ?? []);
			const starts = length === runLength && !needle.whole ? (needle.starts ?? []) : [];
			const hashes = words.map(wordHash);
			for (let offset = 0; offset + length <= words.length; offset += 1) {
				if (skip.has(offset) || starts.some((start) => start > offset && start < offset + length)) continue;
				found.push([length, runHash(hashes, offset, length), { needle: index, offset }]);
			}
		});
		const bits = Math.min(MAX_TABLE_BITS, Math.max(10, Math.ceil(Math.log2(found.length + 1)) + 4));
		this.table = new Uint32Array(2 ** (bits - 5));
		this.shift = 32 - bits;
		for (const [length, hash, run] of found) {
			this.shortest = Math.min(this.shortest, length);
			let byHash = this.runs.get(length);
			if (!byHash) this.runs.set(length, (byHash = new Map()));
			const same = byHash.get(hash);
			if (same) same.push(run);
			else byHash.set(hash, [run]);
			const bit = mix(hash, length) >>> this.shift;
			this.table[bit >>> 5]! |= 1 << (bit & 31);
		}
	}

	/** Whether there is anything to look for. */
	get empty(): boolean {
		return this.runs.size === 0;
	}

	/** Every run of every needle that occurs in `words`, in the order of the text. */
	find(words: readonly string[]): RunHit[] {
		const hits: RunHit[] = [];
		if (words.length < this.shortest) return hits;
		// prefix[i] is the hash of words[0..i); a run's hash is prefix[end] - prefix[start]·BASE^length.
		if (this.prefix.length < words.length + 1) this.prefix = new Int32Array(2 * words.length + 2);
		const { prefix } = this;
		for (let at = 0; at < words.length; at += 1) prefix[at + 1] = (Math.imul(prefix[at]!, BASE) + wordHash(words[at]!)) | 0;
		const { table, shift } = this;
		for (const [length, byHash] of this.runs) {
			const power = powerOf(length);
			for (let start = 0; start + length <= words.length; start += 1) {
				const hash = (prefix[start + length]! - Math.imul(prefix[start]!, power)) >>> 0;
				const bit = mix(hash, length) >>> shift;
				if (!(table[bit >>> 5]! & (1 << (bit & 31)))) continue;
				for (const run of byHash.get(hash) ?? []) {
					const needleWords = this.needles[run.needle]!.words;
					let same = true;
					for (let at = 0; at < length && same; at += 1) same = needleWords[run.offset + at] === words[start + at];
					if (same) hits.push({ needle: run.needle, offset: run.offset, position: start, length });
				}
			}
		}
		return hits.sort((a, b) => a.position - b.position || a.needle - b.needle);
	}
}

/** FNV-1a over the UTF-16 code units of a word. */
export function wordHash(word: string): number {
	let hash = 0x811c9dc5;
	for (let at = 0; at < word.length; at += 1) hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193);
	return hash | 0;
}

function runHash(hashes: readonly number[], offset: number, length: number): number {
	let hash = 0;
	for (let at = offset; at < offset + length; at += 1) hash = (Math.imul(hash, BASE) + hashes[at]!) | 0;
	return hash >>> 0;
}

const powers = new Map<number, number>();
/** BASE to the power `length` (in 32-bit arithmetic): what the first word of a run of `length` words weighs in its rolling hash. */
export function powerOf(length: number): number {
	let power = powers.get(length);
	if (power === undefined) {
		power = 1;
		for (let at = 0; at < length; at += 1) power = Math.imul(power, BASE);
		powers.set(length, power);
	}
	return power;
}

/** Spreads a run hash and its length over the bit table. */
function mix(hash: number, length: number): number {
	return Math.imul(hash ^ (length * 0x9e3779b9), 0x85ebca6b) >>> 0;
}
