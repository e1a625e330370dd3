import { describe, expect, it } from 'vitest';
import { consentNotice, identifyingNotices } from '../../cms/consent-notice.ts';
import { cmsConfig } from '../../cms/config.ts';
import { consentNotices, sameFormNotices } from '../../cms/previews.ts';
import { embeddedTestimonialHtml } from '../../cms/embedded-testimonial.ts';
import { listData, LIST_KEY } from '../../cms/list-view.ts';
import { labelPath, notSavedMessage, problemsInEveryLanguage } from '../../cms/save-check.ts';
import { isAskedFor } from '../../cms/widgets/checked.ts';
import { TEXTS } from '../../cms/text/index.ts';
import { consentClearedIn, DEFAULT_CHANNELS, entryAsSaved, isUnbegunConsent, readEntryFile, unescapeMdxText, withoutConsentAsSaved, withoutEmptyFields, writeEntryFile, type FieldOrder } from '../../cms/entry-file.ts';
import { escapeMdxText } from '../../src/mdx/escape.ts';
import { settings } from '../../src/settings/index.ts';
import { entryProblems, fieldProblems, forEditor } from '../../cms/validate.ts';
import type { Consent } from '../../src/schemas/consent.ts';

const consent: Consent = { reference: 'TOE-2026-101', grantedOn: '2026-11-20', expiresOn: '2031-11-20', channels: ['website'], photo: false, guardian: false };

describe('the files the CMS writes', () => {
	it('write a testimonial exactly in the contract’s shape, leaving out what the editor left empty', () => {
		const fromForm = {
			quote: 'Ik werd serieus genomen, ook met mijn angst.',
			author: { name: '', role: 'patient', detail: null },
			locale: 'nl',
			specialties: ['liesbreukcentrum'],
			givenOn: '2026-11-20',
			photo: '',
			photoAlt: '',
			compensated: false,
			consent: { ...consent, withdrawnOn: '' },
		};
		const form = (cmsConfig(settings).collections as { name: string; fields: FieldOrder[] }[]).find((collection) => collection.name === 'testimonials')!.fields;
		// The form's object is built in another order, as Decap's may be.
		const shuffled = Object.fromEntries(Object.entries(fromForm).reverse());
		expect(writeEntryFile(shuffled, form)).toBe(
			[
				'---',
				'quote: Ik werd serieus genomen, ook met mijn angst.',
				'author:',
				'  role: patient',
				'specialties:',
				'  - liesbreukcentrum',
				'consent:',
				'  reference: TOE-2026-101',
				'  grantedOn: 2026-11-20',
				'  expiresOn: 2031-11-20',
				'  channels:',
				'    - website',
				'  photo: false',
				'  guardian: false',
				'locale: nl',
				'givenOn: 2026-11-20',
				'compensated: false',
				'---',
				'',
			].join('\n'),
		);
	});

	it('drop an untouched consent block from a story that needs none', () => {
		expect(entryAsSaved({ kind: 'staff', consent: { reference: '', channels: [], photo: false, guardian: false } })).toEqual({ kind: 'staff' });
	});

	it('count a consent block with only its defaults (channels: website) as no consent, and keep one the editor began', () => {
		const defaults = { reference: '', channels: [...DEFAULT_CHANNELS], photo: false, guardian: false };
		expect(entryAsSaved({ kind: 'staff', consent: defaults })).toEqual({ kind: 'staff' });
		for (const begun of [{ reference: 'TOE-1' }, { grantedOn: '2026-11-20' }, { withdrawnOn: '2026-11-20' }, { photo: true }, { guardian: true }]) {
			expect(entryAsSaved({ consent: { ...defaults, ...begun } })).toEqual({ consent: { channels: ['website'], photo: false, guardian: false, ...begun } });
		}
	});

	it('keep a consent block whose channels the editor chose, so that the check asks for the rest (red team: "print only" became "on the website")', () => {
		for (const channels of [['print'], ['social'], ['website', 'social']]) {
			const story = { kind: 'staff', consent: { reference: '', channels, photo: false, guardian: false } };
			expect(entryAsSaved(story)).toEqual({ kind: 'staff', consent: { channels, photo: false, guardian: false } });
			expect(entryProblems('stories', { ...story, title: 'Een dag op de afdeling', description: 'Hoe een dag op de verpleegafdeling verloopt, van de eerste ronde tot de overdracht.', publishedOn: '2026-11-20', specialties: ['palliatieve-zorg'] }, 5).join('\n')).toMatch(/consent\.reference/);
		}
	});

	it('leave the settings’ consent limit alone: only an entry’s own consent block can be unbegun (red team: saving the settings dropped consent.maxYears)', () => {
		const settingsForm = { consent: { maxYears: 2 }, locales: ['nl'] };
		expect(withoutEmptyFields(settingsForm)).toEqual(settingsForm);
		expect(entryAsSaved(settingsForm)).toEqual(settingsForm);
		expect(isUnbegunConsent({ maxYears: 2 })).toBe(false);
		// Nested deeper, a key named consent is never taken for an entry's block.
		expect(entryAsSaved({ kind: 'staff', notes: { consent: { reference: '', channels: ['website'] } } })).toEqual({ kind: 'staff', notes: { consent: { channels: ['website'] } } });
	});

	it('start "Waar mag het verschijnen?" at the channels entryAsSaved counts as untouched', () => {
		const config = cmsConfig(settings) as { collections: { name: string; fields?: { name: string; fields?: { name: string; default?: unknown }[] }[] }[] };
		for (const name of ['testimonials', 'stories']) {
			const channels = config.collections.find((collection) => collection.name === name)?.fields?.find((field) => field.name === 'consent')?.fields?.find((field) => field.name === 'channels');
			expect(channels?.default, name).toEqual(DEFAULT_CHANNELS);
		}
	});

	it('notice when a save would empty consent stored with a reference, in any language version, and not when it is withdrawn or was never there', () => {
		const stored = { data: { kind: 'staff', consent }, i18n: { en: { data: { kind: 'staff', consent } } } };
		const emptied = { reference: '', grantedOn: '', expiresOn: '', channels: ['website'], photo: false, guardian: false };
		expect(consentClearedIn(stored, { data: { kind: 'staff', consent: emptied }, i18n: stored.i18n })).toBe(true);
		expect(consentClearedIn(stored, { data: { kind: 'staff' }, i18n: stored.i18n })).toBe(true);
		expect(consentClearedIn(stored, { data: stored.data, i18n: { en: { data: { kind: 'staff', consent: emptied } } } })).toBe(true);
		expect(withoutConsentAsSaved({ data: { kind: 'staff', consent: emptied } })).toBe(true);
		// Withdrawn, or only changed: kept.
		expect(consentClearedIn(stored, { data: { kind: 'staff', consent: { ...consent, withdrawnOn: '2026-11-30' } }, i18n: stored.i18n })).toBe(false);
		expect(consentClearedIn(stored, { data: { kind: 'staff', consent: { ...consent, channels: ['print'] } }, i18n: stored.i18n })).toBe(false);
		expect(withoutConsentAsSaved(stored)).toBe(false);
		// A story that never had consent saved without it.
		expect(consentClearedIn({ data: { kind: 'staff' } }, { data: { kind: 'staff', consent: emptied } })).toBe(false);
	});

	it('read back what they wrote, body included', () => {
		const text = writeEntryFile({ title: 'Een dag met Thomas', body: 'Om zeven uur begint de dag.' }, [], (body) => body.toUpperCase());
		expect(text).toBe('---\ntitle: Een dag met Thomas\n---\n\nOM ZEVEN UUR BEGINT DE DAG.\n');
		expect(readEntryFile(text)).toEqual({ title: 'Een dag met Thomas', body: 'OM ZEVEN UUR BEGINT DE DAG.' });
		expect(writeEntryFile(readEntryFile(text))).toBe(text);
	});
});

describe('the check on save', () => {
	it('refuses consent beyond the organisation’s limit, with the build’s own words', () => {
		const testimonial = { quote: 'Goed geholpen.', author: { role: 'patient' }, locale: 'nl', specialties: ['liesbreukcentrum'], givenOn: '2026-11-20', consent: { ...consent, expiresOn: '2033-01-01' } };
		expect(entryProblems('testimonials', testimonial, 5)).toEqual([
			'consent.expiresOn: Toestemming mag hoogstens 5 jaar gelden: kies een vervaldatum op of vóór 2031-11-20 [consent.tooLong]',
		]);
		expect(entryProblems('testimonials', { ...testimonial, consent }, 5)).toEqual([]);
	});

	it('refuses a patient story without consent, and accepts a staff story without', () => {
		const story = { title: 'Thuis afscheid nemen', description: 'Hoe een familie de laatste weken thuis doorbracht, met hulp van het palliatief team.', publishedOn: '2026-11-20', specialties: ['palliatieve-zorg'] };
		expect(entryProblems('stories', { ...story, kind: 'patient', body: 'Tekst' }, 5)[0]).toMatch(/^consent: Een patiëntverhaal heeft toestemming nodig/);
		expect(entryProblems('stories', { ...story, kind: 'staff', consent: { photo: false, guardian: false } }, 5)).toEqual([]);
		// The form's defaults alone (channels: website) are no consent: refused in a patient story, left out of a staff story.
		const defaults = { reference: '', channels: ['website'], photo: false, guardian: false };
		expect(entryProblems('stories', { ...story, kind: 'patient', consent: defaults }, 5)[0]).toMatch(/^consent: Een patiëntverhaal heeft toestemming nodig/);
		expect(entryProblems('stories', { ...story, kind: 'staff', consent: defaults }, 5)).toEqual([]);
	});
});

describe('the notice in the preview', () => {
	const testimonial = (overrides: Partial<Consent>) => ({ quote: 'Goed geholpen.', consent: { ...consent, ...overrides } });

	it('says when an item will not be published, and why', () => {
		expect(consentNotice(testimonial({ expiresOn: '2026-11-01', grantedOn: '2022-11-01' }), '2026-11-23', 'nl')).toEqual({ tone: 'blocked', text: 'Dit komt niet op de site. De toestemming is verlopen op 1 november 2026.' });
		expect(consentNotice(testimonial({ withdrawnOn: '2026-11-22' }), '2026-11-23', 'nl')?.text).toBe('Dit komt niet op de site. De toestemming is ingetrokken op 22 november 2026.');
		expect(consentNotice(testimonial({ channels: ['print'] }), '2026-11-23', 'nl')?.text).toContain('niet voor de website');
		// In the editor's language, dates as that language writes them.
		expect(consentNotice(testimonial({ withdrawnOn: '2026-11-22' }), '2026-11-23', 'fr')?.text).toBe('Ceci ne paraîtra pas sur le site. Le consentement a été retiré le 22 novembre 2026.');
		expect(consentNotice(testimonial({ expiresOn: '2026-11-24' }), '2026-11-23', 'de')?.text).toMatch(/^Die Einwilligung läuft in 1 Tag ab \(24\. November 2026\)\./);
		expect(consentNotice(testimonial({}), '2026-11-23', 'en')?.text).toBe('Consent is valid until 20 November 2031. Once published, this is on the site.');
		expect(consentNotice({ kind: 'patient' }, '2026-11-23', 'nl')?.text).toContain('nog geen toestemming');
	});

	it('warns two months ahead that consent runs out, and says nothing for a story that needs none', () => {
		expect(consentNotice(testimonial({ expiresOn: '2026-12-24' }), '2026-11-23', 'nl')).toMatchObject({ tone: 'warning', text: expect.stringContaining('over 31 dagen af') });
		expect(consentNotice(testimonial({}), '2026-11-23', 'nl')?.tone).toBe('ok');
		expect(consentNotice({ kind: 'staff' }, '2026-11-23', 'nl')).toBeUndefined();
	});

	it('reads a half-filled consent block of a story that is not a patient story as no consent yet, without failing', () => {
		// Decap gives every story a consent block of switches; one ticked makes it a block the gate reads (needsConsent).
		const notice = consentNotice({ kind: 'staff', consent: { photo: true } as unknown as Consent }, '2026-11-23', 'nl');
		expect(notice).toEqual({ tone: 'blocked', text: 'Dit komt niet op de site. Er is nog geen toestemming ingevuld.' });
	});

	it('warns about details that identify a person', () => {
		expect(identifyingNotices(['Bel me op 06-12345678, ik woon aan de Dorpsstraat 12.']).map((notice) => notice.text)).toEqual([
			'Deze tekst lijkt een telefoonnummer te bevatten. Haal het weg, tenzij de persoon daar uitdrukkelijk toestemming voor gaf.',
			'Deze tekst lijkt een adres met huisnummer te bevatten. Haal het weg, tenzij de persoon daar uitdrukkelijk toestemming voor gaf.',
		]);
	});
});

describe('the notice while the form is half filled in', () => {
	it('treats a consent block without its dates as no consent yet', () => {
		expect(consentNotice({ quote: '', consent: { photo: false, guardian: false } as never }, '2026-11-23', 'nl')?.text).toContain('nog geen toestemming');
	});

	it('says "no consent yet" while nothing of the consent is filled in, and names what is wrong once something is', () => {
		const context = { today: '2026-11-23', maxYears: 5, language: 'nl', defaultLocale: 'nl' };
		const testimonial = { quote: 'Ik werd serieus genomen.', author: { role: 'patient' }, locale: 'nl', specialties: ['liesbreukcentrum'], givenOn: '2026-11-20' };
		const texts = (consent: unknown) => consentNotices('testimonials', { ...testimonial, consent } as never, context).map((notice) => `${notice.tone}: ${notice.text}`);
		expect(texts(undefined)).toEqual(['blocked: Dit komt niet op de site. Er is nog geen toestemming ingevuld.']);
		expect(texts({ reference: '', channels: [], photo: false, guardian: false })).toEqual(['blocked: Dit komt niet op de site. Er is nog geen toestemming ingevuld.']);
		expect(texts({ ...consent, expiresOn: '2033-01-01' })).toEqual([expect.stringMatching(/^blocked: Zo kan dit niet gepubliceerd worden: Toestemming mag hoogstens 5 jaar gelden/)]);
		expect(texts(consent)).toEqual([expect.stringMatching(/^ok: Toestemming is geldig tot 20 november 2031/)]);
	});
});

describe('the messages next to a field', () => {
	const testimonial = { quote: 'Goed geholpen.', author: { role: 'patient' }, locale: 'nl', specialties: ['liesbreukcentrum'], givenOn: '2026-11-20', consent };

	it('speak plain Dutch: no field names of the file, no YYYY-MM-DD, one sentence', () => {
		expect(fieldProblems('testimonials', { ...testimonial, consent: { ...consent, expiresOn: '2033-01-01' } }, 5)).toEqual(
			new Map([['consent.expiresOn', { message: 'Toestemming mag hoogstens 5 jaar gelden: kies een vervaldatum op of vóór 20 november 2031.', missing: false }]]),
		);
		expect(forEditor('Beschrijf wat de foto laat zien (photoAlt) [photo.altMissing]')).toBe('Beschrijf wat de foto laat zien.');
		expect(forEditor('"2033-01-01" is not a valid date [date.invalid]', 'en')).toBe('"1 January 2033" is not a valid date.');
	});

	it('ask for what is missing in the form’s words, and a group’s fields rather than the group', () => {
		const problems = fieldProblems('stories', { kind: 'patient', title: 'Thuis', description: 'x'.repeat(60), publishedOn: '2026-11-20', specialties: ['palliatieve-zorg'], hero: { image: '../../media/tuin.jpg' } }, 5);
		expect(problems.get('hero.alt')).toEqual({ message: 'Vul dit in.', missing: true });
		expect(isAskedFor(problems, 'hero.alt')).toBe(true);
		expect(isAskedFor(problems, 'hero.image')).toBe(false);
		const empty = fieldProblems('testimonials', { quote: 'Goed.' }, 5);
		expect(empty.get('author')).toEqual({ message: 'Vul dit in.', missing: true });
		expect(isAskedFor(empty, 'author.role')).toBe(true);
		expect(isAskedFor(empty, 'quote')).toBe(false);
	});

	it('name the language and the form’s labels for what no field shows, and never say "Error:"', () => {
		const form = (cmsConfig(settings).collections as { name: string; fields: never[] }[]).find((collection) => collection.name === 'stories')!.fields;
		const story = { title: 'Thuis afscheid nemen', description: 'Hoe een familie de laatste weken thuis doorbracht, met hulp van het palliatief team.', kind: 'staff', publishedOn: '2026-11-20', specialties: ['palliatieve-zorg'] };
		const problems = problemsInEveryLanguage({ collection: 'stories', data: story, i18n: { en: { data: { ...story, title: 'x'.repeat(111) } } } }, form, 5, ['nl', 'en']);
		expect(problems).toEqual(['Engels — Titel: Een titel is te lang: maximaal 110 tekens.']);
		// An English version without its own title is not translated yet: not checked.
		expect(problemsInEveryLanguage({ collection: 'stories', data: story, i18n: { en: { data: { kind: 'staff' } } } }, form, 5, ['nl', 'en'])).toEqual([]);
		expect(labelPath(form, 'consent.expiresOn')).toBe('Toestemming › Toestemming geldig tot');
		expect(String(notSavedMessage(problems))).toBe('Pas eerst aan: Engels — Titel: Een titel is te lang: maximaal 110 tekens. [cms.notSaved]');
	});
});

describe('the lists of testimonials and stories', () => {
	const today = '2026-11-23';
	const testimonial = (overrides: Partial<Consent>, author: Record<string, string> = { name: 'Wim', role: 'patient' }) => ({ quote: 'Goed geholpen.', author, locale: 'en', consent: { ...consent, ...overrides } });

	it('show who, the language, and the consent state with its date, as the organisation counts today', () => {
		expect(listData('testimonials', testimonial({}), today, 'nl')).toEqual({ state: 'publishable', status: 'Op de site tot 20-11-2031', expires: '20-11-2031', who: 'Wim', language: 'Engels' });
		expect(listData('testimonials', testimonial({ expiresOn: '2027-01-10' }, { role: 'relative' }), today, 'nl')).toMatchObject({ state: 'soon', status: 'Verloopt binnen 60 dagen: 10-01-2027', who: 'Een naaste' });
		expect(listData('testimonials', testimonial({ withdrawnOn: '2026-11-22' }), today, 'nl')).toMatchObject({ state: 'withdrawn', status: 'Ingetrokken' });
		expect(listData('stories', { kind: 'staff', title: 'Een dag met Thomas' }, today, 'nl')).toEqual({ state: 'no-consent-needed', status: 'Geen toestemming nodig', kind: 'Uit de praktijk' });
		expect(listData('team', {}, today, 'nl')).toBeUndefined();
	});

	it('speak the editor’s language, from its text file, the site’s own words included', () => {
		expect(listData('testimonials', testimonial({}, { role: 'relative' }), today, 'fr')).toEqual({ state: 'publishable', status: 'Sur le site jusqu’au 20-11-2031', expires: '20-11-2031', who: 'Une personne proche d’un patient', language: 'Anglais' });
		expect(listData('testimonials', testimonial({ expiresOn: '2027-01-10' }), today, 'de')).toMatchObject({ status: 'Läuft in weniger als 60 Tagen ab: 10-01-2027', language: 'Englisch' });
		expect(listData('stories', { kind: 'patient' }, today, 'en')).toMatchObject({ status: 'No consent' });
		// Every language's texts have the same keys (the typecheck says so too: CmsText).
		const keys = (value: object, prefix = ''): string[] => Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'object' ? keys(inner, `${prefix}${key}.`) : [`${prefix}${key}`]));
		for (const text of Object.values(TEXTS)) expect(keys(text)).toEqual(keys(TEXTS.nl!));
	});

	it('are never written into a file, nor checked as a field', () => {
		const data = { ...testimonial({}), author: { role: 'patient' }, locale: 'nl', specialties: ['liesbreukcentrum'], givenOn: '2026-11-20', [LIST_KEY]: { state: 'publishable' } };
		expect(writeEntryFile(data)).not.toContain(LIST_KEY);
		expect(entryProblems('testimonials', data, 5)).toEqual([]);
	});
});

describe('a testimonial in a story’s preview', () => {
	const find = (slug: string) => (slug === 'wim-2026-11-20' ? { quote: 'Niemand keek op de klok.', author: { name: 'Wim', role: 'patient', detail: '67' }, locale: 'en', consent: { ...consent, withdrawnOn: '2026-11-22' } } : undefined);

	it('shows the quote as the site does, and says when it is withdrawn, expired or in another language', () => {
		const html = embeddedTestimonialHtml('wim-2026-11-20', { today: '2026-11-23', locale: 'nl', find, language: 'nl' });
		expect(html).toContain('<blockquote lang="en"><p>Niemand keek op de klok.</p></blockquote>');
		expect(html).toContain('<span class="who">Wim</span><span class="zm-meta">, patiënt, 67</span>');
		expect(html).toContain('Deze ervaring verschijnt niet in het verhaal. Dit komt niet op de site. De toestemming is ingetrokken op 22 november 2026.');
		expect(html).toContain('Deze ervaring is in het Engels.');
		expect(embeddedTestimonialHtml('bestaat-niet', { today: '2026-11-23', locale: 'nl', find, language: 'nl' })).toContain('niet gevonden');
	});
});

describe('items signed on the same consent form', () => {
	const story = { collection: 'stories', slug: 'thuis-afscheid-nemen', name: 'Thuis afscheid nemen', withdrawn: false };

	it('are named, and a withdrawal that has not reached them says they stay on the site', () => {
		expect(sameFormNotices({ consent }, [story], 'nl')).toEqual([{ tone: 'warning', text: 'Met hetzelfde formulier (TOE-2026-101) is ook getekend: verhaal “Thuis afscheid nemen”. Trekt de persoon de toestemming in, vul dat dan bij elk van deze in.' }]);
		expect(sameFormNotices({ consent: { ...consent, withdrawnOn: '2026-11-22' } }, [story], 'nl')[0]).toMatchObject({ tone: 'blocked', text: expect.stringContaining('Dat blijft op de site tot u ook daar invult') });
		expect(sameFormNotices({ consent: { ...consent, withdrawnOn: '2026-11-22' } }, [{ ...story, withdrawn: true }], 'nl')[0]?.tone).toBe('ok');
		expect(sameFormNotices({ consent }, [], 'nl')).toEqual([]);
	});
});

describe('a story’s text in the editor', () => {
	it.each([
		'Zie {hieronder}: wachten duurt < 10 minuten, en <script>alert(1)</script> blijft tekst.\n\n<Testimonial slug="wim-2026-11-30" />\n',
		'Code `a\\{b` blijft code, {c} niet.\n```\n\\{ in een codeblok\n```\n{d}\n',
	])('is shown as typed, and saved again exactly as before: %j', (typed) => {
		const saved = escapeMdxText(typed);
		expect(unescapeMdxText(saved)).toBe(typed);
		expect(escapeMdxText(unescapeMdxText(saved))).toBe(saved);
		expect(readEntryFile(`---\ntitle: x\n---\n\n${saved}`, unescapeMdxText).body).toBe(typed.replace(/\n$/, ''));
	});
});
