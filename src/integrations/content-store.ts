import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../lib/files.ts';

/**
 * Astro keeps every content entry it parsed in its data store (data-store.json
 * in the cache folder) and parses a file again only when the file changes. It
 * clears the store when src/content.config.ts itself changes, by that file's
 * own text (withastro/astro#11591), not when a schema it imports does: a new
 * field with a default (a story's socialPosts) then stays missing from every
 * unchanged entry, and a page reading it fails ("Cannot read properties of
 * undefined"). The store also keeps each .md body rendered to HTML, so a
 * change in the Markdown renderer's plugins (src/mdx/render/: a class on
 * address links, a picture's widths) would never reach an unchanged entry
 * either. So we keep a hash of that code beside the store and remove the
 * store when it changes, before Astro reads it.
 *
 * @param cacheDir Astro's cacheDir (src/settings/paths.ts)
 * @param schemaDirs the folders whose code decides what an entry's data is and how its body is rendered, e.g.
 *   src/schemas/ and src/mdx/render/
 * @returns whether an old store was removed
 */
export function forgetStoreOfOtherSchemas(cacheDir: string, schemaDirs: readonly string[]): boolean {
	const hash = createHash('sha256');
	for (const dir of schemaDirs) {
		for (const file of listFiles(dir).sort()) hash.update(file).update('\0').update(fs.readFileSync(path.join(dir, file))).update('\0');
	}
	const current = hash.digest('hex');
	const stampFile = path.join(cacheDir, 'zorgmerk-schemas.sha256');
	const store = path.join(cacheDir, 'data-store.json');
	const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : undefined;
	const forgotten = previous !== current && fs.existsSync(store);
	if (forgotten) fs.rmSync(store);
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.writeFileSync(stampFile, current);
	return forgotten;
}
