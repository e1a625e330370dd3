import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { atLine, message } from '../messages/index.ts';
import { internalMarkerIn, internalMarkerProblem } from '../validation/internal-markers.ts';
import { ALLOWED_COMPONENT_NAMES, ALLOWED_COMPONENTS, isAllowedComponent, isAllowedLink, kindOf, showsNothing, type AllowedComponent } from './allowed.ts';

/**
 * The safety check on a story's MDX body: editors may write Markdown and the
 * building blocks in allowed.ts, nothing else. The body is only parsed, never
 * compiled or run, so the check is safe on any input; the content check runs
 * it before Astro compiles anything. Browser-safe, so the CMS can use it too.
 *
 * Problems are written for editors, in the editor's language (src/messages/),
 * and each names the line: "Regel 3: … [mdx.html]".
 */

export interface MdxCheckOptions {
	/** The number of the body's first line, so messages name the line in the whole file (after the front matter). Default 1. */
	firstLine?: number;
}

/** A file the body names, for checks that need the file system. */
export interface MdxReference {
	value: string;
	/** The line in the file (see {@link MdxCheckOptions.firstLine}). */
	line: number;
}

export interface MdxInspection {
	/** What the editor must change, one message per problem; empty when the body is safe. */
	problems: string[];
	/** The slug of every <Testimonial>, to check that content/testimonials/<slug>.md exists. */
	testimonials: MdxReference[];
	/** Every picture the body shows, as written (a Markdown picture, also inside a Figure), for the content check to resolve (src/validation/picture-reference.ts). */
	images: MdxReference[];
	/** Every language a building block names (`<PullQuote lang="en" …/>`), for the content check to hold to the site's languages. */
	languages: MdxReference[];
}

const BLOCK_LIST = ALLOWED_COMPONENT_NAMES.join(', ');

/** Schemes a Markdown link may use; anything else (javascript:, data:, vbscript:…) could run a script or hide content. */
const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Parses a story body with remark-mdx (no GFM) and checks it; see
 * {@link mdxProblems}. Also lists the files it names. Browser-safe, for the
 * CMS; the build's content check reads bodies with the compiler's own parser
 * instead (compiler-view.ts): remark-mdx's emphasis handling grows faster
 * than the square of the text (20 KB of "*a" took 38 s here, Sätteri 85 ms;
 * red-team finding 08), so this must only be given texts an editor types.
 */
export function inspectMdx(source: string, options: MdxCheckOptions = {}): MdxInspection {
	const markers = internalMarkerProblems(source, undefined, options);
	const early = nestingProblem(source, options);
	if (early) return { problems: [...markers, early], testimonials: [], images: [], languages: [] };
	let tree: Root;
	try {
		tree = unified().use(remarkParse).use(remarkMdx).parse(source);
	} catch (error) {
		if (error instanceof RangeError) return { problems: [...markers, nestedTooDeeply(undefined, options)], testimonials: [], images: [], languages: [] };
		if (!isParseError(error)) throw error;
		return { problems: [...markers, parseErrorProblem(error, options)], testimonials: [], images: [], languages: [] };
	}
	const deep = treeDepthProblem(tree, options);
	if (deep) return { problems: [...internalMarkerProblems(source, tree, options), deep], testimonials: [], images: [], languages: [] };
	const inspection = inspectMdxTree(tree, options);
	inspection.problems.unshift(...internalMarkerProblems(source, tree, options));
	return inspection;
}

/**
 * How deeply a body may nest. A line may open at most 50 blockquotes (>)
 * and lists, checked on the text before any parser reads it: 100,000 ">" on
 * one line (200 KB) took Sätteri 10 s and overflowed remark's and our own
 * recursive walks (red-team finding 07). A parsed tree may be at most 100
 * levels deep (a list level is two), whatever nests: lists by indentation,
 * building blocks. Real stories stay under 15.
 */
export const MAX_NESTING = { perLine: 50, tree: 100 } as const;

/** A block container's marker at the start of a line: >, a bullet or a number, each followed by a space. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/** The first line of `source` that opens more than {@link MAX_NESTING}.perLine blockquotes or lists, as a problem. */
export function nestingProblem(source: string, options: MdxCheckOptions = {}): string | undefined {
	const lines = source.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const opening = CONTAINERS.exec(lines[index]!)?.[0];
		if (opening && (opening.match(/>|[-+*]|\d{1,9}[.)]/g)?.length ?? 0) > MAX_NESTING.perLine) return nestedTooDeeply(index + 1, options);
	}
	return undefined;
}

/** The first node of `tree` deeper than {@link MAX_NESTING}.tree, as a problem naming its line. */
export function treeDepthProblem(tree: Root, options: MdxCheckOptions = {}): string | undefined {
	const stack: [Nodes, number][] = [[tree, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > MAX_NESTING.tree) return nestedTooDeeply(node.position?.start.line, options);
		if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth + 1]);
	}
	return undefined;
}

/**
 * Astro's and Vite's internal markers (src/validation/internal-markers.ts)
 * in a body, one problem per line: in the text as written, and in every
 * value as the parser decoded it (`\_\_ASTRO…`, `&#95;`), including a run of
 * text nodes that only together spell one, a link's address and title and a
 * building block's attribute values.
 *
 * @param source the body as given to the parser.
 * @param tree its tree, when it could be parsed.
 */
export function internalMarkerProblems(source: string, tree: Root | undefined, options: MdxCheckOptions = {}): string[] {
	const at = lineNamer(options.firstLine ?? 1);
	const found = new Map<number, string>();
	const note = (text: string | null | undefined, line: number | undefined) => {
		const marker = text ? internalMarkerIn(text) : undefined;
		if (marker !== undefined && !found.has(line ?? 1)) found.set(line ?? 1, marker);
	};
	source.split('\n').forEach((text, index) => note(text, index + 1));
	if (tree) {
		walk(tree, (node) => {
			const line = node.position?.start.line;
			const fields = node as { value?: unknown; url?: unknown; title?: unknown; alt?: unknown; attributes?: unknown };
			for (const text of [fields.value, fields.url, fields.title, fields.alt]) if (typeof text === 'string') note(text, line);
			if (Array.isArray(fields.attributes)) {
				for (const attribute of fields.attributes as { name?: unknown; value?: unknown; position?: { start: { line: number } } }[]) {
					for (const text of [attribute.name, attribute.value]) if (typeof text === 'string') note(text, attribute.position?.start.line ?? line);
				}
			}
			// Neighbouring texts are written out as one: a marker may start in one and end in the next.
			if ('children' in node) {
				let tail = '';
				for (const child of node.children as Nodes[]) {
					if (child.type !== 'text') {
						tail = '';
						continue;
					}
					note(tail + child.value, child.position?.start.line);
					tail = (tail + child.value).slice(-32);
				}
			}
		});
	}
	return [...found].sort(([a], [b]) => a - b).map(([line, marker]) => at(line, internalMarkerProblem(marker)));
}

/**
 * The same check on a tree that is already parsed: any mdast with MDX nodes,
 * from remark-mdx or from the compiler the build uses (see compiler-view.ts).
 */
export function inspectMdxTree(tree: Root, options: MdxCheckOptions = {}): MdxInspection {
	const at = lineNamer(options.firstLine ?? 1);
	const inspection: MdxInspection = { problems: [], testimonials: [], images: [], languages: [] };
	walk(tree, (node) => inspectNode(node, at, inspection));
	return inspection;
}

/**
 * The problems that keep a story body from being published, each naming the
 * line, or [] when it is plain Markdown with allowed building blocks only.
 *
 * @example
 * mdxProblems('Zie {hieronder}')
 * // ['Regel 1: {hieronder} is programmacode … [mdx.expression]']
 */
export function mdxProblems(source: string, options: MdxCheckOptions = {}): string[] {
	return inspectMdx(source, options).problems;
}

/**
 * The same rules for a plain Markdown body (.md: pages, specialties, team,
 * locations) on a tree that is already parsed, as the build's renderer reads
 * it (src/mdx/compiler-view.ts): such a body has no building blocks, and any
 * HTML, in whatever construct it hides (a table cell, a footnote, a list),
 * would be published as typed, so it is refused; links may only use safe
 * schemes, and every picture needs alt text.
 */
export function inspectMarkdownTree(tree: Root, options: MdxCheckOptions = {}): MdxInspection {
	const at = lineNamer(options.firstLine ?? 1);
	const inspection: MdxInspection = { problems: [], testimonials: [], images: [], languages: [] };
	walk(tree, (node) => {
		const line = node.position?.start.line;
		if (node.type === 'html') inspection.problems.push(htmlInMarkdownProblem(node.value, line, at));
		else if (node.type === 'image' || node.type === 'imageReference' || node.type === 'link' || node.type === 'definition') inspectNode(node, at, inspection);
		else if ((node.type as string).startsWith('mdx')) inspection.problems.push(htmlInMarkdownProblem((node as { value?: string }).value ?? '<…>', line, at));
	});
	return inspection;
}

/** Writes a problem on a line of the body ("Regel 3: … [mdx.html]"), numbered as the line of the file it is in. */
interface LineNamer {
	(line: number | undefined, problem: string): string;
	/** The line in the file. */
	inFile(line: number | undefined): number;
}

function lineNamer(firstLine: number): LineNamer {
	const inFile = (line: number | undefined) => (line ?? 1) + firstLine - 1;
	return Object.assign((line: number | undefined, problem: string) => atLine(inFile(line), problem), { inFile });
}

/**
 * Visits every node of a tree, parents before children, in document order.
 * Keeps its own stack: a text nested thousands of levels deep (a blockquote
 * of 20,000 ">") cannot overflow the call stack.
 */
function walk(tree: Nodes, visit: (node: Nodes) => void): void {
	const stack: Nodes[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		visit(node);
		if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
	}
}

function inspectNode(node: Nodes, at: LineNamer, inspection: MdxInspection): void {
	const line = node.position?.start.line;
	switch (node.type) {
		case 'mdxjsEsm':
			inspection.problems.push(esmProblem(line, at, node.value));
			return;
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			inspection.problems.push(expressionProblem(line, at, `{${node.value}}`));
			return;
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			inspection.problems.push(...elementProblems(node, at));
			if (node.name === 'Testimonial') {
				const slug = stringAttribute(node, 'slug');
				if (slug) inspection.testimonials.push({ value: slug, line: at.inFile(line) });
			}
			for (const attribute of node.attributes) {
				if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && kindOf(node.name ?? '', attribute.name) === 'language') {
					inspection.languages.push({ value: attribute.value, line: at.inFile(attribute.position?.start.line ?? line) });
				}
			}
			return;
		case 'image':
			inspection.images.push({ value: node.url, line: at.inFile(line) });
			inspection.problems.push(...linkProblems(node.url, line, at));
			if (!node.alt?.trim()) inspection.problems.push(missingAltProblem(node.url, line, at));
			return;
		case 'imageReference':
			inspection.problems.push(imageReferenceProblem(line, at));
			return;
		case 'link':
			inspection.problems.push(...linkProblems(node.url, line, at));
			return;
		case 'definition':
			// Without GFM, "[^1]: {code}" reads as a link definition; the build's compiler (GFM on) reads a footnote with code in it.
			if (node.label?.startsWith('^')) inspection.problems.push(footnoteProblem(line, at));
			else inspection.problems.push(...linkProblems(node.url, line, at));
			return;
		case 'footnoteDefinition':
			inspection.problems.push(footnoteProblem(line, at));
			return;
		case 'html':
			inspection.problems.push(notABlockProblem(undefined, line, at));
			return;
	}
}

// ---- Messages, one per kind of problem ----

/**
 * Every picture in a body needs alt text, as every picture in front matter
 * does (WCAG 2.2 success criterion 1.1.1). There is no marker for a
 * decorative picture: a picture in a story's text is part of what the story
 * tells, and `![](…)` is far more often a forgotten description than a
 * deliberate one.
 */
function missingAltProblem(url: string, line: number | undefined, at: LineNamer): string {
	return at(line, message('mdx.pictureWithoutAlt', { url: excerpt(url) }));
}

function imageReferenceProblem(line: number | undefined, at: LineNamer): string {
	return at(line, message('mdx.pictureReference'));
}

function esmProblem(line: number | undefined, at: LineNamer, code?: string): string {
	return at(line, message('mdx.importExport', { code: code ? excerpt(code) : undefined }));
}

/** `code` is the expression as written; without it (the parser could not read it) the message speaks of "text between { and }". */
function expressionProblem(line: number | undefined, at: LineNamer, code?: string): string {
	return at(line, message('mdx.expression', { code: code ? excerpt(code) : undefined }));
}

/** An element that is not a building block: HTML such as <script>, or a name we don't know. */
function htmlInMarkdownProblem(html: string, line: number | undefined, at: LineNamer): string {
	return at(line, message('mdx.html', { html: excerpt(html) }));
}

function notABlockProblem(name: string | undefined, line: number | undefined, at: LineNamer): string {
	const tag = `<${name ?? ''}>`;
	const meant = ALLOWED_COMPONENT_NAMES.find((allowed) => allowed.toLowerCase() === name?.toLowerCase());
	if (meant) return at(line, message('mdx.blockMisspelled', { tag, meant }));
	if (!name || !/^[A-Z]/.test(name)) return at(line, message('mdx.htmlInStory', { tag, blocks: BLOCK_LIST }));
	return at(line, message('mdx.notABlock', { tag, blocks: BLOCK_LIST }));
}

function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement, at: LineNamer): string[] {
	const line = node.position?.start.line;
	const name = node.name ?? undefined;
	const scripts = eventHandlerProblems(node, at);
	if (!name || !isAllowedComponent(name)) return [notABlockProblem(name, line, at), ...scripts];

	const block: AllowedComponent = ALLOWED_COMPONENTS[name];
	const tag = `<${name}>`;
	const problems: string[] = [...scripts];
	if (node.type === 'mdxJsxTextElement') {
		problems.push(at(line, message('mdx.blockInline', { tag })));
	}
	problems.push(...attributeProblems(node, name, block, at));
	if (block.content === 'none' && node.children.length > 0) {
		problems.push(at(line, message('mdx.blockTakesNoContent', { tag, name })));
	}
	if (block.content === 'image' && !containsImage(node)) {
		problems.push(at(line, message('mdx.blockNeedsPicture', { tag })));
	}
	return problems;
}

/** on…="…" attributes run a script in a browser: refused on any element, named even where the element itself is refused. */
function eventHandlerProblems(node: MdxJsxFlowElement | MdxJsxTextElement, at: LineNamer): string[] {
	const tag = `<${node.name ?? ''}>`;
	return node.attributes.flatMap((attribute) =>
		attribute.type === 'mdxJsxAttribute' && isEventHandler(attribute.name)
			? [at(attribute.position?.start.line ?? node.position?.start.line, message('mdx.eventHandler', { attribute: attribute.name, tag }))]
			: [],
	);
}

function attributeProblems(node: MdxJsxFlowElement | MdxJsxTextElement, name: string, block: AllowedComponent, at: LineNamer): string[] {
	const tag = `<${name}>`;
	const line = node.position?.start.line;
	const problems: string[] = [];
	for (const attribute of node.attributes) {
		const where = attribute.position?.start.line ?? line;
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			problems.push(at(where, message('mdx.attributeCode', { code: excerpt(`{${attribute.value}}`), tag })));
			continue;
		}
		const key = attribute.name;
		if (isEventHandler(key)) continue; // reported by eventHandlerProblems
		const allowed = Object.hasOwn(block.attributes, key) ? block.attributes[key] : undefined;
		if (!allowed) {
			const names = Object.keys(block.attributes).join(', ');
			problems.push(at(where, message('mdx.attributeUnknown', { tag, key, names })));
		} else if (attribute.value === null || attribute.value === undefined) {
			problems.push(at(where, message('mdx.attributeWithoutValue', { key, tag })));
		} else if (typeof attribute.value !== 'string') {
			problems.push(at(where, message('mdx.attributeValueCode', { key, tag })));
		} else if (allowed.kind === 'link' && !isAllowedLink(attribute.value)) {
			problems.push(at(where, message('mdx.blockLink', { link: excerpt(attribute.value), tag })));
		}
	}
	for (const [key, { required }] of Object.entries(block.attributes)) {
		if (required && !node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === key)) {
			problems.push(at(line, message('mdx.attributeMissing', { tag, key })));
		} else if (required && showsNothing(name, key, stringAttribute(node, key) ?? '')) {
			problems.push(at(line, message('mdx.attributeEmpty', { key, tag })));
		}
	}
	return problems;
}

/** The text nests deeper than {@link MAX_NESTING}; `line` undefined when a parser ran out of stack without saying where. */
export function nestedTooDeeply(line: number | undefined, options: MdxCheckOptions = {}): string {
	return lineNamer(options.firstLine ?? 1)(line, message('mdx.nestedTooDeeply', { levels: MAX_NESTING.perLine }));
}

function footnoteProblem(line: number | undefined, at: LineNamer): string {
	return at(line, message('mdx.footnote'));
}

/** True for an address the link check refuses: one with a scheme other than http, https, mailto and tel. */
export function isRefusedLink(url: string): boolean {
	const scheme = schemeOf(url);
	return scheme !== undefined && !SAFE_LINK_SCHEMES.has(scheme);
}

function linkProblems(url: string, line: number | undefined, at: LineNamer): string[] {
	if (!isRefusedLink(url)) return [];
	return [at(line, message('mdx.link', { link: excerpt(url) }))];
}

// ---- Syntax errors: the parser's words, said plainly ----

/** What a parser says when it cannot read the text, as remark's VFileMessage does. */
export interface MdxParseError {
	/** The parser's own words, in English. */
	reason: string;
	/** The part of the parser that failed, e.g. "micromark-extension-mdx-jsx"; decides the plain-words message. */
	source?: string | null;
	ruleId?: string | null;
	line?: number | null;
	place?: { line: number } | { start: { line: number } } | null;
}

/** A parser's error as a message for editors, naming the line. */
export function parseErrorProblem(error: MdxParseError, options: MdxCheckOptions = {}): string {
	return syntaxProblem(error, lineNamer(options.firstLine ?? 1));
}

function isParseError(error: unknown): error is MdxParseError {
	return error instanceof Error && 'reason' in error && typeof error.reason === 'string';
}

function errorLine(error: MdxParseError): number | undefined {
	if (error.line) return error.line;
	const place = error.place;
	if (place) return 'start' in place ? place.start.line : place.line;
	// "Expected a closing tag for `<br>` (3:1-3:5)": the place is only in the words.
	const inReason = /\((\d+):\d+/.exec(error.reason)?.[1];
	return inReason ? Number(inReason) : undefined;
}

/** Says what the parser could not read in plain words; parsers differ in their error codes, so this goes by their words. */
function syntaxProblem(error: MdxParseError, at: LineNamer): string {
	const line = errorLine(error);
	const reason = error.reason;
	if (/import\/export/i.test(reason) || error.source?.includes('esm')) return esmProblem(line, at);
	if (/parse expression/i.test(reason)) return expressionProblem(line, at);
	if (/in expression|closing brace/i.test(reason)) return at(line, message('mdx.braceUnmatched'));
	if (reason.includes('to create a comment')) return at(line, message('mdx.htmlComment'));
	const unclosed = /Expected a closing tag for `<([^>]*)>`/.exec(reason)?.[1];
	if (unclosed !== undefined && !isAllowedComponent(unclosed)) return notABlockProblem(unclosed, line, at);
	if (unclosed !== undefined) return at(line, message('mdx.blockNotClosed', { name: unclosed }));
	if (/closing (tag|slash)/i.test(reason)) return at(line, message('mdx.closingTagMismatch'));
	if (/tag|name|attribute/i.test(reason)) return at(line, message('mdx.lessThan'));
	return at(line, message('mdx.unreadable', { reason }));
}

// ---- Small helpers ----

function isEventHandler(name: string): boolean {
	return /^on/i.test(name);
}

/** The value of a name="value" attribute, or undefined when absent or not plain text. */
function stringAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
	}
	return undefined;
}

function containsImage(node: Nodes): boolean {
	let found = false;
	walk(node, (inner) => {
		if (inner.type === 'image') found = true;
	});
	return found;
}

/**
 * The scheme of an address ("javascript" for "JavaScript:alert(1)"), lower
 * case, as a browser reads it: browsers ignore leading spaces and control
 * characters and any tab or newline inside. Undefined for paths such as
 * "../media/x.jpg", "/nl/" or "#top".
 */
function schemeOf(url: string): string | undefined {
	const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A short, one-line quote of what the editor wrote, for a message. */
function excerpt(text: string, max = 40): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
