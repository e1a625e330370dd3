import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFile } from '../lib/files.ts';
import type { MdxReference } from '../mdx/safety.ts';

/**
 * What the MDX safety check found in a story body, kept between builds by the
 * body's content: parsing thousands of stories twice (remark-mdx and the
 * build's compiler) is most of the content check, and a body that has not
 * changed gives the same answer. Whether the testimonials and pictures it
 * names exist is checked every time. The cache belongs to the code that made
 * it: any change in src/mdx/ or in the installed packages starts it afresh.
 */
export interface Inspection {
	/** The body's problems as src/mdx reads it; empty when it is safe. */
	unsafe: string[];
	testimonials: MdxReference[];
	images: MdxReference[];
}

export class InspectionCache {
	private readonly file: string | undefined;
	private readonly version: string | undefined;
	private readonly known: Map<string, Inspection>;
	private readonly used = new Map<string, Inspection>();

	/** Without a file (or when the code's version cannot be read), nothing is kept. */
	constructor(file?: string) {
		this.version = file ? codeVersion() : undefined;
		this.file = this.version ? file : undefined;
		this.known = new Map(this.file ? readEntries(this.file, this.version!) : []);
	}

	/** The inspection of `body` (starting on `firstLine` of its file), from the cache or from `inspect`. */
	get(body: string, firstLine: number, inspect: () => Inspection): Inspection {
		if (!this.file) return inspect();
		const key = createHash('sha256').update(`${firstLine}\0${body}`).digest('base64url');
		const inspection = this.known.get(key) ?? inspect();
		this.used.set(key, inspection);
		return inspection;
	}

	/** Writes what this run used (so entries of deleted stories go). */
	save(): void {
		if (!this.file) return;
		fs.mkdirSync(path.dirname(this.file), { recursive: true });
		fs.writeFileSync(this.file, JSON.stringify({ version: this.version, entries: [...this.used] }));
	}
}

function readEntries(file: string, version: string): [string, Inspection][] {
	const cache = readJsonFile(file) as { version?: string; entries?: [string, Inspection][] } | undefined;
	return cache?.version === version && Array.isArray(cache.entries) ? cache.entries : [];
}

/** A hash of the MDX check's own code and the lockfile that pins its parsers; undefined when either cannot be read. */
function codeVersion(): string | undefined {
	try {
		const mdx = fileURLToPath(new URL('../mdx/', import.meta.url));
		const hash = createHash('sha256');
		for (const name of fs.readdirSync(mdx).sort()) hash.update(name).update(fs.readFileSync(path.join(mdx, name)));
		hash.update(fs.readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url))));
		return hash.digest('base64url');
	} catch {
		return undefined;
	}
}
