/**
 * Common wording (see needles.ts): which runs of words of the texts an
 * organisation writes about a withheld item are also used by `commonIn` or
 * more other items, as they are or with one word different ("… had Greet
 * niet verwacht", "… had Sem niet verwacht").
 *
 * The few withheld texts are looked for in the texts of every other item in
 * one pass over their words, as numbers (see entry-words.ts). A run of
 * `runLength` words that differs from a window of a text in at most one word
 * is equal to it in its first ⌊runLength/2⌋ words or in its last ⌊runLength/2⌋
 * (the different word is on one side), so each position of a text costs one
 * rolling hash of that many words and one look in a table; only a position
 * whose hash is in the table is compared word by word. A run is counted once
 * however many withheld texts share it, and once more than `commonIn` items
 * use it (one of them may be a withheld text's own), it is no longer looked
 * for.
 */
import { BASE, powerOf } from './word-runs.ts';

export interface WithheldText {
	/** Its words, as ids (see entry-words.ts). */
	ids: Int32Array;
	/** Where its sentences start: a run of `runLength` words that would cross one is not judged (it is never looked for). */
	starts: readonly number[];
	/** The item it belongs to (collection and slug: translations are one item): its own texts do not count. */
	item: string;
}

export interface ItemWords {
	item: string;
	/** The words of each of its texts, as ids. */
	fields: readonly Int32Array[];
}

interface Run {
	ids: Int32Array;
	/** Whether a window with one word different counts (runs of `runLength` words; shorter texts count only whole and as they are). */
	alike: boolean;
	users: Set<string>;
	/** Used by more than `commonIn` items: common for every text that has it, whatever its own item. */
	done: boolean;
	/** Its anchors' slots in the table of counts, to take them out once it is done. */
	slots: number[];
}

interface Anchor {
	run: Run;
	/** Where the anchor starts in the run. */
	shift: number;
}

const MAX_SLOT_BITS = 22;

/**
 * For each withheld text, the word offsets of its runs that `commonIn` or
 * more other items use (its own item not counted), ascending. A text of
 * `runLength` words or more is judged by each of its runs of `runLength`
 * words within a sentence, found as written or with one word different; a
 * shorter text only whole, as written.
 */
export function commonRuns(texts: readonly WithheldText[], others: Iterable<ItemWords>, runLength: number, commonIn: number): number[][] {
	const anchorLength = Math.floor(runLength / 2);
	const distinct = new Map<number, Run[]>();
	const runOf = (ids: Int32Array, alike: boolean): Run => {
		const hash = hashOf(ids, 0, ids.length);
		const same = distinct.get(hash) ?? [];
		let run = same.find((candidate) => candidate.alike === alike && equal(candidate.ids, ids));
		if (!run) {
			run = { ids, alike, users: new Set(), done: false, slots: [] };
			same.push(run);
			distinct.set(hash, same);
		}
		return run;
	};
	const uses = texts.map(({ ids, starts }) => {
		const found: [offset: number, run: Run][] = [];
		if (ids.length === 0) return found;
		if (ids.length < runLength) return [[0, runOf(ids, false)] as [number, Run]];
		for (let offset = 0; offset + runLength <= ids.length; offset += 1) {
			if (starts.some((start) => start > offset && start < offset + runLength)) continue;
			found.push([offset, runOf(ids.subarray(offset, offset + runLength), true)]);
		}
		return found;
	});

	/** Per anchor length: the anchors by hash. */
	const anchors = new Map<number, Map<number, Anchor[]>>();
	// Live anchors per slot of a table about eight times their number: small enough to stay in the processor's cache, which one look per word needs.
	const slotBits = Math.min(MAX_SLOT_BITS, Math.max(10, Math.ceil(Math.log2(2 * distinct.size + 1)) + 3));
	const table: Table = { counts: new Int32Array(2 ** slotBits), shift: 32 - slotBits, commonIn };
	const anchor = (run: Run, shift: number, length: number) => {
		const hash = hashOf(run.ids, shift, length);
		let byHash = anchors.get(length);
		if (!byHash) anchors.set(length, (byHash = new Map()));
		const same = byHash.get(hash);
		if (same) same.push({ run, shift });
		else byHash.set(hash, [{ run, shift }]);
		const taken = slot(hash, length, table.shift);
		table.counts[taken]! += 1;
		run.slots.push(taken);
	};
	for (const same of distinct.values()) {
		for (const run of same) {
			const length = Math.min(anchorLength, run.ids.length);
			anchor(run, 0, length);
			if (run.alike && length > 0) anchor(run, runLength - length, length);
		}
	}

	for (const { item, fields } of others) {
		for (const ids of fields) {
			for (const [length, byHash] of anchors) findRuns(ids, item, length, byHash, table);
		}
	}

	return texts.map(({ item }, index) => uses[index]!.filter(([, run]) => run.users.size - (run.users.has(item) ? 1 : 0) >= commonIn).map(([offset]) => offset));
}

interface Table {
	/** Live anchors per slot. */
	counts: Int32Array;
	/** 32 minus the table's bits. */
	shift: number;
	commonIn: number;
}

/**
 * Adds `item` to the users of every live run found in `ids` by its anchors of
 * `length` words. A function of its own, called for every text, so that the
 * engine optimises it early: the first build of a site runs it once.
 */
function findRuns(ids: Int32Array, item: string, length: number, byHash: Map<number, Anchor[]>, table: Table): void {
	const { counts, shift: bits } = table;
	const power = powerOf(length);
	let hash = 0;
	for (let end = 0; end <= ids.length; end += 1) {
		// hash: of the `length` words before `end`.
		if (end >= length && counts[slot(hash >>> 0, length, bits)] !== 0) {
			for (const { run, shift } of byHash.get(hash >>> 0) ?? []) {
				if (run.done || run.users.has(item)) continue;
				const start = end - length - shift;
				if (start < 0 || start + run.ids.length > ids.length) continue;
				let different = 0;
				for (let at = 0; at < run.ids.length && different < 2; at += 1) if (run.ids[at] !== ids[start + at]) different += 1;
				if (different > (run.alike ? 1 : 0)) continue;
				run.users.add(item);
				if (run.users.size > table.commonIn) {
					run.done = true;
					for (const taken of run.slots) counts[taken]! -= 1;
				}
			}
		}
		if (end === ids.length) break;
		hash = (Math.imul(hash, BASE) + ids[end]!) | 0;
		if (end >= length) hash = (hash - Math.imul(ids[end - length]!, power)) | 0;
	}
}

/** A hash and its anchor length, spread over a table of 2^(32 - shift) slots. */
function slot(hash: number, length: number, shift: number): number {
	return Math.imul(hash ^ Math.imul(length + 1, 0x9e3779b9), 0x85ebca6b) >>> shift;
}

function hashOf(ids: Int32Array, start: number, length: number): number {
	let hash = 0;
	for (let at = start; at < start + length; at += 1) hash = (Math.imul(hash, BASE) + ids[at]!) | 0;
	return hash >>> 0;
}

function equal(a: Int32Array, b: Int32Array): boolean {
	if (a.length !== b.length) return false;
	for (let at = 0; at < a.length; at += 1) if (a[at] !== b[at]) return false;
	return true;
}

