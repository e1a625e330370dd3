import { decodeHTML } from 'entities';

/**
 * The one normaliser of text as a reader sees it, used on both sides of the
 * leak proof: on what may not be published (a quote, a story's text) and on
 * every text, attribute, index and feed of the built site. Two texts a reader
 * would read as the same words give the same words here, however they were
 * written or encoded:
 *
 * - JSON escapes (`\u00e9`, `\"`, `\n`) and HTML entities (`&amp;`, `&#39;`,
 *   `&nbsp;`, decoded by the `entities` library, twice, for text that was
 *   escaped once more, such as HTML inside a feed);
 * - Unicode compatibility forms (NFKC: the ligature "ﬁ", full-width letters),
 *   case (lower case, ß as ss) and accents ("patiënt" and "patient" are the
 *   same word, as a reader who searches for it would expect);
 * - soft hyphens, zero-width spaces and joiners, bidi marks and every other
 *   invisible format character (Unicode category Cf), which split a word for
 *   a program but not for a reader;
 * - markup (`<em>`, `<br/>`, comments), punctuation and any whitespace
 *   between words.
 *
 * A word is a run of letters and digits ("henk", "jan", "62"); "Henk-Jan, 62"
 * is three words.
 */

const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|([nrtbf"\\/]))/g;
const JSON_SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: ' ', f: ' ', '"': '"', '\\': '\\', '/': '/' };
/** Tags and comments; "a < b" is left alone. */
const MARKUP = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>/g;
const INVISIBLE = /\p{Cf}/gu;
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN_ASCII = /^[\x20-\x7e\s]*$/;

/**
 * The words of `text` as a reader sees them, lower case, without accents.
 *
 * @example
 * readerWords('Om drie&nbsp;uur zat ik <em>al­weer</em> thuis') // ['om', 'drie', 'uur', 'zat', 'ik', 'alweer', 'thuis']
 */
export function readerWords(text: string): string[] {
	let decoded = text.includes('\\') ? text.replace(JSON_ESCAPE, (_, hex: string | undefined, simple: string | undefined) => (hex ? String.fromCharCode(Number.parseInt(hex, 16)) : JSON_SIMPLE[simple!]!)) : text;
	if (decoded.includes('&')) {
		decoded = decodeHTML(decoded);
		if (decoded.includes('&')) decoded = decodeHTML(decoded);
	}
	if (decoded.includes('<')) decoded = decoded.replace(MARKUP, ' ');
	if (PLAIN_ASCII.test(decoded)) return decoded.toLowerCase().match(WORD) ?? [];
	const folded = decoded
		.normalize('NFKC')
		.replace(INVISIBLE, '')
		.toLowerCase()
		.replaceAll('ß', 'ss')
		.normalize('NFD')
		.replace(MARKS, '');
	return folded.match(WORD) ?? [];
}

/** The same words joined by single spaces: "om drie uur zat ik alweer thuis". */
export function readerText(text: string): string {
	return readerWords(text).join(' ');
}
