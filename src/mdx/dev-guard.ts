import path from 'node:path';
import type { Plugin } from 'vite';
import { printable } from '../errors/index.ts';
import type { Settings } from '../schemas/settings.ts';
import { displayPath } from '../settings/paths.ts';
import { entryFileProblems } from '../validation/check-content.ts';

/**
 * In development (`npm run dev`, `npm run cms`) the content check runs once,
 * at start, but editors go on saving stories. This Vite plugin checks every
 * story in content/ again each time it is compiled, before @astrojs/mdx turns
 * it into code, with the content check's own per-file check (the one list of
 * files: a symbolic link or any other file that is not a regular file is
 * refused too), so an unsafe story is refused with the editor's message and
 * never runs, in development too. A build needs no guard: it stops at the
 * content check, before anything is compiled.
 */
export function mdxDevGuard(contentDir: string, settings: Settings): Plugin {
	const inside = path.resolve(contentDir) + path.sep;
	return {
		name: 'zorgmerk:mdx-dev-guard',
		// Before @astrojs/mdx, which is 'pre' too but registered after this kit's integration.
		enforce: 'pre',
		transform: {
			filter: { id: /\.mdx($|\?)/ },
			handler(_source, id) {
				const file = path.resolve(id.replace(/\?.*$/, ''));
				if (!file.startsWith(inside)) return null;
				const problems = entryFileProblems(contentDir, file, settings);
				if (problems.length > 0) throw new Error(`${printable(displayPath(file))}:\n${problems.map((problem) => `  ${printable(problem)}`).join('\n')}`);
				return null;
			},
		},
	};
}
