import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The day each content file last changed, for the sitemap's lastmod: from Git
 * (one `git log` for the whole folder), or the file's modification date
 * outside a Git checkout.
 */
export function lastChangedDays(folder: string): (file: string) => string | undefined {
	const days = new Map<string, string>();
	try {
		const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
		let day = '';
		for (const line of log.split('\n')) {
			if (line.startsWith('@')) day = line.slice(1);
			else if (line && !days.has(path.join(root, line))) days.set(path.join(root, line), day);
		}
	} catch {
		// Not a Git checkout, or Git is missing: fall back to the files' own dates.
	}
	return (file) => {
		const absolute = path.resolve(file);
		if (days.has(absolute)) return days.get(absolute);
		try {
			return fs.statSync(absolute).mtime.toISOString().slice(0, 10);
		} catch {
			return undefined;
		}
	};
}
