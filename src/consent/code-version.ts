import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the leak proof's own code (the named files of src/consent/) and
 * of package-lock.json, which pins the parsers it uses (Sätteri, entities,
 * htmlparser2): what the build cache keeps from it belongs to that code, and
 * a change in either starts it afresh. Undefined when a file cannot be read
 * (then nothing is kept).
 */
export function codeVersion(files: readonly string[]): string | undefined {
	try {
		const hash = createHash('sha256');
		for (const name of files) hash.update(name).update('\0').update(fs.readFileSync(fileURLToPath(new URL(name, import.meta.url))));
		hash.update(fs.readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url))));
		return hash.digest('base64url');
	} catch {
		return undefined;
	}
}
