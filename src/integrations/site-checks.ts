import fs from 'node:fs';
import path from 'node:path';
import { analyticsOrigins, analyticsScripts } from '../analytics/analytics.ts';
import { forgetWithheld } from '../consent/build-cache.ts';
import { describeLeaks, LeakSearch, type Leak, type Needle } from '../consent/leak-check.ts';
import { leakNeedles } from '../consent/needles.ts';
import { consentItemsFrom } from '../consent/register.ts';
import { checkPublishedImages, describeImageProblems, originalImageFiles, originalImages, type PublishedImagesReport } from '../images/published-images.ts';
import { BuiltSite, FindingsCache } from '../lib/findings-cache.ts';
import { PAGE_CODE } from '../lib/html-document.ts';
import { decodeText } from '../lib/text-encoding.ts';
import { judgeBudgets, pageFacts, storyPageMatcher, type BudgetBreach, type BudgetOptions, type PageFacts } from '../quality/budgets.ts';
import { urls } from '../routing/urls.ts';
import { indexSite, type SearchIndex } from '../search/index-site.ts';
import { headersFile, policyFor } from '../security/headers.ts';
import { auditPage, describeAdvice, describeDefects, judgeSite, type Defect, type PageAudit } from '../seo/audit.ts';
import { settings } from '../settings/index.ts';
import { cacheDir, contentDir, displayPath } from '../settings/paths.ts';
import type { ContentReport } from '../validation/content-report.ts';
import { leftOutReasons, withheldEntries } from '../validation/left-out.ts';
import type { BuildMode } from './build-mode.ts';
import type { BuildFindings } from './build-report.ts';
import { LastBuild } from './unchanged-site.ts';
import { message, titled } from '../messages/index.ts';

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

/** What the checks found in a built site, before the build decides what stops it. */
export interface SiteFindings {
	/** Pages in the search index. */
	searchPages: number;
	/** The search index's bundles, one per language, each copied from the last build that passed when its pages are the same. */
	searchBundles: SearchIndex['languages'];
	/** The image check: unused originals removed, camera metadata found. */
	images: PublishedImagesReport;
	/** Anything of an item that may not be published, or a consent reference (the consent check). */
	leaks: Leak[];
	/** The SEO audit's defects, advice (`advice: true`, never stops a build) included. */
	defects: Defect[];
	/** The budgets' breaches. */
	breaches: BudgetBreach[];
	/** HTML pages audited (the CMS at admin/ is not one). */
	pages: number;
	/** Whether the site, code and inputs are those of the last build that passed, whose findings were taken over. */
	unchanged: boolean;
	/** Keeps this build as the last one that passed: call only when every check passed. */
	keep(): void;
}

export interface FindOptions {
	/** Where the checks keep what they can reuse; default the build cache (settings/paths.ts). */
	cacheDir?: string;
	/** The built site as the checks read it; default the files in the job's buildDir (a test counts its parses). */
	site?: BuiltSite;
}

/**
 * Indexes the site for search and runs every check on it, each looking
 * again only at the files that changed since the last build (what it found
 * in each file is kept in `<cacheDir>/checks/`, see src/lib/findings-cache.ts):
 * the same findings as checking every file, in the same order. The consent
 * check, the SEO audit and the budgets look at the files one after the other,
 * all of them at the same file: a page that one of them must look at again is
 * read and parsed once for all of them (BuiltSite.parsed), and a page none of
 * them must look at again is not parsed at all.
 *
 * @throws Error only when a check cannot read the site (e.g. a stylesheet that is not in it).
 */
export async function findProblems({ buildDir, root, base, needles }: SiteChecksJob, logger: Log, options: FindOptions = {}): Promise<SiteFindings> {
	const cache = options.cacheDir ?? cacheDir;
	const checks = path.join(cache, 'checks');
	let started = performance.now();
	const allowedOrigins = analyticsOrigins(settings.analytics);
	const site = options.site ?? new BuiltSite(buildDir);
	// The same site as the last build that passed, judged by the same code on the same terms: see unchanged-site.ts.
	// Which bytes lie at which path in content/: a withheld item's picture is named by its path (red team: two pictures
	// that swapped contents left the set of hashes, and so the fingerprint, as it was, and the consent check was skipped).
	const originalFiles = originalImageFiles(contentDir);
	const originals = originalImages(contentDir, originalFiles);
	const last = new LastBuild(path.join(cache, 'last-build'), site, root, { settings, base, needles, allowedOrigins, originals: originalFiles });
	started = timing(logger, 'fingerprint', started);

	// The search index first: the checks below read it too. A language whose indexed pages are those of the last build
	// that passed gets that build's bundle (index-site.ts); that build's findings hold for this one only with every bundle.
	const search = await indexSite(site, { keptDir: path.join(cache, 'search-index') });
	if (search.languages.some((bundle) => !bundle.copied)) last.distrust();
	started = timing(logger, 'search index', started);

	let images: PublishedImagesReport;
	if (last.unchanged) {
		// The same files as the last build, which had no metadata: only its unused originals to remove again.
		images = { removed: last.findings.unusedOriginals, problems: [] };
		for (const file of images.removed) site.remove(file);
	} else {
		// Where a picture with metadata came from, named as editors see it: an original in content/, or a file of public/.
		const sources = originalFiles.map(([file, hash]) => [displayPath(path.join(contentDir, file)), hash] as const);
		images = await checkPublishedImages(buildDir, originals, { findings: checks, site, sources, publicDir: path.join(root, 'public') });
	}
	started = timing(logger, 'image check', started);

	const files = site.files();
	const html = files.filter((file) => file.endsWith('.html'));
	// The CMS at admin/ is a tool for editors, not a page for visitors or search engines.
	const isPage = (file: string) => !file.startsWith('admin/');
	const storySections = settings.locales.map((locale) => urls.stories(locale).slice(1));
	const budgetOptions: BudgetOptions = {
		// Pagefind runs on the search pages; the CMS at admin/ is a tool for editors, not a page for visitors.
		scriptPages: [...settings.locales.map((locale) => `${urls.section(locale, 'search').slice(1)}index.html`), 'admin/index.html'],
		isStoryPage: storyPageMatcher(storySections),
		// Applied to each page's scripts as measured (PageFacts keeps them raw), so not among the cache's terms.
		allowedScripts: analyticsScripts(settings.analytics),
		base,
	};
	let leaks: Leak[] = [];
	let defects: Defect[] = [];
	let breaches: BudgetBreach[] = [];
	const pageAudits: { file: string; audit: PageAudit }[] = [];
	const pageFactsList: { file: string; facts: PageFacts }[] = [];
	const leakSearch = last.unchanged ? undefined : new LeakSearch(buildDir, needles, { hashCache: path.join(cache, 'perceptual-hashes.json'), findings: path.join(checks, 'consent.json'), site });
	if (!last.unchanged) {
		const auditContext = { siteUrl: settings.siteUrl, base, allowedOrigins };
		const audits = new FindingsCache<PageAudit>(path.join(checks, 'seo-audit.json'), { code: [new URL('../seo/audit.ts', import.meta.url), ...PAGE_CODE], inputs: auditContext });
		const measured = new FindingsCache<PageFacts>(path.join(checks, 'budgets.json'), { code: [new URL('../quality/budgets.ts', import.meta.url), ...PAGE_CODE], inputs: { storySections } });
		// Each file once, every check in turn: the page in hand is parsed at the first check that must look at it.
		for (const file of files) {
			leakSearch?.look(file);
			if (!file.endsWith('.html')) continue;
			const key = audits.key(file, site.hash(file));
			const audit = isPage(file) ? (audits.get(key) ?? auditPage(file, site.parsed(file), auditContext)) : undefined;
			const facts = measured.get(key) ?? pageFacts(site.parsed(file), site.read(file), budgetOptions.isStoryPage(file));
			if (audit) {
				audits.set(key, audit);
				pageAudits.push({ file, audit });
			}
			measured.set(key, facts);
			pageFactsList.push({ file, facts });
		}
		audits.save();
		measured.save();
		started = timing(logger, 'reading pages', started);
	}

	// The build cache keeps no processed picture or social card of what may not be published (build-cache.ts).
	const forgotten = forgetWithheld(cache, buildDir, needles);
	if (forgotten.pictures.length + forgotten.cards.length > 0) logger.info(message('buildCache.forgotten', { pictures: forgotten.pictures.length, cards: forgotten.cards.length }));
	// The pictures, by their pixels, once every file's text was searched.
	if (leakSearch) leaks = await leakSearch.finish();
	started = timing(logger, 'consent check', started);

	if (!last.unchanged) {
		defects = judgeSite(pageAudits, {
			files: new Set(files),
			sitemap: files.includes('sitemap.xml') ? decodeText(site.read('sitemap.xml'), 'xml') : undefined,
			siteUrl: settings.siteUrl,
			base,
			allowedOrigins,
		});
		started = timing(logger, 'SEO audit', started);
		breaches = judgeBudgets({ files, read: (file) => site.read(file) }, pageFactsList, budgetOptions);
	}
	timing(logger, 'budgets', started);
	return {
		searchPages: search.pages,
		searchBundles: search.languages,
		images,
		leaks,
		defects,
		breaches,
		pages: html.filter(isPage).length,
		unchanged: last.unchanged,
		keep: () => {
			search.keep();
			last.save({ unusedOriginals: images.removed });
		},
	};
}

/**
 * Runs the checks on the site Astro wrote into `buildDir` (see {@link findProblems}) and decides what stops the build.
 *
 * @returns what a scheduled build found and did not stop for (SEO defects, budget breaches), one line each;
 *   [] in a strict build, which throws instead.
 * @throws Error with a message for editors for what stops the build.
 */
export async function checkBuiltSite(job: SiteChecksJob, logger: Log): Promise<string[]> {
	const found = await findProblems(job, logger);
	const { images, leaks, defects, breaches } = found;
	/** What a scheduled build reports instead of stopping. */
	const warnings: string[] = [];
	const strict = job.mode !== 'scheduled';
	const allowedScripts = analyticsScripts(settings.analytics);
	// Each line says when the findings are those of the last build that passed, taken over for the same site.
	const same = found.unchanged;
	const copied = found.searchBundles.filter((bundle) => bundle.copied).map((bundle) => bundle.language);
	logger.info(message('search.indexed', { pages: found.searchPages, languages: found.searchBundles.length, copied }));

	if (images.problems.length > 0) throw buildStopped(describeImageProblems(images.problems));
	logger.info(message('picture.checked', { removed: images.removed.length, same }));

	if (leaks.length > 0) throw buildStopped(describeLeaks(leaks));
	logger.info(message('consent.checked', { checked: job.needles.length, same }));

	const [advice, stopping] = [defects.filter((defect) => defect.advice), defects.filter((defect) => !defect.advice)];
	if (advice.length > 0) logger.warn(describeAdvice(advice));
	if (stopping.length > 0 && strict) throw buildStopped(describeDefects(stopping));
	warnings.push(...stopping.map((defect) => `${titled(message('seo.defect'))} /${defect.page}: ${defect.problem}`));
	logger.info(message('seo.audited', { pages: found.pages, defects: stopping.length, advice: advice.length, same }));

	if (breaches.length > 0 && strict) throw buildStopped(`${titled(message('budget.over'))}\n${breaches.map((breach) => `  ${breach.message}`).join('\n')}`);
	warnings.push(...breaches.map((breach) => `${titled(message('budget.over'))} ${breach.message}`));
	logger.info(breaches.length > 0 ? message('budget.warned', { count: breaches.length }) : message('budget.checked', { statistics: allowedScripts.join(', '), same }));

	// Every check passed: the next build of the same site may rely on this one (not on one that only warned).
	let started = performance.now();
	if (warnings.length === 0) found.keep();
	timing(logger, 'keeping the search index', started);

	// Netlify and Cloudflare Pages read their headers from this file; other hosts: see docs/deploying.md.
	fs.writeFileSync(path.join(job.buildDir, '_headers'), headersFile(policyFor(settings, job.base, process.env), fs.readdirSync(job.buildDir)));
	return warnings;
}

/**
 * What the consent check looks for in the built site (see src/consent/needles.ts), from the content check's
 * report: everything of an item that may not be published on `today` (YYYY-MM-DD), and every consent reference.
 * What the check left out is withheld: nothing of it may be in the site (see withheldEntries).
 */
export function siteNeedles(report: ContentReport, today: string, cache = cacheDir): Needle[] {
	return leakNeedles([...consentItemsFrom(report.entries), ...consentItemsFrom(withheldEntries(report.leftOut))], today, {
		content: report.entries,
		cacheFile: path.join(cache, 'entry-words.bin'),
		leftOut: leftOutReasons(report.leftOut),
	});
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
