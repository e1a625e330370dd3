import { describe, expect, it } from 'vitest';
import { locationSchema } from '../../src/schemas/location.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { SUPPORTED_LOCALES } from '../../src/schemas/primitives.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { teamSchema } from '../../src/schemas/team.ts';
import { testimonialSchema } from '../../src/schemas/testimonial.ts';
import { consentInput as consent, image, problems, settingsInput } from './schema-helpers.ts';

const testimonial = { quote: 'Binnen een week stond ik weer op de tennisbaan.', author: { name: 'Marieke', role: 'patient' }, locale: 'nl', specialties: ['liesbreukcentrum'], givenOn: '2025-03-01', consent };
const story = {
	title: 'Herstel na een liesbreuk',
	description: 'Hoe een patiënt na een liesbreukoperatie weer aan het werk ging, stap voor stap verteld.',
	publishedOn: '2025-05-01',
	kind: 'staff',
	specialties: ['liesbreukcentrum'],
};
const testimonials = testimonialSchema({ image, maxYears: 5 });
const stories = storySchema({ image, maxYears: 5 });

describe('the testimonial contract', () => {
	it('accepts the example from the README, with defaults filled in', () => {
		const result = testimonials.parse(testimonial);
		expect(result.compensated).toBe(false);
		expect(result.consent).toEqual({ ...consent, photo: false, guardian: false });
	});

	it('keeps dates as calendar dates, whether YAML gave a Date or a string', () => {
		expect(testimonials.parse({ ...testimonial, givenOn: new Date('2025-03-01T00:00:00Z') }).givenOn).toBe('2025-03-01');
	});

	it('explains each mistake in the editor’s language, naming the field and the message’s code', () => {
		expect(
			problems(testimonials, {
				...testimonial,
				quote: '',
				author: { role: 'nurse' },
				photo: './marieke.jpg',
				consent: { ...consent, grantedOn: '2025-02-30', channels: [] },
			}),
		).toMatchInlineSnapshot(`
			[
			  "quote: Fill in the quote [text.missing]",
			  "author.role: "nurse" is not possible as the author's role; choose from: patient, relative, referrer, staff [choice.invalid]",
			  "consent.grantedOn: "2025-02-30" is not a valid date; write YYYY-MM-DD, for example 2025-03-01 [date.invalid]",
			  "consent.channels: Choose at least one channel the consent covers (website, social, print) [consent.channelsEmpty]",
			]
		`);
	});

	it('refuses consent longer than the organisation allows, or expiring before it was given', () => {
		expect(problems(testimonials, { ...testimonial, consent: { ...consent, expiresOn: '2030-03-02' } })).toEqual([
			'consent.expiresOn: Consent may last at most 5 years: choose an expiry date on or before 2030-03-01 [consent.tooLong]',
		]);
		expect(problems(testimonials, { ...testimonial, consent: { ...consent, expiresOn: '2025-03-01' } })[0]).toContain('must be after the date consent was given (2025-03-01)');
		expect(problems(testimonialSchema({ image, maxYears: 2 }), testimonial)[0]).toContain('at most 2 years');
	});

	it('refuses anything about the person beyond the consent reference', () => {
		expect(problems(testimonials, { ...testimonial, consent: { ...consent, email: 'marieke@voorbeeld.nl' } })).toEqual([
			'consent.email: This field does not exist: check the spelling, or remove it. Never put more about a person in a file than appears on the site. [field.unknown]',
		]);
		expect(problems(testimonials, { ...testimonial, phone: '0612345678' })[0]).toMatch(/^phone: .*\[field\.unknown\]$/);
	});

	it('refuses an unknown channel and a missing consent block', () => {
		expect(problems(testimonials, { ...testimonial, consent: { ...consent, channels: ['tv'] } })).toEqual([
			'consent.channels[0]: Unknown channel "tv"; choose from website, social, print [consent.channelUnknown]',
		]);
		expect(problems(testimonials, { ...testimonial, consent: undefined })).toEqual(['consent: Fill in the consent [consent.missing]']);
	});

	it('allows at most 600 characters of quote', () => {
		expect(problems(testimonials, { ...testimonial, quote: 'x'.repeat(601) })[0]).toContain('at most 600 characters');
	});
});

describe('stories', () => {
	it('needs consent for a patient story, and no other kind', () => {
		expect(problems(stories, story)).toEqual([]);
		expect(problems(stories, { ...story, kind: 'patient' })).toEqual([
			'consent: A patient story needs consent: fill in the consent block [story.patientWithoutConsent]',
		]);
		expect(problems(stories, { ...story, kind: 'patient', consent })).toEqual([]);
	});

	it('keeps the description between 50 and 160 characters', () => {
		expect(problems(stories, { ...story, description: 'Te kort.' })[0]).toContain('too short: write 50 to 160 characters');
		expect(problems(stories, { ...story, description: 'x'.repeat(161) })[0]).toContain('search engines show at most 160 characters');
	});

	it('rejects dates that do not exist and kinds it does not know', () => {
		expect(problems(stories, { ...story, publishedOn: '2025-13-01', kind: 'blog' })).toEqual([
			'publishedOn: "2025-13-01" is not a valid date; write YYYY-MM-DD, for example 2025-03-01 [date.invalid]',
			'kind: "blog" is not possible as the kind of story; choose from: patient, breakthrough, staff, perspective [choice.invalid]',
		]);
	});

	it('asks who reviewed the medical content when a review date is given', () => {
		expect(problems(stories, { ...story, lastReviewedOn: '2025-05-01' })).toEqual(['reviewedBy: Fill in who reviewed the medical content [story.reviewerMissing]']);
	});
});

describe('team, locations, pages and settings', () => {
	const member = { name: 'dr. Sanne de Vries', role: 'Chirurg', profession: 'physician', registration: { register: 'BIG', number: '19087654301' } };

	it('requires an 11-digit BIG or RIZIV number of a physician', () => {
		expect(problems(teamSchema({ image }), member)).toEqual([]);
		expect(problems(teamSchema({ image }), { ...member, registration: { register: 'RIZIV', number: '1-23456-78-901' } })).toEqual([]);
		expect(problems(teamSchema({ image }), { ...member, registration: { register: 'BIG', number: '1234' } })).toEqual([
			'registration.number: A BIG or RIZIV number has 11 digits [team.registrationFormat]',
		]);
		expect(problems(teamSchema({ image }), { ...member, registration: undefined })[0]).toContain("Give a physician's BIG or RIZIV number");
		expect(problems(teamSchema({ image }), { ...member, profession: 'nurse', registration: undefined })).toEqual([]);
	});

	it('checks opening hours', () => {
		const location = { name: 'Hoofdgebouw', address: { street: 'Lindelaan 40', postalCode: '7431 LD', city: 'Weidebroek', country: 'NL' }, geo: { latitude: 52.2, longitude: 6.1 }, phone: '+31 88 555 01 00' };
		expect(problems(locationSchema(), { ...location, openingHours: [{ days: ['mo'], opens: '08:00', closes: '17:00' }] })).toEqual([]);
		expect(problems(locationSchema(), { ...location, openingHours: [{ days: ['mo'], opens: '17:00', closes: '08:00' }] })).toEqual([
			'openingHours[0].closes: Closing time must be after opening time [openingHours.closesBeforeOpening]',
		]);
	});

	it('defaults a page to the standard template and refuses unknown ones', () => {
		const page = { title: 'Over ons', description: 'Over het ziekenhuis: wie wij zijn, waar wij voor staan en hoe u ons vindt.' };
		expect(pageSchema().parse(page).template).toBe('standard');
		expect(problems(pageSchema(), { ...page, template: 'landing' })[0]).toMatch(/^template: /);
	});

	const settings = settingsInput;

	it('fills in defaults for settings and refuses a brand colour white text cannot be read on', () => {
		const parsed = settingsSchema.parse(settings);
		expect([parsed.timeZone, parsed.consent.maxYears, parsed.testimonials.allLanguages]).toEqual(['Europe/Amsterdam', 5, false]);
		expect(problems(settingsSchema, { ...settings, organisation: { ...settings.organisation, brandColor: '#8fd3c1' } })[0]).toContain('too hard to read');
		expect(problems(settingsSchema, { ...settings, timeZone: 'Europe/Weidebroek' })[0]).toContain('Unknown time zone');
		expect(problems(settingsSchema, { ...settings, navigation: [{ section: 'stories', page: 'about' }] })[0]).toContain('either a section or a page');
	});

	it('asks for the site’s languages, each once and each with a language file', () => {
		expect(problems(settingsSchema, { ...settings, locales: undefined })).toEqual([
			"locales: Fill in the site's languages (locales), for example [nl, en] [settings.localesMissing]",
		]);
		expect(problems(settingsSchema, { ...settings, locales: ['nl', 'xx'] })).toEqual([
			`locales[1]: "xx" is not possible as the language; choose from: ${SUPPORTED_LOCALES.join(', ')} [choice.invalid]`,
		]);
		expect(problems(settingsSchema, { ...settings, locales: ['nl', 'en', 'nl'] })).toEqual(['locales: Name each language only once [settings.localesRepeated]']);
	});

	it('takes the organisation’s name once for every language, or once per language', () => {
		expect(settingsSchema.parse(settings).organisation).toMatchObject({ name: 'Kliniek', names: { nl: 'Kliniek', en: 'Kliniek' } });
		const perLanguage = { ...settings, organisation: { ...settings.organisation, name: { nl: 'Kliniek Oost', en: 'East Clinic' } } };
		expect(settingsSchema.parse(perLanguage).organisation).toMatchObject({ name: 'Kliniek Oost', names: { nl: 'Kliniek Oost', en: 'East Clinic' } });
		expect(problems(settingsSchema, { ...perLanguage, organisation: { ...perLanguage.organisation, name: { nl: 'Kliniek Oost' } } })).toEqual([
			'organisation.name.en: Fill in this text for the language "en" too: the site is published in nl, en [settings.textPerLanguage]',
		]);
	});
});
