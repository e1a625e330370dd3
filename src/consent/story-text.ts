import type { Nodes, Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { shownValue } from '../mdx/allowed.ts';

/**
 * The text of a Markdown or MDX body as a reader sees it on the page, for
 * the leak proof: parsed by Sätteri with GFM, as @astrojs/mdx and Astro's
 * Markdown compile it (see src/mdx/compiler-view.ts), never compiled or run.
 * Node only.
 */

/** A piece of a body's text that the page shows on its own, e.g. a pull quote or a picture's alt text. */
export interface BodyPart {
	/** Where it comes from, e.g. "PullQuote quote", "Figure caption", "picture alt text". */
	field: string;
	text: string;
}

export interface BodyText {
	/** Everything a reader reads, in order: paragraphs, headings, lists, the text of the building blocks; blocks separated by a line break. */
	flow: string;
	/** The building blocks' attributes and the pictures' alt texts: also shown apart (alt, aria-label, captions). */
	parts: BodyPart[];
	/** Every picture the body shows, as written (relative to the file). */
	pictures: string[];
}

/** What each building block shows of its attributes, in the order a reader meets it (see src/components/mdx/). */
const SHOWN_ATTRIBUTES: Record<string, { before: string[]; after: string[] }> = {
	PullQuote: { before: ['quote', 'attribution'], after: [] },
	FactBox: { before: ['title'], after: [] },
	Figure: { before: [], after: ['caption'] },
	CallToAction: { before: ['label'], after: [] },
	// <Testimonial slug="…"/> shows another item, which the leak proof judges on its own.
	Testimonial: { before: [], after: [] },
};

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'code', 'thematicBreak', 'mdxJsxFlowElement', 'footnoteDefinition']);

/**
 * The reader's text of a body. A body the parser refuses gives its source as
 * text, so that its words are still looked for (the content check stops
 * such a body anyway).
 */
export function bodyText(body: string, format: 'md' | 'mdx'): BodyText {
	let tree: Root;
	try {
		tree = (format === 'mdx' ? mdxToMdast(body, { features: { gfm: true } }) : markdownToMdast(body, { features: { gfm: true } })) as unknown as Root;
	} catch {
		return { flow: body, parts: [], pictures: [] };
	}
	const parts: BodyPart[] = [];
	const pictures: string[] = [];
	let flow = '';
	const visit = (node: Nodes): void => {
		const block = BLOCKS.has(node.type);
		if (block) flow += '\n';
		switch (node.type) {
			case 'text':
			case 'inlineCode':
			case 'code':
				flow += node.value;
				break;
			case 'break':
				flow += '\n';
				break;
			case 'image':
				if (node.alt) parts.push({ field: 'picture alt text', text: node.alt });
				pictures.push(node.url);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const shown = SHOWN_ATTRIBUTES[node.name ?? ''] ?? { before: [], after: [] };
				const value = (name: string) => {
					const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
					return attribute && typeof attribute.value === 'string' ? shownValue(node.name ?? '', name, attribute.value) : undefined;
				};
				const show = (names: string[]) => {
					for (const name of names) {
						const text = value(name);
						if (text === undefined) continue;
						flow += `\n${text}\n`;
						parts.push({ field: `${node.name} ${name}`, text });
					}
				};
				show(shown.before);
				node.children.forEach((child) => visit(child as Nodes));
				show(shown.after);
				break;
			}
			default:
				if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
		}
		if (block) flow += '\n';
	};
	visit(tree);
	return { flow, parts, pictures };
}
