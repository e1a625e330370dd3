/**
 * The glob patterns that give Astro's glob loader exactly the files the
 * content check approved (src/content.config.ts), and nothing else.
 *
 * The loader lists files with tinyglobby, which tests every file it finds
 * against every pattern with picomatch, one compiled matcher per pattern. One
 * literal pattern per file made that files × patterns: about 1 s of CPU per
 * collection at 3,000 stories, growing with the square of the stories. So the
 * plain names of a folder go into one brace alternation ("nl/{a.mdx,b.mdx}"),
 * which picomatch compiles into one regular expression. Every other name keeps
 * a pattern of its own with every glob character escaped, as before.
 *
 * Never a wildcard: every alternative is a whole, exact file name, anchored by
 * picomatch at both ends, so no file the check did not approve (a symbolic
 * link beside approved files, an untranslated copy, a name that starts or ends
 * like an approved one) can match.
 *
 * Not even a file named like a pattern: picomatch takes a path that is equal
 * to a pattern's text as a match before it tries the pattern's regular
 * expression, so a file named "nl/{a.mdx,b.mdx}", or "nl/\{c\}.mdx" for an
 * escaped name, would be listed with the approved files. Each pattern whose
 * text is not itself an approved file is followed by a negated, escaped copy
 * of that text ("!nl/\{a.mdx\,b.mdx\}"), which the loader passes to tinyglobby
 * as an ignore pattern (and to picomatch's `ignore` in development).
 */

/** Glob syntax in a file name taken literally: tinyglobby's and picomatch's special characters, each escaped. */
export const literalPattern = (file: string): string => file.replace(/[\\*?[\]{}()!+@|,$^]/g, '\\$&');

/**
 * A name that needs no escaping inside braces: ASCII letters, digits, "_", "-" and ".", not starting with a dot
 * (picomatch matches a dotfile only where the pattern itself starts with a dot), and without "..", which picomatch
 * reads as a range inside braces ("{1..3}"). Every other name gets a literal pattern of its own.
 */
const PLAIN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
const PLAIN_FOLDER = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

/** Well under picomatch's limit on a pattern's length (64 KiB), which it refuses with an error. */
const MAX_PATTERN_LENGTH = 16_000;

/**
 * Glob patterns that select exactly `files` below a loader's base folder.
 *
 * @param files the approved files, relative to the base folder, with forward slashes ("nl/about.mdx"), as
 *   approvedEntryFiles() gives them; names with characters that are not safe in content/ never come here
 *   (src/lib/files.ts), but any name is escaped all the same
 * @returns patterns for Astro's glob() (tinyglobby, picomatch): per folder, its plain names as brace alternations
 *   of at most {@link MAX_PATTERN_LENGTH} characters, and one escaped literal pattern for every other name; then,
 *   for each of them whose text is not an approved file, its text escaped and negated ("!…"), so that a file
 *   named like the pattern is not selected; an empty list for no files (glob() refuses one: the caller gives a
 *   pattern that matches nothing)
 */
export function approvedFilePatterns(files: readonly string[]): string[] {
	const patterns: string[] = [];
	const plainByFolder = new Map<string, string[]>();
	for (const file of files) {
		const slash = file.lastIndexOf('/');
		const folder = slash < 0 ? '' : file.slice(0, slash);
		const name = file.slice(slash + 1);
		if (PLAIN_NAME.test(name) && !name.includes('..') && (folder === '' || PLAIN_FOLDER.test(folder))) {
			const names = plainByFolder.get(folder);
			if (names) names.push(name);
			else plainByFolder.set(folder, [name]);
		} else {
			patterns.push(literalPattern(file));
		}
	}
	for (const [folder, names] of plainByFolder) {
		const prefix = folder === '' ? '' : `${folder}/`;
		let group: string[] = [];
		let length = 0;
		const flush = () => {
			// One name alone in braces would be taken as the literal text "{name}": it gets a plain pattern.
			if (group.length === 1) patterns.push(`${prefix}${group[0]}`);
			else if (group.length > 1) patterns.push(`${prefix}{${group.join(',')}}`);
			group = [];
			length = 0;
		};
		for (const name of [...new Set(names)]) {
			if (length + name.length + prefix.length + 3 > MAX_PATTERN_LENGTH) flush();
			group.push(name);
			length += name.length + 1;
		}
		flush();
	}
	// A negated pattern is itself a text picomatch compares paths with: never one that names an approved file.
	const approved = new Set(files);
	const named = patterns.filter((pattern) => !approved.has(pattern) && !approved.has(literalPattern(pattern)));
	return [...patterns, ...named.map((pattern) => `!${literalPattern(pattern)}`)];
}
