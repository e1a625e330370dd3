import fs from 'node:fs';
import path from 'node:path';
import { readingMinutes } from './reading-time.ts';

/**
 * Minutes needed to read a content file (path relative to the project, as
 * Astro's entry.filePath). Read from disk: the build keeps no copy of the
 * text of every story in memory (retainBody in src/content.config.ts).
 */
export function readingMinutesOfFile(filePath: string): number {
	return readingMinutes(fs.readFileSync(path.resolve(filePath), 'utf8'));
}
