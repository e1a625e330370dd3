import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminBundle, copyAdminBundle, type AdminBundle } from '../admin/admin-bundle.ts';
import { adminPage } from '../admin/admin-page.ts';
import { adminDevServer } from '../admin/dev-server.ts';
import type { Needle } from '../consent/needles.ts';
import { consentItemsFrom } from '../consent/register.ts';
import { consentSummary } from '../consent/summary.ts';
import { buildDate } from '../consent/today.ts';
import { cardsOfBuiltPages, takeLinkCards, writeLinkCards } from '../images/link-cards.ts';
import { openCardCache } from '../images/social-card.ts';
import { mdxDevGuard } from '../mdx/dev-guard.ts';
import { settings } from '../settings/index.ts';
import { cacheDir, contentDir } from '../settings/paths.ts';
import { reportError, runContentCheck } from '../validation/content-report.ts';
import { leftOutErrors } from '../validation/left-out.ts';
import { buildMode, type BuildMode } from './build-mode.ts';
import { forgetStoreOfOtherSchemas } from './content-store.ts';
import { contentFindings, recordBuildReport, reportFile, saveBuildReport } from './build-report.ts';
import { checkBuiltSite, siteNeedles, timing, type SiteChecksJob } from './site-checks.ts';
import { message, titled } from '../messages/index.ts';

/**
 * The kit's build steps around Astro: check all content before anything is
 * compiled, report what the consent gate left out and what looks like
 * identifying details, put the CMS in place, and, once the site is built,
 * write its link previews (src/images/link-cards.ts) and hand it to the
 * search index and the checks that prove nothing that may not be published
 * ended up in it (site-checks.ts; npm run build runs those after Astro has
 * exited).
 */
export function zorgmerk(): AstroIntegration {
	let needles: Needle[] = [];
	let base = '/';
	let root = process.cwd();
	let admin: AdminBundle | undefined;
	let mode: BuildMode = 'strict';
	let content: SiteChecksJob['content'] = { leftOut: [], withoutLinks: [] };
	return {
		name: 'zorgmerk',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				base = config.base;
				root = fileURLToPath(config.root);
				let started = performance.now();
				// The CMS at /admin/: the bundle made once and kept (see admin-bundle.ts), served beside the site while developing.
				// A bundle made from the same files in another copy of the project is taken from the shared folder (shared-bundles.ts).
				const adminCache = path.join(root, '.zorgmerk', 'admin');
				if (command === 'dev') {
					updateConfig({ vite: { plugins: [mdxDevGuard(contentDir, settings), adminDevServer({ root, cacheDir: adminCache, base, settings, env: process.env, log: logger })] } });
				}
				if (command === 'build') {
					admin = adminBundle(root, adminCache, { log: logger });
					started = timing(logger, 'CMS bundle', started);
				}
				// Entries parsed with other schemas, or bodies rendered by another Markdown renderer, than today's are read again (content-store.ts).
				if (forgetStoreOfOtherSchemas(cacheDir, [path.join(root, 'src', 'schemas'), path.join(root, 'src', 'mdx', 'render')])) {
					logger.info(message('contentStore.reread'));
				}
				// A scheduled build leaves out what has problems instead of stopping (see build-mode.ts); development never does.
				mode = command === 'build' ? buildMode() : 'strict';
				// A report belongs to the build that wrote it, or to none (build-report.ts).
				if (command === 'build') saveBuildReport(reportFile(root), undefined);
				// Only this build's pages hand over link previews (src/pages/og/).
				if (command === 'build') takeLinkCards();
				// The one content check (src/validation/content-report.ts), as npm run check-content runs it.
				const report = await runContentCheck({ contentDir, publicDir: path.join(root, 'public'), cacheFile: path.join(cacheDir, 'content-check.bin'), leaveOut: mode === 'scheduled' });
				const leftOut = [...leftOutErrors(report.leftOut), ...report.ignored];
				for (const error of leftOut) logger.warn(`${titled(message('build.leftOut'))} ${error.message}`);
				for (const line of report.withoutLinks) logger.warn(line);
				content = contentFindings(leftOut, report.withoutLinks);
				for (const warning of report.warnings) logger.warn(warning);
				for (const note of report.notes) logger.info(note);
				const problem = reportError(report);
				if (problem) {
					// In development the editor keeps the server and sees the error; a build must stop.
					if (command === 'build') throw problem;
					logger.error(problem.message);
				}
				const today = buildDate(settings.timeZone);
				logger.info(consentSummary(consentItemsFrom(report.entries).map((item) => item.data), today));
				started = timing(logger, 'content check', started);
				// What the consent check after the build looks for (see src/consent/needles.ts). What was left out is
				// withheld: nothing of it may be in the site (see withheldEntries).
				needles = siteNeedles(report, today, cacheDir);
				timing(logger, 'needles for the consent check', started);
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const buildDir = fileURLToPath(dir);
				await writeCards(buildDir, pages, logger);
				if (admin) copyAdminBundle(admin, buildDir, adminPage({ settings, base, script: admin.entry, env: process.env }));
				const job: SiteChecksJob = { buildDir, root, base, needles, mode, content };
				// npm run build runs the checks once Astro has exited and returned its memory (see site-checks.ts).
				const checksFile = process.env.ZORGMERK_CHECKS_FILE;
				if (checksFile) {
					fs.writeFileSync(checksFile, JSON.stringify(job));
					return;
				}
				const findings = { ...content, warnings: await checkBuiltSite(job, logger) };
				const report = recordBuildReport(reportFile(root), findings, `${path.relative(root, buildDir) || buildDir}/`);
				if (report) logger.error(report);
			},
		},
	};
}

/**
 * Writes the link previews src/pages/og/ handed over in this build into the built site (src/images/link-cards.ts),
 * each only for a page Astro built in this build.
 *
 * @throws Error when none were handed over (the page that decides them did not run), or a card's page was not built:
 * the site would lack pictures its pages name, or have one of a page it does not publish.
 */
async function writeCards(buildDir: string, pages: readonly { pathname: string }[], logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const cards = takeLinkCards();
	if (!cards) throw new Error('No link previews were handed over in this build: src/pages/og/[...card].png.ts decides them (see src/images/link-cards.ts).');
	const { built, notBuilt } = cardsOfBuiltPages(cards, pages);
	if (notBuilt.length > 0) throw new Error(`Link previews of pages this build did not make: ${notBuilt.map((card) => card.page).join(', ')}`);
	const made = await writeLinkCards(built, openCardCache(path.join(cacheDir, 'social-cards')), buildDir);
	if (process.env.ZORGMERK_TIMINGS) logger.info(`timing link previews: ${made.reused} kept, ${made.drawn} drawn`);
	timing(logger, 'Open Graph images', started);
}
