import path from 'node:path';
import type { Plugin } from 'vite';
import { displayPath } from '../settings/paths.ts';
import { storyFileProblems } from '../validation/check-content.ts';

/**
 * In development (`npm run dev`, `npm run cms`) the content check runs once,
 * at start, but editors go on saving stories. This Vite plugin checks every
 * story in content/ again each time it is compiled, before @astrojs/mdx turns
 * it into code, so an unsafe story is refused with the editor's message and
 * never runs, in development too. A build needs no guard: it stops at the
 * content check, before anything is compiled.
 */
export function mdxDevGuard(contentDir: string): Plugin {
	const inside = path.resolve(contentDir) + path.sep;
	return {
		name: 'zorgmerk:mdx-dev-guard',
		// Before @astrojs/mdx, which is 'pre' too but registered after this kit's integration.
		enforce: 'pre',
		transform: {
			filter: { id: /\.mdx$/ },
			handler(source, id) {
				if (!path.resolve(id).startsWith(inside)) return null;
				const problems = storyFileProblems(contentDir, id, source);
				if (problems.length > 0) throw new Error(`${displayPath(id)}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
				return null;
			},
		},
	};
}
