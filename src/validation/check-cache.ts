import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { listFiles } from '../lib/files.ts';
import { currentEditorLanguage } from '../messages/index.ts';

/**
 * The code whose answers the cache keeps, relative to src/validation/ (a folder ends in "/"): src/mdx/,
 * src/validation/, src/images/, src/errors/ (which finds control characters in text), src/lib/quotation.ts (which
 * components may hold only quotation marks), and the editors' messages (src/messages/, src/i18n/packs.ts and the
 * language files). Every module that front matter's reading or a body's inspection loads is here
 * (tests/unit/check-cache-attack.test.ts).
 */
export const CHECK_CODE: readonly string[] = ['../mdx/', '../validation/', '../images/', '../errors/', '../lib/quotation.ts', '../messages/', '../i18n/packs.ts', '../i18n/languages/'];

/**
 * What the content check worked out from a piece of text that has not changed
 * since the last build: the data in a file's front matter, what the MDX and
 * Markdown checks found in a body. Parsing thousands of files is most of the
 * content check, and the same text gives the same answer. Only answers that
 * depend on the text alone are kept; the schemas, and whether the files an
 * entry names exist, are checked every time.
 *
 * Kept with V8's serializer rather than JSON, so values come back exactly as
 * they were computed (YAML can hold `.nan` or `.inf`, which JSON cannot).
 * The cache belongs to the code that made it: any change in that code
 * ({@link CHECK_CODE} by default) or the installed packages starts it afresh.
 */
export class CheckCache {
	private readonly file: string | undefined;
	private readonly version: string | undefined;
	private readonly known: Map<string, unknown>;
	private readonly used = new Map<string, unknown>();

	/**
	 * Without a file (or when the code's version cannot be read), nothing is kept.
	 *
	 * @param code the folders and files (relative to src/validation/, or absolute) whose code makes the answers;
	 *   default {@link CHECK_CODE}. Any change in them, or in the lockfile, starts the cache afresh. Answers are kept
	 *   per editor's language: they hold its messages.
	 */
	constructor(file?: string, code: readonly string[] = CHECK_CODE) {
		this.version = file ? codeVersion(code) : undefined;
		this.file = this.version ? file : undefined;
		this.known = this.file ? readEntries(this.file, this.version!) : new Map();
	}

	/** `work(text)` for one `kind` of answer: from the last build when it saw the same text, else worked out now. */
	answer<T>(kind: string, text: string, work: (text: string) => T): T {
		if (!this.file) return work(text);
		const key = createHash('sha256').update(currentEditorLanguage()).update('\0').update(kind).update('\0').update(text).digest('base64url');
		const answer = this.known.has(key) ? (this.known.get(key) as T) : work(text);
		this.used.set(key, answer);
		return answer;
	}

	/** The same for work that takes its time (decoding a picture); `text` is the key, e.g. a file's SHA-256. */
	async answerAsync<T>(kind: string, text: string, work: (text: string) => Promise<T>): Promise<{ answer: T; known: boolean }> {
		if (!this.file) return { answer: await work(text), known: false };
		const key = createHash('sha256').update(currentEditorLanguage()).update('\0').update(kind).update('\0').update(text).digest('base64url');
		const known = this.known.has(key);
		const answer = known ? (this.known.get(key) as T) : await work(text);
		this.used.set(key, answer);
		return { answer, known };
	}

	/**
	 * Writes what this run used (so the answers for deleted or changed files go). When this run used every answer
	 * the file holds and no other, the file already says exactly that and is left as it is: writing it again was a
	 * third of the content check of an unchanged 3,000-story site (0.39 of 1.22 s of CPU).
	 */
	save(): void {
		if (!this.file) return;
		if (this.used.size === this.known.size && [...this.used.keys()].every((key) => this.known.has(key))) return;
		fs.mkdirSync(path.dirname(this.file), { recursive: true });
		fs.writeFileSync(this.file, v8.serialize({ version: this.version, entries: this.used }));
	}
}

function readEntries(file: string, version: string): Map<string, unknown> {
	try {
		const cache = v8.deserialize(fs.readFileSync(file)) as { version?: unknown; entries?: unknown };
		if (cache.version === version && cache.entries instanceof Map) return cache.entries as Map<string, unknown>;
	} catch {
		// None yet, or damaged: the answers are worked out again.
	}
	return new Map();
}

/** A hash of the checks' own code and the lockfile that pins their parsers; undefined when any cannot be read. */
function codeVersion(code: readonly string[]): string | undefined {
	try {
		const hash = createHash('sha256');
		for (const item of code) {
			const at = fileURLToPath(new URL(item, import.meta.url));
			if (!item.endsWith('/')) {
				hash.update(`${item}\0`).update(fs.readFileSync(at));
				continue;
			}
			for (const name of listFiles(at)) hash.update(`${item}${name}\0`).update(fs.readFileSync(path.join(at, name)));
		}
		hash.update(fs.readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url))));
		return hash.digest('base64url');
	} catch {
		return undefined;
	}
}
