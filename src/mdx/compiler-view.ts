import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { inspectMdxTree, parseErrorProblem, type MdxCheckOptions, type MdxParseError } from './safety.ts';

/**
 * The safety check once more, on the tree the build's own MDX compiler reads.
 * @astrojs/mdx compiles with Sätteri, with GFM on; the check in safety.ts
 * parses with remark-mdx, without GFM. Where the two read a text differently,
 * the check must hold for what is compiled: "[^1]: {code}" is a harmless link
 * definition to remark but a footnote with code in it to the compiler, and a
 * tab after "export" makes JavaScript only for the compiler. Node only: the
 * CMS uses safety.ts alone.
 */
export function compilerViewProblems(source: string, options: MdxCheckOptions = {}): string[] {
	let tree: Root;
	try {
		// The build's features: GFM (tables, footnotes, task lists) is on in @astrojs/mdx by default.
		tree = mdxToMdast(source, { features: { gfm: true } }) as unknown as Root;
	} catch (error) {
		return [parseErrorProblem(satteriError(error), options)];
	}
	return inspectMdxTree(tree, options).problems;
}

/** Sätteri's errors read "3:1: Expected a closing tag for `<br>` (3:1) (mdx-jsx:unexpected-character)". */
function satteriError(error: unknown): MdxParseError {
	const message = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):\d+: ([\s\S]*?)(?: \(\d+:\d+\))?(?: \(([\w-]+):([\w-]+)\))?$/.exec(message);
	if (!match) return { reason: message };
	const [, line, reason = message, source, ruleId] = match;
	return { reason, line: Number(line), source: source ?? null, ruleId: ruleId ?? null };
}
