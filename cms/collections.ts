import type { Settings } from '../src/schemas/settings.ts';
import { SUPPORTED_LOCALES } from '../src/schemas/primitives.ts';
import { MEDICAL_SPECIALTIES } from '../src/schemas/specialty.ts';
import { EDITOR_COMPONENT_IDS } from './editor-components.ts';
import { languageName } from './languages.ts';
import { editorLanguage } from './editor-language.ts';
import { interfaceLanguage } from './interface/index.ts';
import { LIST_KEY, stateLabels } from './list-view.ts';
import { cmsText } from './text/index.ts';
import { choice, date, dateFromToday, decimal, group, imageWithAlt, listOf, listOfText, longText, optional, reference, text, wholeNumber, yesNo, type CmsField } from './fields.ts';

/**
 * The CMS's collections: one per content type in src/schemas/collections.ts,
 * with the same field names. Each has its own file format, "zorgmerk-<name>"
 * (see admin.ts), which writes fields in the order of this form. Labels and hints (cms/text/<code>.ts, `fields`)
 * say in plain words, in the editor's language, what to fill in and why; the rules themselves (lengths, dates, consent) are checked by
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

/**
 * The consent block of a testimonial or patient story: only what proves
 * consent exists. `requiredIf` says when a block the schema makes optional is
 * needed (a story's, for patient stories); the site's schema decides what
 * must be filled in (cms/widgets/checked.ts). Labels and hints in the editor's
 * `language` (cms/text/).
 */
export const consentFields = (maxYears: number, { translated, requiredIf, hint, language }: { translated: boolean; requiredIf?: string; hint: string; language: string }): CmsField => {
	const words = cmsText(language).fields.consent;
	return group(
		'consent',
		words.label,
		[
			text('reference', words.reference.label, { hint: words.reference.hint }),
			// No default: the day on the signed form, filled in by the editor, is their statement that the form exists.
			date('grantedOn', words.grantedOn.label, { hint: words.grantedOn.hint }),
			// Follows the date of consent at the organisation's limit until the editor chooses another (widgets/calendar-date.ts):
			// the schema refuses anything longer, so the default is never more than the organisation allows.
			date('expiresOn', words.expiresOn.label, { years_after: 'consent.grantedOn', hint: words.expiresOn.hint(maxYears) }),
			// Website is what the consent form covers in nearly every case; the default alone is no consent (entry-file.ts, isUnbegunConsent).
			choice('channels', words.channels.label, words.channels.options, { multiple: true, min: 1, default: ['website'], hint: words.channels.hint }),
			yesNo('photo', words.photo.label, { hint: words.photo.hint }),
			yesNo('guardian', words.guardian.label, { hint: words.guardian.hint }),
			optional(date('withdrawnOn', words.withdrawnOn.label, { hint: words.withdrawnOn.hint })),
		],
		{
			hint,
			...(requiredIf ? { required_if: requiredIf } : {}),
			// Consent belongs to the person, not to one language version.
			...(translated ? { i18n: 'duplicate' as const } : {}),
		},
	);
};

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

/**
 * Decap's collections for `settings`: labels, hints and choices in the editor's language (settings
 * `editorLanguage`, cms/editor-language.ts; texts in cms/text/<code>.ts, `fields`); names and values as the schemas
 * have them, in every language.
 */
export function collections(settings: Settings): Record<string, unknown>[] {
	const maxYears = settings.consent.maxYears;
	const language = interfaceLanguage(editorLanguage(settings));
	const { common, stories, testimonials, specialties, team, locations, pages, settings: site } = cmsText(language).fields;
	const specialtyRefs = (name: string, label: string, extra: Partial<CmsField> = {}) =>
		reference(name, label, 'specialties', 'name', { multiple: true, ...extra });
	const slugField = (example: string, label = common.slug) => optional(text('slug', label, { i18n: true, hint: common.slugHint(example) }));
	const languageChoices = (codes: readonly string[]) => Object.fromEntries(codes.map((code) => [code, languageName(code, language)]));
	return [
		{
			name: 'stories',
			label: stories.label,
			label_singular: stories.singular,
			description: stories.description,
			folder: 'content/stories',
			extension: 'mdx',
			format: 'zorgmerk-stories',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			summary: `{{title}} · {{${LIST_KEY}.kind}} · {{${LIST_KEY}.status}}`,
			view_filters: consentFilters(language, { label: stories.patientFilter, field: 'kind', pattern: '^patient$' }),
			view_groups: [
				{ label: stories.kind.label, field: `${LIST_KEY}.kind` },
				{ label: common.consentGroup, field: `${LIST_KEY}.status` },
			],
			public_folder: MEDIA_FROM_TRANSLATED_ENTRY,
			fields: [
				// In the order an editor fills them in: what the story is, its picture, the consent form, the text; then what may stay empty.
				text('title', common.title, { i18n: true, counter: { max: 110 }, hint: stories.titleHint }),
				longText('description', common.description, { i18n: true, counter: { min: 50, max: 160 }, hint: stories.descriptionHint }),
				// A patient's story by default: the kind that asks for consent, so the default can only hold a story back, never publish one.
				choice('kind', stories.kind.label, stories.kind.options, { i18n: 'duplicate', default: 'patient' }),
				specialtyRefs('specialties', common.specialties, { min: 1, i18n: 'duplicate' }),
				dateFromToday('publishedOn', stories.publishedOn, { i18n: 'duplicate' }),
				optional(imageWithAlt('hero', common.hero, common, { i18n: true, hint: stories.heroHint })),
				consentFields(maxYears, { translated: true, requiredIf: 'kind is patient', hint: stories.consentHint, language }),
				body(stories.body.label, { hint: stories.body.hint, blocks: EDITOR_COMPONENT_IDS }),
				slugField(stories.slugExample),
				optional(date('updatedOn', common.updatedOn, { i18n: 'duplicate' })),
				optional(choice('audiences', stories.audiences.label, stories.audiences.options, { multiple: true, i18n: 'duplicate', hint: stories.audiences.hint })),
				optional(reference('author', stories.author, 'team', 'name', { i18n: 'duplicate' })),
				optional(reference('reviewedBy', common.reviewedBy, 'team', 'name', { i18n: 'duplicate', hint: stories.reviewedByHint })),
				optional(date('lastReviewedOn', common.lastReviewedOn, { i18n: 'duplicate' })),
				optional(listOfText('socialPosts', stories.socialPosts.label, { i18n: true, hint: stories.socialPosts.hint })),
				optional(longText('contentNote', stories.contentNote.label, { i18n: true, hint: stories.contentNote.hint })),
				yesNo('draft', common.draft, { i18n: 'duplicate' }),
			],
		},
		{
			name: 'testimonials',
			label: testimonials.label,
			label_singular: testimonials.singular,
			description: testimonials.description,
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
				{ label: common.consentGroup, field: `${LIST_KEY}.status` },
				{ label: testimonials.languageGroup, field: `${LIST_KEY}.language` },
			],
			public_folder: MEDIA_FROM_ENTRY,
			// In the order an editor fills them in: the words, who, where they appear, the consent form; then what starts filled in or may stay empty.
			fields: [
				longText('quote', testimonials.quote.label, { counter: { max: 600 }, hint: testimonials.quote.hint }),
				group('author', testimonials.author, [
					optional(text('name', testimonials.authorName.label, { hint: testimonials.authorName.hint })),
					choice('role', testimonials.role.label, testimonials.role.options, { default: 'patient' }),
					optional(text('detail', testimonials.detail.label, { hint: testimonials.detail.hint })),
				]),
				specialtyRefs('specialties', common.specialties, { min: 1, hint: testimonials.specialtiesHint }),
				consentFields(maxYears, { translated: false, hint: testimonials.consentHint, language }),
				choice('locale', testimonials.locale, languageChoices(settings.locales), { default: settings.locales[0] }),
				dateFromToday('givenOn', testimonials.givenOn),
				optional({ name: 'photo', label: testimonials.photo.label, widget: 'image', choose_url: false, hint: testimonials.photo.hint }),
				optional(longText('photoAlt', testimonials.photoAlt.label, { hint: testimonials.photoAlt.hint })),
				yesNo('compensated', testimonials.compensated.label, { hint: testimonials.compensated.hint }),
			],
		},
		{
			name: 'specialties',
			label: specialties.label,
			label_singular: specialties.singular,
			folder: 'content/specialties',
			extension: 'md',
			format: 'zorgmerk-specialties',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			identifier_field: 'name',
			public_folder: MEDIA_FROM_TRANSLATED_ENTRY,
			fields: [
				text('name', common.name, { i18n: true }),
				slugField(specialties.slugExample),
				longText('summary', common.description, { i18n: true, counter: { min: 50, max: 160 }, hint: specialties.summaryHint }),
				optional(
					choice('medicalSpecialty', specialties.medicalSpecialty.label, Object.fromEntries(MEDICAL_SPECIALTIES.map((name) => [name, name])), {
						i18n: 'duplicate',
						hint: specialties.medicalSpecialty.hint,
					}),
				),
				optional(listOf('conditions', specialties.conditions, [text('name', common.name), optional(longText('description', specialties.explanation))], { i18n: true, summary: '{{fields.name}}' })),
				optional(listOf('treatments', specialties.treatments, [text('name', common.name), optional(longText('description', specialties.explanation))], { i18n: true, summary: '{{fields.name}}' })),
				optional(reference('team', specialties.team, 'team', 'name', { multiple: true, i18n: 'duplicate' })),
				group(
					'referral',
					specialties.referral,
					[
						longText('intro', specialties.referralIntro),
						optional(listOfText('steps', specialties.referralSteps)),
						optional(text('phone', specialties.referralPhone)),
						optional(text('email', specialties.referralEmail.label, { hint: specialties.referralEmail.hint })),
					],
					{ i18n: true },
				),
				optional(group('contact', specialties.contact, [optional(text('phone', specialties.contactPhone)), optional(reference('location', specialties.location, 'locations', 'name'))], { i18n: 'duplicate' })),
				optional(imageWithAlt('hero', common.hero, common, { i18n: true })),
				optional(wholeNumber('order', common.order, { i18n: 'duplicate', hint: specialties.orderHint })),
				optional(reference('reviewedBy', common.reviewedBy, 'team', 'name', { i18n: 'duplicate', hint: specialties.reviewedByHint })),
				optional(date('lastReviewedOn', common.lastReviewedOn, { i18n: 'duplicate', hint: specialties.lastReviewedOnHint })),
				body(specialties.body),
			],
		},
		{
			name: 'team',
			label: team.label,
			label_singular: team.singular,
			folder: 'content/team',
			extension: 'md',
			format: 'zorgmerk-team',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			identifier_field: 'name',
			public_folder: MEDIA_FROM_TRANSLATED_ENTRY,
			fields: [
				text('name', common.name, { i18n: 'duplicate', hint: team.nameHint }),
				slugField(team.slugExample),
				text('role', team.role, { i18n: true }),
				choice('profession', team.profession.label, team.profession.options, { i18n: 'duplicate' }),
				optional(
					group('registration', team.registration.label, [choice('register', team.register.label, team.register.options), text('number', team.number.label, { hint: team.number.hint })], {
						i18n: 'duplicate',
						hint: team.registration.hint,
					}),
				),
				optional(listOfText('credentials', team.credentials, { i18n: true })),
				optional(specialtyRefs('specialties', common.specialties, { i18n: 'duplicate' })),
				optional({ name: 'photo', label: team.photo, widget: 'image', choose_url: false, i18n: 'duplicate' }),
				optional(longText('photoAlt', team.photoAlt, { i18n: true })),
				optional(longText('summary', team.summary, { i18n: true })),
				optional(wholeNumber('order', common.order, { i18n: 'duplicate' })),
				body(team.body),
			],
		},
		{
			name: 'locations',
			label: locations.label,
			label_singular: locations.singular,
			folder: 'content/locations',
			extension: 'md',
			format: 'zorgmerk-locations',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			identifier_field: 'name',
			fields: [
				text('name', common.name, { i18n: true }),
				slugField(locations.slugExample),
				group(
					'address',
					locations.address,
					[text('street', locations.street), text('postalCode', locations.postalCode), text('city', locations.city), choice('country', locations.country.label, locations.country.options)],
					{ i18n: 'duplicate' },
				),
				group('geo', locations.geo, [decimal('latitude', locations.latitude), decimal('longitude', locations.longitude)], { i18n: 'duplicate' }),
				text('phone', locations.phone, { i18n: 'duplicate' }),
				optional(
					listOf(
						'openingHours',
						locations.openingHours,
						[choice('days', locations.days.label, locations.days.options, { multiple: true }), text('opens', locations.opens), text('closes', locations.closes)],
						{ i18n: 'duplicate' },
					),
				),
				optional(text('parking', locations.parking, { i18n: true })),
				optional(text('publicTransport', locations.publicTransport, { i18n: true })),
				body(locations.body),
			],
		},
		{
			name: 'pages',
			label: pages.label,
			label_singular: pages.singular,
			folder: 'content/pages',
			extension: 'md',
			format: 'zorgmerk-pages',
			create: true,
			i18n: true,
			slug: '{{slug}}',
			fields: [
				text('title', common.title, { i18n: true }),
				longText('description', common.description, { i18n: true, counter: { min: 50, max: 160 }, hint: pages.descriptionHint }),
				slugField(pages.slugExample, pages.slug),
				optional(choice('template', pages.template.label, pages.template.options, { i18n: 'duplicate', default: 'standard' })),
				optional(date('updatedOn', common.updatedOn, { i18n: 'duplicate' })),
				yesNo('draft', common.draft, { i18n: 'duplicate' }),
				body(pages.body),
			],
		},
		{
			name: 'settings',
			label: site.label,
			format: 'zorgmerk-settings',
			editor: { preview: false },
			files: [
				{
					name: 'site',
					label: site.site,
					file: 'content/settings/site.yaml',
					// Statistics (analytics), the CMS's own connection (cms) and how often medical content is reviewed (medicalReview)
					// are set in the file; the form leaves them as they are.
					fields: [
						group('organisation', site.organisation, [
							group('name', common.name, settings.locales.map((code) => text(code, languageName(code, language)))),
							choice('type', site.type.label, site.type.options),
							group('tagline', site.tagline, settings.locales.map((code) => text(code, code.toUpperCase()))),
							text('logo', site.logo.label, { hint: site.logo.hint }),
							text('brandColor', site.brandColor.label, { hint: site.brandColor.hint }),
						]),
						text('siteUrl', site.siteUrl),
						choice('locales', site.locales.label, languageChoices(SUPPORTED_LOCALES), { multiple: true, min: 1, hint: site.locales.hint }),
						optional(choice('editorLanguage', site.editorLanguage.label, languageChoices(SUPPORTED_LOCALES), { hint: site.editorLanguage.hint })),
						optional(text('timeZone', site.timeZone, { default: 'Europe/Amsterdam' })),
						optional(listOf('social', site.social, [text('name', site.network), text('url', site.profile)])),
						group('contact', site.contact, [text('phone', site.phone), text('email', site.email), reference('mainLocation', site.mainLocation, 'locations', 'name')]),
						optional(group('consent', common.consentGroup, [optional(wholeNumber('maxYears', site.maxYears, { default: 5, min: 1, max: 10 }))])),
						optional(group('shareYourStory', site.shareYourStory, [optional(text('endpoint', site.endpoint.label, { hint: site.endpoint.hint }))])),
						optional(group('testimonials', site.testimonials, [yesNo('allLanguages', site.allLanguages.label, { hint: site.allLanguages.hint })])),
						listOf('navigation', site.navigation, [
							optional(choice('section', site.section.label, site.section.options)),
							optional(text('page', site.page)),
							optional(group('label', site.ownLabel, settings.locales.map((code) => optional(text(code, code.toUpperCase()))))),
						]),
					],
				},
			],
		},
	];
}
