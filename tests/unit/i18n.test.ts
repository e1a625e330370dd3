import { describe, expect, it } from 'vitest';
import { attribution } from '../../src/i18n/attribution.ts';
import { formatDate, inSentence, languageList, languageName, languageNameIn, t, translator } from '../../src/i18n/index.ts';
import type { LanguagePack } from '../../src/i18n/pack.ts';
import { packOf, packProblems, PACKS, SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { urls } from '../../src/routing/urls.ts';
import { AUDIENCES } from '../../src/schemas/audiences.ts';
import { settings } from '../../src/settings/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const packs = Object.entries(PACKS);
const [reference] = settings.locales;

describe('the language files', () => {
	it('are found in src/i18n/languages/ and are the languages the kit supports', () => {
		expect(SUPPORTED_LOCALES.length).toBeGreaterThanOrEqual(2);
		expect(SUPPORTED_LOCALES).toEqual(Object.keys(PACKS));
		for (const locale of settings.locales) expect(SUPPORTED_LOCALES).toContain(locale);
	});

	it.each(packs)('%s has every key, none empty, with the same placeholders as every other language', (code, pack) => {
		const first = packs[0]![1];
		expect(Object.keys(pack.ui).sort()).toEqual(Object.keys(first.ui).sort());
		for (const [key, text] of Object.entries(pack.ui)) {
			expect(text.trim(), `${code} ${key}`).not.toBe('');
			expect(placeholders(text), `${code} ${key}`).toEqual(placeholders(first.ui[key as keyof typeof first.ui]));
		}
	});

	it.each(packs)('%s has its own name, a locale Intl knows and an Open Graph locale', (code, pack) => {
		expect(pack.name.trim()).not.toBe('');
		expect(Intl.DateTimeFormat.supportedLocalesOf([pack.intlLocale])).toEqual([pack.intlLocale]);
		expect(pack.intlLocale.split('-')[0]).toBe(code.split('-')[0]);
		for (const value of Object.values(pack.openGraphLocale)) expect(value).toMatch(new RegExp(`^${code.split('-')[0]}_[A-Z]{2}$`));
	});

	it.each(packs)('%s keeps every generated meta description between 50 and 160 characters, page number included', (code, pack) => {
		// Names as long as a real hospital's; the audit after the build stops a site whose descriptions are too long.
		const values = { organisation: 'Ziekenhuis Sint-Lindeveld', specialty: 'Maag-, darm- en leverziekten', audience: pack.ui['audience.phrase.professionals'], languages: languageList(code, SUPPORTED_LOCALES) };
		const listings = ['stories.description', 'stories.bySpecialty.description', 'stories.byAudience.description', 'specialties.description', 'team.description', 'locations.description', 'testimonials.description'] as const;
		const single = ['search.description', 'root.description', 'notFound.text', 'audience.landing.patients.intro', 'audience.landing.relatives.intro', 'audience.landing.referrers.intro'] as const;
		const suffix = ` (${t(code, 'listing.page', { page: 2, pages: 3 })})`;
		for (const key of [...listings, ...single]) {
			const text = `${t(code, key, values)}${(listings as readonly string[]).includes(key) ? suffix : ''}`;
			expect(text.length, `${code} ${key}: ${text}`).toBeGreaterThanOrEqual(50);
			expect(text.length, `${code} ${key}: ${text}`).toBeLessThanOrEqual(160);
		}
	});

	it.each(packs)('%s gives every section and audience an address of its own', (code, pack) => {
		const words = [...Object.values(pack.segments), ...Object.values(pack.audiences)];
		for (const word of words) expect(word).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(new Set(Object.values(pack.segments)).size, code).toBe(Object.values(pack.segments).length);
		expect(Object.keys(pack.audiences).sort()).toEqual([...AUDIENCES].sort());
	});

	it('names the file and the keys when a language file is incomplete or malformed', () => {
		const good = packOf(reference!);
		const { 'story.readingTime': _dropped, ...ui } = good.ui;
		const broken = { ...good, ui, segments: { ...good.segments, team: 'Ons Team', specialties: good.segments.stories } } as unknown as LanguagePack;
		expect(packProblems({ aa: good, zz: broken, 'not a code': good }, (code) => `languages/${code}.ts`)).toEqual([
			'languages/zz.ts: no text for story.readingTime',
			'languages/zz.ts: address words may only hold lower-case letters, digits and hyphens: Ons Team',
			`languages/zz.ts: two sections share one address word (segments): ${Object.values(broken.segments).join(', ')}`,
			'languages/not a code.ts: "not a code" is not a language code (BCP 47, e.g. "fr" or "pt-br"): rename the file',
		]);
	});

	it('refuses a language without a file, listing those there are', () => {
		expect(() => packOf('xx')).toThrow(`No language file for "xx" (src/i18n/languages/xx.ts); available: ${SUPPORTED_LOCALES.join(', ')}`);
	});
});

describe('interface text', () => {
	it('fills in placeholders and leaves unknown ones visible', () => {
		for (const locale of SUPPORTED_LOCALES) {
			expect(t(locale, 'story.readingTime', { minutes: 4 })).toBe(translator(locale)('story.readingTime', { minutes: 4 }));
			expect(t(locale, 'story.readingTime', { minutes: 4 })).toContain('4');
			expect(t(locale, 'policy.expiry', { years: 5 })).not.toContain('{years}');
			expect(t(locale, 'policy.expiry')).toContain('{years}');
		}
	});

	it('writes dates out in each language with the month in words, whatever the machine’s time zone', () => {
		for (const locale of SUPPORTED_LOCALES) {
			const month = new Intl.DateTimeFormat(packOf(locale).intlLocale, { month: 'long', timeZone: 'UTC' }).format(new Date('2025-03-01T00:00:00Z'));
			// The first of the month as the language's typography writes it ("1er" in French).
			expect(formatDate(locale, '2025-03-01')).toMatch(new RegExp(`^${packOf(locale).typography.dayOfMonth(1)}\\.? ${month} 2025$`));
			expect(formatDate(locale, '2025-12-31')).toMatch(/^31\.? \p{L}+ 2025$/u);
		}
	});

	it('names languages in themselves for the switcher, and in the reader’s language in sentences', () => {
		for (const locale of SUPPORTED_LOCALES) {
			expect(languageName(locale)).toBe(packOf(locale).name);
			for (const other of SUPPORTED_LOCALES) {
				if (other !== locale) expect(languageNameIn(locale, other)).not.toBe(languageNameIn(other, other));
			}
			const list = languageList(locale, SUPPORTED_LOCALES);
			for (const other of SUPPORTED_LOCALES) expect(list).toContain(languageNameIn(locale, other));
		}
	});

	it('lower-cases a role inside a sentence, except in a language that capitalises nouns', () => {
		for (const locale of SUPPORTED_LOCALES) expect(inSentence(locale, 'Chirurg')).toBe(packOf(locale).capitalisesNouns ? 'Chirurg' : 'chirurg');
	});

	it('shows who gave a testimonial by name and role, or anonymously by role', () => {
		for (const locale of SUPPORTED_LOCALES) {
			expect(attribution({ name: 'Marieke', role: 'patient', detail: '54, Gent' }, locale)).toEqual({ who: 'Marieke', details: `${t(locale, 'testimonial.role.patient')}, 54, Gent` });
			expect(attribution({ name: undefined, role: 'relative', detail: undefined }, locale)).toEqual({ who: t(locale, 'testimonial.anonymous.relative'), details: '' });
		}
	});

	it('names the role in words that fit anyone, where the language would otherwise say it in the masculine (French, German)', () => {
		const roles = ['patient', 'relative', 'referrer', 'staff'] as const;
		const named = (locale: string) => roles.map((role) => attribution({ name: 'Marie', role, detail: '54' }, locale).details);
		const anonymous = (locale: string) => roles.map((role) => attribution({ name: undefined, role, detail: undefined }, locale).who);
		// "Marie, patient" and "Un patient" for a woman: as a Belgian or German hospital writes it, with a noun of fixed
		// gender that fits anyone (personne, membre), an epicene word (proche, médecin), a phrase, or both forms.
		expect(named('fr')).toEqual(['personne soignée chez nous, 54', 'proche, 54', 'médecin qui nous adresse ses patients, 54', 'membre de notre personnel, 54']);
		expect(anonymous('fr')).toEqual(['Une personne soignée chez nous', 'Une personne proche d’un patient', 'Un médecin qui nous adresse ses patients', 'Un membre de notre personnel']);
		expect(named('de')).toEqual(['bei uns behandelt, 54', 'aus dem Kreis der Angehörigen, 54', 'aus einer einweisenden Praxis, 54', 'aus unserem Team, 54']);
		expect(anonymous('de')).toEqual(['Eine Patientin oder ein Patient', 'Eine Angehörige oder ein Angehöriger', 'Aus einer einweisenden Praxis', 'Eine Mitarbeiterin oder ein Mitarbeiter']);
		// No masculine noun of a role left after a name ("Marie, patient", "Marie, Angehöriger", "Marie, collaborateur").
		expect([...named('fr'), ...named('de')].filter((details) => /^(patient|collaborateur|médecin référent|Patient|Angehöriger|Einweisender|Mitarbeiter)\b/.test(details))).toEqual([]);
	});

	it('builds every address from the language file’s words', () => {
		for (const locale of SUPPORTED_LOCALES) {
			const { segments, audiences } = packOf(locale);
			expect(urls.storiesByAudience(locale, 'patients', 2)).toBe(`/${locale}/${segments.stories}/${segments.audience}/${audiences.patients}/${segments.page}/2/`);
			expect(urls.section(locale, 'testimonials')).toBe(`/${locale}/${segments.testimonials}/`);
		}
	});
});
