import type { AstroIntegration } from 'astro';
import { buildDate } from '../consent/today.ts';
import { consentSummary } from '../consent/summary.ts';
import { ContentErrors } from '../errors/index.ts';
import { settings } from '../settings/index.ts';
import { contentDir } from '../settings/paths.ts';
import { checkContent } from '../validation/check-content.ts';
import type { Gated } from '../consent/gate.ts';

/**
 * The kit's build steps around Astro: check all content before anything is
 * compiled, and report what the consent gate left out.
 */
export function zorgmerk(): AstroIntegration {
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
				const gated = entries.filter((entry) => entry.collection === 'testimonials' || entry.collection === 'stories');
				logger.info(consentSummary(gated.map((entry) => entry.data as Gated), buildDate(settings.timeZone)));
			},
		},
	};
}
