import type { CmsText } from './nl.ts';

/** Our own texts in the CMS, in German ("Sie"); see nl.ts. */
export const de: CmsText = {
	consentState: {
		publishable: 'Auf der Website',
		soon: (days) => `Läuft in weniger als ${days} Tagen ab`,
		expired: 'Abgelaufen',
		withdrawn: 'Widerrufen',
		notYetValid: 'Noch nicht gültig',
		notForWebsite: 'Nicht für die Website',
		missing: 'Keine Einwilligung',
		draft: 'Entwurf',
		noConsentNeeded: 'Keine Einwilligung nötig',
		until: (state, date) => `${state} bis ${date}`,
		soonOn: (state, date) => `${state}: ${date}`,
		offSite: 'Nicht auf der Website',
	},
	consentNotice: {
		draft: 'Dies ist ein Entwurf: Er erscheint nicht auf der Website.',
		renew: (days, date) =>
			`Die Einwilligung läuft in ${days} ${days === 1 ? 'Tag' : 'Tagen'} ab (${date}). Fragen Sie die Person rechtzeitig, ob sie erneut einwilligt; sonst verschwindet der Beitrag dann von der Website.`,
		ok: (date) => `Die Einwilligung gilt bis ${date}. Nach der Veröffentlichung steht dies auf der Website.`,
		notOnSite: (reason) => `Dies erscheint nicht auf der Website. ${reason}`.trim(),
		missing: 'Es ist noch keine Einwilligung eingetragen.',
		withdrawn: (date) => `Die Einwilligung wurde${date ? ` am ${date}` : ''} widerrufen.`,
		expired: (date) => `Die Einwilligung ist am ${date} abgelaufen.`,
		notYetValid: (date) => `Die Einwilligung gilt erst ab ${date}.`,
		notForWebsite: 'Die Einwilligung gilt nicht für die Website, nur für soziale Medien oder Gedrucktes.',
	},
	consentOverview: {
		title: 'Einwilligung',
		intro: (days) =>
			`Alle Erfahrungsberichte und Patientengeschichten mit ihrer Einwilligung, so wie die Website sie heute beurteilt. Was in weniger als ${days} Tagen abläuft, steht oben: Fragen Sie die Person rechtzeitig, ob es bleiben darf. Klicken Sie auf eine Zeile, um sie zu öffnen.`,
		loading: 'Wird geladen …',
		columns: { what: 'Was', kind: 'Art', language: 'Sprache', consent: 'Einwilligung', form: 'Formular' },
		story: 'Geschichte',
		testimonial: 'Erfahrungsbericht',
		soon: (days, count) => `Läuft in weniger als ${days} Tagen ab (${count})`,
		soonEmpty: (days) => `Nichts läuft in den nächsten ${days} Tagen ab.`,
		off: (count) => `Nicht auf der Website (${count})`,
		offEmpty: 'Alles mit Einwilligung ist auf der Website.',
		on: (count) => `Auf der Website (${count})`,
		onEmpty: 'Noch nichts.',
		forms: 'Formulare für mehr als einen Beitrag',
		formsIntro: 'Widerruft jemand die Einwilligung, tragen Sie das Datum des Widerrufs bei jedem Beitrag dieses Formulars ein: Erst dann verschwindet alles von der Website.',
		formsEmpty: 'Jedes Formular gehört zu einem Beitrag.',
		formItem: (kind, name, status) => `${kind} „${name}“ (${status})`,
	},
};
