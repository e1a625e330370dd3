import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/lib/files.ts';
import type { BuildCounts } from './stats.ts';

/**
 * A picture Astro copied as it is: `_astro/<name>.<hash>.<ext>`, with the bundler's 8-character hash and nothing
 * after it. What Astro encodes carries the options' hash after an underscore (`_astro/<name>.<hash>_<options>.<ext>`).
 */
const ORIGINAL = /^_astro\/.+\.[\w-]{8}\.[a-z]+$/i;

/**
 * What a build wrote into `folder`: pages, pictures by format (not the kit's link previews in og/), the originals
 * Astro copied unchanged apart from them, sitemap URLs, search index pages.
 */
export function countOutput(folder: string): BuildCounts {
	const files = fs.existsSync(folder) ? listFiles(folder) : [];
	const pictures: Record<string, number> = {};
	let originals = 0;
	for (const file of files) {
		const format = /\.(avif|webp|jpe?g|png|gif)$/i.exec(file)?.[1]?.toLowerCase().replace('jpeg', 'jpg');
		if (!format || file.startsWith('og/')) continue;
		if (ORIGINAL.test(file)) originals += 1;
		else pictures[format] = (pictures[format] ?? 0) + 1;
	}
	const sitemaps = files.filter((file) => /^sitemap[^/]*\.xml$/.test(file));
	return {
		pages: files.filter((file) => file.endsWith('.html')).length,
		pictures,
		originals,
		sitemapUrls: sitemaps.reduce((sum, file) => sum + (fs.readFileSync(path.join(folder, file), 'utf8').match(/<url>/g)?.length ?? 0), 0),
		// One fragment per indexed page: in pagefind/fragment/ (one bundle for the site, as the equivalent makes it) or
		// pagefind/<language>/fragment/ (a bundle per language, as the kit makes it: src/search/index-site.ts).
		searchPages: files.filter((file) => /^pagefind\/([^/]+\/)?fragment\//.test(file)).length,
	};
}
