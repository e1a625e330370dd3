/**
 * Finds many strings in a text in one pass, for the checks after a build
 * that look for thousands of consent references in thousands of files. A
 * `text.includes(needle)` per needle reads each file once per needle: at
 * 3,000 testimonials that is minutes; this reads it once.
 *
 * Rabin–Karp over the first `window` characters of every needle, with a bit
 * table that rules out almost every position at the cost of one lookup
 * (about sixteen bits per needle, so that it stays in the processor's cache).
 * Needles shorter than 4 characters are few and cheap to look for directly.
 */

/** A needle's place in the list it was given. */
export type NeedleIndex = number;

const BASE = 0x01000193;
const MIN_WINDOW = 4;
const MAX_WINDOW = 12;
const MAX_TABLE_BITS = 22;

export class NeedleSearch {
	readonly needles: readonly string[];
	private readonly window: number;
	/** BASE^(window - 1), to take the outgoing character out of the rolling hash. */
	private readonly outgoing: number;
	private readonly table: Uint32Array;
	/** 32 minus the table's bits: a hash's top bits pick its bit. */
	private readonly shift: number;
	private readonly byHash = new Map<number, NeedleIndex[]>();
	private readonly short: NeedleIndex[] = [];

	constructor(needles: readonly string[]) {
		this.needles = needles;
		const long = needles.map((needle, index) => ({ needle, index })).filter(({ needle }) => needle.length >= MIN_WINDOW);
		this.window = Math.min(MAX_WINDOW, ...long.map(({ needle }) => needle.length));
		let outgoing = 1;
		for (let at = 1; at < this.window; at += 1) outgoing = Math.imul(outgoing, BASE);
		this.outgoing = outgoing;
		const bits = Math.min(MAX_TABLE_BITS, Math.max(10, Math.ceil(Math.log2(long.length + 1)) + 4));
		this.table = new Uint32Array(2 ** (bits - 5));
		this.shift = 32 - bits;
		for (const { needle, index } of long) {
			const hash = hashOf(needle, this.window);
			const bit = spread(hash) >>> this.shift;
			this.table[bit >>> 5]! |= 1 << (bit & 31);
			const same = this.byHash.get(hash);
			if (same) same.push(index);
			else this.byHash.set(hash, [index]);
		}
		needles.forEach((needle, index) => {
			if (needle.length < MIN_WINDOW) this.short.push(index);
		});
	}

	/**
	 * Calls `found(index, position)` for every occurrence of every needle in
	 * `text`; return true from it to stop looking for that needle.
	 */
	forEach(text: string, found: (index: NeedleIndex, position: number) => boolean | void): void {
		const done = new Set<NeedleIndex>();
		for (const index of this.short) {
			const needle = this.needles[index]!;
			// The empty string is found at the start of every text, as `includes` says.
			if (needle === '') {
				found(index, 0);
				continue;
			}
			for (let position = text.indexOf(needle); position >= 0; position = text.indexOf(needle, position + 1)) {
				if (found(index, position)) break;
			}
		}
		const window = this.window;
		if (this.byHash.size === 0 || text.length < window) return;
		const { table, byHash, outgoing, needles, shift } = this;
		let hash = 0;
		for (let at = 0; at < window; at += 1) hash = (Math.imul(hash, BASE) + text.charCodeAt(at)) | 0;
		for (let start = 0; ; start += 1) {
			const unsigned = hash >>> 0;
			const bit = spread(unsigned) >>> shift;
			if (table[bit >>> 5]! & (1 << (bit & 31))) {
				for (const index of byHash.get(unsigned) ?? []) {
					if (!done.has(index) && text.startsWith(needles[index]!, start) && found(index, start)) done.add(index);
				}
			}
			const end = start + window;
			if (end >= text.length) break;
			hash = (Math.imul(hash - Math.imul(text.charCodeAt(start), outgoing), BASE) + text.charCodeAt(end)) | 0;
		}
	}

	/** The needles that occur in `text`, as indexes into the list. */
	matches(text: string): Set<NeedleIndex> {
		const found = new Set<NeedleIndex>();
		this.forEach(text, (index) => {
			found.add(index);
			return true;
		});
		return found;
	}
}

function hashOf(text: string, length: number): number {
	let hash = 0;
	for (let at = 0; at < length; at += 1) hash = (Math.imul(hash, BASE) + text.charCodeAt(at)) | 0;
	return hash >>> 0;
}

/** Spreads a window's hash over the bit table: its low characters' bits reach the top bits too. */
function spread(hash: number): number {
	return Math.imul(hash ^ (hash >>> 15), 0x85ebca6b) >>> 0;
}
