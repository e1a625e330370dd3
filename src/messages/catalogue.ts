/**
 * The catalogue of editors' messages: every message the build log, the
 * content check, the scripts and the CMS's save check show an editor, by its
 * stable code, with the parameters it is given. The texts are not here: each
 * language file (src/i18n/languages/<code>.ts) has a `messages` part with one
 * function per code, typed by this interface, so a language that lacks a
 * message, or uses a parameter that does not exist, fails `astro check`.
 *
 * Codes are `area.whatHappened` in camelCase after the dot (`date.invalid`,
 * `consent.expired`, `yaml.unquotedNumber`); the area is the concern that
 * raises it (settings, text, date, consent, mdx, picture, file, yaml…).
 * **A code never changes once published**: editors give it to support and
 * docs/messages.md lists them. A message whose meaning changes gets a new
 * code; a code that is no longer used is left out, never reused.
 *
 * Each message says what happened and what to do, naming what the editor
 * wrote; the file, the field and (for bodies) the line are added around it by
 * the code that knows them. Parameters are plain values (text, numbers,
 * lists already joined); the words around them belong to each language.
 */
export interface MessageParams {
	/** editorLanguage in settings names a language the kit has no file for. */
	'settings.editorLanguageUnknown': { value: string; supported: string };
	/** A date is missing. */
	'date.missing': Record<never, never>;
	/** A date field holds a list or a block instead of a date. */
	'date.notText': Record<never, never>;
	/** A date field holds something that is not written as a date (a number, a word). */
	'date.notADate': { value: string };
	/** A date written as a date that does not exist (2025-02-30, 2025-13-01). */
	'date.invalid': { value: string };
	/** A short name (slug) that refers to another file is missing. */
	'slug.missing': Record<never, never>;
	/** A short name (slug) holds capitals, spaces, accents or loose hyphens. */
	'slug.format': Record<never, never>;
	/** A text holds only characters that show nothing (zero-width spaces, direction marks); `value` is written with \u escapes. */
	'text.invisibleOnly': { value: string; required: boolean };
	/** A required text is missing or empty; `field` names it in words (fieldName()). */
	'text.missing': { field: string };
	/** A text is longer than its field allows. */
	'text.tooLong': { field: string; maximum: number };
	/** A field with a fixed list of values is empty. */
	'choice.missing': { field: string; choices: string };
	/** A field with a fixed list of values holds another value. */
	'choice.invalid': { value: string; field: string; choices: string };
	/** A menu item in settings names both a section and a page, or neither. */
	'settings.menuItemSectionOrPage': Record<never, never>;
	/** A web address in settings is not a full address (no scheme, spaces, backslashes); `mailto` when a mailto: address is allowed too. */
	'address.notFull': { value: string; mailto: boolean };
	/** A mailto: address in settings is not a valid e-mail address. */
	'address.invalidEmail': { value: string };
	/** A web address in settings does not start with https:// (or mailto: where allowed). */
	'address.notHttps': { value: string; mailto: boolean };
	/** A web address has an @ before the host: a browser goes to `host`, not to what comes before (RFC 3986, 3.2.1). */
	'address.userInfo': { value: string; host: string };
	/** A web address in settings is missing. */
	'address.missing': Record<never, never>;
	/** The logo is not a path in public/. */
	'settings.logoPath': Record<never, never>;
	/** The brand colour is not written as #rrggbb. */
	'settings.brandColorFormat': Record<never, never>;
	/** White text on the brand colour has less than 4.5:1 contrast (WCAG 2.2, 1.4.3); `ratio` as "3.1". */
	'settings.brandColorContrast': { colour: string; ratio: string };
	/** The site's languages (locales) are missing or not a list. */
	'settings.localesMissing': Record<never, never>;
	/** A language is named twice in locales. */
	'settings.localesRepeated': Record<never, never>;
	/** The time zone is not one the IANA database knows. */
	'settings.timeZoneUnknown': Record<never, never>;
	/** The contact e-mail address is not valid. */
	'settings.emailInvalid': Record<never, never>;
	/** A trusted form handler is not written as a server name. */
	'settings.formHandlerHost': Record<never, never>;
	/** analytics.provider is not one the kit supports. */
	'settings.analyticsProvider': Record<never, never>;
	/** cms.repo is not written as owner/name. */
	'settings.cmsRepo': Record<never, never>;
	/** A text given per language lacks one of the site's languages. */
	'settings.textPerLanguage': { language: string; locales: string };
	/** The share-your-story form would send patients' stories to a host that is not the site's own and not listed as trusted. */
	'settings.formEndpointElsewhere': { host: string; own: string };
	/** consent.channels names a channel that does not exist. */
	'consent.channelUnknown': { value: string; choices: string };
	/** consent.channels is not a list. */
	'consent.channelsNotList': Record<never, never>;
	/** consent.channels is an empty list. */
	'consent.channelsEmpty': Record<never, never>;
	/** An item that needs consent has no consent block. */
	'consent.missing': Record<never, never>;
	/** consent.expiresOn is on or before consent.grantedOn. */
	'consent.expiryNotAfterGrant': { expiresOn: string; grantedOn: string };
	/** Consent lasts longer than settings' consent.maxYears allows. */
	'consent.tooLong': { maxYears: number; latest: string };
	/** An opening or closing time is not written as HH:MM. */
	'time.format': Record<never, never>;
	/** Closing time is not after opening time. */
	'openingHours.closesBeforeOpening': Record<never, never>;
	/** A meta description has fewer than 50 characters. */
	'description.tooShort': Record<never, never>;
	/** A meta description has more than 160 characters (what search engines show). */
	'description.tooLong': Record<never, never>;
	/** A story or testimonial names no specialty. */
	'specialties.empty': Record<never, never>;
	/** A patient story has no consent block. */
	'story.patientWithoutConsent': Record<never, never>;
	/** lastReviewedOn is set without reviewedBy. */
	'story.reviewerMissing': Record<never, never>;
	/** A testimonial has no author block. */
	'testimonial.authorMissing': Record<never, never>;
	/** A photo has no photoAlt. */
	'photo.altMissing': Record<never, never>;
	/** A BIG or RIZIV number does not have 11 digits. */
	'team.registrationFormat': Record<never, never>;
	/** A physician has no BIG or RIZIV number. */
	'team.physicianWithoutRegistration': Record<never, never>;
	/** A field the schema does not know (a typo, or data that must not be in the file). */
	'field.unknown': Record<never, never>;
	/** A required field is empty or absent. */
	'field.missing': Record<never, never>;
	/** A field is missing or of the wrong kind, where what was read is not known (the CMS's check). */
	'field.missingOrWrong': { expected: ExpectedValue };
	/** A text field holds another kind of value (YAML read 9000 as a number, nee as text…); `value` is what the file says, when known. */
	'value.textExpected': { value?: string; kind: ValueKind };
	/** A yes/no field holds something else than true or false (nee, ja, "true"). */
	'value.booleanExpected': { value?: string };
	/** A number field holds something else than a number. */
	'value.numberExpected': { value?: string };
	/** A list field holds one value instead of a list. */
	'value.listExpected': { value?: string; kind: ValueKind };
	/** A field that holds fields of its own (a block) holds one value. */
	'value.blockExpected': { value?: string; kind: ValueKind };
	/** A value of a kind the field does not take, in any other case. */
	'value.wrongForm': { value?: string; kind: ValueKind };
	/** A list has fewer items than it needs. */
	'list.tooFew': { minimum: number };
	/** A text is shorter than its field needs. */
	'text.tooShort': { minimum: number };
	/** A number is smaller than allowed. */
	'number.tooSmall': { minimum: number };
	/** A list has more items than allowed. */
	'list.tooMany': { maximum: number };
	/** A text is longer than allowed (where its field has no words of its own). */
	'text.tooManyCharacters': { maximum: number };
	/** A number is larger than allowed. */
	'number.tooLarge': { maximum: number };
	/** A value is not one of a fixed list (where the field has no words of its own). */
	'choice.notListed': { choices: string };
	/** A number that must be whole has decimals. */
	'number.notWhole': Record<never, never>;
	/** Any other problem the schema library finds; `detail` is its own (English) words. */
	'value.notPossible': { detail: string };
}

/** What kind of value YAML made of what was written: `9000` is a number, `nee` text, `[a, b]` a list. */
export type ValueKind = 'number' | 'boolean' | 'date' | 'list' | 'block' | 'text';

/** What a field takes, as the schema library (zod) names it; `other` for anything else. */
export type ExpectedValue = 'string' | 'boolean' | 'number' | 'int' | 'array' | 'object' | 'other';

/** A message's stable code, e.g. "date.invalid". */
export type MessageCode = keyof MessageParams;

/** What a language file gives for the catalogue: one function per code, from its parameters to the text. */
export type Messages = { [C in MessageCode]: (params: MessageParams[C]) => string };

/**
 * The fields a message may name in words ("Vul de postcode in"), by key: the
 * noun phrase each language uses for "fill in …", e.g. "the postal code".
 */
export const FIELD_NAMES = ['language', 'section', 'organisationName', 'networkName', 'organisationType', 'phone', 'plausibleDomain', 'gitHost', 'title', 'template', 'consentReference', 'day', 'name', 'itemName', 'street', 'postalCode', 'city', 'country', 'altText', 'medicalSpecialty', 'referralIntro', 'step', 'description', 'storyKind', 'audience', 'quote', 'authorRole', 'register', 'jobTitle', 'profession', 'qualification'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Words that are parts of messages, not messages of their own (no code is shown for them). */
export interface MessageParts {
	/** The noun phrase for each field, as the object of "fill in": "de postcode", "the postal code", "le code postal", "die Postleitzahl". */
	field: Record<FieldName, string>;
	/** A problem on a line of a body: `Regel 3: ${text}`. */
	atLine: (line: number, text: string) => string;
}
