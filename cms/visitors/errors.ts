/**
 * What can go wrong when the "Bezoekers" page asks the statistics service,
 * as kinds the page can explain (cms/text/<code>.ts, visitors.errors): the provider modules and the
 * client (client.ts) raise a VisitorsError with one of these.
 */
import { cmsText } from '../text/index.ts';
import type { VisitorsSetup } from './setup.ts';

export type VisitorsProblem =
	/** The service refused the token: wrong, withdrawn, or not allowed to read this site (HTTP 401/403, Matomo's access errors). */
	| { kind: 'wrong-token' }
	/** No answer at all: offline, the service is down, or the browser was not allowed to read the answer (CORS). */
	| { kind: 'unreachable' }
	/** The service answered with a server error (HTTP 5xx). */
	| { kind: 'down'; status: number }
	/** Too many requests this hour (HTTP 429). */
	| { kind: 'too-many' }
	/** The account's plan has no API (Plausible: HTTP 402). */
	| { kind: 'not-in-plan' }
	/** The service understood but refused the question, with its own words. */
	| { kind: 'refused'; detail: string }
	/** An answer that is not the documented format: usually the wrong address. */
	| { kind: 'unreadable' };

export class VisitorsError extends Error {
	readonly problem: VisitorsProblem;
	constructor(problem: VisitorsProblem) {
		super(`visitors: ${problem.kind}${'detail' in problem ? `: ${problem.detail}` : ''}`);
		this.problem = problem;
	}
}

/** The statistics services by name, the same in every language. */
const SERVICE_NAMES: Record<VisitorsSetup['provider'], string> = { matomo: 'Matomo', plausible: 'Plausible' };

/** The problem in plain words, in the editor's `language` (cms/editor-language.ts), for the page. */
export function problemMessage(problem: VisitorsProblem, setup: Pick<VisitorsSetup, 'provider' | 'api'>, language: string): string {
	const service = SERVICE_NAMES[setup.provider];
	const words = cmsText(language).visitors;
	switch (problem.kind) {
		case 'wrong-token':
			return words.errors.wrongToken(service);
		case 'unreachable':
			return words.errors.unreachable(service, new URL(setup.api).host);
		case 'down':
			return words.errors.down(service, problem.status);
		case 'too-many':
			return words.errors.tooMany(service);
		case 'not-in-plan':
			return words.errors.notInPlan(service);
		case 'refused':
			return words.errors.refused(service, problem.detail);
		case 'unreadable':
			return words.errors.unreadable(service);
	}
}

/** The problem an HTTP status stands for, or undefined for a success. Shared by both services. */
export function problemForStatus(status: number, detail?: string): VisitorsProblem | undefined {
	if (status >= 200 && status < 300) return undefined;
	if (status === 401 || status === 403) return { kind: 'wrong-token' };
	if (status === 402) return { kind: 'not-in-plan' };
	if (status === 429) return { kind: 'too-many' };
	if (status >= 500) return { kind: 'down', status };
	return detail ? { kind: 'refused', detail } : { kind: 'unreadable' };
}
