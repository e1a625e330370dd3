import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/lib/files.ts';
import type { BuildCounts } from './stats.ts';

/** What a build wrote into `folder`: pages, pictures by format (not the kit's link previews in og/), sitemap URLs, search index pages. */
export function countOutput(folder: string): BuildCounts {
	const files = fs.existsSync(folder) ? listFiles(folder) : [];
	const pictures: Record<string, number> = {};
	for (const file of files) {
		const format = /\.(avif|webp|jpe?g|png|gif)$/i.exec(file)?.[1]?.toLowerCase().replace('jpeg', 'jpg');
		if (format && !file.startsWith('og/')) pictures[format] = (pictures[format] ?? 0) + 1;
	}
	const sitemaps = files.filter((file) => /^sitemap[^/]*\.xml$/.test(file));
	return {
		pages: files.filter((file) => file.endsWith('.html')).length,
		pictures,
		sitemapUrls: sitemaps.reduce((sum, file) => sum + (fs.readFileSync(path.join(folder, file), 'utf8').match(/<url>/g)?.length ?? 0), 0),
		searchPages: files.filter((file) => file.startsWith('pagefind/fragment/')).length,
	};
}
