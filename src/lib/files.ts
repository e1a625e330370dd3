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
