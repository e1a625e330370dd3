import fs from 'node:fs';
import path from 'node:path';
import { analyticsOrigins, analyticsScripts } from '../analytics/analytics.ts';
import { forgetWithheld } from '../consent/build-cache.ts';
import { describeLeaks, findLeaks, type Needle } from '../consent/leak-check.ts';
import { checkPublishedImages, originalImages, type PublishedImagesReport } from '../images/published-images.ts';
import { listFiles } from '../lib/files.ts';
import { checkBudgets, storyPageMatcher } from '../quality/budgets.ts';
import { urls } from '../routing/urls.ts';
import { indexSite } from '../search/index-site.ts';
import { headersFile, policyFor } from '../security/headers.ts';
import { auditSite, describeDefects } from '../seo/audit.ts';
import { settings } from '../settings/index.ts';
import { cacheDir, contentDir } from '../settings/paths.ts';
import type { BuildMode } from './build-mode.ts';
import type { BuildFindings } from './build-report.ts';
import { LastBuild } from './unchanged-site.ts';
import { message } from '../messages/index.ts';

/**
 * What the kit does once Astro has written the site: index it for search,
 * prove that nothing that may not be published ended up in it (consent,
 * camera metadata), audit its SEO, hold it to the budgets and write the
 * security headers. Any problem stops the build with a message for editors;
 * in a scheduled build (build-mode.ts) the SEO audit's and the budgets'
 * findings are returned as warnings instead, while camera metadata and
 * anything of an item that may not be published still stop it.
 *
 * `npm run build` (scripts/build.ts) runs this after Astro has exited, so
 * that Pagefind and the checks do not need memory on top of what Astro still
 * holds (at 3,000 stories, 2.5 GB); a plain `astro build` runs it in Astro's
 * last hook (zorgmerk.ts). Either way it runs on every build.
 */

/** What the checks are told by the build, as JSON: it may cross from Astro's process to scripts/build.ts. */
export interface SiteChecksJob {
	buildDir: string;
	/** The project, whose code is part of the unchanged-site fingerprint. */
	root: string;
	base: string;
	/** What may not appear in any built file today (from the content check). */
	needles: Needle[];
	/** How the build treats a problem (build-mode.ts). */
	mode: BuildMode;
	/** What a scheduled build's content check left out, for the build report (build-report.ts). */
	content: Pick<BuildFindings, 'leftOut' | 'withoutLinks'>;
}

export interface Log {
	info(message: string): void;
	/** Advice that does not stop the build, such as a title search engines cut off. */
	warn(message: string): void;
}

/**
 * Runs the checks on the site Astro wrote into `buildDir`.
 *
 * @returns what a scheduled build found and did not stop for (SEO defects, budget breaches), one line each;
 *   [] in a strict build, which throws instead.
 * @throws Error with a message for editors for what stops the build.
 */
export async function checkBuiltSite({ buildDir, root, base, needles, mode }: SiteChecksJob, logger: Log): Promise<string[]> {
	let started = performance.now();
	/** What a scheduled build reports instead of stopping. */
	const warnings: string[] = [];
	const strict = mode !== 'scheduled';
	const allowedOrigins = analyticsOrigins(settings.analytics);
	const allowedScripts = analyticsScripts(settings.analytics);
	// The same site as the last build that passed, judged by the same code on the same terms: see unchanged-site.ts.
	const originals = originalImages(contentDir);
	const last = new LastBuild(path.join(cacheDir, 'last-build'), buildDir, root, { settings, base, needles, allowedOrigins, originals: [...originals].sort() });
	const same = last.unchanged ? ' (the same site as the last build, which passed)' : '';
	started = timing(logger, 'fingerprint', started);

	// The search index first: the checks below read it too.
	const search = last.unchanged ? last.restoreSearchIndex(buildDir) : await indexSite(buildDir);
	logger.info(`search index: ${search.pages} pages${last.unchanged ? ' (copied from the last build: the site is unchanged)' : ''}`);
	started = timing(logger, 'search index', started);

	let images: PublishedImagesReport;
	if (last.unchanged) {
		// The same files as the last build, which had no metadata: only its unused originals to remove again.
		images = { removed: last.findings.unusedOriginals, problems: [] };
		for (const file of images.removed) fs.rmSync(path.join(buildDir, file));
	} else {
		images = await checkPublishedImages(buildDir, originals, { cacheFile: path.join(cacheDir, 'image-check.json') });
	}
	if (images.problems.length > 0) throw buildStopped(`Images that may not be published:\n${images.problems.map((problem) => `  ${problem}`).join('\n')}`);
	logger.info(`image check: no camera metadata; ${images.removed.length} unused original(s) left out${same}`);
	started = timing(logger, 'image check', started);

	// The build cache keeps no processed picture or social card of what may not be published (build-cache.ts).
	const forgotten = forgetWithheld(cacheDir, buildDir, needles);
	if (forgotten.pictures.length + forgotten.cards.length > 0) logger.info(`build cache: ${forgotten.pictures.length} processed picture(s) of items that may not be published and ${forgotten.cards.length} social card(s) no page uses removed`);
	if (!last.unchanged) {
		const leaks = await findLeaks(buildDir, needles, { hashCache: path.join(cacheDir, 'perceptual-hashes.json'), cleanFiles: path.join(cacheDir, 'clean-files.json') });
		if (leaks.length > 0) throw buildStopped(describeLeaks(leaks));
	}
	logger.info(`consent check: no page, index, feed or picture contains anything of an item that may not be published, nor a consent reference (${needles.length} checked)${same}`);
	started = timing(logger, 'consent check', started);

	const files = listFiles(buildDir);
	const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
	const read = (file: string) => fs.readFileSync(path.join(buildDir, file), 'utf8');
	let defectCount = 0;
	let adviceCount = 0;
	if (!last.unchanged) {
		const defects = auditSite({
			// The CMS at admin/ is a tool for editors, not a page for visitors or search engines.
			// Each page is read when the audit comes to it, not all of them up front.
			pages: pages.map((file) => ({ file, get html() { return read(file); } })),
			files: new Set(files),
			sitemap: files.includes('sitemap.xml') ? read('sitemap.xml') : undefined,
			siteUrl: settings.siteUrl,
			base,
			allowedOrigins,
		});
		const [advice, stopping] = [defects.filter((defect) => defect.advice), defects.filter((defect) => !defect.advice)];
		for (const { page, problem } of advice) logger.warn(`SEO-advies / SEO advice: /${page}: ${problem}`);
		adviceCount = advice.length;
		if (stopping.length > 0 && strict) throw buildStopped(describeDefects(stopping));
		warnings.push(...stopping.map((defect) => `SEO: /${defect.page}: ${defect.problem}`));
		defectCount = stopping.length;
	}
	logger.info(`SEO audit: ${pages.length} pages, ${defectCount > 0 ? `${defectCount} defect(s), reported as warnings (scheduled build)` : 'no defects'}${adviceCount > 0 ? `, ${adviceCount} piece(s) of advice (above)` : ''}${same}`);
	started = timing(logger, 'SEO audit', started);

	let breachCount = 0;
	if (!last.unchanged) {
		const breaches = checkBudgets(
			{ files, read: (file) => fs.readFileSync(path.join(buildDir, file)) },
			{
				// Pagefind runs on the search pages; the CMS at admin/ is a tool for editors, not a page for visitors.
				scriptPages: [...settings.locales.map((locale) => `${urls.section(locale, 'search').slice(1)}index.html`), 'admin/index.html'],
				isStoryPage: storyPageMatcher(settings.locales.map((locale) => urls.stories(locale).slice(1))),
				allowedScripts,
				base,
			},
		);
		if (breaches.length > 0 && strict) throw buildStopped(`${message('budget.over')}:\n${breaches.map((breach) => `  ${breach.message}`).join('\n')}`);
		warnings.push(...breaches.map((breach) => `${message('budget.over')}: ${breach.message}`));
		breachCount = breaches.length;
	}
	logger.info(
		breachCount > 0
			? `budgets: ${breachCount} breach(es), reported as warnings (scheduled build)`
			: `budgets: no scripts on content pages${allowedScripts.length > 0 ? ` but the statistics script the settings choose (${allowedScripts.join(', ')})` : ''}; story pages, their first pictures and listings within budget${same}`,
	);
	started = timing(logger, 'budgets', started);

	// Every check passed: the next build of the same site may rely on this one (not on one that only warned).
	if (warnings.length === 0) last.save(buildDir, { searchPages: search.pages, unusedOriginals: images.removed });
	timing(logger, 'keeping the search index', started);

	// Netlify and Cloudflare Pages read their headers from this file; other hosts: see docs/deploying.md.
	fs.writeFileSync(path.join(buildDir, '_headers'), headersFile(policyFor(settings, base, process.env), fs.readdirSync(buildDir)));
	return warnings;
}

/**
 * With ZORGMERK_TIMINGS set, logs how long a step took ("timing search index: 2.31 s"), for the
 * build benchmark (npm run bench). Returns the time now, for the next step.
 */
export function timing(logger: Log, step: string, started: number): number {
	const now = performance.now();
	if (process.env.ZORGMERK_TIMINGS) logger.info(`timing ${step}: ${((now - started) / 1000).toFixed(2)} s`);
	return now;
}

/** An error that stops the build with a message for editors, without a stack trace. */
function buildStopped(message: string): Error {
	const error = new Error(message);
	error.stack = '';
	return error;
}
