/**
 * The text of a built file's bytes, decoded as a browser decodes it: the one
 * decoder of the checks after the build, so that the consent check, the SEO
 * audit and the budgets read the same text (see BuiltSite.parsed in
 * findings-cache.ts and fileText in src/consent/site-text.ts).
 *
 * Astro writes UTF-8, and a file of public/ is published as it is: a page
 * saved as UTF-16 with a byte-order mark, or in windows-1252 with a
 * `<meta charset>`, is shown by a browser in that encoding. Read as UTF-8,
 * its words were not words, and the consent check found none of them.
 */

/** How the encoding of a file is declared: HTML by `<meta charset>`, XML by its declaration, other text not at all. */
export type TextFormat = 'html' | 'xml' | 'text';

/** How far into a page a browser looks for `<meta charset>` (WHATWG HTML, "prescan a byte stream": 1024 bytes). */
const PRESCAN_BYTES = 1024;
/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`, simplified from the prescan. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
/** `<?xml version="1.0" encoding="…"?>` at the very start (XML 1.0, 4.3.3). */
const XML_ENCODING = /^<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/;

/**
 * The text of `bytes`, by the first rule that applies, as WHATWG's Encoding
 * and HTML standards order them: a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE), which is kept out of the text; the encoding the file declares
 * (`format`), when the platform knows it (a UTF-16 label in a page's
 * `<meta>` means UTF-8, as browsers read it); else UTF-8. Bytes that are not
 * valid in the encoding become U+FFFD. Never throws.
 */
export function decodeText(bytes: Uint8Array, format: TextFormat): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
	const declared = format === 'text' ? undefined : declaredEncoding(bytes, format);
	return decodeAs(declared ?? 'utf-8', bytes);
}

/** The encoding a page or XML file names in its first bytes, as TextDecoder's name; undefined for none, UTF-8 or one unknown. */
function declaredEncoding(bytes: Uint8Array, format: 'html' | 'xml'): string | undefined {
	const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
	const label = (format === 'html' ? META_CHARSET : XML_ENCODING).exec(start)?.[1];
	if (!label) return undefined;
	let encoding: string;
	try {
		encoding = new TextDecoder(label).encoding;
	} catch {
		return undefined;
	}
	// A page cannot declare UTF-16 in bytes that read as ASCII: browsers take such a label for UTF-8 (WHATWG HTML).
	if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return undefined;
	return encoding;
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
	if (encoding === 'utf-8') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
	return new TextDecoder(encoding).decode(bytes);
}
