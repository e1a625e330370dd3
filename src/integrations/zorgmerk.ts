import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminBundle, adminScriptModule, copyAdminBundle, type AdminBundle } from '../admin/admin-bundle.ts';
import { analyticsOrigins } from '../analytics/analytics.ts';
import { identifyingDetailWarnings } from '../consent/identifying-details.ts';
import { describeLeaks, findLeaks, leakNeedles, type Needle } from '../consent/leak-check.ts';
import { consentItemsFrom } from '../consent/register.ts';
import { consentSummary } from '../consent/summary.ts';
import { buildDate } from '../consent/today.ts';
import { ContentErrors } from '../errors/index.ts';
import { checkPublishedImages, gpsWarnings } from '../images/published-images.ts';
import { listFiles } from '../lib/files.ts';
import { mdxDevGuard } from '../mdx/dev-guard.ts';
import { indexSite } from '../search/index-site.ts';
import { checkBudgets, storyPageMatcher } from '../quality/budgets.ts';
import { urls } from '../routing/urls.ts';
import { headersFile, policyFor } from '../security/headers.ts';
import { auditSite, describeDefects } from '../seo/audit.ts';
import { settings } from '../settings/index.ts';
import { cacheDir, contentDir } from '../settings/paths.ts';
import { checkContent } from '../validation/check-content.ts';
import { LastBuild } from './unchanged-site.ts';

/**
 * The kit's build steps around Astro: check all content before anything is
 * compiled, report what the consent gate left out and what looks like
 * identifying details, and, once the site is built, index it for search and
 * prove that nothing that may not be published ended up in it.
 */
export function zorgmerk(): AstroIntegration {
	let needles: Needle[] = [];
	let base = '/';
	let root = process.cwd();
	let admin: AdminBundle | undefined;
	return {
		name: 'zorgmerk',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig, injectRoute }) => {
				base = config.base;
				root = fileURLToPath(config.root);
				let started = performance.now();
				// The CMS: from source while developing; in a build, the bundle made once and kept (see admin-bundle.ts).
				if (command === 'dev') {
					updateConfig({ vite: { plugins: [mdxDevGuard(contentDir)] } });
					injectRoute({ pattern: '/admin', entrypoint: './src/admin/AdminDevPage.astro', prerender: true });
				}
				if (command === 'build') {
					admin = adminBundle(root, path.join(root, '.zorgmerk', 'admin'));
					updateConfig({ vite: { plugins: [adminScriptModule(admin)] } });
					injectRoute({ pattern: '/admin', entrypoint: './src/admin/AdminPage.astro', prerender: true });
					started = timing(logger, 'CMS bundle', started);
				}
				const { entries, errors, untranslated } = checkContent(contentDir, settings, { cacheFile: path.join(cacheDir, 'content-check.json') });
				for (const file of untranslated) {
					logger.info(`${file}: nog niet vertaald, dus niet gepubliceerd / not translated yet, so not published`);
				}
				if (errors.length > 0) {
					const problem = new ContentErrors(
						`De inhoud heeft ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`} die eerst opgelost moet${errors.length === 1 ? '' : 'en'} worden / The content has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix before the site can be built:`,
						errors,
					);
					// In development the editor keeps the server and sees the error; a build must stop.
					if (command === 'build') throw problem;
					logger.error(problem.message);
				}
				const today = buildDate(settings.timeZone);
				const items = consentItemsFrom(entries);
				logger.info(consentSummary(items.map((item) => item.data), today));
				const texts = items.map(({ file, type, data, body }) => ({
					file,
					fields: type === 'testimonial' ? { quote: data.quote } : { title: data.title, description: data.description, body },
				}));
				for (const warning of identifyingDetailWarnings(texts)) logger.warn(warning);
				needles = leakNeedles(items, today);
				timing(logger, 'content check', started);
			},
			'astro:build:start': async ({ logger }) => {
				const started = performance.now();
				for (const warning of await gpsWarnings(contentDir)) logger.warn(warning);
				timing(logger, 'GPS warnings', started);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const buildDir = fileURLToPath(dir);
				let started = performance.now();
				if (admin) copyAdminBundle(admin, buildDir);
				const allowedOrigins = analyticsOrigins(settings.analytics);
				// The same site as the last build that passed, judged by the same code on the same terms: see unchanged-site.ts.
				const last = new LastBuild(path.join(cacheDir, 'last-build'), buildDir, root, { settings, base, needles, allowedOrigins });
				const same = last.unchanged ? ' (the same site as the last build, which passed)' : '';
				started = timing(logger, 'fingerprint', started);

				// The search index first: the checks below read it too.
				const search = last.unchanged ? last.restoreSearchIndex(buildDir) : await indexSite(buildDir);
				logger.info(`search index: ${search.pages} pages${last.unchanged ? ' (copied from the last build: the site is unchanged)' : ''}`);
				started = timing(logger, 'search index', started);

				const images = await checkPublishedImages(buildDir, contentDir, { cacheFile: path.join(cacheDir, 'image-check.json') });
				if (images.problems.length > 0) throw buildStopped(`Images that may not be published:\n${images.problems.map((problem) => `  ${problem}`).join('\n')}`);
				logger.info(`image check: no camera metadata; ${images.removed.length} unused original(s) left out`);
				started = timing(logger, 'image check', started);

				if (!last.unchanged) {
					const leaks = findLeaks(buildDir, needles);
					if (leaks.length > 0) throw buildStopped(describeLeaks(leaks));
				}
				logger.info(`consent check: no file contains an unpublishable item or a consent reference (${needles.length} checked)${same}`);
				started = timing(logger, 'consent check', started);

				const files = listFiles(buildDir);
				const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
				const read = (file: string) => fs.readFileSync(path.join(buildDir, file), 'utf8');
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
					if (defects.length > 0) throw buildStopped(describeDefects(defects));
				}
				logger.info(`SEO audit: ${pages.length} pages, no defects${same}`);
				started = timing(logger, 'SEO audit', started);

				if (!last.unchanged) {
					const breaches = checkBudgets(
						{ files, read: (file) => fs.readFileSync(path.join(buildDir, file)) },
						{
							// Pagefind runs on the search pages; the CMS at admin/ is a tool for editors, not a page for visitors.
							scriptPages: [...settings.locales.map((locale) => `${urls.section(locale, 'search').slice(1)}index.html`), 'admin/index.html'],
							isStoryPage: storyPageMatcher(settings.locales.map((locale) => urls.stories(locale).slice(1))),
							base,
						},
					);
					if (breaches.length > 0) throw buildStopped(`Over budget:\n${breaches.map((breach) => `  ${breach.message}`).join('\n')}`);
				}
				logger.info(`budgets: no scripts on content pages; story pages, their first pictures and listings within budget${same}`);
				started = timing(logger, 'budgets', started);

				// Every check passed: the next build of the same site may rely on this one.
				last.save(buildDir, search.pages);
				timing(logger, 'keeping the search index', started);

				// Netlify and Cloudflare Pages read their headers from this file; other hosts: see docs/deploying.md.
				fs.writeFileSync(path.join(buildDir, '_headers'), headersFile(policyFor(settings, base, process.env), fs.readdirSync(buildDir)));
			},
		},
	};
}

/**
 * With ZORGMERK_TIMINGS set, logs how long a step took ("timing search index: 2.31 s"), for the
 * build benchmark (npm run bench). Returns the time now, for the next step.
 */
function timing(logger: AstroIntegrationLogger, step: string, started: number): number {
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
