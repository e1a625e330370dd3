import path from 'node:path';

/**
 * Where the editors' content lives. A test points ZORGMERK_CONTENT_DIR at a
 * small fixture site to build it with the same code as the demo.
 */
export const contentDir = path.resolve(process.env.ZORGMERK_CONTENT_DIR ?? 'content');

/** A path as an editor sees it in the repository, e.g. "content/testimonials/marieke.md". */
export function displayPath(absolute: string): string {
	return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}

/**
 * Where builds keep what they can reuse (Astro's content and image cache, social cards, the checks' records).
 * Outside node_modules, so that `npm ci` on a build server keeps it. Tests give each scenario its own.
 */
export const cacheDir = path.resolve(process.env.ZORGMERK_CACHE_DIR ?? path.join('.zorgmerk', 'cache'));
