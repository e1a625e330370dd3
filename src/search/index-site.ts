import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * What the index leaves out of every page's text (as data-pagefind-ignore does, which
 * templates use for what only they know, such as a story's dates). The <h1> is the
 * page's title: Pagefind still takes it as the result's title and, since 1.5, searches
 * it as metadata with a fivefold weight (https://pagefind.app/docs/ranking/), so in the
 * text it would only make every excerpt start by repeating the title above it.
 */
const EXCLUDE_SELECTORS = ['h1'];

/**
 * Builds the Pagefind search index of a built site into <site>/pagefind/.
 * Only pages that mark their main content with data-pagefind-body are
 * indexed (stories, specialties, team, locations and pages), so listings,
 * menus and footers stay out; Pagefind keeps one index per <html lang>.
 */
export async function indexSite(buildDir: string): Promise<{ pages: number }> {
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: buildDir });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: path.join(buildDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		// Our search page talks to Pagefind's API; its ready-made interfaces would only be dead weight on the host.
		for (const file of fs.readdirSync(written.outputPath)) {
			if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) fs.rmSync(path.join(written.outputPath, file));
		}
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
