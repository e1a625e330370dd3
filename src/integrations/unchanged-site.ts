import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, readJsonFile } from '../lib/files.ts';
import { BuiltSite } from '../lib/findings-cache.ts';

/** What the checks found in a build, kept with it for the next build of the same site. */
export interface Findings {
	/** Files the image check removed from the build (see published-images.ts). */
	unusedOriginals: string[];
}

/**
 * The last build whose checks all passed, kept in the cache: a fingerprint of
 * every file Astro wrote, of the kit's code and of what the checks were told
 * (settings, base path, what may not be published today).
 *
 * Most builds write exactly the same site as the one before: the daily build
 * that keeps consent up to date, a build after a change outside the content.
 * Then the checks that read only these files and inputs (consent words, SEO
 * audit, budgets, the image check) would give the same answer again, so they
 * are not run again (the search index, which keeps its bundles per language
 * by a key of its own, is then copied whole: src/search/index-site.ts); what
 * they did to the site (the unused originals the image check removed) is
 * done again from the record. Any difference in any file, in the code or in
 * the inputs, and everything runs as always.
 */
export class LastBuild {
	/** The fingerprint of this build: its files, the code and the checks' inputs. */
	readonly key: string;
	private same: boolean;
	private readonly dir: string;
	private readonly record: { key: string; findings: Findings } | undefined;

	/**
	 * @param dir Where the last build is kept, e.g. <cacheDir>/last-build.
	 * @param buildDir The site Astro just wrote, before the search index (its files, when the checks read them too).
	 * @param projectRoot The project, whose src/, astro.config.mjs and package-lock.json are the code.
	 * @param inputs Everything else the checks depend on, as JSON.
	 */
	constructor(dir: string, buildDir: string | BuiltSite, projectRoot: string, inputs: unknown) {
		this.dir = dir;
		const hash = createHash('sha256').update(JSON.stringify(inputs) ?? '');
		for (const file of [...listFiles(path.join(projectRoot, 'src')).map((name) => `src/${name}`), 'astro.config.mjs', 'package-lock.json']) {
			const absolute = path.join(projectRoot, file);
			hash.update(`${file}\0`).update(fs.existsSync(absolute) ? fs.readFileSync(absolute) : '');
		}
		const site = typeof buildDir === 'string' ? new BuiltSite(buildDir) : buildDir;
		for (const file of site.files()) hash.update(`\0${file}\0${site.hash(file)}`);
		this.key = hash.digest('hex');
		this.record = readRecord(path.join(dir, 'record.json'));
		this.same = this.record?.key === this.key;
	}

	/** Whether the last build that passed every check had the same fingerprint (and was not {@link distrust}ed). */
	get unchanged(): boolean {
		return this.same;
	}

	/**
	 * Treats this build as another site, whose checks all run: for when something the checks read besides
	 * Astro's files was made anew instead of taken from the last build (a search index not copied whole).
	 */
	distrust(): void {
		this.same = false;
	}

	/** What the checks found in the last build; only when {@link unchanged}, as they would find the same in this one. */
	get findings(): Findings {
		if (!this.unchanged) throw new Error('The last build was another site');
		return this.record!.findings;
	}

	/** Keeps this build as the last one that passed. Call only when every check has passed. */
	save(findings: Findings): void {
		fs.mkdirSync(this.dir, { recursive: true });
		// The whole search index this record once kept beside it (before index-site.ts kept it per language).
		fs.rmSync(path.join(this.dir, 'pagefind'), { recursive: true, force: true });
		fs.writeFileSync(path.join(this.dir, 'record.json'), JSON.stringify({ key: this.key, findings }));
	}
}

function readRecord(file: string): { key: string; findings: Findings } | undefined {
	const record = readJsonFile(file) as { key?: unknown; findings?: { unusedOriginals?: unknown } } | undefined;
	const findings = record?.findings;
	if (typeof record?.key !== 'string' || !Array.isArray(findings?.unusedOriginals)) return undefined;
	if (!findings.unusedOriginals.every((file) => typeof file === 'string')) return undefined;
	return { key: record.key, findings: { unusedOriginals: findings.unusedOriginals as string[] } };
}
