import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { inspectMarkdownTree, inspectMdxTree, internalMarkerProblems, nestedTooDeeply, nestingProblem, parseErrorProblem, treeDepthProblem, type MdxCheckOptions, type MdxInspection, type MdxParseError } from './safety.ts';

/**
 * The safety check on the tree the build's own renderer reads. Astro 7
 * renders `.md` with Sätteri (`@astrojs/markdown-satteri`'s
 * createSatteriMarkdownProcessor → `markdownToHtml`) and @astrojs/mdx compiles
 * `.mdx` with Sätteri too (`mdxToJs`), both with the features of Astro's
 * markdown config defaults: GFM on and smart punctuation on
 * (`@astrojs/internal-helpers/markdown` markdownConfigDefaults; this site's
 * astro.config.mjs changes neither). Both get the file with its front
 * matter replaced by spaces, so lines in the tree are lines in the file.
 *
 * This is the content check's only parse of a body. The remark-mdx reading
 * in safety.ts (no GFM, browser-safe) differs where it matters: "[^1]: {code}"
 * is a harmless link definition to remark but a footnote with code in it to
 * the compiler, a tab after "export" makes JavaScript only for the compiler,
 * and remark takes minutes on texts Sätteri reads in milliseconds (red-team
 * finding 08). Nesting that would take even Sätteri seconds is refused
 * before it reads the text (safety.ts MAX_NESTING). Node only.
 */

/** The features Astro's renderers use for .md and .mdx (see above). */
export const RENDERER_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** The tree Astro's renderer builds for a body; throws the parser's error for .mdx it cannot read. */
export function rendererTree(source: string, kind: 'md' | 'mdx'): Root {
	return (kind === 'mdx' ? mdxToMdast(source, { features: RENDERER_FEATURES }) : markdownToMdast(source, { features: RENDERER_FEATURES })) as unknown as Root;
}

/**
 * Checks a body as the renderer reads it.
 *
 * @param source the text the renderer compiles (front matter blanked, see src/validation/front-matter.ts).
 * @returns the problems (Dutch and English, each naming the line) and the testimonials and pictures it names.
 */
export function inspectAsRendered(source: string, kind: 'md' | 'mdx', options: MdxCheckOptions = {}): MdxInspection {
	const refused = (problem: string, tree?: Root): MdxInspection => ({ problems: [...internalMarkerProblems(source, tree, options), problem], testimonials: [], images: [], languages: [] });
	// Nesting that would take the parser seconds is refused before it reads the text (safety.ts MAX_NESTING).
	const early = nestingProblem(source, options);
	if (early) return refused(early);
	let tree: Root;
	try {
		tree = rendererTree(source, kind);
	} catch (error) {
		if (error instanceof RangeError) return refused(nestedTooDeeply(undefined, options));
		return refused(parseErrorProblem(satteriError(error), options));
	}
	const deep = treeDepthProblem(tree, options);
	if (deep) return refused(deep, tree);
	const inspection = kind === 'mdx' ? inspectMdxTree(tree, options) : inspectMarkdownTree(tree, options);
	inspection.problems.unshift(...internalMarkerProblems(source, tree, options));
	return inspection;
}

/** The problems in an MDX body as the build's compiler reads it; see {@link inspectAsRendered}. */
export function compilerViewProblems(source: string, options: MdxCheckOptions = {}): string[] {
	return inspectAsRendered(source, 'mdx', options).problems;
}

/** The problems in a Markdown (.md) body as Astro's renderer reads it; see {@link inspectAsRendered}. */
export function markdownProblems(source: string, options: MdxCheckOptions = {}): string[] {
	return inspectAsRendered(source, 'md', options).problems;
}

/** Sätteri's errors read "3:1: Expected a closing tag for `<br>` (3:1) (mdx-jsx:unexpected-character)". */
function satteriError(error: unknown): MdxParseError {
	const message = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):\d+: ([\s\S]*?)(?: \(\d+:\d+\))?(?: \(([\w-]+):([\w-]+)\))?$/.exec(message);
	if (!match) return { reason: message };
	const [, line, reason = message, source, ruleId] = match;
	return { reason, line: Number(line), source: source ?? null, ruleId: ruleId ?? null };
}
