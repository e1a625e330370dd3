import { Parser } from 'htmlparser2';
import { gunzipSync } from 'node:zlib';
import { parseHtml, repeatedAttributes, replay, type HtmlDocument } from '../lib/html-document.ts';
import { decodeText, type TextFormat } from '../lib/text-encoding.ts';

/**
 * Every piece of text in a built file that a reader, a search engine or a
 * social site could see, with where it is: element text, every attribute
 * value, JSON-LD, the search index (decompressed), feeds and the sitemap,
 * stylesheets and scripts; and the comments and declarations of a page or
 * feed, which only its source shows. For the leak proof (leak-check.ts).
 *
 * HTML and XML are read with htmlparser2, entities decoded. A page is read
 * from its parsed tree (src/lib/html-document.ts), the same one the SEO audit
 * and the budgets read, as the streaming parser would give it; feeds and the
 * sitemap with the streaming parser itself.
 */

/** Where in a file a text is, as the leak report names it. */
export type Place =
	| { kind: 'text' }
	| { kind: 'page title' }
	| { kind: 'alt'; picture: string }
	| { kind: 'meta'; name: string }
	| { kind: 'attribute'; name: string; element: string }
	| { kind: 'json-ld' }
	| { kind: 'feed'; element: string }
	| { kind: 'sitemap' }
	| { kind: 'search'; field: string }
	| { kind: 'style' }
	| { kind: 'script' }
	| { kind: 'json' }
	| { kind: 'contents' };

export interface Segment {
	place: Place;
	text: string;
}

export interface FileText {
	/** The published page the file belongs to: the page's address for HTML, the indexed page for a search fragment; else the file itself. */
	page: string;
	segments: Segment[];
	/** Pictures the file names (src, srcset, og:image, href), by file name, for the report of a picture found by its pixels. */
	pictures: string[];
	/** The bytes as text (decompressed), for the literal search of references and addresses. */
	raw: string;
}

/** Pagefind's compressed files start, once decompressed, with this signature (checked in pagefind 1.6.0's output). */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Elements that do not break a word: text on either side of their tags reads as one. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'del', 'ins', 'wbr', 'font']);
const PICTURE_ATTRIBUTES = new Set(['src', 'srcset', 'href', 'content', 'poster', 'data-src']);
const RASTER = /\.(?:jpe?g|png|webp|avif|gif)(?:[?#]|$)/i;

/**
 * The text of a built file. `file` is its path relative to the build folder, `bytes` its content (decompressed when
 * gzipped), decoded as a browser decodes it (decodeText in src/lib/text-encoding.ts: a UTF-16 page of public/ is
 * read as UTF-16).
 *
 * @param parsed for an HTML page, its bytes parsed by parsePage (html-document.ts), when another check may have
 *   parsed them already (BuiltSite.parsed); called only when the page's text is those bytes as they are.
 */
export function fileText(file: string, bytes: Buffer, parsed?: () => HtmlDocument): FileText {
	const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
	const extension = /\.([a-z0-9_]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
	const format: TextFormat = extension === 'html' || extension === 'htm' ? 'html' : extension === 'xml' || extension === 'rss' || extension === 'atom' ? 'xml' : 'text';
	let raw = decodeText(gzipped ? gunzipSync(bytes) : bytes, format);
	const pagefind = raw.startsWith(PAGEFIND_SIGNATURE);
	if (pagefind) raw = raw.slice(PAGEFIND_SIGNATURE.length);
	if (extension === 'html' || extension === 'htm') return { ...htmlText(parsed && !gzipped && !pagefind ? parsed() : parseHtml(raw)), page: pageOf(file), raw };
	if (extension === 'pf_fragment' && pagefind) return { ...searchFragment(raw, file), raw };
	if (pagefind) return { page: file, segments: [{ place: { kind: 'search', field: 'index' }, text: raw }], pictures: [], raw };
	if (extension === 'xml' || extension === 'rss' || extension === 'atom') return { page: file, ...xmlText(raw, /sitemap/i.test(file)), raw };
	if (extension === 'json' || extension === 'webmanifest') return { page: file, segments: jsonSegments(raw, { kind: 'json' }), pictures: [], raw };
	const kind = extension === 'css' ? 'style' : extension === 'js' || extension === 'mjs' ? 'script' : 'contents';
	return { page: file, segments: [{ place: { kind }, text: raw }], pictures: [], raw };
}

/** "nl/verhalen/x/index.html" → "nl/verhalen/x/". */
export function pageOf(file: string): string {
	return file.replace(/(^|\/)index\.html?$/, '$1');
}

/**
 * An HTML document or fragment, parsed (parseHtml): its reading text, title, attributes, JSON-LD, inline scripts and
 * styles, and what only its source shows: comments (conditional ones too), the doctype and other declarations, the
 * value of an attribute repeated on an element, as the file's contents. Read as htmlparser2's streaming parser gives it (replay), element by element and text by text.
 */
export function htmlText(document: HtmlDocument): { segments: Segment[]; pictures: string[] } {
	const segments: Segment[] = [];
	const pictures: string[] = [];
	let flow = '';
	/** A comment or declaration: not shown, but published in the page's source, which anyone can read. */
	const source = (text: string) => {
		if (/[\p{L}\p{N}]/u.test(text)) segments.push({ place: { kind: 'contents' }, text });
	};
	let special: { name: string; json: boolean; text: string } | undefined;
	replay(document, {
		onopentag(name, attributes) {
			if (!INLINE.has(name)) flow += '\n';
			if (name === 'title' || name === 'script' || name === 'style') special = { name, json: name === 'script' && /json/i.test(attributes.type ?? ''), text: '' };
			for (const [attribute, value] of Object.entries(attributes)) {
				if (!value) continue;
				if (PICTURE_ATTRIBUTES.has(attribute) && RASTER.test(value)) {
					for (const candidate of value.split(/,\s*/)) pictures.push(fileName(candidate.trim().split(/\s+/)[0]!));
				}
				segments.push({ place: placeOf(name, attribute, attributes), text: value });
			}
		},
		ontext(text) {
			if (special) special.text += text;
			else flow += text;
		},
		onclosetag(name) {
			if (special && name === special.name) {
				if (special.name === 'title') segments.push({ place: { kind: 'page title' }, text: special.text });
				else if (special.json) segments.push(...jsonSegments(special.text, { kind: 'json-ld' }));
				else if (special.text.trim()) segments.push({ place: { kind: special.name === 'style' ? 'style' : 'script' }, text: special.text });
				special = undefined;
			}
			if (!INLINE.has(name)) flow += '\n';
		},
		oncomment: source,
		onprocessinginstruction: (_, data) => source(data),
	});
	for (const value of repeatedAttributes(document)) source(value);
	segments.unshift({ place: { kind: 'text' }, text: flow });
	return { segments, pictures };
}

function placeOf(element: string, attribute: string, attributes: Record<string, string>): Place {
	if (attribute === 'alt') return { kind: 'alt', picture: fileName(attributes.src ?? '') };
	if (element === 'meta' && attribute === 'content') return { kind: 'meta', name: attributes.name ?? attributes.property ?? attributes['http-equiv'] ?? attributes.itemprop ?? '' };
	return { kind: 'attribute', name: attribute, element };
}

function fileName(url: string): string {
	return url.replace(/[?#].*$/, '').split('/').pop() ?? url;
}

/** A search fragment: Pagefind's copy of one page's text and metadata, under that page's address. */
function searchFragment(json: string, file: string): Omit<FileText, 'raw'> {
	let fragment: { url?: unknown; content?: unknown; meta?: Record<string, unknown>; filters?: unknown; anchors?: unknown } | undefined;
	try {
		fragment = JSON.parse(json) as typeof fragment;
	} catch {
		fragment = undefined;
	}
	if (!fragment || typeof fragment !== 'object') return { page: file, segments: [{ place: { kind: 'search', field: 'fragment' }, text: json }], pictures: [] };
	const segments: Segment[] = [];
	const pictures: string[] = [];
	if (typeof fragment.content === 'string') segments.push({ place: { kind: 'search', field: 'content' }, text: fragment.content });
	for (const [key, value] of Object.entries(fragment.meta ?? {})) {
		if (typeof value !== 'string') continue;
		segments.push({ place: { kind: 'search', field: `meta ${key}` }, text: value });
		if (RASTER.test(value)) pictures.push(fileName(value));
	}
	segments.push(...jsonSegments(JSON.stringify({ filters: fragment.filters, anchors: fragment.anchors }), { kind: 'search', field: 'filters and anchors' }));
	const url = typeof fragment.url === 'string' ? fragment.url.replace(/^\//, '') : file;
	return { page: url, segments, pictures };
}

/** Every string in a JSON text, one segment each; text that is not JSON is taken as it is. */
function jsonSegments(json: string, place: Place): Segment[] {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return [{ place, text: json }];
	}
	const texts: string[] = [];
	const walk = (node: unknown): void => {
		if (typeof node === 'string') texts.push(node);
		else if (Array.isArray(node)) node.forEach(walk);
		else if (node && typeof node === 'object') Object.values(node).forEach(walk);
	};
	walk(value);
	return texts.map((text) => ({ place, text }));
}

/**
 * A feed or sitemap: the text of each element; text that is itself HTML (a feed item's content) is read as HTML;
 * comments and declarations as the file's contents.
 */
function xmlText(xml: string, sitemap: boolean): { segments: Segment[]; pictures: string[] } {
	const segments: Segment[] = [];
	const pictures: string[] = [];
	const open: { name: string; text: string }[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				open.push({ name, text: '' });
				for (const [attribute, value] of Object.entries(attributes)) {
					if (value) segments.push({ place: sitemap ? { kind: 'sitemap' } : { kind: 'feed', element: `${name} ${attribute}` }, text: value });
					if (value && RASTER.test(value)) pictures.push(fileName(value));
				}
			},
			ontext(text) {
				const current = open.at(-1);
				if (current) current.text += text;
			},
			oncomment(data) {
				if (/[\p{L}\p{N}]/u.test(data)) segments.push({ place: sitemap ? { kind: 'sitemap' } : { kind: 'contents' }, text: data });
			},
			onprocessinginstruction(_, data) {
				if (/[\p{L}\p{N}]/u.test(data)) segments.push({ place: sitemap ? { kind: 'sitemap' } : { kind: 'contents' }, text: data });
			},
			onclosetag() {
				const element = open.pop();
				if (!element || !element.text.trim()) return;
				const place: Place = sitemap ? { kind: 'sitemap' } : { kind: 'feed', element: element.name };
				if (/<[a-z][^>]*>/i.test(element.text)) {
					const inner = htmlText(parseHtml(element.text));
					segments.push(...inner.segments.map((segment) => ({ ...segment, place: segment.place.kind === 'text' ? place : segment.place })));
					pictures.push(...inner.pictures);
				} else {
					segments.push({ place, text: element.text });
				}
			},
		},
		{ xmlMode: true, decodeEntities: true },
	);
	parser.end(xml);
	return { segments, pictures };
}
