import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codeVersion } from './code-version.ts';
import { listFiles, readJsonFile } from './files.ts';
import { parsePage, type HtmlDocument } from './html-document.ts';

/**
 * What a check after the build found in each built file, kept between builds
 * (JSON in the build cache, which CI keeps), so that a build looks again only
 * at the files that changed: an edit of one story costs the checks one page,
 * not the whole site.
 *
 * A finding is kept under the file's **key**: its path in the build and the
 * SHA-256 of its bytes (see {@link BuiltSite.hash}). The whole cache belongs
 * to its **terms**: the check's code (its modules and package-lock.json, see
 * code-version.ts) and every input the check is given besides the file (the
 * consent needles, which hold today's date's verdicts; the site's address and
 * base; the settings the check reads). Any change in the terms starts the
 * cache afresh, so a finding is only ever reused for the same bytes at the same
 * path, judged by the same code on the same terms: what the check would find
 * again. When in doubt, an input belongs in the terms.
 *
 * What the checks that need the whole site (links between pages, duplicate
 * titles, the sitemap) need of a page is kept as part of its finding, and
 * judged again on every build from the kept findings of every page.
 *
 * @example
 * const cache = new FindingsCache<PageAudit>(path.join(cacheDir, 'checks', 'seo-audit.json'), {
 * 	code: [new URL('../seo/audit.ts', import.meta.url)],
 * 	inputs: { siteUrl, base },
 * });
 * const audit = cache.get(cache.key(file, site.hash(file))) ?? auditPage(...);
 */
export class FindingsCache<T> {
	/** The terms as a hash: the code's version and the inputs; undefined when nothing is kept. */
	readonly terms: string | undefined;
	private readonly file: string | undefined;
	private readonly known: Record<string, T>;
	private readonly used: Record<string, T> = {};

	/**
	 * @param file the JSON file to keep the findings in; without it (or when the code cannot be read) nothing is
	 *   kept and every file is looked at.
	 * @param terms `code`: the modules whose code makes the findings; `inputs`: everything else the findings depend
	 *   on, as JSON.
	 */
	constructor(file: string | undefined, terms: { code: readonly URL[]; inputs: unknown }) {
		const version = file ? codeVersion(terms.code) : undefined;
		this.file = version ? file : undefined;
		this.terms = version && createHash('sha256').update(version).update('\0').update(JSON.stringify(terms.inputs) ?? '').digest('base64url');
		const stored = this.file ? (readJsonFile(this.file) as { terms?: unknown; files?: Record<string, T> } | undefined) : undefined;
		this.known = this.terms !== undefined && stored?.terms === this.terms && stored.files && typeof stored.files === 'object' ? stored.files : {};
	}

	/** The key of a built file: its path relative to the build (forward slashes) and the hash of its bytes. */
	key(file: string, hash: string): string {
		return createHash('sha256').update(file).update('\0').update(hash).digest('base64url');
	}

	/** What was found in the file with this key by a build on the same terms; undefined when it must be looked at. */
	get(key: string): T | undefined {
		if (this.terms === undefined || !Object.hasOwn(this.known, key)) return undefined;
		const found = this.known[key]!;
		this.used[key] = found;
		return found;
	}

	/** Records what was found in a file. */
	set(key: string, found: T): void {
		if (this.terms !== undefined) this.used[key] = found;
	}

	/** Keeps what this build found or used, and only that: findings of files no longer built go. */
	save(): void {
		if (!this.file) return;
		fs.mkdirSync(path.dirname(this.file), { recursive: true });
		fs.writeFileSync(this.file, JSON.stringify({ terms: this.terms, files: this.used }));
	}
}

/**
 * The files of a built site, each read for its hash once per build however many
 * checks ask (see FindingsCache). Files added or removed (the search index, an
 * unused original) are seen after {@link changed}.
 *
 * The file in hand: the checks that read each file look at one file after the
 * other, all of them at the same file (site-checks.ts), so the last file read
 * or parsed is kept until another is asked for: every check that must look at
 * a page gets the same bytes and the same parse ({@link parsed}), made only
 * when one of them asks, and dropped with the next file.
 */
export class BuiltSite {
	readonly dir: string;
	private list: string[] | undefined;
	private readonly hashes = new Map<string, string>();
	private inHand: { file: string; bytes: Buffer; document?: HtmlDocument } | undefined;
	private readonly parses = new Map<string, number>();

	/** @param dir the build folder, absolute. */
	constructor(dir: string) {
		this.dir = dir;
	}

	/** Every file, relative to the build, with forward slashes, sorted. */
	files(): string[] {
		return (this.list ??= listFiles(this.dir));
	}

	/** Call after files were added to or removed from the build. */
	changed(): void {
		this.list = undefined;
		this.inHand = undefined;
	}

	/** The file's bytes: read again unless it is the file in hand. */
	read(file: string): Buffer {
		if (this.inHand?.file !== file) this.inHand = { file, bytes: fs.readFileSync(path.join(this.dir, file)) };
		return this.inHand.bytes;
	}

	/**
	 * The file's bytes decoded and parsed as HTML (parsePage in html-document.ts): the same
	 * tree for every check that asks while it is the file in hand, parsed at
	 * the first ask. Read-only: a check must not change it.
	 */
	parsed(file: string): HtmlDocument {
		const bytes = this.read(file);
		const inHand = this.inHand!;
		if (!inHand.document) {
			inHand.document = parsePage(bytes);
			this.parses.set(file, (this.parses.get(file) ?? 0) + 1);
		}
		return inHand.document;
	}

	/** How many times each file was parsed by {@link parsed}, for a test that every changed page is parsed once. */
	parseCounts(): ReadonlyMap<string, number> {
		return this.parses;
	}

	/** The SHA-256 of the file's bytes, as hex (as fileHash() in files.ts); `content` when the caller has read them. */
	hash(file: string, content?: Buffer): string {
		let hash = this.hashes.get(file);
		if (hash === undefined) {
			hash = createHash('sha256')
				.update(content ?? this.read(file))
				.digest('hex');
			this.hashes.set(file, hash);
		}
		return hash;
	}

	/** Removes a file from the build. */
	remove(file: string): void {
		fs.rmSync(path.join(this.dir, file));
		this.hashes.delete(file);
		this.changed();
	}
}
