import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { controlCharacterIn, unicodeEscape } from '../errors/index.ts';
import { internalMarkerIn, internalMarkerProblem } from './internal-markers.ts';
import { atDataLine, message } from '../messages/index.ts';

/**
 * One content file read exactly as Astro reads it, plus the traps of YAML
 * that an editor cannot see.
 *
 * The data comes from Astro's own front-matter parser
 * (`@astrojs/internal-helpers/frontmatter`, pinned to the version Astro pins:
 * js-yaml 4 with its default schema), so the check validates the very values
 * the build publishes. The body is what @astrojs/mdx and Astro's Markdown
 * renderer compile: the file with its front matter replaced by spaces, so a
 * line in the body is the same line in the file.
 *
 * js-yaml reads some hand-written values silently as something else: a text
 * cut at " #" (the rest is a comment), `9000` or `092345678` as numbers (the
 * leading zero lost), `2025-13-01` as 1 January 2026, `2025-03-01` as a Date
 * where text is meant. To say so, the same YAML is read a second time with the
 * `yaml` package's document model, which keeps each value's source text,
 * line, comments, anchors and tags; that reading never supplies data.
 */
export interface ContentFile {
	/** The front matter's data, as Astro's build reads it; {} when it cannot be read. */
	data: Record<string, unknown>;
	/** The file with its front matter blanked out (same lines and columns): what the renderers compile. */
	compiled: string;
	/** The text after the front matter's closing line. */
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
	/** What an editor must fix in the front matter, as "field: message" (or a message about the whole block). Empty when it reads as written. */
	problems: string[];
	/** Each scalar's text as written in the file, by field path ("author.detail", "specialties[0]"), for messages about its type. */
	sources: Record<string, string>;
	/** Each field's line in the file, by field path. */
	lines: Record<string, number>;
}

/** Astro's front-matter delimiters: "---" for YAML, "+++" for TOML (refused: the CMS writes YAML). */
const OPENING = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * Reads a content file.
 *
 * @param source the file's text (UTF-8).
 * @returns the data and body as the build sees them, and every problem found
 *   (never throws for anything an editor can write).
 */
export function readContentFile(source: string): ContentFile {
	return read(source, 0);
}

/**
 * A YAML file of its own (content/settings/site.yaml), read by the same
 * parser and with the same traps as front matter; `body` is empty.
 */
export function readYamlFile(text: string): Pick<ContentFile, 'data' | 'problems' | 'sources' | 'lines'> {
	const { data, problems, sources, lines } = read(`---\n${text.endsWith('\n') ? text : `${text}\n`}---\n`, -1);
	return { data, problems, sources, lines };
}

/** `shift` is added to every line named (-1 when a "---" line was added above the text). */
function read(source: string, shift: number): ContentFile {
	const empty = (problems: string[]): ContentFile => ({ data: {}, compiled: source, body: source, bodyLine: 1, problems, sources: {}, lines: {} });
	const opening = OPENING.exec(source);
	if (!opening) return empty([noFrontMatter()]);
	if (opening[1] === '+++') return empty([tomlFrontMatter()]);

	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		const raw = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/.exec(source);
		// Nested deeper than Astro's js-yaml reads (its maxDepth, 100), or so deep that a parser ran out of stack: named
		// without a second reading, which the yaml package would spend seconds on (it stops only at its own limit).
		if (error instanceof RangeError || /maxDepth/.test(String((error as Error).message))) return empty([nestedTooDeeply(raw ? lineAt(source, raw.index) + 1 + shift : 1)]);
		const firstLine = (raw ? lineAt(source, raw.index + raw[0].indexOf('---') + 3) : 1) + shift;
		// js-yaml refuses what the yaml package can name more precisely (a tag such as !!js/function, a duplicate key).
		const named = raw ? lintYaml(raw[1] ?? '', firstLine, {}).problems : [];
		return empty(named.length > 0 ? named : [unreadableYaml(firstLine + jsYamlLine(error))]);
	}
	const raw = parsed.rawFrontmatter;
	// Astro's reader finds no front matter (no closing "---" line): it would read the whole file as body.
	if (raw === '') return empty([noFrontMatter()]);
	const start = source.indexOf(`---${raw}---`);
	const firstLine = lineAt(source, start + 3) + shift;
	const afterClosing = start + raw.length + 6;
	const body = source.slice(afterClosing).replace(/^\r?\n/, '');
	const bodyLine = lineAt(source, source.length - body.length);
	const { references, ...lint } = lintYaml(raw, firstLine, parsed.frontmatter);
	// Data with YAML references is never handed on: no check or build step may walk it (see lintYaml).
	if (references) return { data: {}, compiled: parsed.content, body, bodyLine, ...lint };
	lint.problems.push(...stringProblems(parsed.frontmatter, lint.lines));
	return { data: parsed.frontmatter, compiled: parsed.content, body, bodyLine, ...lint };
}

/**
 * Astro's and Vite's internal markers (internal-markers.ts), and control
 * characters (which YAML's escapes such as "\e" or "\x1b" make), in any key
 * or string of the data as Astro reads it, at any depth. The walk visits each
 * object once (YAML references can make shared or self-containing data; they
 * are refused by lintYaml) and keeps its own stack, so no data can make it
 * loop or overflow.
 */
function stringProblems(data: Record<string, unknown>, lines: Record<string, number>): string[] {
	const problems: string[] = [];
	const seen = new Set<object>();
	const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
	const report = (text: string, path: (string | number)[]) => {
		const marker = internalMarkerIn(text);
		const control = controlCharacterIn(text);
		if (marker === undefined && control === undefined) return;
		const problem = marker !== undefined ? internalMarkerProblem(marker) : message('yaml.controlCharacter', { character: unicodeEscape(control!) });
		const line = lines[fieldName(path)];
		problems.push(`${fieldName(path) || '(front matter)'}: ${line === undefined ? problem : atDataLine(line, problem)}`);
	};
	while (stack.length > 0) {
		const { value, path } = stack.pop()!;
		if (typeof value === 'string') report(value, path);
		else if (value && typeof value === 'object' && !(value instanceof Date) && !seen.has(value)) {
			seen.add(value);
			const items: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
			for (const [key, item] of items.reverse()) {
				if (typeof key === 'string') report(key, [...path, key]);
				stack.push({ value: item, path: [...path, key] });
			}
		}
	}
	return problems;
}

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
	return lineStarts(text)(offset);
}

/** The 1-based line of an offset in `text`, found by binary search in the lines' start offsets (many lookups in a long text stay fast). */
function lineStarts(text: string): (offset: number) => number {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}

/** js-yaml's errors carry `mark.line` (0-based, within the front matter). */
function jsYamlLine(error: unknown): number {
	const mark = (error as { mark?: { line?: unknown } }).mark;
	return typeof mark?.line === 'number' ? mark.line : 0;
}

/** A path as written in messages: author.detail, specialties[0]. */
export function fieldName(path: readonly (string | number)[]): string {
	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${key}`)).join('');
}

/** js-yaml's timestamp (YAML 1.1 type it keeps in its default schema): a date, optionally with a time (group 4). */
const TIMESTAMP = /^(\d{4})-(\d\d?)-(\d\d?)((?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/**
 * The first comment line after a value's line (blank lines skipped) that is
 * indented deeper than the key the value belongs to: had it not started with
 * #, it would have continued the text. YAML ends the text before it.
 */
function continuationComment(raw: string, endOfLine: number, owner: number): { offset: number; text: string } | undefined {
	for (let at = endOfLine; at < raw.length; ) {
		const next = raw.indexOf('\n', at + 1) === -1 ? raw.length : raw.indexOf('\n', at + 1);
		const line = raw.slice(at + 1, next);
		at = next;
		if (line.trim() === '') continue;
		const comment = /^([ \t]*)#(.*)$/.exec(line);
		if (!comment || comment[1]!.length <= owner) return undefined;
		return { offset: at - line.length, text: comment[2]! };
	}
	return undefined;
}

/**
 * The YAML's traps, with each value's source text and line. `references` is
 * true when the YAML has anchors, aliases or merge keys: its data may then be
 * shared or hold itself (`&a [*a]`), and ten lines can stand for 10^10 values
 * (red-team findings 02 and 03), so nothing may walk it.
 */
function lintYaml(raw: string, firstLine: number, data: Record<string, unknown>): Pick<ContentFile, 'problems' | 'sources' | 'lines'> & { references: boolean } {
	const problems: string[] = [];
	const sources: Record<string, string> = {};
	const lines: Record<string, number> = {};
	let references = false;
	const lineIndex = lineStarts(raw);
	const lineOf = (offset: number) => firstLine + lineIndex(offset) - 1;
	let doc: ReturnType<typeof parseDocument>;
	try {
		doc = parseDocument(raw, { uniqueKeys: true, prettyErrors: false, strict: false });
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		return { problems: [nestedTooDeeply(firstLine)], sources, lines, references };
	}

	// Every duplicate key, but only the first place the YAML cannot be read: the rest follow from it (one
	// " #" in a key gave 35 messages). A " #" on that line or the line before is named: it starts a comment.
	let unreadable = false;
	for (const error of doc.errors) {
		const line = lineOf(error.pos[0]);
		if (error.code === 'DUPLICATE_KEY') {
			const lineStart = raw.lastIndexOf('\n', error.pos[0] - 1) + 1;
			const key = /^[\s-]*["']?([^"':]+)/.exec(raw.slice(lineStart, raw.indexOf('\n', lineStart) === -1 ? raw.length : raw.indexOf('\n', lineStart)))?.[1]?.trim() ?? '';
			problems.push(duplicateKey(key, line));
		} else if (!unreadable) {
			unreadable = true;
			const rawLines = raw.split('\n');
			const index = line - firstLine;
			const withComment = [index - 1, index].find((at) => at >= 0 && /^[^"'#]*[ \t]#/.test(rawLines[at] ?? ''));
			problems.push(withComment === undefined ? unreadableYaml(line) : unreadableAtComment(firstLine + withComment));
		}
	}

	// One problem per line with references (ten lines of anchors and aliases are ten messages, not a hundred).
	const referenceLines = new Set<number>();
	const reference = (field: string, offset: number) => {
		references = true;
		const line = lineOf(offset);
		if (referenceLines.has(line)) return;
		referenceLines.add(line);
		problems.push(`${field}: ${yamlReference(line)}`);
	};
	// Parents before children, in the order of the file, with a stack of its own: no nesting can overflow it.
	// `owner`: the column of the key (or list dash) a value belongs to; a line indented deeper continues the value.
	type Item = { node: YamlNode | null | undefined; path: (string | number)[]; owner: number };
	const columnOf = (offset: number) => offset - (raw.lastIndexOf('\n', offset - 1) + 1);
	const indentOf = (offset: number) => /^[ \t]*/.exec(raw.slice(raw.lastIndexOf('\n', offset - 1) + 1))![0].length;
	const stack: Item[] = [{ node: doc.contents as YamlNode | null, path: [], owner: -1 }];
	while (stack.length > 0) {
		const { node, path, owner } = stack.pop()!;
		if (!node) continue;
		const field = fieldName(path) || '(front matter)';
		if (node.range) lines[fieldName(path)] = lineOf(node.range[0]);
		if (isAlias(node)) {
			reference(field, node.range?.[0] ?? 0);
			continue;
		}
		if (node.anchor) reference(field, node.range?.[0] ?? 0);
		if (node.tag && path.length > 0) problems.push(`${field}: ${yamlTag(node.tag, lineOf(node.range?.[0] ?? 0))}`);
		const children: Item[] = [];
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
				if (key === '<<') {
					reference(fieldName([...path, key]), (pair.key as YamlNode).range?.[0] ?? 0);
					continue;
				}
				children.push({ node: pair.value as YamlNode | null, path: [...path, key], owner: columnOf((pair.key as YamlNode | null)?.range?.[0] ?? 0) });
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => children.push({ node: item as YamlNode, path: [...path, index], owner: indentOf((item as YamlNode).range?.[0] ?? 0) }));
		} else if (isScalar(node) && node.range) {
			const [from, to] = node.range;
			const written = raw.slice(from, to);
			sources[fieldName(path)] = written;
			const line = lineOf(from);
			const valueRead = valueAt(data, path);
			const endOfLine = raw.indexOf('\n', to) === -1 ? raw.length : raw.indexOf('\n', to);
			const rest = raw.slice(to, endOfLine);
			const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
			if (typeof valueRead === 'string' && (quoted || node.type === 'PLAIN')) {
				// A comment right after a text on its line: a plain text may have been cut at " #"; after a quoted
				// text, the rest of the line is not part of it ("Ik lag op kamer" #12 en …).
				const comment = /^[ \t]+#(.*)$/.exec(rest);
				if (comment && node.type === 'PLAIN') problems.push(`${field}: ${textCutAtComment(written, line)}`);
				else if (comment) problems.push(`${field}: ${commentAfterQuotedText(valueRead, comment[1]!, line)}`);
				// A comment on the next line, indented as a continuation of the text: the text ends before it.
				else {
					const cut = continuationComment(raw, endOfLine, owner);
					if (cut) problems.push(`${field}: ${textCutAtCommentLine(valueRead, cut.text, lineOf(cut.offset))}`);
				}
			}
			if (node.type === 'PLAIN') {
				const date = TIMESTAMP.exec(written);
				if (date && valueRead instanceof Date && !isRealDate(date)) problems.push(`${field}: ${notARealDate(written)}`);
				else if (date?.[4] && valueRead instanceof Date) problems.push(`${field}: ${dateWithTime(written, valueRead, date, line)}`);
			}
		}
		for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
	}
	return { problems, sources, lines, references };
}

function isRealDate([, year, month, day]: RegExpExecArray): boolean {
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

// ---- Messages, one per kind of problem ----

function noFrontMatter(): string {
	return message('yaml.noFrontMatter');
}

function tomlFrontMatter(): string {
	return message('yaml.toml');
}

function unreadableYaml(line: number): string {
	return message('yaml.unreadable', { line });
}

function duplicateKey(key: string, line: number): string {
	return message('yaml.duplicateField', { field: key, line });
}

function textCutAtComment(written: string, line: number): string {
	return message('yaml.textCutAtComment', { text: written, line });
}

function commentAfterQuotedText(text: string, after: string, line: number): string {
	const whole = excerpt(`${text} #${after}`);
	return message('yaml.commentAfterQuotedText', { text: excerpt(text), after: excerpt(after), whole, line });
}

function textCutAtCommentLine(text: string, after: string, line: number): string {
	const whole = excerpt(`${text} #${after}`);
	return message('yaml.textCutAtCommentLine', { text: excerpt(text), whole, line });
}

function dateWithTime(written: string, read: Date, [, year, month, day]: RegExpExecArray, line: number): string {
	const meant = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
	const readAs = Number.isNaN(read.getTime()) ? undefined : read.toISOString().slice(0, 10);
	return message('yaml.dateWithTime', { written, meant, readAs: readAs && readAs !== meant ? readAs : undefined, line });
}

function unreadableAtComment(line: number): string {
	return message('yaml.unreadableAtComment', { line });
}

/** A short, one-line quote of a value, for a message. */
function excerpt(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function notARealDate(written: string): string {
	return message('date.invalid', { value: written });
}

function nestedTooDeeply(line: number): string {
	return message('yaml.nestedTooDeeply', { line });
}

function yamlReference(line: number): string {
	return message('yaml.reference', { line });
}

function yamlTag(tag: string, line: number): string {
	return message('yaml.tag', { tag: tag.replace('tag:yaml.org,2002:', '!!'), line });
}
