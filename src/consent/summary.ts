import type { LeftOutState } from '../messages/catalogue.ts';
import { message, messagePart } from '../messages/index.ts';
import { consentStatus, needsConsent, type ConsentState, type Gated } from './gate.ts';

/**
 * One line for the build log, in the editor's language (consent.summary):
 * how many consent-bearing items are published on `today` (YYYY-MM-DD) and
 * why the rest are left out. Leaving items out is their normal life cycle,
 * so this is information, not a warning.
 */
export function consentSummary(items: Gated[], today: string): string {
	const counts = new Map<ConsentState | 'draft', number>();
	for (const item of items.filter(needsConsent)) {
		const state = item.draft ? 'draft' : consentStatus(item.consent, today).state;
		counts.set(state, (counts.get(state) ?? 0) + 1);
	}
	const published = counts.get('publishable') ?? 0;
	counts.delete('publishable');
	const leftOut = [...counts].map(([state, count]) => messagePart('consentLeftOut', state as LeftOutState, count)).join(', ');
	return message('consent.summary', { date: today, published, leftOut });
}
