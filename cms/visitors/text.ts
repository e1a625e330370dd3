/**
 * Every word the "Bezoekers" page of the CMS shows, in plain Dutch with the
 * formal "u", in one module, so a later pass can move them into the CMS's
 * message catalogue with stable keys. Functions take what they fill in.
 */
import type { SourceKind } from './report.ts';

const number = new Intl.NumberFormat('nl-NL');
const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "2026-03-01" as a Date at midnight UTC, for the formatters above (which format in UTC: no day shifts). */
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

export const format = {
	/** 12345 → "12.345" */
	number: (value: number) => number.format(value),
	/** "2026-03-01" → "1 maart 2026" */
	date: (day: string) => date.format(utc(day)),
	/** "2026-03" → "maart 2026" */
	month: (month: string) => monthName.format(utc(`${month}-01`)),
	/** "2026-03-01" → "1 mrt" */
	shortDate: (day: string) => shortDate.format(utc(day)),
	/** 0.4567 → "46%" */
	share: (fraction: number) => `${Math.round(fraction * 100)}%`,
};

export const TEXT = {
	title: 'Bezoekers',
	intro: 'Wat lezers op de site lezen, waar zij vandaan komen en in welke taal. Geteld zonder cookies; niemand is er in te herkennen.',
	off: 'De site telt nog geen bezoeken. Vraag de beheerder van de site om een statistiekdienst (Matomo of Plausible) in te stellen; de README legt uit hoe.',

	period: {
		legend: 'Periode',
		last30: 'De laatste 30 dagen',
		month: 'Een maand',
		monthLabel: 'Welke maand?',
		/** What the figures cover, and what they are compared with. */
		describe: (from: string, to: string, previousFrom: string, previousTo: string) =>
			`Van ${format.date(from)} tot en met ${format.date(to)}, vergeleken met ${format.date(previousFrom)} tot en met ${format.date(previousTo)}.`,
	},

	token: {
		heading: 'Uw leessleutel',
		explainMatomo:
			'Om de cijfers op te halen heeft de CMS een sleutel nodig die alleen mag lezen. Maak er een in Matomo (Beheer → Persoonlijk → Beveiliging → Auth-tokens) met een gebruiker die alleen "bekijken" mag, en plak die hier.',
		explainPlausible:
			'Om de cijfers op te halen heeft de CMS een sleutel voor de Stats API van Plausible nodig. Maak er een in Plausible (Instellingen → API-sleutels → Stats API) en plak die hier.',
		label: 'Leessleutel',
		remember: 'Onthoud de sleutel op deze computer',
		rememberHint: 'Zonder vinkje vergeet de browser de sleutel zodra u het tabblad sluit. Zet het vinkje alleen op een computer die alleen u gebruikt.',
		save: 'Cijfers ophalen',
		forget: 'Vergeet de sleutel',
		where: 'De sleutel blijft in deze browser. Hij gaat alleen naar de statistiekdienst, nooit naar de website of naar Git.',
	},

	loading: 'Bezig met ophalen…',
	refresh: 'Opnieuw ophalen',

	totals: {
		heading: 'In het kort',
		visits: 'Bezoeken',
		pageviews: "Gelezen pagina's",
		/** The change against the previous period, in words. */
		change: (change: number | null) => {
			if (change === null) return 'de periode ervoor: geen bezoeken';
			if (Math.abs(change) < 0.005) return 'even veel als de periode ervoor';
			const percent = `${Math.round(Math.abs(change) * 100)}%`;
			return change > 0 ? `${percent} meer dan de periode ervoor` : `${percent} minder dan de periode ervoor`;
		},
	},

	daily: {
		heading: 'Bezoeken per dag',
		/** The chart's description for screen readers. */
		describe: (days: number, highest: number, highestDay: string) => `Staafdiagram van ${days} dagen. De drukste dag was ${format.date(highestDay)} met ${format.number(highest)} bezoeken.`,
		/** Below the chart, between the first and last day. */
		busiest: (day: string, visits: number) => `drukste dag: ${format.shortDate(day)}, ${format.number(visits)} bezoeken`,
		tableSummary: 'De cijfers per dag als tabel',
		day: 'Dag',
		visits: 'Bezoeken',
	},

	stories: { heading: 'Meest gelezen verhalen', none: 'In deze periode is nog geen verhaal gelezen.' },
	specialties: { heading: "Meest gelezen pagina's van specialismen", none: 'In deze periode is nog geen pagina van een specialisme gelezen.' },
	page: 'Pagina',
	views: 'Keer gelezen',

	sources: {
		heading: 'Waar lezers vandaan komen',
		intro: 'Per bezoek: hoe kwam de lezer op de site?',
		names: {
			search: 'Zoekmachines (zoals Google)',
			social: 'Sociale media',
			referral: 'Andere websites',
			direct: 'Rechtstreeks (adres getypt, bladwijzer, e-mail of app)',
			other: 'Anders (campagnes, nieuwsbrieven)',
		} satisfies Record<SourceKind, string>,
		none: 'Nog geen bezoeken in deze periode.',
	},

	languages: {
		heading: 'Per taal',
		intro: "Gelezen pagina's per taal van de site.",
		other: 'Buiten de talen van de site',
	},

	empty: {
		heading: 'Nog geen cijfers',
		text: 'De statistiekdienst heeft in deze periode nog geen bezoeken geteld. Is de telling pas begonnen, kijk dan over een paar dagen nog eens; staat hij al langer aan, vraag de beheerder dan of de teller op elke pagina staat.',
	},

	errors: {
		heading: 'De cijfers konden niet worden opgehaald',
		wrongToken: (service: string) =>
			`${service} weigert deze sleutel: hij klopt niet, is ingetrokken of mag deze site niet lezen. Maak een nieuwe leessleutel aan voor deze site, plak die hieronder en probeer het opnieuw.`,
		unreachable: (service: string, host: string) =>
			`${service} (${host}) antwoordt niet. Misschien is de dienst even onbereikbaar of bent u offline; probeer het over een paar minuten opnieuw. Blijft dit zo, vraag de beheerder dan of ${host} verzoeken van de CMS toelaat (CORS, zie de README).`,
		down: (service: string, status: number) => `${service} heeft een storing (foutcode ${status}). Probeer het later opnieuw.`,
		tooMany: (service: string) => `U heeft ${service} het afgelopen uur te vaak om cijfers gevraagd. Probeer het over een uur opnieuw.`,
		notInPlan: (service: string) => `Uw abonnement bij ${service} geeft geen toegang tot de cijfers via de API. Vraag de beheerder van het account ernaar.`,
		refused: (service: string, detail: string) => `${service} kon de vraag niet beantwoorden: "${detail}". Vraag de beheerder van de site om dit na te kijken.`,
		unreadable: (service: string) => `${service} gaf een antwoord dat de CMS niet kan lezen. Vraag de beheerder van de site om na te kijken of het adres van de statistiekdienst klopt.`,
	},

	service: { matomo: 'Matomo', plausible: 'Plausible' },
};
