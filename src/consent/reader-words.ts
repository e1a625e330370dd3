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
 *   between words (but see {@link readerReadings}: what looks like markup
 *   may be text a reader sees).
 *
 * A word is a run of letters and digits ("henk", "jan", "62"); "Henk-Jan, 62"
 * is three words.
 */

const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|([nrtbf"\\/]))/g;
const JSON_SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: ' ', f: ' ', '"': '"', '\\': '\\', '/': '/' };
/** Tags and comments; "a < b" is left alone. */
const MARKUP = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>/g;
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of `text` as a reader sees them, lower case, without accents.
 *
 * @example
 * readerWords('Om drie&nbsp;uur zat ik <em>al­weer</em> thuis') // ['om', 'drie', 'uur', 'zat', 'ik', 'alweer', 'thuis']
 */
export function readerWords(text: string): string[] {
	const decoded = decodedText(text);
	return wordsOf(decoded.includes('<') ? decoded.replace(MARKUP, ' ') : decoded);
}

/**
 * The words of `text` read as {@link readerWords} reads them and, when that
 * reading left out something it took for markup (a comment, a tag), read a
 * second time with it: the words inside "<" and ">" where they stand. Text that
 * is HTML needs the first reading, in which a tag splits no run of words ("om
 * drie <em>uur</em>"); text a reader sees as it is written needs the second:
 * an alt text, a meta description or an element's text that says "Over ons.
 * <!-- Om drie uur zat ik … -->" shows the comment, and a search engine its
 * words (an editor who "commented out" a withdrawn quote in a description
 * published it). A searcher that cannot tell which a text is reads both.
 *
 * @returns one reading, or two: markup left out, then read.
 * @example
 * readerReadings('Over ons. <!-- Om drie uur -->') // [['over', 'ons'], ['over', 'ons', 'om', 'drie', 'uur']]
 */
export function readerReadings(text: string): [string[]] | [string[], string[]] {
	const decoded = decodedText(text);
	if (!decoded.includes('<')) return [wordsOf(decoded)];
	const markupLeftOut = decoded.replace(MARKUP, ' ');
	return markupLeftOut === decoded ? [wordsOf(decoded)] : [wordsOf(markupLeftOut), wordsOf(decoded)];
}

/** JSON escapes and HTML entities decoded (entities twice, for text escaped once more). */
function decodedText(text: string): string {
	let decoded = text.includes('\\') ? text.replace(JSON_ESCAPE, (_, hex: string | undefined, simple: string | undefined) => (hex ? String.fromCharCode(Number.parseInt(hex, 16)) : JSON_SIMPLE[simple!]!)) : text;
	if (decoded.includes('&')) {
		decoded = decodeHTML(decoded);
		if (decoded.includes('&')) decoded = decodeHTML(decoded);
	}
	return decoded;
}

/** The words of decoded text: runs of letters and digits, folded (see readerWords). */
function wordsOf(decoded: string): string[] {
	// A loop over the characters: a Unicode regular expression took 0.9 s for the CMS's 5.8 MB script, this takes a tenth.
	const words: string[] = [];
	let start = -1;
	let plain = true;
	let invisible = false;
	const end = (at: number) => {
		if (start < 0) return;
		let token = decoded.slice(start, at);
		if (invisible) token = token.replace(INVISIBLE, '');
		if (plain) words.push(token.toLowerCase());
		else for (const [word] of fold(token).matchAll(WORD)) words.push(word);
		start = -1;
	};
	for (let at = 0; at < decoded.length; at += 1) {
		const kind = classOf(decoded.charCodeAt(at));
		if (kind === SEPARATOR) end(at);
		else if (kind === FORMAT) invisible = true;
		else {
			if (start < 0) {
				start = at;
				plain = true;
				invisible = false;
			}
			if (kind === OTHER_LETTER) plain = false;
		}
	}
	end(decoded.length);
	return words;
}

const INVISIBLE = /\p{Cf}/gu;
const ASCII_LETTER = 1;
const OTHER_LETTER = 2;
const SEPARATOR = 3;
/** Invisible format characters (soft hyphen, zero-width joiner…): inside a word they are dropped, not a break. */
const FORMAT = 4;
/** Each UTF-16 code unit's kind, found once. Surrogates count as letters: the astral character is folded (NFKC) with its word. */
const KINDS = new Uint8Array(65536);
function classOf(code: number): number {
	let kind = KINDS[code]!;
	if (kind === 0) {
		const char = String.fromCharCode(code);
		if (code < 128) kind = /[a-zA-Z0-9]/.test(char) ? ASCII_LETTER : SEPARATOR;
		else if (code >= 0xd800 && code <= 0xdfff) kind = OTHER_LETTER;
		else if (/\p{Cf}/u.test(char)) kind = FORMAT;
		else kind = /[\p{L}\p{N}\p{M}]/u.test(char) ? OTHER_LETTER : SEPARATOR;
		KINDS[code] = kind;
	}
	return kind;
}

/** Compatibility forms (NFKC: "ﬁ" → "fi"), case (ß → ss) and accents, for a word that is not plain ASCII. */
function fold(token: string): string {
	return token.normalize('NFKC').toLowerCase().replaceAll('ß', 'ss').normalize('NFD').replace(MARKS, '');
}

/** The same words joined by single spaces: "om drie uur zat ik alweer thuis". */
export function readerText(text: string): string {
	return readerWords(text).join(' ');
}

/** Where a sentence or a block ends: . ! ? … (and closing quotes or brackets after them) before a space, or a line break. */
const SENTENCE_END = /(?<=[.!?…]["”’»)\]]*)\s+|\s*\n\s*/u;

/**
 * The words of `text` and where each sentence (or block: heading, list item,
 * paragraph) starts among them, for runs of words that stay within one.
 *
 * @example
 * readerSentences('Dat klinkt klein. Maar het hielp.\nEcht.') // { words: ['dat', 'klinkt', 'klein', 'maar', 'het', 'hielp', 'echt'], starts: [0, 3, 6] }
 */
export function readerSentences(text: string): { words: string[]; starts: number[] } {
	const words: string[] = [];
	const starts: number[] = [];
	for (const sentence of text.split(SENTENCE_END)) {
		const found = readerWords(sentence);
		if (found.length === 0) continue;
		starts.push(words.length);
		words.push(...found);
	}
	return { words, starts };
}
