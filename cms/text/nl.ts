import type { SourceKind } from '../visitors/report.ts';

/**
 * Our own texts in the CMS, in Dutch (formal "u"): the shape every language's
 * file follows (CmsText). A language is a file in this folder, found by
 * index.ts; a file that misses a key, or has one too many, fails the typecheck.
 *
 * Every word the CMS adds to Decap's interface is here: the "Toestemming"
 * and "Bezoekers" pages, what the lists say about consent, the preview's
 * notices, the forms' labels and hints (collections.ts), the date field, the
 * character count, the building blocks, the choice lists' own words, the
 * commit messages and the admin page itself (Decap's own phrases, and the
 * few we add to them, are in cms/interface/). Dates and numbers in them are written by the code
 * (Intl, in the language's intlLocale), so a text receives them written out.
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
	/** The preview's other notices (previews.ts) and a testimonial block's in a story (embedded-testimonial.ts). */
	notices: {
		consentIncomplete: 'Dit komt nog niet op de site: vul de toestemming helemaal in.',
		/** `problem`: the schema's message about the consent block. */
		cannotPublish: (problem: string) => `Zo kan dit niet gepubliceerd worden: ${problem}`,
		/** One item of the same form: "verhaal “Thuis afscheid nemen”". */
		storyItem: (name: string) => `verhaal “${name}”`,
		testimonialItem: (name: string) => `ervaring “${name}”`,
		sameFormAllWithdrawn: (reference: string) => `Ook alles wat verder met formulier ${reference} is getekend, is ingetrokken.`,
		/** `items`: the other items, joined ("verhaal “…”, ervaring “…”"). */
		sameFormStillUp: (reference: string, items: string) => `Met hetzelfde formulier (${reference}) is ook getekend: ${items}. Dat blijft op de site tot u ook daar invult dat de toestemming is ingetrokken.`,
		sameForm: (reference: string, items: string) => `Met hetzelfde formulier (${reference}) is ook getekend: ${items}. Trekt de persoon de toestemming in, vul dat dan bij elk van deze in.`,
		heroHidden: 'De afbeelding bovenaan verschijnt niet: bij een patiëntverhaal alleen met toestemming voor de foto.',
		photoHidden: 'De foto verschijnt niet: er is geen toestemming voor de foto.',
		chooseTestimonial: 'Kies welke ervaring hier komt.',
		testimonialNotFound: (slug: string) => `Ervaring “${slug}”: niet gevonden. Kies een bestaande ervaring.`,
		testimonialLeftOut: 'Deze ervaring verschijnt niet in het verhaal. ',
		/** `language`: the testimonial's language, named in the editor's ("Engels"). */
		testimonialInLanguage: (language: string) => `Deze ervaring is in het ${language}.`,
	},
	/** Under a field with a length rule (widgets/checked.ts): "37 tekens, hoogstens 110", "1 teken, 50 tot 160". */
	counter: (length: number, { min, max }: { min?: number; max: number }) => `${length} ${length === 1 ? 'teken' : 'tekens'}, ${min ? `${min} tot ${max}` : `hoogstens ${max}`}`,
	/**
	 * A choice list (the relation and select fields, react-select) while it reads its choices and when nothing matches
	 * what was typed: react-select's and Decap's own "Loading options…" and "No options" are English and not Decap
	 * phrases (widgets/choice-words.ts).
	 */
	choices: { loading: 'Keuzes laden…', none: 'Niets gevonden' },
	/** The building blocks of a story (editor-components.ts): their names in the "Invoegen" menu, their fields and their preview. */
	blocks: {
		testimonial: {
			label: 'Ervaring',
			slug: { label: 'Welke ervaring?', hint: 'De ervaring verschijnt alleen zolang de toestemming geldig is.' },
			/** The preview before the CMS has read the testimonial: "Ervaring “marieke”". */
			preview: (slug: string) => `Ervaring “${slug}”`,
			previewNote: 'Op de site alleen zolang de toestemming geldig is.',
		},
		pullQuote: {
			label: 'Citaat in het groot',
			quote: 'Citaat',
			attribution: 'Van wie',
			language: { label: 'Taal van het citaat', hint: 'Alleen als het citaat in een andere taal is dan het verhaal: dan krijgt het de aanhalingstekens van die taal en leest een schermlezer het goed voor.' },
		},
		callToAction: {
			label: 'Knop',
			text: { label: 'Tekst op de knop', hint: 'Zeg wat er gebeurt: "Maak een afspraak", "Bel de polikliniek".' },
			href: { label: 'Waar de knop naartoe gaat', hint: 'Een pagina van de site (begint met /), een https://-adres, mailto: of tel:.' },
		},
		figure: { label: 'Foto met onderschrift', image: 'Foto', alt: { label: 'Wat is er te zien? (alt-tekst)', hint: 'Voor wie de foto niet kan zien.' }, caption: 'Onderschrift' },
		factBox: {
			label: 'Feitenblok',
			title: { label: 'Kop', hint: 'Bijvoorbeeld "Goed om te weten".' },
			body: { label: 'Inhoud', hint: 'Korte zinnen of een lijstje: begin een regel met "- " voor een opsomming.' },
		},
	},
	/** The commit messages the CMS writes into Git (cms/config.ts), with Decap's placeholders {{collection}}, {{slug}}, {{path}}. */
	commits: {
		create: 'Nieuw in {{collection}}: “{{slug}}” (via het CMS)',
		update: 'Bijgewerkt in {{collection}}: “{{slug}}” (via het CMS)',
		delete: 'Verwijderd uit {{collection}}: “{{slug}}” (via het CMS)',
		uploadMedia: 'Afbeelding “{{path}}” toegevoegd (via het CMS)',
		deleteMedia: 'Afbeelding “{{path}}” verwijderd (via het CMS)',
	},
	/** The page /admin/ itself (src/admin/admin-page.ts): its title before the organisation's name, and what it says without JavaScript. */
	adminPage: { title: 'Redactie', noScript: 'De redactieomgeving werkt alleen met JavaScript aan.' },
	/**
	 * The "Bezoekers" page (visitors/): what readers read, where they came from and in which language. Numbers,
	 * percentages and dates arrive written out in the editor's language.
	 */
	visitors: {
		title: 'Bezoekers',
		intro: 'Wat lezers op de site lezen, waar zij vandaan komen en in welke taal. Geteld zonder cookies; niemand is er in te herkennen.',
		off: 'De site telt nog geen bezoeken. Vraag de beheerder van de site om een statistiekdienst (Matomo of Plausible) in te stellen; de README legt uit hoe.',
		period: {
			legend: 'Periode',
			last30: 'De laatste 30 dagen',
			month: 'Een maand',
			monthLabel: 'Welke maand?',
			/** What the figures cover, and what they are compared with. */
			describe: (from: string, to: string, previousFrom: string, previousTo: string) => `Van ${from} tot en met ${to}, vergeleken met ${previousFrom} tot en met ${previousTo}.`,
		},
		token: {
			heading: 'Uw leessleutel',
			explainMatomo:
				'Om de cijfers op te halen heeft de CMS een sleutel nodig die alleen mag lezen. Maak er een in Matomo (Beheer → Persoonlijk → Beveiliging → Auth-tokens) met een gebruiker die alleen "bekijken" mag, en plak die hier.',
			explainPlausible: 'Om de cijfers op te halen heeft de CMS een sleutel voor de Stats API van Plausible nodig. Maak er een in Plausible (Instellingen → API-sleutels → Stats API) en plak die hier.',
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
			/** The change against the previous period, in words; `percent` written out ("15%"). */
			noPrevious: 'de periode ervoor: geen bezoeken',
			same: 'even veel als de periode ervoor',
			more: (percent: string) => `${percent} meer dan de periode ervoor`,
			less: (percent: string) => `${percent} minder dan de periode ervoor`,
		},
		daily: {
			heading: 'Bezoeken per dag',
			/** The chart's description for screen readers. */
			describe: (days: number, highest: string, highestDay: string) => `Staafdiagram van ${days} dagen. De drukste dag was ${highestDay} met ${highest} bezoeken.`,
			/** Below the chart, between the first and last day. */
			busiest: (day: string, visits: string) => `drukste dag: ${day}, ${visits} bezoeken`,
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
			/** By kind of source (visitors/report.ts, SourceKind). */
			names: {
				search: 'Zoekmachines (zoals Google)',
				social: 'Sociale media',
				referral: 'Andere websites',
				direct: 'Rechtstreeks (adres getypt, bladwijzer, e-mail of app)',
				other: 'Anders (campagnes, nieuwsbrieven)',
			} satisfies Record<SourceKind, string>,
			none: 'Nog geen bezoeken in deze periode.',
		},
		languages: { heading: 'Per taal', intro: "Gelezen pagina's per taal van de site.", other: 'Buiten de talen van de site' },
		empty: {
			heading: 'Nog geen cijfers',
			text: 'De statistiekdienst heeft in deze periode nog geen bezoeken geteld. Is de telling pas begonnen, kijk dan over een paar dagen nog eens; staat hij al langer aan, vraag de beheerder dan of de teller op elke pagina staat.',
		},
		/** Why the figures could not be fetched (visitors/errors.ts); `service`: Matomo or Plausible. */
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
	},
	/**
	 * The forms (collections.ts): each collection's name and description, its fields' labels and hints, the
	 * words of its choices. A field's name in the file is the schema's and never changes with the language.
	 */
	fields: {
		/** The consent block of a testimonial or patient story. */
		consent: {
			label: 'Toestemming',
			reference: {
				label: 'Kenmerk van het toestemmingsformulier',
				hint: 'Het nummer waaronder het getekende formulier in uw eigen administratie staat, bijvoorbeeld TOE- met het jaar en een volgnummer. Zet hier nooit het formulier zelf of andere gegevens over de persoon.',
			},
			grantedOn: { label: 'Datum van toestemming', hint: 'De dag waarop het formulier is getekend, zoals op het formulier staat.' },
			expiresOn: {
				label: 'Toestemming geldig tot',
				/** `years`: the organisation's limit (settings consent.maxYears). */
				hint: (years: number) =>
					`Vult zich in met ${years} jaar na de datum van toestemming, het langste dat uw organisatie toestaat. Staat op het formulier een kortere termijn, kies dan die. Vanaf deze dag verdwijnt het vanzelf van de site; vraag de persoon daarvoor of het nog goed is.`,
			},
			channels: {
				label: 'Waar mag het verschijnen?',
				hint: 'Alleen wat op het formulier is aangekruist. Staat "Website" er niet bij, haal het dan hier weg: dan verschijnt het niet op de site.',
				options: { website: 'Website', social: 'Sociale media', print: 'Drukwerk (folders, magazine)' },
			},
			photo: {
				label: 'Toestemming voor de foto',
				hint: 'Aanzetten als het formulier ook toestemming geeft voor een foto van de persoon. Zonder deze toestemming tonen we geen foto bij dit item: het voorbeeld laat zien wat er wegvalt.',
			},
			guardian: { label: 'Gegeven door ouder of wettelijk vertegenwoordiger', hint: 'Bijvoorbeeld voor een kind. Dit wordt nooit op de site getoond.' },
			withdrawnOn: {
				label: 'Toestemming ingetrokken op',
				hint: 'Vul dit in zodra iemand de toestemming intrekt: bij de volgende publicatie van de site verdwijnt dit item overal. Heeft de persoon meer gedeeld op hetzelfde formulier? Het voorbeeld en de pagina Toestemming noemen die items: vul het bij elk van hen in.',
			},
		},
		/** Words more than one form uses. */
		common: {
			slug: 'Adres in deze taal (laatste deel)',
			/** `example`: an address word in the editor's language ("liesbreukcentrum"). */
			slugHint: (example: string) => `Bijvoorbeeld "${example}". Leeg laten: dan de bestandsnaam.`,
			specialties: 'Specialismen',
			updatedOn: 'Inhoudelijk bijgewerkt op',
			reviewedBy: 'Medisch nagekeken door',
			lastReviewedOn: 'Medisch nagekeken op',
			draft: 'Concept (nog niet publiceren)',
			hero: 'Afbeelding bovenaan',
			description: 'Korte beschrijving',
			title: 'Titel',
			name: 'Naam',
			order: 'Volgorde',
			consentGroup: 'Toestemming',
			image: 'Afbeelding',
			alt: { label: 'Wat is er te zien? (alt-tekst)', hint: 'Voor wie de afbeelding niet kan zien. Beschrijf wat er te zien is, niet "foto van".' },
		},
		stories: {
			label: 'Verhalen',
			singular: 'Verhaal',
			description: 'Verhalen van patiënten, van medewerkers en over nieuwe behandelingen. Een patiëntverhaal heeft toestemming nodig.',
			patientFilter: 'Patiëntverhalen',
			titleHint: 'Zeg waar het over gaat, in de woorden die een patiënt zou zoeken. Zoekmachines tonen ongeveer de eerste 60 tekens.',
			descriptionHint: 'Zoekmachines tonen dit onder de titel; het staat ook bij het verhaal in overzichten.',
			kind: {
				label: 'Soort verhaal',
				options: { patient: 'Verhaal van een patiënt (toestemming nodig)', breakthrough: 'Nieuwe behandeling of doorbraak', staff: 'Uit het werk van een medewerker', perspective: 'Een afdeling vertelt' },
			},
			publishedOn: 'Gepubliceerd op',
			heroHint: 'Bij een patiëntverhaal alleen getoond met toestemming voor de foto.',
			consentHint: 'Nodig bij het verhaal van een patiënt, en bij elk ander verhaal waarin een patiënt aan het woord is of te zien is. Anders leeg laten. Zonder geldige toestemming verschijnt het verhaal niet.',
			body: { label: 'Verhaal', hint: 'Met "Invoegen" zet u een ervaring, een foto met onderschrift, een citaat, een feitenblok of een knop in het verhaal.' },
			slugExample: 'terug-aan-het-werk-na-een-liesbreuk',
			audiences: { label: 'Voor wie', hint: 'Leeg laten als het voor iedereen is.', options: { patients: 'Patiënten', relatives: 'Naasten', referrers: 'Verwijzers (huisartsen)', professionals: 'Zorgprofessionals' } },
			author: 'Geschreven door',
			reviewedByHint: 'De zorgverlener die de medische inhoud heeft gecontroleerd. Zoekmachines en lezers hechten hier waarde aan.',
			socialPosts: {
				label: 'Onze berichten hierover op sociale media',
				hint: 'Het volledige adres van elk bericht (https://…) op LinkedIn, Facebook, Instagram of een ander netwerk. Het verhaal zegt dan "Praat mee op LinkedIn", met een link. Bij een patiëntverhaal alleen als de toestemming sociale media noemt.',
			},
			contentNote: { label: 'Vooraf aan de lezer', hint: 'Voor verhalen over moeilijke onderwerpen, bijvoorbeeld: "Dit verhaal gaat over de laatste levensfase."' },
		},
		testimonials: {
			label: 'Ervaringen',
			singular: 'Ervaring',
			description: 'Korte citaten van patiënten, naasten en verwijzers. Zonder geldige toestemming verschijnt er niets.',
			languageGroup: 'Taal',
			quote: { label: 'Citaat', hint: 'De eigen woorden van de persoon. Geen namen van anderen, adressen, telefoonnummers of geboortedata.' },
			author: 'Van wie',
			authorName: { label: 'Naam zoals getoond', hint: 'Alleen de voornaam, of leeg laten: dan tonen we alleen de rol.' },
			role: { label: 'Rol', options: { patient: 'Patiënt', relative: 'Naaste', referrer: 'Verwijzer (huisarts)', staff: 'Medewerker' } },
			detail: { label: 'Aanvulling', hint: 'Bijvoorbeeld leeftijd of woonplaats: "54, Gent". Alleen als de persoon dat goed vindt.' },
			specialtiesHint: 'Het citaat verschijnt bij deze specialismen.',
			consentHint: 'Zonder geldige toestemming op de dag van publicatie verschijnt er niets.',
			locale: 'Taal van het citaat',
			givenOn: 'Gegeven op',
			photo: { label: 'Foto', hint: 'Alleen met toestemming voor de foto.' },
			photoAlt: { label: 'Wat is er op de foto te zien?', hint: 'Verplicht als er een foto is.' },
			compensated: { label: 'Kreeg iets in ruil', hint: 'Aanzetten als de persoon iets kreeg (een cadeau, korting) of bij ons werkt. Dan vermelden we dat eerlijk.' },
		},
		specialties: {
			label: 'Specialismen',
			singular: 'Specialisme',
			slugExample: 'liesbreukcentrum',
			summaryHint: 'Voor zoekmachines en overzichten.',
			medicalSpecialty: { label: 'Medisch specialisme (voor zoekmachines)', hint: 'De naam die zoekmachines gebruiken (schema.org), bijvoorbeeld Surgical voor chirurgie.' },
			conditions: 'Aandoeningen',
			treatments: 'Behandelingen',
			explanation: 'Uitleg',
			team: 'Team',
			referral: 'Voor verwijzers',
			referralIntro: 'Inleiding',
			referralSteps: 'Stappen om te verwijzen',
			referralPhone: 'Telefoon voor verwijzers',
			referralEmail: { label: 'E-mail voor verwijzers', hint: 'Geen patiëntgegevens per e-mail.' },
			contact: 'Contact',
			contactPhone: 'Telefoon voor patiënten',
			location: 'Locatie',
			orderHint: 'Lager komt eerst. Standaard 100.',
			reviewedByHint: 'De arts of verpleegkundig specialist die de medische inhoud van deze pagina heeft gecontroleerd. Zoekmachines en lezers hechten hier waarde aan.',
			lastReviewedOnHint: 'Is dit langer dan twee jaar geleden, dan waarschuwt de controle: laat de pagina dan opnieuw nakijken.',
			body: 'Het verhaal van het specialisme',
		},
		team: {
			label: 'Team',
			singular: 'Teamlid',
			nameHint: 'Zoals de persoon genoemd wil worden, bijvoorbeeld "dr. Sanne de Vries".',
			slugExample: 'jan-de-vries',
			role: 'Functie',
			profession: {
				label: 'Beroep',
				options: { physician: 'Arts', nurse: 'Verpleegkundige', 'nurse-practitioner': 'Verpleegkundig specialist', 'physician-assistant': 'Physician assistant', 'allied-health': 'Paramedicus', staff: 'Medewerker' },
			},
			registration: { label: 'Registratie', hint: 'Verplicht voor artsen.' },
			register: { label: 'Register', options: { BIG: 'BIG (Nederland)', RIZIV: 'RIZIV (België)' } },
			number: { label: 'Nummer', hint: '11 cijfers.' },
			credentials: 'Kwalificaties',
			photo: 'Portret',
			photoAlt: 'Wat is er op het portret te zien?',
			summary: 'In één zin',
			body: 'Over deze persoon',
		},
		locations: {
			label: 'Locaties',
			singular: 'Locatie',
			slugExample: 'weidebroek',
			address: 'Adres',
			street: 'Straat en huisnummer',
			postalCode: 'Postcode',
			city: 'Plaats',
			country: { label: 'Land', options: { NL: 'Nederland', BE: 'België' } },
			geo: 'Ligging op de kaart',
			latitude: 'Breedtegraad',
			longitude: 'Lengtegraad',
			phone: 'Telefoon',
			openingHours: 'Openingstijden',
			days: { label: 'Dagen', options: { mo: 'maandag', tu: 'dinsdag', we: 'woensdag', th: 'donderdag', fr: 'vrijdag', sa: 'zaterdag', su: 'zondag' } },
			opens: 'Open vanaf (UU:MM)',
			closes: 'Open tot (UU:MM)',
			parking: 'Parkeren',
			publicTransport: 'Openbaar vervoer',
			body: 'Route',
		},
		pages: {
			label: "Pagina's",
			singular: 'Pagina',
			descriptionHint: 'Voor zoekmachines.',
			slug: 'Adres (laatste deel)',
			slugExample: 'over-ons',
			template: {
				label: 'Soort pagina',
				options: {
					standard: 'Gewone pagina',
					contact: 'Contact (met adressen)',
					'share-your-story': 'Deel uw verhaal (hoe patiënten hun verhaal sturen)',
					'patient-stories-policy': 'Hoe wij omgaan met patiëntverhalen',
					privacy: 'Privacy (met cookies en bezoekstatistieken uit de instellingen)',
				},
			},
			body: 'Tekst',
		},
		settings: {
			label: 'Instellingen',
			site: 'Site',
			organisation: 'Organisatie',
			type: { label: 'Soort', options: { hospital: 'Ziekenhuis', clinic: 'Kliniek' } },
			tagline: 'Omschrijving in één zin',
			logo: { label: 'Logo (pad in public/)', hint: 'Bijvoorbeeld /logo.svg' },
			brandColor: { label: 'Huiskleur', hint: 'Als #rrggbb. Witte tekst moet er goed op leesbaar zijn.' },
			siteUrl: 'Webadres van de site',
			locales: { label: 'Talen', hint: 'De eerste is de standaardtaal.' },
			editorLanguage: { label: 'Taal van de redactie', hint: 'De taal van de meldingen bij opslaan en bouwen. Leeg: de standaardtaal van de site.' },
			timeZone: 'Tijdzone',
			social: 'Sociale media',
			network: 'Netwerk',
			profile: 'Adres van het profiel',
			contact: 'Contact',
			phone: 'Telefoon',
			email: 'E-mail',
			mainLocation: 'Hoofdlocatie',
			maxYears: 'Hoogstens zoveel jaar geldig',
			shareYourStory: 'Deel uw verhaal',
			endpoint: { label: 'Waar het formulier naartoe gaat', hint: 'Een https://-adres of mailto:-adres. Leeg: het algemene e-mailadres.' },
			testimonials: 'Ervaringen',
			allLanguages: { label: 'Ervaringen in alle talen tonen', hint: 'Uit: op elke pagina alleen ervaringen in de taal van die pagina. Aan: alle ervaringen, elk met zijn taal erbij.' },
			navigation: 'Menu',
			section: { label: 'Onderdeel', options: { stories: 'Verhalen', specialties: 'Specialismen', team: 'Team', locations: 'Locaties', testimonials: 'Ervaringen', search: 'Zoeken' } },
			page: 'Of een pagina (bestandsnaam)',
			ownLabel: 'Eigen tekst',
		},
	},
};

/** The shape of every language's texts. */
export type CmsText = typeof nl;
