import fs from 'node:fs';
import path from 'node:path';

/** Words per minute for reading plain-language text on a screen. */
const WORDS_PER_MINUTE = 200;

/** Strips Markdown/MDX syntax so that only the words a reader reads are counted. */
function plainWords(markdown: string): string[] {
	const text = markdown
		.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, ' ') // front matter, up to its closing line
		.replace(/```[\s\S]*?```/g, ' ') // code blocks
		.replace(/<[^>]+>/g, ' ') // tags and components
		.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
		.replace(/[#>*_`~|-]+/g, ' ');
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Minutes needed to read the text, at least 1. */
export function readingMinutes(markdown: string): number {
	return Math.max(1, Math.round(plainWords(markdown).length / WORDS_PER_MINUTE));
}

/**
 * Minutes needed to read a content file (path relative to the project, as
 * Astro's entry.filePath). Read from disk: the build keeps no copy of the
 * text of every story in memory (retainBody in src/content.config.ts).
 */
export function readingMinutesOfFile(filePath: string): number {
	return readingMinutes(fs.readFileSync(path.resolve(filePath), 'utf8'));
}
