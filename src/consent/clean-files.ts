import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../lib/files.ts';
import { codeVersion } from './code-version.ts';
import type { Needle } from './needles.ts';

/**
 * The built files the leak proof found clean, kept between builds (JSON in
 * the build cache): a file with the same path and content (SHA-256) as one
 * the last build found clean, searched for the same needles by the same
 * code, is not searched again. The CMS's 5.8 MB script is the same in every
 * build, and so are most pages when little changed; a new withdrawal changes
 * the needles, and every file is searched again.
 */
export class CleanFiles {
	private readonly file: string | undefined;
	private readonly terms: string | undefined;
	private readonly known: Record<string, CleanFile>;
	private readonly found: Record<string, CleanFile> = {};

	/** `file`: where to keep them; without it nothing is kept. */
	constructor(file: string | undefined, needles: readonly Needle[]) {
		const version = file ? codeVersion(['clean-files.ts', 'leak-check.ts', 'needle-search.ts', 'reader-words.ts', 'site-text.ts', 'word-runs.ts']) : undefined;
		this.file = version ? file : undefined;
		this.terms = version && crypto.hash('sha256', `${version}\0${JSON.stringify(needles)}`, 'base64url');
		const stored = this.file ? (readJsonFile(this.file) as { terms?: unknown; files?: Record<string, CleanFile> } | undefined) : undefined;
		this.known = stored?.terms === this.terms && stored?.files ? stored.files : {};
	}

	/** The key of a built file: its path relative to the build, and its bytes. */
	key(file: string, content: Buffer): string | undefined {
		return this.file ? crypto.createHash('sha256').update(file).update('\0').update(content).digest('base64url') : undefined;
	}

	/** What the last build found in a clean file with this key, if it did. */
	get(key: string | undefined): CleanFile | undefined {
		const clean = key === undefined ? undefined : this.known[key];
		if (clean) this.found[key!] = clean;
		return clean;
	}

	/** Records a file found clean. */
	set(key: string | undefined, clean: CleanFile): void {
		if (key !== undefined) this.found[key] = clean;
	}

	/** Writes the files this build found clean (and only those). */
	save(): void {
		if (!this.file) return;
		fs.mkdirSync(path.dirname(this.file), { recursive: true });
		fs.writeFileSync(this.file, JSON.stringify({ terms: this.terms, files: this.found }));
	}
}

/** What a clean file tells the rest of the proof: the page it belongs to and the pictures it shows (see leak-check.ts). */
export interface CleanFile {
	page: string;
	pictures: string[];
}
