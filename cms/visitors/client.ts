/**
 * Asks the statistics service for a period's figures, with the editor's
 * token, and turns every way that can fail into a VisitorsError the page can
 * explain (errors.ts). `send` is the browser's fetch; tests give recorded answers.
 */
import { problemForStatus, VisitorsError } from './errors.ts';
import { matomoFigures, matomoRequest, type HttpRequest } from './matomo.ts';
import { periodsFor, type PeriodChoice } from './periods.ts';
import { plausibleErrorText, plausibleFigures, plausibleRequests } from './plausible.ts';
import { buildReport, type VisitorsReport } from './report.ts';
import type { VisitorsSetup } from './setup.ts';

/** The part of fetch this module uses. */
export type Send = (url: string, init: Omit<HttpRequest, 'url'>) => Promise<{ status: number; text(): Promise<string> }>;

/** Sends one request and reads its JSON answer; a failure of any kind becomes a VisitorsError. */
async function ask(send: Send, { url, ...init }: HttpRequest, errorText: (answer: unknown) => string | undefined = () => undefined): Promise<unknown> {
	let response: Awaited<ReturnType<Send>>;
	try {
		response = await send(url, { ...init });
	} catch {
		// fetch rejects without a status when the network fails or the browser may not read the answer (CORS).
		throw new VisitorsError({ kind: 'unreachable' });
	}
	let answer: unknown;
	try {
		answer = JSON.parse(await response.text());
	} catch {
		answer = undefined;
	}
	const problem = problemForStatus(response.status, errorText(answer));
	if (problem) throw new VisitorsError(problem);
	if (answer === undefined) throw new VisitorsError({ kind: 'unreadable' });
	return answer;
}

/**
 * The "Bezoekers" page's report for a choice of period.
 *
 * @param today the organisation's date (YYYY-MM-DD)
 * @param titles a page's name by its path, where the CMS knows it
 * @throws VisitorsError
 */
export async function loadReport(
	setup: VisitorsSetup,
	token: string,
	choice: PeriodChoice,
	today: string,
	{ send, titles }: { send: Send; titles?: (path: string) => string | undefined },
): Promise<VisitorsReport> {
	const periods = periodsFor(choice, today);
	const figures =
		setup.provider === 'matomo'
			? matomoFigures(await ask(send, matomoRequest(setup, token, periods)), periods)
			: plausibleFigures(await Promise.all(plausibleRequests(setup, token, periods).map((request) => ask(send, request, plausibleErrorText))), periods);
	return buildReport(periods, figures, setup, titles);
}
