import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { codeVersion } from '../lib/code-version.ts';
import { readerWords } from './reader-words.ts';

/**
 * The words of content entries as numbers, for telling common wording
 * (common-wording.ts): every distinct word gets one id, so runs of words are
 * hashed and compared as integers, and two ids are equal exactly when the
 * words are.
 *
 * Reading an entry's words means rendering its Markdown (Sätteri, see
 * story-text.ts) and normalising every word (reader-words.ts): at 3,000
 * stories most of the cost of the common wording. With a file, the words are
 * kept between builds by the text they come from (SHA-256), so a build reads
 * only what changed since the last one. The file belongs to the code that
 * wrote it: a change in how words are read or which texts are taken starts
 * it afresh.
 */
export class EntryWords {
	private readonly index = new Map<string, number>();
	private readonly words: string[];
	private readonly file: string | undefined;
	private readonly version: string | undefined;
	private readonly known: Map<string, Int32Array[]>;
	private readonly used = new Map<string, Int32Array[]>();
	/** Whether this build read a text the file did not have. */
	private changed = false;

	/** `file`: where to keep the words (V8's serializer); without it nothing is kept. */
	constructor(file?: string) {
		this.version = file ? codeVersion(['entry-words.ts', 'needles.ts', 'reader-words.ts', 'story-text.ts'].map((name) => new URL(name, import.meta.url))) : undefined;
		this.file = this.version ? file : undefined;
		const stored = this.file ? readStore(this.file, this.version!) : undefined;
		this.words = stored?.words ?? [];
		this.words.forEach((word, id) => this.index.set(word, id));
		this.known = stored?.texts ?? new Map();
	}

	/** The id of a word as readerWords() gives it. */
	id(word: string): number {
		let id = this.index.get(word);
		if (id === undefined) {
			id = this.words.length;
			this.words.push(word);
			this.index.set(word, id);
		}
		return id;
	}

	/** The ids of words as readerWords() gives them. */
	ids(words: readonly string[]): Int32Array {
		const ids = new Int32Array(words.length);
		for (let at = 0; at < words.length; at += 1) ids[at] = this.id(words[at]!);
		return ids;
	}

	/**
	 * The words of each text that `texts()` gives, as ids; `key` is the text
	 * they are made from (such as a body), by which they are kept.
	 */
	of(kind: string, key: string, texts: () => string[]): Int32Array[] {
		if (!this.file) return texts().map((text) => this.ids(readerWords(text)));
		const hash = `${kind}:${crypto.hash('sha256', key, 'base64url')}`;
		let found = this.used.get(hash) ?? this.known.get(hash);
		if (!found) {
			found = texts().map((text) => this.ids(readerWords(text)));
			this.changed = true;
		}
		this.used.set(hash, found);
		return found;
	}

	/** Writes the words this build used (and only those: a changed or deleted text leaves nothing behind). */
	save(): void {
		// Nothing new, nothing gone: the file already holds exactly this.
		if (!this.file || (!this.changed && this.used.size === this.known.size)) return;
		// Ids renumbered for the words still used, so the file does not grow with every edit.
		const renumbered = new Int32Array(this.words.length).fill(-1);
		const words: string[] = [];
		const texts = new Map<string, Int32Array[]>();
		for (const [hash, fields] of this.used) {
			texts.set(
				hash,
				fields.map((ids) => {
					const next = new Int32Array(ids.length);
					for (let at = 0; at < ids.length; at += 1) {
						const id = ids[at]!;
						if (renumbered[id] === -1) {
							renumbered[id] = words.length;
							words.push(this.words[id]!);
						}
						next[at] = renumbered[id]!;
					}
					return next;
				}),
			);
		}
		fs.mkdirSync(path.dirname(this.file), { recursive: true });
		fs.writeFileSync(this.file, v8.serialize({ version: this.version, words, texts }));
	}
}

function readStore(file: string, version: string): { words: string[]; texts: Map<string, Int32Array[]> } | undefined {
	try {
		const stored = v8.deserialize(fs.readFileSync(file)) as { version?: unknown; words?: unknown; texts?: unknown };
		if (stored.version === version && Array.isArray(stored.words) && stored.texts instanceof Map) return { words: stored.words as string[], texts: stored.texts as Map<string, Int32Array[]> };
	} catch {
		// None yet, or damaged: the words are read again.
	}
	return undefined;
}
