/**
 * Telling Pagefind's real matches from its last-resort ones, in the search
 * page's script (src/scripts/search.ts). Pure, so it is tested on its own.
 *
 * Pagefind matches every indexed word that starts with the (stemmed) query
 * word: "liesbreuk" finds "liesbreukcentrum". When no indexed word does, it
 * falls back to the longest indexed word that the query word starts with
 * (`find_word_extensions` in pagefind_web/src/search.rs, "checking the
 * inverse"; no option turns this off in Pagefind 1.6). That finds "Liesbreuk"
 * for "liesbreukzorg", but also the Dutch "te" for "tennis", a word on no
 * page: 13 results for nothing. A fallback counts only when the indexed word
 * covers enough of the query word.
 */

/** A fallback shorter than this many letters is never a match (the Dutch "te" and "ten"). */
export const MIN_FALLBACK_LETTERS = 4;

/** A word as Pagefind compares it: lower case, without diacritics or the punctuation around it ("Liesbreuk," → "liesbreuk"). */
export function normaliseWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Whether `matched`, a word Pagefind marked in a result for the query word
 * `query`, is only its last-resort fallback: a proper beginning of the query
 * word that is shorter than {@link MIN_FALLBACK_LETTERS} letters or than half of it.
 *
 * @example isWeakFallback('tennis', 'te') === true; isWeakFallback('liesbreukzorg', 'Liesbreuk') === false;
 *   isWeakFallback('behandelingen', 'behandelt,') === false (a stemmed match, not a fallback)
 */
export function isWeakFallback(query: string, matched: string): boolean {
	const [word, found] = [normaliseWord(query), normaliseWord(matched)];
	if (found.length === 0 || found.length >= word.length || !word.startsWith(found)) return false;
	return found.length < MIN_FALLBACK_LETTERS || found.length * 2 < word.length;
}

/** The words Pagefind marked in an excerpt ("… vaak <mark>te</mark> laat …" → ["te"]). */
export function markedWords(excerpt: string): string[] {
	return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!);
}

/**
 * Whether a result of a search for the single word `query` matched it for
 * real. A result without marks matched in its metadata (a title), which
 * Pagefind searches whole; it counts.
 */
export function isRealMatch(query: string, excerpt: string): boolean {
	const marks = markedWords(excerpt);
	return marks.length === 0 || marks.some((mark) => !isWeakFallback(query, mark));
}

/** The words of a query as Pagefind splits them: on spaces. */
export function queryWords(query: string): string[] {
	return [...new Set(query.split(/\s+/).filter((word) => normaliseWord(word).length > 0))];
}
