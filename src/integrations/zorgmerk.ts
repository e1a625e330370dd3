import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { identifyingDetailWarnings } from '../consent/identifying-details.ts';
import { describeLeaks, findLeaks, leakNeedles, type Needle } from '../consent/leak-check.ts';
import { consentItemsFrom } from '../consent/register.ts';
import { consentSummary } from '../consent/summary.ts';
import { buildDate } from '../consent/today.ts';
import { ContentErrors } from '../errors/index.ts';
import { settings } from '../settings/index.ts';
import { contentDir } from '../settings/paths.ts';
import { checkContent } from '../validation/check-content.ts';

/**
 * The kit's build steps around Astro: check all content before anything is
 * compiled, report what the consent gate left out and what looks like
 * identifying details, and, once the site is built, prove that nothing that
 * may not be published ended up in it.
 */
export function zorgmerk(): AstroIntegration {
	let needles: Needle[] = [];
	return {
		name: 'zorgmerk',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
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
			'astro:build:done': ({ dir, logger }) => {
				const leaks = findLeaks(fileURLToPath(dir), needles);
				if (leaks.length > 0) {
					const error = new Error(describeLeaks(leaks));
					error.stack = '';
					throw error;
				}
				logger.info(`consent check: no file contains an unpublishable item or a consent reference (${needles.length} checked)`);
			},
		},
	};
}
