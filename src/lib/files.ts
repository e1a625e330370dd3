import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, relative to it, with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** The SHA-256 of a file's bytes, as hex. */
export function fileHash(file: string): string {
	return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * The JSON in a file the build keeps for itself (a cache, a record of the
 * last build); undefined when there is none yet or it is damaged, which only
 * costs the work of making it again. The caller checks its shape.
 */
export function readJsonFile(file: string): unknown {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
	} catch {
		return undefined;
	}
}
