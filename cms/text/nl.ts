/**
 * Our own texts in the CMS, in Dutch (formal "u"): the shape every language's
 * file follows (CmsText). A language is a file in this folder, found by
 * index.ts; a file that misses a key, or has one too many, fails the typecheck.
 *
 * Moved here so far: the "Toestemming" page, what the lists say about
 * consent and the preview's consent bar. The labels and hints of the fields
 * (collections.ts), the preview's other notices, the building blocks and the
 * date field still speak Dutch from their own modules.
 */
export const nl = {
	/** What a list and the consent overview say about an item's consent on the organisation's date (list-view.ts). */
	consentState: {
		publishable: 'Op de site',
		soon: (days: number) => `Verloopt binnen ${days} dagen`,
		expired: 'Verlopen',
		withdrawn: 'Ingetrokken',
		notYetValid: 'Nog niet geldig',
		notForWebsite: 'Niet voor de website',
		missing: 'Geen toestemming',
		draft: 'Concept',
		noConsentNeeded: 'Geen toestemming nodig',
		/** "Op de site tot 20-11-2031". */
		until: (state: string, date: string) => `${state} tot ${date}`,
		/** "Verloopt binnen 60 dagen: 20-11-2031". */
		soonOn: (state: string, date: string) => `${state}: ${date}`,
		/** The lists' filter for everything that is not on the site today. */
		offSite: 'Niet op de site',
	},
	/** The preview's bar: whether the item will be on the site if published today, and if not, why (consent-notice.ts). Dates written out. */
	consentNotice: {
		draft: 'Dit is een concept: het komt niet op de site.',
		renew: (days: number, date: string) =>
			`De toestemming loopt over ${days} ${days === 1 ? 'dag' : 'dagen'} af (${date}). Vraag tijdig of de persoon opnieuw toestemming geeft; anders verdwijnt het dan van de site.`,
		ok: (date: string) => `Toestemming is geldig tot ${date}. Na publicatie staat dit op de site.`,
		notOnSite: (reason: string) => `Dit komt niet op de site. ${reason}`.trim(),
		missing: 'Er is nog geen toestemming ingevuld.',
		withdrawn: (date?: string) => `De toestemming is ingetrokken${date ? ` op ${date}` : ''}.`,
		expired: (date: string) => `De toestemming is verlopen op ${date}.`,
		notYetValid: (date: string) => `De toestemming geldt pas vanaf ${date}.`,
		notForWebsite: 'De toestemming geldt niet voor de website, alleen voor sociale media of drukwerk.',
	},
	/** The date field (widgets/calendar-date.ts). */
	dateField: {
		notADate: 'Schrijf de datum als dag-maand-jaar, bijvoorbeeld 23-11-2026.',
		placeholder: 'dd-mm-jjjj',
		today: 'Vandaag',
		calendar: 'Kalender',
		calendarLabel: (label: string) => `${label}: kies in de kalender`,
		plusYears: (years: number) => `+${years} jaar`,
		plusYearsLabel: (years: number) => `${years} jaar na de datum van toestemming`,
		needsFrom: 'Vul eerst de datum van toestemming in.',
	},
	/** The "Toestemming" page (consent-overview.ts). */
	consentOverview: {
		title: 'Toestemming',
		intro: (days: number) =>
			`Alle ervaringen en patiëntverhalen, met hun toestemming zoals de site die vandaag beoordeelt. Wat binnen ${days} dagen verloopt staat bovenaan: vraag de persoon op tijd of het mag blijven. Klik op een regel om het te openen.`,
		loading: 'Bezig met laden…',
		columns: { what: 'Wat', kind: 'Soort', language: 'Taal', consent: 'Toestemming', form: 'Formulier' },
		story: 'Verhaal',
		testimonial: 'Ervaring',
		soon: (days: number, count: number) => `Verloopt binnen ${days} dagen (${count})`,
		soonEmpty: (days: number) => `Niets verloopt binnen ${days} dagen.`,
		off: (count: number) => `Niet op de site (${count})`,
		offEmpty: 'Alles met toestemming staat op de site.',
		on: (count: number) => `Op de site (${count})`,
		onEmpty: 'Nog niets.',
		forms: 'Formulieren voor meer dan één item',
		formsIntro: 'Trekt iemand de toestemming in, vul dan bij elk item van het formulier de datum van intrekking in: pas dan verdwijnt alles van de site.',
		formsEmpty: 'Elk formulier hoort bij één item.',
		/** One item of a shared form: "ervaring “Wim: …” (op de site tot 20-11-2031)". */
		formItem: (kind: string, name: string, status: string) => `${kind.toLowerCase()} “${name}” (${status.toLowerCase()})`,
	},
};

/** The shape of every language's texts. */
export type CmsText = typeof nl;
