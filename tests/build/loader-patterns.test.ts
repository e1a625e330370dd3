/**
 * Astro's glob loader lists exactly the files the content check approved (src/validation/loader-patterns.ts), also
 * beside a file named like the brace alternation of approved names: picomatch takes a path equal to a pattern's text
 * as a match. Such a name is refused by the check; a scheduled build leaves it out and goes on, and the loader must
 * not list it (red-team, issue 17).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvedFilePatterns } from '../../src/validation/loader-patterns.ts';
import { buildSite } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';

describe('a scheduled build beside a story named like the alternation of the approved stories', () => {
	const canary = 'NIET-GOEDGEKEURD-7d1c';
	let named = '';
	const content = fixtureCopy((dir) => {
		const folder = path.join(dir, 'stories');
		const approved = fs.readdirSync(path.join(folder, 'nl')).sort().map((file) => `nl/${file}`);
		// The alternation the loader is given for these stories: a file of its own name in the stories folder.
		named = approvedFilePatterns(approved).find((pattern) => pattern.startsWith('nl/{'))!;
		fs.writeFileSync(path.join(folder, named), `---\ntitle: ${canary}\n---\n${canary}\n`);
	});

	it('publishes the site without listing, reading or publishing that file', () => {
		expect(named).toMatch(/^nl\/\{.+\.mdx,.+\.mdx\}$/);
		const build = buildSite({ name: 'loader-named-like-pattern', contentDir: content, env: { ZORGMERK_BUILD: 'scheduled' } });
		expect(build.status, build.output).toBe(0);
		// The check named it and left it out; the loader never saw it (it warned "No entry type found for …" when it did).
		expect(build.output).toContain(named);
		expect(build.output).not.toMatch(/No entry type found|No files found matching/);
		const published = fs.readdirSync(build.dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
		for (const entry of published) expect(fs.readFileSync(path.join(entry.parentPath, entry.name)).includes(canary), entry.name).toBe(false);
	});
});
