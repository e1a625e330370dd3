import { describe, expect, it } from 'vitest';
import { collections } from '../../cms/collections.ts';
import { embeddedTestimonialHtml } from '../../cms/embedded-testimonial.ts';
import { sameFormNotices } from '../../cms/previews.ts';
import { INTERFACES, interfaceLanguage } from '../../cms/interface/index.ts';
import { codeOfFile, languageFiles } from '../../cms/language-files.ts';
import { cmsText, TEXTS } from '../../cms/text/index.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { FALLBACK_EDITOR_LANGUAGE } from '../../src/messages/index.ts';
import { settings } from '../../src/settings/index.ts';

/** What a language's file set lacks, as a developer reads it: "cms/text/pt.ts is missing (src/i18n/languages/pt.ts has no CMS texts)". */
function mismatch(folder: string, found: string[]): string[] {
	const kit = new Set<string>(SUPPORTED_LOCALES);
	return [
		...[...kit].filter((code) => !found.includes(code)).map((code) => `${folder}${code}.ts is missing: src/i18n/languages/${code}.ts has no ${folder} file`),
		...found.filter((code) => !kit.has(code)).map((code) => `${folder}${code}.ts has no language file src/i18n/languages/${code}.ts`),
	];
}

describe('the CMS’s languages are the kit’s', () => {
	it('has an interface file for every language file, and none more', () => {
		expect(mismatch('cms/interface/', Object.keys(INTERFACES))).toEqual([]);
	});

	it('has a text file for every language file, and none more', () => {
		expect(mismatch('cms/text/', Object.keys(TEXTS))).toEqual([]);
	});

	it('falls back to the messages’ fallback language for a language without files', () => {
		expect(interfaceLanguage('xx')).toBe(FALLBACK_EDITOR_LANGUAGE);
		expect(cmsText('xx')).toBe(TEXTS[FALLBACK_EDITOR_LANGUAGE]);
	});
});

describe('finding the CMS’s language files', () => {
	it('takes a file’s code from its name and skips files that are not languages', () => {
		expect(codeOfFile('./fr.ts')).toBe('fr');
		expect(codeOfFile('./pt-br.ts')).toBe('pt-br');
		expect(codeOfFile('./index.ts')).toBeUndefined();
		expect(codeOfFile('./merge.ts')).toBeUndefined();
	});

	it('reads each file’s export named by its code, sorted by code', () => {
		const found = languageFiles<string>({ './nl.ts': { nl: 'Dutch' }, './index.ts': { TEXTS: {} }, './pt-br.ts': { pt_br: 'Brazilian' }, './de.ts': { de: 'German' } }, '/nowhere', 'cms/text/');
		expect(found).toEqual({ de: 'German', nl: 'Dutch', 'pt-br': 'Brazilian' });
		expect(Object.keys(found)).toEqual(['de', 'nl', 'pt-br']);
	});

	it('names the file whose export is missing, and an empty folder', () => {
		expect(() => languageFiles({ './fr.ts': { nl: {} } }, '/nowhere', 'cms/text/')).toThrow('cms/text/fr.ts: exports nothing named "fr"');
		expect(() => languageFiles({ './index.ts': {} }, '/nowhere', 'cms/text/')).toThrow('cms/text/ holds no language file');
	});
});

describe('the forms in the editor’s language', () => {
	/** Every label, hint and description of the collections, their fields and their choices. */
	const words = (node: unknown, out: string[] = []): string[] => {
		if (Array.isArray(node)) for (const item of node) words(item, out);
		else if (node && typeof node === 'object')
			for (const [key, value] of Object.entries(node)) {
				if (['label', 'label_singular', 'hint', 'description'].includes(key) && typeof value === 'string') out.push(value);
				else words(value, out);
			}
		return out;
	};
	const formWords = (language: string) => new Set(words(collections({ ...settings, editorLanguage: language } as never)));
	const dutch = formWords('nl');
	// Phrases that are the same in Dutch and the other language on purpose.
	const shared: Record<string, string[]> = { en: ['Physician assistant'] };

	it.each(SUPPORTED_LOCALES.filter((code) => code !== 'nl'))('%s leaves no Dutch phrase behind (single words such as "Team" or "Contact" may be the same)', (language) => {
		const leftovers = [...formWords(language)].filter((phrase) => dutch.has(phrase) && /\s/.test(phrase) && !(shared[language] ?? []).includes(phrase));
		expect(leftovers).toEqual([]);
	});

	it('keeps the Dutch labels the journey finds fields by', () => {
		for (const label of ['Citaat', 'Kenmerk van het toestemmingsformulier', 'Datum van toestemming', 'Toestemming geldig tot', 'Gegeven op', 'Soort verhaal', 'Wat is er te zien? (alt-tekst)']) expect(dutch).toContain(label);
	});

	it('says the organisation’s limit in the hint of "valid until"', () => {
		expect([...formWords('fr')].some((phrase) => phrase.startsWith(`Se remplit à ${settings.consent.maxYears} ans`))).toBe(true);
	});
});

describe('the preview’s notices in the editor’s language', () => {
	const consent = { reference: 'TOE-2026-101', grantedOn: '2026-01-05', expiresOn: '2031-01-05', channels: ['website' as const], photo: false, guardian: false };
	const story = { collection: 'stories', slug: 'thuis-afscheid-nemen', name: 'Thuis afscheid nemen', withdrawn: false };

	it('names the other items of a consent form in French', () => {
		expect(sameFormNotices({ consent }, [story], 'fr')).toEqual([
			{ tone: 'warning', text: 'Le même formulaire (TOE-2026-101) couvre aussi : récit « Thuis afscheid nemen ». Si la personne retire son consentement, indiquez-le pour chacun d’eux.' },
		]);
	});

	it('says in French that a testimonial block is not chosen, not found, or in another language', () => {
		const find = (slug: string) => (slug === 'wim' ? { quote: 'Goed geholpen.', locale: 'en', author: { role: 'patient' }, consent } : undefined);
		expect(embeddedTestimonialHtml(undefined, { today: '2026-11-23', locale: 'nl', find, language: 'fr' })).toContain('Choisissez le témoignage à placer ici.');
		expect(embeddedTestimonialHtml('bestaat-niet', { today: '2026-11-23', locale: 'nl', find, language: 'fr' })).toContain('Témoignage « bestaat-niet » : introuvable.');
		expect(embeddedTestimonialHtml('wim', { today: '2026-11-23', locale: 'nl', find, language: 'fr' })).toContain('Ce témoignage est en anglais.');
	});
});
