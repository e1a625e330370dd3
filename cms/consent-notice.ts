import { consentStatus, isPublishable, needsConsent, type Gated } from '../src/consent/gate.ts';
import { describeDetail, findIdentifyingDetails } from '../src/consent/identifying-details.ts';
import { formatDate } from '../src/i18n/index.ts';

export interface Notice {
	/** "blocked": the item will not be published; "warning": it will, but look again; "ok": it will. */
	tone: 'ok' | 'warning' | 'blocked';
	text: string;
}

/** Soon enough to start asking the person to renew. */
const RENEW_WITHIN_DAYS = 60;

const day = (date: string) => formatDate('nl', date);

/**
 * What the editor's preview says about consent, in Dutch, decided by the same
 * gate the build uses: whether the item will be on the site if it is
 * published today, and if not, why.
 */
export function consentNotice(entry: Gated, today: string): Notice | undefined {
	if (!needsConsent(entry)) return undefined;
	// While the editor is still filling in the form, a consent block without its dates is no consent yet.
	const consent = entry.consent;
	const complete = consent && consent.reference && consent.grantedOn && consent.expiresOn && consent.channels?.length > 0;
	const item = { ...entry, consent: complete ? consent : undefined };
	const status = consentStatus(item.consent, today);
	if (item.draft) return { tone: 'blocked', text: 'Dit is een concept: het komt niet op de site.' };
	// An incomplete block is no consent, whatever else the item is: needsConsent(item) must not turn false by dropping it.
	if (complete && isPublishable(item, today)) {
		const lastDay = status.daysLeft ?? 0;
		if (lastDay < RENEW_WITHIN_DAYS) {
			return { tone: 'warning', text: `De toestemming loopt over ${lastDay + 1} ${lastDay === 0 ? 'dag' : 'dagen'} af (${day(item.consent!.expiresOn)}). Vraag tijdig of de persoon opnieuw toestemming geeft; anders verdwijnt het dan van de site.` };
		}
		return { tone: 'ok', text: `Toestemming is geldig tot ${day(item.consent!.expiresOn)}. Na publicatie staat dit op de site.` };
	}
	const reasons: Record<string, string> = {
		missing: 'Er is nog geen toestemming ingevuld.',
		withdrawn: `De toestemming is ingetrokken${item.consent?.withdrawnOn ? ` op ${day(item.consent.withdrawnOn)}` : ''}.`,
		expired: `De toestemming is verlopen op ${item.consent ? day(item.consent.expiresOn) : ''}.`,
		'not-yet-valid': `De toestemming geldt pas vanaf ${item.consent ? day(item.consent.grantedOn) : ''}.`,
		'not-for-website': 'De toestemming geldt niet voor de website, alleen voor sociale media of drukwerk.',
	};
	return { tone: 'blocked', text: `Dit komt niet op de site. ${reasons[status.state] ?? ''}`.trim() };
}

/** Warnings about details that usually identify a person (phone numbers, addresses, dates of birth…), one per kind found. */
export function identifyingNotices(texts: (string | undefined)[]): Notice[] {
	const kinds = new Set(texts.flatMap((text) => (text ? findIdentifyingDetails(text).map((detail) => detail.kind) : [])));
	return [...kinds].map((kind) => ({
		tone: 'warning',
		text: `Deze tekst lijkt ${describeDetail(kind).nl} te bevatten. Haal het weg, tenzij de persoon daar uitdrukkelijk toestemming voor gaf.`,
	}));
}
