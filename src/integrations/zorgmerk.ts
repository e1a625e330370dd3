import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyticsOrigins } from '../analytics/analytics.ts';
import { identifyingDetailWarnings } from '../consent/identifying-details.ts';
import { describeLeaks, findLeaks, leakNeedles, type Needle } from '../consent/leak-check.ts';
import { consentItemsFrom } from '../consent/register.ts';
import { consentSummary } from '../consent/summary.ts';
import { buildDate } from '../consent/today.ts';
import { ContentErrors } from '../errors/index.ts';
import { checkPublishedImages, gpsWarnings } from '../images/published-images.ts';
import { listFiles } from '../lib/files.ts';
import { indexSite } from '../search/index-site.ts';
import { headersFile, policyFor } from '../security/headers.ts';
import { auditSite, describeDefects } from '../seo/audit.ts';
import { settings } from '../settings/index.ts';
import { contentDir } from '../settings/paths.ts';
import { checkContent } from '../validation/check-content.ts';

/**
 * The kit's build steps around Astro: check all content before anything is
 * compiled, report what the consent gate left out and what looks like
 * identifying details, and, once the site is built, index it for search and
 * prove that nothing that may not be published ended up in it.
 */
export function zorgmerk(): AstroIntegration {
	let needles: Needle[] = [];
	let base = '/';
	return {
		name: 'zorgmerk',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				base = config.base;
				const { entries, errors } = checkContent(contentDir, settings);
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
			},
			'astro:build:start': async ({ logger }) => {
				for (const warning of await gpsWarnings(contentDir)) logger.warn(warning);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const buildDir = fileURLToPath(dir);
				// The search index first: the checks below read it too.
				const search = await indexSite(buildDir);
				logger.info(`search index: ${search.pages} pages`);

				const images = await checkPublishedImages(buildDir, contentDir);
				if (images.problems.length > 0) throw buildStopped(`Images that may not be published:\n${images.problems.map((problem) => `  ${problem}`).join('\n')}`);
				logger.info(`image check: no camera metadata; ${images.removed.length} unused original(s) left out`);

				const leaks = findLeaks(buildDir, needles);
				if (leaks.length > 0) throw buildStopped(describeLeaks(leaks));
				logger.info(`consent check: no file contains an unpublishable item or a consent reference (${needles.length} checked)`);

				const files = listFiles(buildDir);
				const read = (file: string) => fs.readFileSync(path.join(buildDir, file), 'utf8');
				const defects = auditSite({
					pages: files.filter((file) => file.endsWith('.html')).map((file) => ({ file, html: read(file) })),
					files: new Set(files),
					sitemap: files.includes('sitemap.xml') ? read('sitemap.xml') : undefined,
					siteUrl: settings.siteUrl,
					base,
					allowedOrigins: analyticsOrigins(settings.analytics),
				});
				if (defects.length > 0) throw buildStopped(describeDefects(defects));
				logger.info(`SEO audit: ${files.filter((file) => file.endsWith('.html')).length} pages, no defects`);

				// Netlify and Cloudflare Pages read their headers from this file; other hosts: see docs/deploying.md.
				fs.writeFileSync(path.join(buildDir, '_headers'), headersFile(policyFor(settings, base), fs.readdirSync(buildDir)));
			},
		},
	};
}

/** An error that stops the build with a message for editors, without a stack trace. */
function buildStopped(message: string): Error {
	const error = new Error(message);
	error.stack = '';
	return error;
}
