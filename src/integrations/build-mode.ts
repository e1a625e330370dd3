/**
 * The two ways a build treats a problem (README, "Rebuild every day"):
 *
 * - `strict`, the default: any problem stops the build and nothing is
 *   published. Every build on a push, `npm run build`, every local build.
 * - `scheduled`: the daily build, whose task is to take down what lost its
 *   consent overnight whatever else is wrong. An entry with a problem is left
 *   out of the site (src/validation/left-out.ts), budget and SEO findings are
 *   warnings, and what it left out and warned about is written to the build
 *   report (build-report.ts), which the publish workflows turn into a failed
 *   job after the deploy. The leak proof, the image check and the settings
 *   still stop it (src/integrations/site-checks.ts).
 *
 * Chosen with `npm run build -- --scheduled` or ZORGMERK_BUILD=scheduled; the
 * workflows set the variable for their scheduled runs only.
 */
import { message } from '../messages/index.ts';

export type BuildMode = 'strict' | 'scheduled';

/** The command-line flag of `npm run build` for a scheduled build. */
export const SCHEDULED_FLAG = '--scheduled';

/**
 * The build mode from the environment: ZORGMERK_BUILD unset, empty or
 * "strict" is strict; "scheduled" is scheduled.
 *
 * @throws Error for any other value, naming it: a misspelt mode must not quietly build another way.
 */
export function buildMode(env: NodeJS.ProcessEnv = process.env): BuildMode {
	const value = env.ZORGMERK_BUILD?.trim() ?? '';
	if (value === '' || value === 'strict') return 'strict';
	if (value === 'scheduled') return 'scheduled';
	const error = new Error(message('build.modeUnknown', { value }));
	error.stack = '';
	throw error;
}
