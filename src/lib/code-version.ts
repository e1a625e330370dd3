import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** src/, which names the files hashed. */
const SRC = fileURLToPath(new URL('..', import.meta.url));

/**
 * A hash of the code that makes what a build cache keeps, and of
 * package-lock.json, which pins the parsers it uses (Sätteri, entities,
 * htmlparser2, node-html-parser): what the cache keeps belongs to that code,
 * and a change in either starts it afresh. Undefined when a file cannot be
 * read (then nothing is kept).
 *
 * @param files the modules, as `file:` URLs (`new URL('audit.ts', import.meta.url)`).
 */
export function codeVersion(files: readonly URL[]): string | undefined {
	try {
		const hash = createHash('sha256');
		for (const name of files) {
			const file = fileURLToPath(name);
			// Named as in the project, so that a copy of it elsewhere has the same version.
			hash.update(path.relative(SRC, file)).update('\0').update(fs.readFileSync(file));
		}
		hash.update(fs.readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url))));
		return hash.digest('base64url');
	} catch {
		return undefined;
	}
}
