/**
 * E-mail and web addresses shown as text, kept in one piece on a narrow
 * screen. Browsers may end a line after any hyphen (Unicode line breaking,
 * UAX #14, class HY), so "verhalen@ziekenhuis-lindeveld.example" became
 * "verhalen@ziekenhuis-" and "lindeveld.example" on a phone: a reader takes
 * that for a word the page hyphenated, and types the address without it.
 * CSS cannot take that one break away and keep the others, so each hyphen is
 * joined to the character after it in an element that does not wrap
 * ({@link JOIN_CLASS}); the address then behaves as one long word: it moves
 * to the next line whole, and only when it is longer than a whole line is it
 * cut where that line ends, without a hyphen added (`overflow-wrap: anywhere`,
 * {@link ADDRESS_CLASS} in src/styles/global.css). The text itself is
 * unchanged, so it is copied, read aloud and searched as written.
 */

/** The class of an element showing an e-mail or web address as text. */
export const ADDRESS_CLASS = 'zm-address';

/** The class of a hyphen and the character after it, inside an address: no line ends between them. */
export const JOIN_CLASS = 'zm-address-join';

/** A piece of an address: plain text, or a hyphen (or a run of them) with the character after it, joined. */
export interface AddressPiece {
	text: string;
	joined: boolean;
}

/**
 * An address cut into pieces for the page: the text between hyphens as it
 * is, and each hyphen (or run of hyphens) with the character after it as a
 * joined piece. Joined together the pieces are the address.
 *
 * @example
 * addressPieces('verhalen@ziekenhuis-lindeveld.example')
 * // [{ text: 'verhalen@ziekenhuis', joined: false }, { text: '-l', joined: true }, { text: 'indeveld.example', joined: false }]
 */
export function addressPieces(address: string): AddressPiece[] {
	return address
		.split(/(-+[^-])/u)
		.filter((text) => text !== '')
		.map((text) => ({ text, joined: /^-+[^-]$/u.test(text) }));
}

/**
 * Whether `text` is, as a whole, one e-mail or web address: `info@x.example`,
 * `mailto:info@x.example`, `https://www.x.example/a-b`, `www.x.example`. Used
 * for text that shows an address without being a link to it, such as an
 * inline code span in a body.
 *
 * @example
 * isAddressText('zorg-team@ziekenhuis-lindeveld.example') // true
 * isAddressText('npm run build') // false
 */
export function isAddressText(text: string): boolean {
	return /^(?:mailto:)?[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\].]+$/iu.test(text) || /^(?:https?:\/\/|www\.)[^\s<>]+\.[^\s<>]+$/iu.test(text);
}
