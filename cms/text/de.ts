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
