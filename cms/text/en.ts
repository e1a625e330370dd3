import type { CmsText } from './nl.ts';

/** Our own texts in the CMS, in English; see nl.ts. */
export const en: CmsText = {
	consentState: {
		publishable: 'On the site',
		soon: (days) => `Expires within ${days} days`,
		expired: 'Expired',
		withdrawn: 'Withdrawn',
		notYetValid: 'Not valid yet',
		notForWebsite: 'Not for the website',
		missing: 'No consent',
		draft: 'Draft',
		noConsentNeeded: 'No consent needed',
		until: (state, date) => `${state} until ${date}`,
		soonOn: (state, date) => `${state}: ${date}`,
		offSite: 'Not on the site',
	},
	consentNotice: {
		draft: 'This is a draft: it will not appear on the site.',
		renew: (days, date) =>
			`Consent runs out in ${days} ${days === 1 ? 'day' : 'days'} (${date}). Ask the person in good time whether they consent again; otherwise it leaves the site then.`,
		ok: (date) => `Consent is valid until ${date}. Once published, this is on the site.`,
		notOnSite: (reason) => `This will not appear on the site. ${reason}`.trim(),
		missing: 'No consent has been filled in yet.',
		withdrawn: (date) => `Consent was withdrawn${date ? ` on ${date}` : ''}.`,
		expired: (date) => `Consent expired on ${date}.`,
		notYetValid: (date) => `Consent is valid only from ${date}.`,
		notForWebsite: 'Consent does not cover the website, only social media or print.',
	},
	consentOverview: {
		title: 'Consent',
		intro: (days) =>
			`Every testimonial and patient story, with its consent as the site judges it today. What expires within ${days} days comes first: ask the person in good time whether it may stay. Click a line to open it.`,
		loading: 'Loading…',
		columns: { what: 'What', kind: 'Kind', language: 'Language', consent: 'Consent', form: 'Form' },
		story: 'Story',
		testimonial: 'Testimonial',
		soon: (days, count) => `Expires within ${days} days (${count})`,
		soonEmpty: (days) => `Nothing expires within ${days} days.`,
		off: (count) => `Not on the site (${count})`,
		offEmpty: 'Everything with consent is on the site.',
		on: (count) => `On the site (${count})`,
		onEmpty: 'Nothing yet.',
		forms: 'Forms signed for more than one item',
		formsIntro: 'When someone withdraws consent, fill in the date of withdrawal in every item of the form: only then does everything leave the site.',
		formsEmpty: 'Every form belongs to one item.',
		formItem: (kind, name, status) => `${kind.toLowerCase()} “${name}” (${status.toLowerCase()})`,
	},
};
