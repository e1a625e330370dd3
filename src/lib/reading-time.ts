/**
 * Reading time of a text, pure: used by the story pages (through reading-time-of-file.ts) and by the CMS's
 * preview in the browser, which has no file system.
 */

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
