import { consentStatus, needsConsent, type Gated } from '../src/consent/gate.ts';
import { attribution } from '../src/i18n/attribution.ts';
import { t } from '../src/i18n/index.ts';
import type { TestimonialData } from '../src/schemas/testimonial.ts';
import { formatDateInput } from './dates.ts';
import { siteLanguage } from './editor-language.ts';
import { languageName } from './languages.ts';
import { cmsText } from './text/index.ts';

/**
 * What the CMS's lists show of each testimonial and story besides its title
 * or quote: who, which language, and whether its consent lets it on the site
 * today (and until when). Decap's summaries, filters and groups read only an
 * entry's own fields and cannot compare a date with today, so the file format
 * (admin.ts) adds these values under LIST_KEY when it reads a file, and
 * leaves them out when it writes one (entry-file.ts) or checks one (validate.ts).
 *
 * "Today" is the organisation's date (src/consent/today.ts), as in the build.
 */
export const LIST_KEY = '_list';

/** Soon enough to start asking the person to renew (as the preview's notice and npm run consent -- --within 60). */
export const RENEW_WITHIN_DAYS = 60;

/** A consent state as a list shows it; `soon` is published but running out within RENEW_WITHIN_DAYS. */
export type ListState = 'publishable' | 'soon' | 'expired' | 'withdrawn' | 'not-yet-valid' | 'not-for-website' | 'missing' | 'draft' | 'no-consent-needed';

/** Each state in words, in the editor's language (cms/text/). */
export function stateLabels(language: string): Record<ListState, string> {
	const words = cmsText(language).consentState;
	return {
		publishable: words.publishable,
		soon: words.soon(RENEW_WITHIN_DAYS),
		expired: words.expired,
		withdrawn: words.withdrawn,
		'not-yet-valid': words.notYetValid,
		'not-for-website': words.notForWebsite,
		missing: words.missing,
		draft: words.draft,
		'no-consent-needed': words.noConsentNeeded,
	};
}

export interface ListData {
	state: ListState;
	/** The state in words, with the expiry date where it matters: "Op de site tot 20-11-2031". */
	status: string;
	/** For testimonials: the name shown, or the role ("Een patiënt"). */
	who?: string;
	/** The language's name, "Nederlands". */
	language?: string;
	/** For stories: the kind in words, "Patiëntverhaal". */
	kind?: string;
	/** The first day it may no longer be published, as dd-mm-jjjj. */
	expires?: string;
}

/** The consent state of an item on `today`, as lists and the consent overview group it. */
export function listState(item: Gated, today: string): ListState {
	if (!needsConsent(item)) return item.draft ? 'draft' : 'no-consent-needed';
	if (item.draft) return 'draft';
	const { state, daysLeft } = consentStatus(item.consent, today);
	if (state === 'publishable' && daysLeft !== undefined && daysLeft < RENEW_WITHIN_DAYS) return 'soon';
	return state;
}

/** What a list shows of an entry of `collection` (its data as read from the file), on `today`, in the editor's `language`. */
export function listData(collection: string, data: Record<string, unknown>, today: string, language: string): ListData | undefined {
	if (collection !== 'testimonials' && collection !== 'stories') return undefined;
	const item = { ...(data as Gated), ...(collection === 'testimonials' ? { quote: String(data.quote ?? '') } : {}) };
	const state = listState(item, today);
	const expiresOn = item.consent?.expiresOn;
	const running = state === 'publishable' || state === 'soon';
	const label = stateLabels(language)[state];
	const words = cmsText(language).consentState;
	const status = running && expiresOn ? (state === 'publishable' ? words.until : words.soonOn)(label, formatDateInput(expiresOn)) : label;
	const base = { state, status, ...(expiresOn ? { expires: formatDateInput(expiresOn) } : {}) };
	if (collection === 'stories') return { ...base, kind: typeof data.kind === 'string' ? t(siteLanguage(language), `kind.${data.kind}` as never) : '' };
	const author = (data.author ?? {}) as Partial<TestimonialData['author']>;
	return {
		...base,
		who: author.role ? attribution({ role: author.role, ...(author.name ? { name: author.name } : {}) } as TestimonialData['author'], siteLanguage(language)).who : (author.name ?? ''),
		language: typeof data.locale === 'string' ? languageName(data.locale, language) : '',
	};
}

/** The entry's data without the list's values: what the file holds. */
export function withoutListData<T extends Record<string, unknown>>(data: T): T {
	if (!(LIST_KEY in data)) return data;
	const { [LIST_KEY]: _list, ...rest } = data;
	return rest as T;
}

/** One testimonial or story in the consent overview. */
export interface OverviewRow {
	collection: 'testimonials' | 'stories';
	slug: string;
	/** The story's title, or who said the testimonial and the start of the quote. */
	name: string;
	state: ListState;
	status: string;
	language?: string;
	reference?: string;
	/** The first day it may no longer be published, YYYY-MM-DD: the overview's order. */
	expiresOn?: string;
}

export interface Overview {
	/** Published today and running out within RENEW_WITHIN_DAYS: ask for renewed consent. */
	soon: OverviewRow[];
	/** Not on the site today, and why. */
	off: OverviewRow[];
	/** On the site, for longer. */
	on: OverviewRow[];
	/** Consent forms signed for more than one item: a withdrawal must reach every one. */
	forms: { reference: string; rows: OverviewRow[] }[];
}

/** The consent overview of the CMS ("Toestemming"): every testimonial and every story that needs consent, on `today`. */
export function overview(entries: { collection: string; slug: string; data: Record<string, unknown> }[], today: string, language: string): Overview {
	const rows: OverviewRow[] = entries
		.filter((entry) => entry.collection === 'testimonials' || (entry.collection === 'stories' && needsConsent(entry.data as Gated)))
		.map((entry) => {
			const list = listData(entry.collection, withoutListData(entry.data), today, language)!;
			const consent = (entry.data.consent ?? {}) as { reference?: string; expiresOn?: string };
			const quote = String(entry.data.quote ?? '');
			return {
				collection: entry.collection as OverviewRow['collection'],
				slug: entry.slug,
				name: entry.collection === 'stories' ? String(entry.data.title ?? entry.slug) : `${list.who}: “${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}”`,
				state: list.state,
				status: list.status,
				...(list.language ? { language: list.language } : {}),
				...(consent.reference ? { reference: consent.reference } : {}),
				...(consent.expiresOn ? { expiresOn: consent.expiresOn } : {}),
			};
		})
		.sort((a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999') || a.name.localeCompare(b.name));
	const references = new Map<string, OverviewRow[]>();
	for (const row of rows) if (row.reference) references.set(row.reference, [...(references.get(row.reference) ?? []), row]);
	return {
		soon: rows.filter((row) => row.state === 'soon'),
		off: rows.filter((row) => row.state !== 'soon' && row.state !== 'publishable'),
		on: rows.filter((row) => row.state === 'publishable'),
		forms: [...references].filter(([, shared]) => shared.length > 1).map(([reference, shared]) => ({ reference, rows: shared })),
	};
}
