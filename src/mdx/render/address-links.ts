import { defineHastPlugin, defineMdastPlugin, type HastContent, type HastPluginEntry, type MdastPluginDefinition } from 'satteri';
import { ADDRESS_CLASS, JOIN_CLASS, addressPieces, isAddressText } from '../../lib/addresses.ts';

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
 * What smart punctuation makes of characters typed on a keyboard (Astro's
 * markdown `smartypants`, on by default; Sätteri applies it while it parses,
 * to a link's text but not to its address): "--" an en dash, "---" an em
 * dash, "..." an ellipsis, ' and " curly. Undone in a link that shows its own
 * address, so "poli-long-en-hart--team@…" is not shown as "…hart–team@…".
 */
const SMART: readonly [RegExp, string][] = [
	[/\u2014/g, '---'],
	[/\u2013/g, '--'],
	[/\u2026/g, '...'],
	[/[\u2018\u2019]/g, "'"],
	[/[\u201c\u201d]/g, '"'],
];

/** `text` with smart punctuation undone (see {@link SMART}). */
export function withoutSmartPunctuation(text: string): string {
	return SMART.reduce((result, [smart, typed]) => result.replace(smart, typed), text);
}

/**
 * A link's text as the address it shows, or undefined when it does not show
 * its own address ({@link showsOwnAddress}): as it stands, or as it was typed
 * before smart punctuation changed it.
 *
 * @example
 * addressShown('mailto:a--b@x.example', 'a–b@x.example') // 'a--b@x.example'
 * addressShown('mailto:a@x.example', 'Mail ons') // undefined
 */
export function addressShown(href: string, text: string): string | undefined {
	if (showsOwnAddress(href, text)) return text;
	const typed = withoutSmartPunctuation(text);
	return typed !== text && showsOwnAddress(href, typed) ? typed : undefined;
}

type HastNodeLike = { type: string; value?: string; children?: readonly HastNodeLike[] };

/** Every text node inside `node`, however deeply nested (`[**adres@x.example**](mailto:…)`), in order. */
function textNodesIn(node: HastNodeLike): HastNodeLike[] {
	const found: HastNodeLike[] = [];
	const stack = [...(node.children ?? [])].reverse();
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (next.type === 'text') found.push(next);
		else if (next.children) stack.push(...[...next.children].reverse());
	}
	return found;
}

/** An address's pieces as hast: plain text, and each hyphen with the character after it in a span that does not wrap. */
function piecesOf(text: string): HastContent[] {
	return addressPieces(text).map(({ text: piece, joined }) =>
		joined ? { type: 'element', tagName: 'span', properties: { className: [JOIN_CLASS] }, children: [{ type: 'text', value: piece }] } : { type: 'text', value: piece },
	);
}

/** The element's classes with {@link ADDRESS_CLASS} added once. */
function withAddressClass(classes: unknown): string[] {
	const existing = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
	return [...existing.filter((name: string) => name !== ADDRESS_CLASS), ADDRESS_CLASS];
}

/**
 * A Sätteri hast plugin for Astro's `markdown.processor` (.md and .mdx
 * bodies): each link that shows its own address ({@link addressShown}),
 * with its text plain or inside emphasis, gets the class {@link ADDRESS_CLASS}
 * beside any class it has, and every text in it the address's pieces
 * ({@link addressPieces}), as it was typed; an inline code span that holds an
 * address ({@link isAddressText}) is treated the same way. A code block
 * (`<pre>`) keeps its lines as written.
 */
export function addressLinksPlugin(): HastPluginEntry {
	return defineHastPlugin({
		name: 'zorgmerk-address-links',
		element: {
			filter: ['a', 'code'],
			visit(node, ctx) {
				const text = ctx.textContent(node);
				let typed: boolean;
				if (node.tagName === 'a') {
					const href = node.properties?.href;
					const shown = typeof href === 'string' ? addressShown(href, text) : undefined;
					if (shown === undefined) return;
					typed = shown !== text;
				} else {
					const parent = ctx.parent(node) as { type: string; tagName?: string } | undefined;
					if (parent?.type === 'element' && parent.tagName === 'pre') return;
					if (!isAddressText(text)) return;
					typed = false;
				}
				ctx.setProperty(node, 'className', withAddressClass(node.properties?.className));
				for (const child of textNodesIn(node as HastNodeLike)) {
					const value = child.value ?? '';
					ctx.replaceNode(child as never, piecesOf(typed ? withoutSmartPunctuation(value) : value));
				}
			},
		},
	});
}

/**
 * The address of a link GFM made of a bare web address in the text
 * (`www.zorgkaart.nl/lindeveld`, an autolink literal): GFM gives it
 * `http://`, which sends the reader over an unencrypted connection first (or
 * nowhere, on a host without it). The site links only to https (a
 * CallToAction may not use http:), so such a link gets `https://`. An
 * address the editor wrote out with http:// (`[www.x.nl](http://www.x.nl)`,
 * `http://www.x.nl`) is left as written: only an address that is not in the
 * source as it stands, which GFM made up, is changed.
 *
 * @param url the link's address as the parser made it
 * @param text the link's text
 * @param source the body as written
 * @returns the address to use: https:// for a bare www. address, else `url`
 * @example
 * bareWebAddressLink('http://www.x.nl/a', 'www.x.nl/a', 'Zie www.x.nl/a.') // 'https://www.x.nl/a'
 * bareWebAddressLink('http://www.x.nl', 'www.x.nl', 'Zie [www.x.nl](http://www.x.nl).') // 'http://www.x.nl'
 */
export function bareWebAddressLink(url: string, text: string, source: string): string {
	return /^www\./i.test(text) && url === `http://${text}` && !source.includes(url) ? `https://${text}` : url;
}

/**
 * A Sätteri mdast plugin for Astro's `markdown.processor` (.md and .mdx
 * bodies): a bare `www.` address in the text links to https; see
 * {@link bareWebAddressLink}.
 */
export function bareWebAddressesPlugin(): MdastPluginDefinition {
	return defineMdastPlugin({
		name: 'zorgmerk-bare-web-addresses',
		link: (node, ctx) => {
			const child = node.children.length === 1 ? node.children[0] : undefined;
			if (child?.type !== 'text') return;
			const url = bareWebAddressLink(node.url, child.value, ctx.source);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
	});
}
