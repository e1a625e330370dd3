import type { Settings } from '../src/schemas/settings.ts';
import { SUPPORTED_LOCALES } from '../src/schemas/primitives.ts';
import { MEDICAL_SPECIALTIES } from '../src/schemas/specialty.ts';
import { EDITOR_COMPONENTS } from './editor-components.ts';
import { languageName } from './languages.ts';
import { editorLanguage } from './editor-language.ts';
import { interfaceLanguage } from './interface/index.ts';
import { LIST_KEY, stateLabels } from './list-view.ts';
import { cmsText } from './text/index.ts';
import { choice, date, dateFromToday, decimal, group, imageWithAlt, listOf, listOfText, longText, optional, reference, text, wholeNumber, yesNo, type CmsField } from './fields.ts';

/**
 * The CMS's collections: one per content type in src/schemas/collections.ts,
 * with the same field names. Each has its own file format, "zorgmerk-<name>"
 * (see admin.ts), which writes fields in the order of this form. Labels and hints say in plain Dutch what to fill
 * in and why; the rules themselves (lengths, dates, consent) are checked by
 * the site's own schemas when an editor saves (see admin.ts).
 */

/** Every picture the CMS uploads goes here, from every collection: the folder the site's schemas and the image check read. */
export const MEDIA_FOLDER = 'content/media';

/**
 * How an entry refers to a picture in MEDIA_FOLDER: relative to its own file,
 * as Astro's image() wants it. A testimonial lives in content/testimonials/,
 * a translated entry one folder deeper, in content/<collection>/<locale>/.
 *
 * Collections set only this `public_folder`, never a `media_folder` of their
 * own, so uploads go to the global media_folder (MEDIA_FOLDER) and the picture
 * chooser lists the pictures already there. A relative collection
 * `media_folder` is resolved by Decap against the entry's path without its
 * language folder (i18n multiple_folders), or against the collection's folder
 * for a new entry: uploads landed in media/ at the repository root or in
 * content/stories/, and the chooser was empty.
 * Upstream: https://github.com/decaporg/decap-cms/issues/4781
 */
export const MEDIA_FROM_ENTRY = '../media';
export const MEDIA_FROM_TRANSLATED_ENTRY = '../../media';

/** The lists' filters by consent (list-view.ts), after the collection's own, in the editor's language. */
const consentFilters = (language: string, ...first: { label: string; field: string; pattern: string }[]) => [
	...first,
	{ label: stateLabels(language).publishable, field: `${LIST_KEY}.state`, pattern: '^(publishable|soon)$' },
	{ label: stateLabels(language).soon, field: `${LIST_KEY}.state`, pattern: '^soon$' },
	{ label: cmsText(language).consentState.offSite, field: `${LIST_KEY}.state`, pattern: '^(expired|withdrawn|not-yet-valid|not-for-website|missing|draft)$' },
];

const AUDIENCES = { patients: 'Patiënten', relatives: 'Naasten', referrers: 'Verwijzers (huisartsen)', professionals: 'Zorgprofessionals' };

/**
 * The consent block of a testimonial or patient story: only what proves
 * consent exists. `requiredIf` says when a block the schema makes optional is
 * needed (a story's, for patient stories); the site's schema decides what
 * must be filled in (cms/widgets/checked.ts).
 */
export const consentFields = (maxYears: number, { translated, requiredIf, hint }: { translated: boolean; requiredIf?: string; hint: string }): CmsField =>
	group(
		'consent',
		'Toestemming',
		[
			text('reference', 'Kenmerk van het toestemmingsformulier', {
				hint: 'Het nummer waaronder het getekende formulier in uw eigen administratie staat, bijvoorbeeld TOE- met het jaar en een volgnummer. Zet hier nooit het formulier zelf of andere gegevens over de persoon.',
			}),
			// No default: the day on the signed form, filled in by the editor, is their statement that the form exists.
			date('grantedOn', 'Datum van toestemming', { hint: 'De dag waarop het formulier is getekend, zoals op het formulier staat.' }),
			// Follows the date of consent at the organisation's limit until the editor chooses another (widgets/calendar-date.ts):
			// the schema refuses anything longer, so the default is never more than the organisation allows.
			date('expiresOn', 'Toestemming geldig tot', {
				years_after: 'consent.grantedOn',
				hint: `Vult zich in met ${maxYears} jaar na de datum van toestemming, het langste dat uw organisatie toestaat. Staat op het formulier een kortere termijn, kies dan die. Vanaf deze dag verdwijnt het vanzelf van de site; vraag de persoon daarvoor of het nog goed is.`,
			}),
			// Website is what the consent form covers in nearly every case; the default alone is no consent (entry-file.ts, isUnbegunConsent).
			choice(
				'channels',
				'Waar mag het verschijnen?',
				{ website: 'Website', social: 'Sociale media', print: 'Drukwerk (folders, magazine)' },
				{ multiple: true, min: 1, default: ['website'], hint: 'Alleen wat op het formulier is aangekruist. Staat "Website" er niet bij, haal het dan hier weg: dan verschijnt het niet op de site.' },
			),
			yesNo('photo', 'Toestemming voor de foto', {
				hint: 'Aanzetten als het formulier ook toestemming geeft voor een foto van de persoon. Zonder deze toestemming tonen we geen foto bij dit item: het voorbeeld laat zien wat er wegvalt.',
			}),
			yesNo('guardian', 'Gegeven door ouder of wettelijk vertegenwoordiger', { hint: 'Bijvoorbeeld voor een kind. Dit wordt nooit op de site getoond.' }),
			optional(
				date('withdrawnOn', 'Toestemming ingetrokken op', {
					hint: 'Vul dit in zodra iemand de toestemming intrekt: bij de volgende publicatie van de site verdwijnt dit item overal. Heeft de persoon meer gedeeld op hetzelfde formulier? Het voorbeeld en de pagina Toestemming noemen die items: vul het bij elk van hen in.',
				}),
			),
		],
		{
			hint,
			...(requiredIf ? { required_if: requiredIf } : {}),
			// Consent belongs to the person, not to one language version.
			...(translated ? { i18n: 'duplicate' as const } : {}),
		},
	);

/**
 * The text of an entry: formatted text only (no Markdown mode to type code in),
 * with the buttons the site shows well. No first-level heading: the page's
 * title is its only one. A story's "+" offers our five building blocks and
 * nothing else (Decap's own "Code Block" and "Image" would make a code block
 * or a picture without sizes); other texts have none.
 */
const body = (label: string, { hint, blocks = [] }: { hint?: string; blocks?: string[] } = {}): CmsField => ({
	name: 'body',
	label,
	widget: 'markdown',
	i18n: true,
	modes: ['rich_text'],
	buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
	editor_components: blocks,
	...(hint ? { hint } : {}),
});

export function collections(settings: Settings): Record<string, unknown>[] {
	const maxYears = settings.consent.maxYears;
	const language = interfaceLanguage(editorLanguage(settings));
	const specialtyRefs = (name: string, label: string, extra: Partial<CmsField> = {}) =>
		reference(name, label, 'specialties', 'name', { multiple: true, ...extra });
	return [
		{
			name: 'stories',
			label: 'Verhalen',
			label_singular: 'Verhaal',
			description: 'Verhalen van patiënten, van medewerkers en over nieuwe behandelingen. Een patiëntverhaal heeft toestemming nodig.',
			folder: 'content/stories',
			extension: 'mdx',
			format: 'zorgmerk-stories',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			summary: `{{title}} · {{${LIST_KEY}.kind}} · {{${LIST_KEY}.status}}`,
			view_filters: consentFilters(language, { label: 'Patiëntverhalen', field: 'kind', pattern: '^patient$' }),
			view_groups: [
				{ label: 'Soort verhaal', field: `${LIST_KEY}.kind` },
				{ label: 'Toestemming', field: `${LIST_KEY}.status` },
			],
			public_folder: MEDIA_FROM_TRANSLATED_ENTRY,
			fields: [
				// In the order an editor fills them in: what the story is, its picture, the consent form, the text; then what may stay empty.
				text('title', 'Titel', { i18n: true, counter: { max: 110 }, hint: 'Zeg waar het over gaat, in de woorden die een patiënt zou zoeken. Zoekmachines tonen ongeveer de eerste 60 tekens.' }),
				longText('description', 'Korte beschrijving', { i18n: true, counter: { min: 50, max: 160 }, hint: 'Zoekmachines tonen dit onder de titel; het staat ook bij het verhaal in overzichten.' }),
				// A patient's story by default: the kind that asks for consent, so the default can only hold a story back, never publish one.
				choice('kind', 'Soort verhaal', { patient: 'Verhaal van een patiënt (toestemming nodig)', breakthrough: 'Nieuwe behandeling of doorbraak', staff: 'Uit het werk van een medewerker', perspective: 'Een afdeling vertelt' }, { i18n: 'duplicate', default: 'patient' }),
				specialtyRefs('specialties', 'Specialismen', { min: 1, i18n: 'duplicate' }),
				dateFromToday('publishedOn', 'Gepubliceerd op', { i18n: 'duplicate' }),
				optional(imageWithAlt('hero', 'Afbeelding bovenaan', { i18n: true, hint: 'Bij een patiëntverhaal alleen getoond met toestemming voor de foto.' })),
				consentFields(maxYears, {
					translated: true,
					requiredIf: 'kind is patient',
					hint: 'Nodig bij het verhaal van een patiënt, en bij elk ander verhaal waarin een patiënt aan het woord is of te zien is. Anders leeg laten. Zonder geldige toestemming verschijnt het verhaal niet.',
				}),
				body('Verhaal', { hint: 'Met "Invoegen" zet u een ervaring, een foto met onderschrift, een citaat, een feitenblok of een knop in het verhaal.', blocks: EDITOR_COMPONENTS.map((component) => component.id) }),
				optional(text('slug', 'Adres in deze taal (laatste deel)', { i18n: true, hint: 'Bijvoorbeeld "terug-aan-het-werk-na-een-liesbreuk". Leeg laten: dan de bestandsnaam.' })),
				optional(date('updatedOn', 'Inhoudelijk bijgewerkt op', { i18n: 'duplicate' })),
				optional(choice('audiences', 'Voor wie', AUDIENCES, { multiple: true, i18n: 'duplicate', hint: 'Leeg laten als het voor iedereen is.' })),
				optional(reference('author', 'Geschreven door', 'team', 'name', { i18n: 'duplicate' })),
				optional(reference('reviewedBy', 'Medisch nagekeken door', 'team', 'name', { i18n: 'duplicate', hint: 'De zorgverlener die de medische inhoud heeft gecontroleerd. Zoekmachines en lezers hechten hier waarde aan.' })),
				optional(date('lastReviewedOn', 'Medisch nagekeken op', { i18n: 'duplicate' })),
				optional(
					listOfText('socialPosts', 'Onze berichten hierover op sociale media', {
						i18n: true,
						hint: 'Het volledige adres van elk bericht (https://…) op LinkedIn, Facebook, Instagram of een ander netwerk. Het verhaal zegt dan "Praat mee op LinkedIn", met een link. Bij een patiëntverhaal alleen als de toestemming sociale media noemt.',
					}),
				),
				optional(longText('contentNote', 'Vooraf aan de lezer', { i18n: true, hint: 'Voor verhalen over moeilijke onderwerpen, bijvoorbeeld: "Dit verhaal gaat over de laatste levensfase."' })),
				yesNo('draft', 'Concept (nog niet publiceren)', { i18n: 'duplicate' }),
			],
		},
		{
			name: 'testimonials',
			label: 'Ervaringen',
			label_singular: 'Ervaring',
			description: 'Korte citaten van patiënten, naasten en verwijzers. Zonder geldige toestemming verschijnt er niets.',
			folder: 'content/testimonials',
			extension: 'md',
			format: 'zorgmerk-testimonials',
			create: true,
			identifier_field: 'quote',
			// The person's name (or "ervaring" when it is not shown) and the day it was given: "wim-2026-11-20", a name an
			// editor recognises and `npm run consent -- withdraw wim-2026-11-20` takes; Decap adds "-1" when it is taken.
			slug: "{{author.name | default('ervaring')}}-{{givenOn}}",
			summary: `{{${LIST_KEY}.who}} · {{${LIST_KEY}.language}} · {{${LIST_KEY}.status}} · “{{quote | truncate(80, '…')}}”`,
			view_filters: consentFilters(language),
			view_groups: [
				{ label: 'Toestemming', field: `${LIST_KEY}.status` },
				{ label: 'Taal', field: `${LIST_KEY}.language` },
			],
			public_folder: MEDIA_FROM_ENTRY,
			// In the order an editor fills them in: the words, who, where they appear, the consent form; then what starts filled in or may stay empty.
			fields: [
				longText('quote', 'Citaat', { counter: { max: 600 }, hint: 'De eigen woorden van de persoon. Geen namen van anderen, adressen, telefoonnummers of geboortedata.' }),
				group('author', 'Van wie', [
					optional(text('name', 'Naam zoals getoond', { hint: 'Alleen de voornaam, of leeg laten: dan tonen we alleen de rol.' })),
					choice('role', 'Rol', { patient: 'Patiënt', relative: 'Naaste', referrer: 'Verwijzer (huisarts)', staff: 'Medewerker' }, { default: 'patient' }),
					optional(text('detail', 'Aanvulling', { hint: 'Bijvoorbeeld leeftijd of woonplaats: "54, Gent". Alleen als de persoon dat goed vindt.' })),
				]),
				specialtyRefs('specialties', 'Specialismen', { min: 1, hint: 'Het citaat verschijnt bij deze specialismen.' }),
				consentFields(maxYears, { translated: false, hint: 'Zonder geldige toestemming op de dag van publicatie verschijnt er niets.' }),
				choice('locale', 'Taal van het citaat', Object.fromEntries(settings.locales.map((code) => [code, languageName(code)])), { default: settings.locales[0] }),
				dateFromToday('givenOn', 'Gegeven op'),
				optional({ name: 'photo', label: 'Foto', widget: 'image', choose_url: false, hint: 'Alleen met toestemming voor de foto.' }),
				optional(longText('photoAlt', 'Wat is er op de foto te zien?', { hint: 'Verplicht als er een foto is.' })),
				yesNo('compensated', 'Kreeg iets in ruil', { hint: 'Aanzetten als de persoon iets kreeg (een cadeau, korting) of bij ons werkt. Dan vermelden we dat eerlijk.' }),
			],
		},
		{
			name: 'specialties',
			label: 'Specialismen',
			label_singular: 'Specialisme',
			folder: 'content/specialties',
			extension: 'md',
			format: 'zorgmerk-specialties',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			identifier_field: 'name',
			public_folder: MEDIA_FROM_TRANSLATED_ENTRY,
			fields: [
				text('name', 'Naam', { i18n: true }),
				optional(text('slug', 'Adres in deze taal (laatste deel)', { i18n: true, hint: 'Bijvoorbeeld "liesbreukcentrum". Leeg laten: dan de bestandsnaam.' })),
				longText('summary', 'Korte beschrijving', { i18n: true, counter: { min: 50, max: 160 }, hint: 'Voor zoekmachines en overzichten.' }),
				optional(
					choice('medicalSpecialty', 'Medisch specialisme (voor zoekmachines)', Object.fromEntries(MEDICAL_SPECIALTIES.map((name) => [name, name])), {
						i18n: 'duplicate',
						hint: 'De naam die zoekmachines gebruiken (schema.org), bijvoorbeeld Surgical voor chirurgie.',
					}),
				),
				optional(listOf('conditions', 'Aandoeningen', [text('name', 'Naam'), optional(longText('description', 'Uitleg'))], { i18n: true, summary: '{{fields.name}}' })),
				optional(listOf('treatments', 'Behandelingen', [text('name', 'Naam'), optional(longText('description', 'Uitleg'))], { i18n: true, summary: '{{fields.name}}' })),
				optional(reference('team', 'Team', 'team', 'name', { multiple: true, i18n: 'duplicate' })),
				group(
					'referral',
					'Voor verwijzers',
					[longText('intro', 'Inleiding'), optional(listOfText('steps', 'Stappen om te verwijzen')), optional(text('phone', 'Telefoon voor verwijzers')), optional(text('email', 'E-mail voor verwijzers', { hint: 'Geen patiëntgegevens per e-mail.' }))],
					{ i18n: true },
				),
				optional(group('contact', 'Contact', [optional(text('phone', 'Telefoon voor patiënten')), optional(reference('location', 'Locatie', 'locations', 'name'))], { i18n: 'duplicate' })),
				optional(imageWithAlt('hero', 'Afbeelding bovenaan', { i18n: true })),
				optional(wholeNumber('order', 'Volgorde', { i18n: 'duplicate', hint: 'Lager komt eerst. Standaard 100.' })),
				optional(reference('reviewedBy', 'Medisch nagekeken door', 'team', 'name', { i18n: 'duplicate', hint: 'De arts of verpleegkundig specialist die de medische inhoud van deze pagina heeft gecontroleerd. Zoekmachines en lezers hechten hier waarde aan.' })),
				optional(date('lastReviewedOn', 'Medisch nagekeken op', { i18n: 'duplicate', hint: 'Is dit langer dan twee jaar geleden, dan waarschuwt de controle: laat de pagina dan opnieuw nakijken.' })),
				body('Het verhaal van het specialisme'),
			],
		},
		{
			name: 'team',
			label: 'Team',
			label_singular: 'Teamlid',
			folder: 'content/team',
			extension: 'md',
			format: 'zorgmerk-team',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			identifier_field: 'name',
			public_folder: MEDIA_FROM_TRANSLATED_ENTRY,
			fields: [
				text('name', 'Naam', { i18n: 'duplicate', hint: 'Zoals de persoon genoemd wil worden, bijvoorbeeld "dr. Sanne de Vries".' }),
				optional(text('slug', 'Adres in deze taal (laatste deel)', { i18n: true, hint: 'Bijvoorbeeld "jan-de-vries". Leeg laten: dan de bestandsnaam.' })),
				text('role', 'Functie', { i18n: true }),
				choice('profession', 'Beroep', { physician: 'Arts', nurse: 'Verpleegkundige', 'nurse-practitioner': 'Verpleegkundig specialist', 'physician-assistant': 'Physician assistant', 'allied-health': 'Paramedicus', staff: 'Medewerker' }, { i18n: 'duplicate' }),
				optional(group('registration', 'Registratie', [choice('register', 'Register', { BIG: 'BIG (Nederland)', RIZIV: 'RIZIV (België)' }), text('number', 'Nummer', { hint: '11 cijfers.' })], { i18n: 'duplicate', hint: 'Verplicht voor artsen.' })),
				optional(listOfText('credentials', 'Kwalificaties', { i18n: true })),
				optional(specialtyRefs('specialties', 'Specialismen', { i18n: 'duplicate' })),
				optional({ name: 'photo', label: 'Portret', widget: 'image', choose_url: false, i18n: 'duplicate' }),
				optional(longText('photoAlt', 'Wat is er op het portret te zien?', { i18n: true })),
				optional(longText('summary', 'In één zin', { i18n: true })),
				optional(wholeNumber('order', 'Volgorde', { i18n: 'duplicate' })),
				body('Over deze persoon'),
			],
		},
		{
			name: 'locations',
			label: 'Locaties',
			label_singular: 'Locatie',
			folder: 'content/locations',
			extension: 'md',
			format: 'zorgmerk-locations',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			identifier_field: 'name',
			fields: [
				text('name', 'Naam', { i18n: true }),
				optional(text('slug', 'Adres in deze taal (laatste deel)', { i18n: true, hint: 'Bijvoorbeeld "weidebroek". Leeg laten: dan de bestandsnaam.' })),
				group('address', 'Adres', [text('street', 'Straat en huisnummer'), text('postalCode', 'Postcode'), text('city', 'Plaats'), choice('country', 'Land', { NL: 'Nederland', BE: 'België' })], { i18n: 'duplicate' }),
				group('geo', 'Ligging op de kaart', [decimal('latitude', 'Breedtegraad'), decimal('longitude', 'Lengtegraad')], { i18n: 'duplicate' }),
				text('phone', 'Telefoon', { i18n: 'duplicate' }),
				optional(
					listOf(
						'openingHours',
						'Openingstijden',
						[
							choice('days', 'Dagen', { mo: 'maandag', tu: 'dinsdag', we: 'woensdag', th: 'donderdag', fr: 'vrijdag', sa: 'zaterdag', su: 'zondag' }, { multiple: true }),
							text('opens', 'Open vanaf (UU:MM)'),
							text('closes', 'Open tot (UU:MM)'),
						],
						{ i18n: 'duplicate' },
					),
				),
				optional(text('parking', 'Parkeren', { i18n: true })),
				optional(text('publicTransport', 'Openbaar vervoer', { i18n: true })),
				body('Route'),
			],
		},
		{
			name: 'pages',
			label: "Pagina's",
			label_singular: 'Pagina',
			folder: 'content/pages',
			extension: 'md',
			format: 'zorgmerk-pages',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			fields: [
				text('title', 'Titel', { i18n: true }),
				longText('description', 'Korte beschrijving', { i18n: true, counter: { min: 50, max: 160 }, hint: 'Voor zoekmachines.' }),
				optional(text('slug', 'Adres (laatste deel)', { i18n: true, hint: 'Bijvoorbeeld "over-ons". Leeg laten: dan de bestandsnaam.' })),
				optional(
					choice('template', 'Soort pagina', { standard: 'Gewone pagina', contact: 'Contact (met adressen)', 'share-your-story': 'Deel uw verhaal (hoe patiënten hun verhaal sturen)', 'patient-stories-policy': 'Hoe wij omgaan met patiëntverhalen', privacy: 'Privacy (met cookies en bezoekstatistieken uit de instellingen)' }, { i18n: 'duplicate', default: 'standard' }),
				),
				optional(date('updatedOn', 'Inhoudelijk bijgewerkt op', { i18n: 'duplicate' })),
				yesNo('draft', 'Concept (nog niet publiceren)', { i18n: 'duplicate' }),
				body('Tekst'),
			],
		},
		{
			name: 'settings',
			label: 'Instellingen',
			format: 'zorgmerk-settings',
			editor: { preview: false },
			files: [
				{
					name: 'site',
					label: 'Site',
					file: 'content/settings/site.yaml',
					// Statistics (analytics), the CMS's own connection (cms) and how often medical content is reviewed (medicalReview)
					// are set in the file; the form leaves them as they are.
					fields: [
						group('organisation', 'Organisatie', [
							group('name', 'Naam', settings.locales.map((code) => text(code, languageName(code)))),
							choice('type', 'Soort', { hospital: 'Ziekenhuis', clinic: 'Kliniek' }),
							group('tagline', 'Omschrijving in één zin', settings.locales.map((code) => text(code, code.toUpperCase()))),
							text('logo', 'Logo (pad in public/)', { hint: 'Bijvoorbeeld /logo.svg' }),
							text('brandColor', 'Huiskleur', { hint: 'Als #rrggbb. Witte tekst moet er goed op leesbaar zijn.' }),
						]),
						text('siteUrl', 'Webadres van de site'),
						choice('locales', 'Talen', Object.fromEntries(SUPPORTED_LOCALES.map((code) => [code, languageName(code)])), { multiple: true, min: 1, hint: 'De eerste is de standaardtaal.' }),
						optional(choice('editorLanguage', 'Taal van de redactie', Object.fromEntries(SUPPORTED_LOCALES.map((code) => [code, languageName(code)])), { hint: 'De taal van de meldingen bij opslaan en bouwen. Leeg: de standaardtaal van de site.' })),
						optional(text('timeZone', 'Tijdzone', { default: 'Europe/Amsterdam' })),
						optional(listOf('social', 'Sociale media', [text('name', 'Netwerk'), text('url', 'Adres van het profiel')])),
						group('contact', 'Contact', [text('phone', 'Telefoon'), text('email', 'E-mail'), reference('mainLocation', 'Hoofdlocatie', 'locations', 'name')]),
						optional(group('consent', 'Toestemming', [optional(wholeNumber('maxYears', 'Hoogstens zoveel jaar geldig', { default: 5, min: 1, max: 10 }))])),
						optional(group('shareYourStory', 'Deel uw verhaal', [optional(text('endpoint', 'Waar het formulier naartoe gaat', { hint: 'Een https://-adres of mailto:-adres. Leeg: het algemene e-mailadres.' }))])),
						optional(group('testimonials', 'Ervaringen', [yesNo('allLanguages', 'Ervaringen in alle talen tonen', { hint: 'Uit: op elke pagina alleen ervaringen in de taal van die pagina. Aan: alle ervaringen, elk met zijn taal erbij.' })])),
						listOf('navigation', 'Menu', [
							optional(choice('section', 'Onderdeel', { stories: 'Verhalen', specialties: 'Specialismen', team: 'Team', locations: 'Locaties', testimonials: 'Ervaringen', search: 'Zoeken' })),
							optional(text('page', 'Of een pagina (bestandsnaam)')),
							optional(group('label', 'Eigen tekst', settings.locales.map((code) => optional(text(code, code.toUpperCase()))))),
						]),
					],
				},
			],
		},
	];
}
