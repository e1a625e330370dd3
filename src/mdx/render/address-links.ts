import { defineHastPlugin, type HastContent, type HastPluginEntry } from 'satteri';
import { ADDRESS_CLASS, JOIN_CLASS, addressPieces } from '../../lib/addresses.ts';

/**
 * Links in a body that show their own address: `<privacy@ziekenhuis.nl>`,
 * `<https://www.zorgkaartnederland.nl/…>`, `[www.x.nl](https://www.x.nl/)`.
 * They are kept in one piece as every e-mail or web address the site's own
 * components show is (src/lib/addresses.ts): never broken at one of their
 * own hyphens, where a reader would take "ziekenhuis-" at the end of a line
 * for a hyphenated word. A link with words of its own ("mail ons") wraps as
 * text.
 */

/**
 * Whether a link's text is its own address: the e-mail address of a mailto:
 * link (without the subject, body or copies after its "?", which RFC 6068
 * section 2 puts outside the address), or the web address with or without
 * "https://" or "http://" and a final slash; %-codes are compared decoded.
 *
 * @param href the link's address as it stands in the page
 * @param text the link's text content
 * @example
 * showsOwnAddress('mailto:privacy@ziekenhuis.nl', 'privacy@ziekenhuis.nl') // true
 * showsOwnAddress('mailto:privacy@ziekenhuis.nl?subject=Vraag', 'privacy@ziekenhuis.nl') // true
 * showsOwnAddress('https://www.x.nl/', 'www.x.nl') // true
 * showsOwnAddress('mailto:privacy@ziekenhuis.nl', 'Mail ons') // false
 */
export function showsOwnAddress(href: string, text: string): boolean {
	const shown = withoutFinalSlash(safeDecode(text.trim()));
	if (shown === '' || /\s/.test(shown)) return false;
	const address = withoutFinalSlash(safeDecode(withoutMailHeaders(href.trim())));
	return shown === address || shown === address.replace(/^(mailto:|https?:\/\/)/i, '');
}

const withoutFinalSlash = (text: string) => text.replace(/\/$/, '');

/** A mailto: address without its header fields ("?subject=…&body=…", RFC 6068 section 2); any other address as it is. */
const withoutMailHeaders = (href: string) => (/^mailto:/i.test(href) ? href.replace(/\?.*$/s, '') : href);

function safeDecode(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}

/**
 * A Sätteri hast plugin for Astro's `markdown.processor` (.md and .mdx
 * bodies): each link that shows its own address ({@link showsOwnAddress})
 * gets the class {@link ADDRESS_CLASS}, beside any class it has, and its
 * text the address's pieces ({@link addressPieces}).
 */
export function addressLinksPlugin(): HastPluginEntry {
	return defineHastPlugin({
		name: 'zorgmerk-address-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				const text = ctx.textContent(node);
				// Only a link whose one child is its text: anything else (emphasis inside a link) is left as written.
				if (typeof href !== 'string' || node.children.length !== 1 || node.children[0]?.type !== 'text' || !showsOwnAddress(href, text)) return;
				const classes: unknown = node.properties?.className;
				const existing = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
				ctx.setProperty(node, 'className', [...existing.filter((name: string) => name !== ADDRESS_CLASS), ADDRESS_CLASS]);
				const pieces: HastContent[] = addressPieces(text).map(({ text: piece, joined }) =>
					joined ? { type: 'element', tagName: 'span', properties: { className: [JOIN_CLASS] }, children: [{ type: 'text', value: piece }] } : { type: 'text', value: piece },
				);
				ctx.replaceNode(node.children[0], pieces);
			},
		},
	});
}
