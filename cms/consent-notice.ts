import { consentStatus, isPublishable, needsConsent, type Gated } from '../src/consent/gate.ts';
import { describeDetail, findIdentifyingDetails } from '../src/consent/identifying-details.ts';
import { formatDate } from '../src/i18n/index.ts';
import { siteLanguage } from './editor-language.ts';
import { cmsText } from './text/index.ts';
import { message, withoutCode } from '../src/messages/index.ts';

export interface Notice {
	/** "blocked": the item will not be published; "warning": it will, but look again; "ok": it will. */
	tone: 'ok' | 'warning' | 'blocked';
	text: string;
}

/** Soon enough to start asking the person to renew. */
const RENEW_WITHIN_DAYS = 60;

/**
 * What the editor's preview says about consent, in the editor's `language` (cms/text/), decided by the same
 * gate the build uses: whether the item will be on the site if it is
 * published today, and if not, why.
 */
export function consentNotice(entry: Gated, today: string, language: string): Notice | undefined {
	const words = cmsText(language).consentNotice;
	const day = (date: string) => formatDate(siteLanguage(language), date);
	if (!needsConsent(entry)) return undefined;
	// While the editor is still filling in the form, a consent block without its dates is no consent yet.
	const consent = entry.consent;
	const complete = consent && consent.reference && consent.grantedOn && consent.expiresOn && consent.channels?.length > 0;
	const item = { ...entry, consent: complete ? consent : undefined };
	const status = consentStatus(item.consent, today);
	if (item.draft) return { tone: 'blocked', text: words.draft };
	// An incomplete block is no consent, whatever else the item is: needsConsent(item) must not turn false by dropping it.
	if (complete && isPublishable(item, today)) {
		const lastDay = status.daysLeft ?? 0;
		if (lastDay < RENEW_WITHIN_DAYS) {
			return { tone: 'warning', text: words.renew(lastDay + 1, day(item.consent!.expiresOn)) };
		}
		return { tone: 'ok', text: words.ok(day(item.consent!.expiresOn)) };
	}
	const reasons: Record<string, string> = {
		missing: words.missing,
		withdrawn: words.withdrawn(item.consent?.withdrawnOn ? day(item.consent.withdrawnOn) : undefined),
		expired: words.expired(item.consent ? day(item.consent.expiresOn) : ''),
		'not-yet-valid': words.notYetValid(item.consent ? day(item.consent.grantedOn) : ''),
		'not-for-website': words.notForWebsite,
	};
	return { tone: 'blocked', text: words.notOnSite(reasons[status.state] ?? '') };
}

/** Warnings about details that usually identify a person (phone numbers, addresses, dates of birth…), one per kind found. */
export function identifyingNotices(texts: (string | undefined)[]): Notice[] {
	const kinds = new Set(texts.flatMap((text) => (text ? findIdentifyingDetails(text).map((detail) => detail.kind) : [])));
	return [...kinds].map((kind) => ({
		tone: 'warning',
		text: withoutCode(message('cms.identifyingDetail', { detail: describeDetail(kind) })),
	}));
}
