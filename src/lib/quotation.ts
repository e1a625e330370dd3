/**
 * A quotation as the site shows it. The site draws the quotation marks of a
 * quote's language itself (CSS `quotes` from typography.quotes in
 * src/i18n/languages/<code>.ts, see src/styles/quotes.ts), so a quote an
 * editor pasted with its own marks around it, as it stood in an interview
 * transcript or an e-mail, showed them twice: « « Je me suis sentie
 * écoutée. » ». One pair of marks around the whole text is taken off; marks
 * inside it (a quote within the quote) stay as written. Pure and
 * browser-safe: the testimonial schema, the PullQuote block, the content
 * check and the CMS preview all read a quote through it.
 */

/**
 * Each opening mark with the marks that may close it: the conventions of
 * the languages an editor may paste from (“ ” English and Dutch, „ “ German,
 * „ ” Dutch and Polish, « » French, » « Danish, ” ” and » » Swedish and
 * Finnish, ‘ ’ ‚ ‘ ’ ’ for single quotes, 「 」 『 』 Japanese and Chinese;
 * Unicode's Quotation_Mark property lists them). A straight " or ' is typed
 * where a word processor did not curl it, so it pairs with the curly ones too.
 */
const CLOSERS: Readonly<Record<string, string>> = {
	'"': '"”“',
	"'": "'’‘",
	'“': '”"',
	'„': '“”"',
	'‟': '”"',
	'”': '”"',
	'«': '»',
	'»': '«»',
	'‹': '›',
	'›': '‹›',
	'‘': '’\'',
	'‚': '‘’',
	'’': '’\'',
	'「': '」',
	'『': '』',
};

/** The marks a keyboard types, which a word processor did not curl. */
const STRAIGHT = new Set(['"', "'"]);

/** Every quotation mark the site knows, opening or closing. */
const MARKS = new Set([...Object.keys(CLOSERS), ...Object.values(CLOSERS).join('')]);

/** Where a sentence may end after a closing mark, outside it, as Dutch and English write: "Ik voelde me gehoord". */
const SENTENCE_END = /[.!?…]/u;

const LETTER = /[\p{L}\p{N}]/u;

/** ' or ’ between two letters is an apostrophe (m'n, aujourd’hui), never a quotation mark. */
function isApostrophe(text: string, at: number): boolean {
	return (text[at] === "'" || text[at] === '’') && LETTER.test(text[at - 1] ?? '') && LETTER.test(text[at + 1] ?? '');
}

/**
 * `text` without one pair of quotation marks that encloses all of it: the
 * mark it starts with, the mark that closes that one at its very end
 * (optionally followed by the sentence's . ! ? or …, which is kept), and the
 * spaces inside them. Text whose first mark closes before the end (`"Goed,"
 * zei ik. "Echt goed."`), with a mark at one end only, or with none is
 * returned trimmed and otherwise as written; marks inside are never touched.
 *
 * @param text a quote as the editor wrote it
 * @returns the quote as the site shows it, between its own marks
 * @example
 * withoutEnclosingQuotes('« Je me suis sentie écoutée. »') // 'Je me suis sentie écoutée.'
 * withoutEnclosingQuotes('"Ik voelde me gehoord".') // 'Ik voelde me gehoord.'
 * withoutEnclosingQuotes('Mijn dochter zei: "bel de poli".') // unchanged
 * withoutEnclosingQuotes('"Goed," zei ik. "Echt goed."') // unchanged: two quotations, not one around the whole
 */
export function withoutEnclosingQuotes(text: string): string {
	// Every mark is one UTF-16 unit, so indexes into the string are safe here; a surrogate is never a mark.
	const trimmed = text.trim();
	const open = trimmed[0] ?? '';
	const closers = CLOSERS[open];
	if (!closers || trimmed.length < 2) return trimmed;
	let end = trimmed.length - 1;
	const after = end > 1 && SENTENCE_END.test(trimmed[end]!) && closers.includes(trimmed[end - 1]!) ? trimmed[end]! : '';
	if (after) end -= 1;
	if (!closers.includes(trimmed[end]!)) return trimmed;
	// The first mark must close at the end, not earlier: count the same mark opening again inside. Straight marks
	// inside curly ones, or curly inside straight, are a quotation of their own: "Hij zei “ja”." is one pair around all.
	const symmetric = closers.includes(open);
	const inside = [...closers].filter((mark) => STRAIGHT.has(mark) === STRAIGHT.has(open)).join('');
	let depth = 0;
	for (let at = 1; at < end; at += 1) {
		const character = trimmed[at]!;
		if (isApostrophe(trimmed, at)) continue;
		if (!symmetric && character === open) depth += 1;
		else if (inside.includes(character)) {
			if (depth === 0) return trimmed;
			depth -= 1;
		}
	}
	const words = trimmed.slice(1, end).trim();
	return words === '' || SENTENCE_END.test(words.slice(-1)) ? words : `${words}${after}`;
}

/**
 * Whether a quote shows nothing but quotation marks and spaces (`""`, `« »`,
 * `“ ‘ ’ ”`), once its enclosing pair is taken off: a quote nobody can read.
 *
 * @param text a quote as the editor wrote it
 */
export function isOnlyQuotationMarks(text: string): boolean {
	return [...withoutEnclosingQuotes(text)].every((character) => MARKS.has(character) || /\s/u.test(character));
}
