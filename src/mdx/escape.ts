import { ALLOWED_COMPONENT_NAMES } from './allowed.ts';

/**
 * Makes what an editor typed safe to save as MDX: in MDX, "{", "}" and "<"
 * start code or a component, so "{zie hieronder}" or "a < b" would break the
 * build. The CMS runs escapeMdxText on a story's body when it saves. Pure and
 * browser-safe.
 */

const BLOCK_NAME = `(?:${ALLOWED_COMPONENT_NAMES.join('|')})`;
const ATTRIBUTE = '\\s+[A-Za-z][\\w-]*="[^"]*"';

/** A line that is one building block's tag and nothing else, as the CMS writes it: `<PullQuote quote="…" />`, `<FactBox title="…">`, `</FactBox>`. */
const BLOCK_TAG_LINE = new RegExp(`^[ \\t]*(?:<${BLOCK_NAME}(?:${ATTRIBUTE})*\\s*/?>|</${BLOCK_NAME}>)[ \\t]*$`);

/** A line MDX would read as JavaScript: "import" or "export" at the very start, then a space or tab. */
const ESM_START = /^(import|export)(?=[ \t])/;

/** An autolink such as <https://example.org>, which Decap writes for a link whose text is its address; MDX has no autolinks. */
const AUTOLINK = /^<((?:https?|mailto|tel):[^\s<>]*)>/i;

/** A link address in angle brackets, as in [text](<a b.pdf>), which Decap writes when the address has spaces. MDX reads these fine. */
const BRACKETED_DESTINATION = /^<[^<>\n]*>(?=[\s)])/;

interface Fence {
	marker: '`' | '~';
	length: number;
}

/**
 * Escapes "{", "}" and "<" in text as "\{", "\}" and "\<", so they build and
 * show as typed. Leaves alone: lines that are a building block's tag (see
 * src/mdx/allowed.ts), fenced code blocks, inline code spans and characters
 * that are already escaped. Also keeps a line that starts with "import " or
 * "export " from being read as code, and turns autolinks (<https://…>) into
 * ordinary links. Escaping twice changes nothing.
 *
 * @example
 * escapeMdxText('Zie {hieronder}: a < b') // 'Zie \\{hieronder\\}: a \\< b'
 */
export function escapeMdxText(markdown: string): string {
	const lines = markdown.split(/(?<=\n)/);
	const output: string[] = [];
	let text: string[] = [];
	let fence: Fence | undefined;
	// Text is escaped a run of lines at a time: a code span may continue on the next line.
	const flushText = () => {
		if (text.length > 0) output.push(escapeInline(text.join('')));
		text = [];
	};

	for (const line of lines) {
		const content = line.replace(/\r?\n$/, '');
		const opening = fence ? undefined : openingFence(content);
		if (fence) {
			output.push(line);
			if (closesFence(content, fence)) fence = undefined;
		} else if (opening || BLOCK_TAG_LINE.test(content) || content.trim() === '') {
			flushText();
			fence = opening;
			output.push(line);
		} else {
			text.push(keepEsmAsText(line));
		}
	}
	flushText();
	return output.join('');
}

/**
 * An attribute value for a building block's tag: `&` and `"` written as
 * &amp; and &quot;, and line breaks as spaces, because a tag stays on one line.
 *
 * @example
 * `<PullQuote quote="${encodeAttribute('Ze zei: "Kom maar"')}" />` // <PullQuote quote="Ze zei: &quot;Kom maar&quot;" />
 */
export function encodeAttribute(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/[ \t]*\r?\n\s*/g, ' ');
}

function openingFence(line: string): Fence | undefined {
	const match = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
	if (!match) return undefined;
	const [, run = '', info = ''] = match;
	// A backtick fence's info string has no backticks: "``` a ` b" is text with a code span.
	if (run[0] === '`' && info.includes('`')) return undefined;
	return { marker: run[0] as Fence['marker'], length: run.length };
}

function closesFence(line: string, fence: Fence): boolean {
	const match = /^\s*(`+|~+)\s*$/.exec(line);
	return !!match && match[1]![0] === fence.marker && match[1]!.length >= fence.length;
}

/** "export van hulpmiddelen…" would be read as code: write its first letter as a character reference, which shows the same. */
function keepEsmAsText(line: string): string {
	return line.replace(ESM_START, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Escapes one run of text lines, character by character, skipping code spans and escapes. */
function escapeInline(text: string): string {
	let output = '';
	let index = 0;
	while (index < text.length) {
		const char = text[index]!;
		const rest = text.slice(index);
		if (char === '\\') {
			// A backslash and what follows stay together: "\{" is already escaped, "\\" is a backslash.
			output += text.slice(index, index + 2);
			index += 2;
		} else if (char === '`') {
			const span = codeSpanLength(text, index);
			output += text.slice(index, index + span);
			index += span;
		} else if (char === '<' && AUTOLINK.test(rest)) {
			const [whole, address] = AUTOLINK.exec(rest)!;
			output += markdownLink(address!);
			index += whole.length;
		} else if (char === '<' && output.endsWith('](') && BRACKETED_DESTINATION.test(rest)) {
			const [whole] = BRACKETED_DESTINATION.exec(rest)!;
			output += whole;
			index += whole.length;
		} else {
			output += char === '{' || char === '}' || char === '<' ? `\\${char}` : char;
			index += 1;
		}
	}
	return output;
}

/**
 * The length of the code span starting at `start` (a run of n backticks up to
 * the next run of exactly n), or of the backtick run alone when it is not
 * closed and so is plain text.
 */
function codeSpanLength(text: string, start: number): number {
	const run = backtickRun(text, start);
	for (let index = start + run; index < text.length;) {
		if (text[index] !== '`') {
			index += 1;
			continue;
		}
		const closing = backtickRun(text, index);
		if (closing === run) return index + closing - start;
		index += closing;
	}
	return run;
}

function backtickRun(text: string, start: number): number {
	let end = start;
	while (text[end] === '`') end += 1;
	return end - start;
}

/** [address](address), with the characters that would end or format the link escaped. */
function markdownLink(address: string): string {
	const label = address.replace(/[\\[\]*_`{}]/g, '\\$&');
	const destination = address.replace(/[()\\{}]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
	return `[${label}](${destination})`;
}
