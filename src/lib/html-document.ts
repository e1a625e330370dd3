import { DomHandler, DomUtils, ElementType, Parser, type parseDocument } from 'htmlparser2';
import { decodeText } from './text-encoding.ts';

/**
 * One HTML parser for every check after the build: a built page is parsed
 * once, with htmlparser2 into its tree (domhandler), and the consent check,
 * the SEO audit and the budgets each read that tree (see BuiltSite.parsed in
 * findings-cache.ts). htmlparser2 because the consent check's proof relies on
 * how it reads a page (every text and attribute, entities decoded, JSON in
 * scripts), and it parsed the benchmark's pages in about half the time
 * node-html-parser took, which the audit and budgets used before.
 *
 * The tree is htmlparser2's own (domhandler's nodes); the types below name
 * it through htmlparser2's exports, without a dependency on domhandler's
 * package, whose version is htmlparser2's business.
 */

/** A parsed page: its root, whose children are the doctype and <html>. */
export type HtmlDocument = ReturnType<typeof parseDocument>;
/** An element of a parsed page: `name` in lower case, `attribs` with entities decoded (the first of a repeated attribute). */
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];
/** Any node of a parsed page: element, text, comment, CDATA or doctype. */
export type HtmlNode = HtmlDocument['children'][number];

/**
 * How every page is read, as a browser reads HTML: entities decoded in text
 * and attributes, tag and attribute names in lower case, <script>, <style>,
 * <title> and <textarea> as text. htmlparser2's defaults, written out so that
 * a change of default cannot change what the checks see.
 */
const OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: false, recognizeSelfClosing: false } as const;

/**
 * Parses an HTML page or fragment, as htmlparser2's parseDocument does. Never throws: broken HTML is read as a
 * browser would, more or less.
 */
export function parseHtml(html: string): HtmlDocument {
	const handler = new PageHandler(undefined, OPTIONS);
	new Parser(handler, OPTIONS).end(html);
	if (handler.repeated.length > 0) repeated.set(handler.root, handler.repeated);
	return handler.root;
}

/** The values of the attributes each page repeats on an element, which its tree leaves out (see {@link repeatedAttributes}). */
const repeated = new WeakMap<HtmlDocument, string[]>();

/**
 * The values of attributes a page repeats on one element (`<img alt="" alt="…">`), in document order: the tree keeps
 * the first, as a browser does, but the page's source holds every one (for the consent check, site-text.ts).
 */
export function repeatedAttributes(document: HtmlDocument): readonly string[] {
	return repeated.get(document) ?? [];
}

/** htmlparser2's tree builder, noting the value of an attribute the element already has, which the tree drops. */
class PageHandler extends DomHandler {
	readonly repeated: string[] = [];
	/** The names of the attributes of the tag being read: a few, so a list. */
	private readonly names: string[] = [];

	onopentagname(): void {
		this.names.length = 0;
	}

	onattribute(name: string, value: string): void {
		if (this.names.includes(name)) this.repeated.push(value);
		else this.names.push(name);
	}
}

/**
 * A built page's bytes, decoded as a browser decodes them (a byte-order mark, else its `<meta charset>`, else
 * UTF-8: text-encoding.ts) and parsed: the tree every check after the build reads (BuiltSite.parsed), and the
 * consent check's text of the page (fileText in src/consent/site-text.ts).
 */
export function parsePage(bytes: Uint8Array): HtmlDocument {
	return parseHtml(decodeText(bytes, 'html'));
}

/**
 * The modules whose code makes a parsed page, this one and its decoder: what a check found in a page and keeps
 * (FindingsCache) belongs to them as much as to the check's own module.
 */
export const PAGE_CODE: readonly URL[] = [new URL('html-document.ts', import.meta.url), new URL('text-encoding.ts', import.meta.url)];

/** Whether a node is an element (<script> and <style> included, which domhandler types apart). */
export function isElement(node: HtmlNode | HtmlDocument): node is HtmlElement {
	return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

/** Every element of a parsed page, in document order, listed at the first query: the checks ask a page a few dozen questions. */
const listed = new WeakMap<HtmlDocument, HtmlElement[]>();

/**
 * The elements below `root` (not `root` itself), in document order. Walked
 * with a list of its own, not by recursion: a page nested thousands of
 * elements deep is read, not a stack overflow (see {@link replay}).
 */
function elementsBelow(root: HtmlDocument | HtmlElement): HtmlElement[] {
	const known = root.type === ElementType.Root ? listed.get(root) : undefined;
	if (known) return known;
	const elements: HtmlElement[] = [];
	const pending: HtmlNode[] = [];
	const below = (node: HtmlDocument | HtmlNode) => {
		if ('children' in node) for (let at = node.children.length - 1; at >= 0; at -= 1) pending.push(node.children[at]!);
	};
	below(root);
	while (pending.length > 0) {
		const node = pending.pop()!;
		if (isElement(node)) {
			elements.push(node);
			below(node);
		} else if (node.type === ElementType.CDATA) below(node);
	}
	if (root.type === ElementType.Root) listed.set(root, elements);
	return elements;
}

/** Every element below `root` (not `root` itself) for which `test` holds, in document order. */
export function findElements(root: HtmlDocument | HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement[] {
	return elementsBelow(root).filter(test);
}

/** The first element below `root` (not `root` itself), in document order, for which `test` holds. */
export function findElement(root: HtmlDocument | HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
	return elementsBelow(root).find(test);
}

/** A test for elements named `name` (lower case), and, when given, with attribute `attribute` exactly `value`. */
export function named(name: string, attribute?: string, value?: string): (element: HtmlElement) => boolean {
	if (attribute === undefined) return (element) => element.name === name;
	return (element) => element.name === name && (value === undefined ? Object.hasOwn(element.attribs, attribute) : element.attribs[attribute] === value);
}

/** The value of an attribute, entities decoded; undefined when the element has none ("" for one without a value). */
export function attribute(element: HtmlElement, name: string): string | undefined {
	return Object.hasOwn(element.attribs, name) ? element.attribs[name] : undefined;
}

/** Whether a list of words separated by white space (an attribute such as rel or class) holds `word`, as CSS's `[rel~=word]`. */
export function hasWord(value: string | undefined, word: string): boolean {
	return value !== undefined && value.split(/\s+/).includes(word);
}

/**
 * The text of a node as written in it, entities decoded: its text nodes in
 * order, a <br> as a line break, the code of a <script> or <style> as it is;
 * comments left out.
 */
export function textOf(node: HtmlNode | HtmlDocument): string {
	let text = '';
	const pending: (HtmlNode | HtmlDocument)[] = [node];
	while (pending.length > 0) {
		const next = pending.pop()!;
		if (next.type === ElementType.Text) text += next.data;
		else if (isElement(next) && next.name === 'br') text += '\n';
		else if (isElement(next) || next.type === ElementType.CDATA || next.type === ElementType.Root) {
			for (let at = next.children.length - 1; at >= 0; at -= 1) pending.push(next.children[at]!);
		}
	}
	return text;
}

/** What {@link replay} calls: htmlparser2's Handler's callbacks for elements, text, comments and declarations. */
export interface HtmlEvents {
	onopentag(name: string, attributes: Record<string, string>): void;
	ontext(text: string): void;
	onclosetag(name: string): void;
	/** A comment's text, between "<!--" and "-->" (a conditional comment's too). */
	oncomment?(data: string): void;
	/** A declaration or processing instruction: `name` as "!doctype" or "?xml", `data` all between "<" and ">". */
	onprocessinginstruction?(name: string, data: string): void;
}

/**
 * Calls `events` for a parsed page as htmlparser2's streaming Parser calls
 * them while it reads the page: each element opened with its attributes, its
 * text (in one piece or more, between the same tags) and its children, then
 * closed; comments, the doctype and other declarations where they stand,
 * to a reader that asks for them. A reader written for the stream reads the
 * shared tree the same.
 *
 * Walked with a list of its own, not by recursion, as the streaming parser
 * reads: a page nested thousands of elements deep (which htmlparser2 parses
 * without trouble) is read, where a recursive walk overflowed the stack at
 * about 5,000 levels and stopped the build with a RangeError.
 */
export function replay(node: HtmlDocument | HtmlNode, events: HtmlEvents): void {
	/** What is left to do, the next step last: a node to read, or the name of an element to close. */
	const pending: (HtmlDocument | HtmlNode | string)[] = [node];
	while (pending.length > 0) {
		const next = pending.pop()!;
		if (typeof next === 'string') events.onclosetag(next);
		else if (next.type === ElementType.Text) events.ontext(next.data);
		else if (next.type === ElementType.Comment) events.oncomment?.(next.data);
		else if (next.type === ElementType.Directive) events.onprocessinginstruction?.(next.name, next.data);
		else if (isElement(next)) {
			events.onopentag(next.name, next.attribs);
			pending.push(next.name);
			for (let at = next.children.length - 1; at >= 0; at -= 1) pending.push(next.children[at]!);
		} else if (next.type === ElementType.Root || next.type === ElementType.CDATA) {
			for (let at = next.children.length - 1; at >= 0; at -= 1) pending.push(next.children[at]!);
		}
	}
}
