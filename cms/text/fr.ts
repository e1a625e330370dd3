import type { CmsText } from './nl.ts';

/** Our own texts in the CMS, in French ("vous", as a Belgian hospital writes); see nl.ts. */
export const fr: CmsText = {
	consentState: {
		publishable: 'Sur le site',
		soon: (days) => `Expire dans moins de ${days} jours`,
		expired: 'Expiré',
		withdrawn: 'Retiré',
		notYetValid: 'Pas encore valable',
		notForWebsite: 'Pas pour le site web',
		missing: 'Pas de consentement',
		draft: 'Brouillon',
		noConsentNeeded: 'Pas de consentement nécessaire',
		until: (state, date) => `${state} jusqu’au ${date}`,
		soonOn: (state, date) => `${state} : ${date}`,
		offSite: 'Pas sur le site',
	},
	consentNotice: {
		draft: 'Ceci est un brouillon : il ne paraîtra pas sur le site.',
		renew: (days, date) =>
			`Le consentement expire dans ${days} ${days === 1 ? 'jour' : 'jours'} (${date}). Demandez à temps à la personne si elle renouvelle son consentement ; sinon, ceci disparaîtra alors du site.`,
		ok: (date) => `Le consentement est valable jusqu’au ${date}. Après publication, ceci figure sur le site.`,
		notOnSite: (reason) => `Ceci ne paraîtra pas sur le site. ${reason}`.trim(),
		missing: 'Aucun consentement n’a encore été indiqué.',
		withdrawn: (date) => `Le consentement a été retiré${date ? ` le ${date}` : ''}.`,
		expired: (date) => `Le consentement a expiré le ${date}.`,
		notYetValid: (date) => `Le consentement ne vaut qu’à partir du ${date}.`,
		notForWebsite: 'Le consentement ne vaut pas pour le site web, seulement pour les réseaux sociaux ou l’imprimé.',
	},
	consentOverview: {
		title: 'Consentement',
		intro: (days) =>
			`Tous les témoignages et récits de patients, avec leur consentement tel que le site l’évalue aujourd’hui. Ce qui expire dans moins de ${days} jours figure en haut : demandez à temps à la personne si cela peut rester en ligne. Cliquez sur une ligne pour l’ouvrir.`,
		loading: 'Chargement…',
		columns: { what: 'Quoi', kind: 'Type', language: 'Langue', consent: 'Consentement', form: 'Formulaire' },
		story: 'Récit',
		testimonial: 'Témoignage',
		soon: (days, count) => `Expire dans moins de ${days} jours (${count})`,
		soonEmpty: (days) => `Rien n’expire dans les ${days} jours.`,
		off: (count) => `Pas sur le site (${count})`,
		offEmpty: 'Tout ce qui a un consentement est sur le site.',
		on: (count) => `Sur le site (${count})`,
		onEmpty: 'Rien pour l’instant.',
		forms: 'Formulaires signés pour plusieurs éléments',
		formsIntro: 'Si une personne retire son consentement, indiquez la date du retrait dans chaque élément du formulaire : ce n’est qu’alors que tout disparaît du site.',
		formsEmpty: 'Chaque formulaire ne concerne qu’un seul élément.',
		formItem: (kind, name, status) => `${kind.toLowerCase()} « ${name} » (${status.toLowerCase()})`,
	},
};
