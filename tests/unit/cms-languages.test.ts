import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { collections } from '../../cms/collections.ts';
import { editorComponents } from '../../cms/editor-components.ts';
import { embeddedTestimonialHtml } from '../../cms/embedded-testimonial.ts';
import { sameFormNotices } from '../../cms/previews.ts';
import { INTERFACES, interfaceLanguage } from '../../cms/interface/index.ts';
import { codeOfFile, languageFiles } from '../../cms/language-files.ts';
import { cmsText, TEXTS } from '../../cms/text/index.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { FALLBACK_EDITOR_LANGUAGE } from '../../src/messages/index.ts';
import { settings } from '../../src/settings/index.ts';
import { projectRoot } from '../support/build.ts';
import { problemMessage } from '../../cms/visitors/errors.ts';
import { visitorsText } from '../../cms/visitors/text.ts';

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

	it('names professions and kinds of story in words that fit anyone, where the language would say them in the masculine (French, German)', () => {
		// As the testimonial roles do (src/i18n/languages/<code>.ts): a noun of fixed gender that fits anyone (membre,
		// personne, profession), an epicene or neutral word (médecin, Pflegefachperson, Mitarbeitende), or both forms.
		const choices = (language: string) => {
			const { team, stories } = cmsText(language).fields;
			return [...Object.values(team.profession.options), stories.kind.options.patient, stories.kind.options.staff];
		};
		expect(choices('fr')).toEqual([
			'Médecin',
			'Infirmière ou infirmier',
			'Infirmière ou infirmier de pratique avancée',
			'Assistante ou assistant médical',
			'Profession paramédicale (kinésithérapie, logopédie, diététique…)',
			'Membre du personnel',
			'Récit d’une patiente ou d’un patient (consentement nécessaire)',
			'Le travail d’un membre du personnel',
		]);
		expect(choices('de')).toEqual([
			'Ärztin oder Arzt',
			'Pflegefachperson',
			'Pflegeexpertin oder Pflegeexperte (APN)',
			'Physician Assistant (PA)',
			'Gesundheitsfachberuf (z. B. Physiotherapie, Logopädie)',
			'Mitarbeitende',
			'Geschichte einer Patientin oder eines Patienten (Einwilligung nötig)',
			'Aus der Arbeit einer Mitarbeiterin oder eines Mitarbeiters',
		]);
		// No masculine noun of a person standing alone ("Collaborateur", "Assistant médical", "Le soignant qui…", "Mitarbeiter").
		const hints = (language: string) => [cmsText(language).fields.specialties.reviewedByHint, cmsText(language).fields.stories.reviewedByHint, cmsText(language).fields.stories.description];
		const masculine = { fr: /^(Collaborateur|Assistant|Professionnel|Infirmier|Le soignant)\b|\b(de collaborateurs|l’infirmier spécialisé)\b/, de: /^(Mitarbeiter|Arzt|Pfleger|Hausarzt|Einweiser|Zuweiser)\b/ };
		for (const [language, pattern] of Object.entries(masculine)) expect([...choices(language), ...hints(language)].filter((text) => pattern.test(text)), language).toEqual([]);
		expect(masculine.fr.test('Collaborateur') && masculine.fr.test('Le soignant qui a vérifié') && masculine.de.test('Mitarbeiter/in')).toBe(true);
	});

	it('names the roles of a testimonial’s author, and whose story needs consent, in words that fit anyone (French, German)', () => {
		expect(Object.values(cmsText('de').fields.testimonials.role.options)).toEqual(['Patientin oder Patient', 'Angehörige oder Angehöriger', 'Zuweisende Praxis (Hausarztpraxis)', 'Aus unserem Team']);
		expect(Object.values(cmsText('fr').fields.testimonials.role.options)).toEqual(['Patiente ou patient', 'Proche', 'Médecin référent ou référente (généraliste)', 'Membre du personnel']);
		/** Every text of the CMS in a language, however deep. */
		const texts = (node: unknown): string[] => (typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(texts) : []);
		// A slash form ("Patient/in", "Angehörige/r") or one person named in the masculine for anyone ("le récit d’un patient").
		// Both forms ("une patiente ou un patient") fit anyone.
		const generic = { fr: /\b(d’un|qu’un|un) patient\b|\b(un|au) développeur\b/, de: /\p{L}\/(in|r|innen)\b|\b(den|einen) Entwickler\b/u };
		const withoutPairs = (text: string) => text.replace(/\b(une|d’une) patiente ou (un|d’un) patient\b/g, '');
		const masculine = (language: 'fr' | 'de', text: string) => generic[language].test(withoutPairs(text));
		for (const language of ['fr', 'de'] as const) expect(texts(cmsText(language)).filter((text) => masculine(language, text)), language).toEqual([]);
		expect(masculine('fr', 'Dans le récit d’un patient, affichée') && !masculine('fr', 'Récit d’une patiente ou d’un patient') && masculine('de', 'Mitarbeiter/in')).toBe(true);
	});

	it('keeps the Dutch labels the journey finds fields by', () => {
		for (const label of ['Citaat', 'Kenmerk van het toestemmingsformulier', 'Datum van toestemming', 'Toestemming geldig tot', 'Gegeven op', 'Soort verhaal', 'Wat is er te zien? (alt-tekst)']) expect(dutch).toContain(label);
	});

	it('says the organisation’s limit in the hint of "valid until"', () => {
		expect([...formWords('fr')].some((phrase) => phrase.startsWith(`Se remplit à ${settings.consent.maxYears} ans`))).toBe(true);
	});
});

/**
 * Every text of a language's CMS file (cms/text/<code>.ts), its functions called with a stand-in for every
 * parameter: a text that is also the number 7 and a { min, max } (the character count), so that no function needs
 * arguments of its own here and a function added later is walked too. Keyed by its path ("visitors.errors.down").
 */
function cmsTexts(language: string): Map<string, string> {
	const standIn = Object.assign(new String('7'), { min: 50, max: 160 }) as unknown as string;
	const texts = new Map<string, string>();
	const walk = (node: unknown, path: string) => {
		if (typeof node === 'string') texts.set(path, node);
		else if (typeof node === 'function') texts.set(path, String((node as (...args: unknown[]) => unknown)(standIn, standIn, standIn, standIn)));
		else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
	};
	walk(cmsText(language), '');
	return texts;
}

describe('every text of the CMS in the editor’s language', () => {
	const dutch = cmsTexts('nl');
	/** Two words or more, with letters: "7: 7" (a state and a date) is the same in every language. */
	const phrase = (text: string) => /\p{L}{2,}.*\s.*\p{L}{2,}/su.test(text.replace(/\{\{\w+\}\}/g, ''));
	// Texts that are the same in Dutch and the other language on purpose (a term both use).
	const shared: Record<string, string[]> = { en: ['fields.team.profession.options.physician-assistant'] };

	it.each(SUPPORTED_LOCALES.filter((code) => code !== 'nl'))('%s leaves no Dutch phrase behind: forms, notices, character count, building blocks, Bezoekers page, commits', (language) => {
		const texts = cmsTexts(language);
		const leftovers = [...texts].filter(([path, text]) => phrase(text) && dutch.get(path) === text && !(shared[language] ?? []).includes(path));
		expect(leftovers).toEqual([]);
		// The same texts as Dutch, none missing: the walk reached the character count, the blocks and the page.
		expect([...texts.keys()]).toEqual([...dutch.keys()]);
		expect(texts.get('counter')).toMatch(/^7 /);
	});

	it.each(SUPPORTED_LOCALES)('%s: the building blocks take their names, labels and hints from it', (language) => {
		const blocks = editorComponents(language);
		const words = cmsText(language).blocks;
		expect(blocks.map((block) => block.label)).toEqual([words.testimonial.label, words.pullQuote.label, words.callToAction.label, words.figure.label, words.factBox.label]);
		expect(blocks.find((block) => block.id === 'call-to-action')!.fields.map((field) => field.hint)).toEqual([words.callToAction.text.hint, words.callToAction.href.hint]);
		expect(blocks.find((block) => block.id === 'testimonial')!.toPreview({ slug: 'wim' })).toContain(words.testimonial.previewNote);
	});

	it('says the Bezoekers page’s figures, dates and problems in French', () => {
		const { words, format, change } = visitorsText('fr');
		expect(words.title).toBe('Visites');
		expect(format.date('2026-03-01')).toBe('1er mars 2026');
		expect(change(-0.4)).toBe('40\u00a0% de moins que la période précédente');
		expect(problemMessage({ kind: 'down', status: 502 }, { provider: 'matomo', api: 'https://statistiek.example/index.php' }, 'fr')).toBe('Matomo rencontre une panne (code d’erreur 502). Réessayez plus tard.');
	});
});

describe('the preview’s notices in the editor’s language', () => {
	const consent = { reference: 'TOE-2026-101', grantedOn: '2026-01-05', expiresOn: '2031-01-05', channels: ['website' as const], photo: false, guardian: false };
	const story = { collection: 'stories', slug: 'thuis-afscheid-nemen', name: 'Thuis afscheid nemen', withdrawn: false };

	it('names the other items of a consent form in French', () => {
		expect(sameFormNotices({ consent }, [story], 'fr')).toEqual([
			{ tone: 'warning', text: 'Le même formulaire (TOE-2026-101) couvre aussi : récit « Thuis afscheid nemen ». Si la personne retire son consentement, indiquez-le pour chacun d’eux.' },
		]);
	});

	it('says in French that a testimonial block is not chosen, not found, or in another language', () => {
		const find = (slug: string) => (slug === 'wim' ? { quote: 'Goed geholpen.', locale: 'en', author: { role: 'patient' }, consent } : undefined);
		expect(embeddedTestimonialHtml(undefined, { today: '2026-11-23', locale: 'nl', find, language: 'fr' })).toContain('Choisissez le témoignage à placer ici.');
		expect(embeddedTestimonialHtml('bestaat-niet', { today: '2026-11-23', locale: 'nl', find, language: 'fr' })).toContain('Témoignage « bestaat-niet » : introuvable.');
		expect(embeddedTestimonialHtml('wim', { today: '2026-11-23', locale: 'nl', find, language: 'fr' })).toContain('Ce témoignage est en anglais.');
	});
});

describe('the CMS’s code', () => {
	/** Every string literal of a file (parsed, so regular expressions and comments are not taken for strings). */
	const literals = (file: string): string[] => {
		const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
		const found: string[] = [];
		const visit = (node: ts.Node) => {
			if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
			ts.forEachChild(node, visit);
		};
		visit(source);
		return found;
	};
	const code = ['cms', 'src/admin'].flatMap((folder) =>
		fs
			.readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.ts') && !/^(text|interface)\//.test(file))
			.map((file) => path.join(projectRoot, folder, file)),
	);

	it('names no language the kit ships, outside the language files: what it speaks comes from settings (the editor’s language) or the entry', () => {
		const language = new RegExp(`^(${SUPPORTED_LOCALES.join('|')})(-[A-Z]{2})?$|/(${SUPPORTED_LOCALES.join('|')})/`);
		const naming = code.flatMap((file) => literals(file).filter((text) => language.test(text)).map((text) => `${path.relative(projectRoot, file)}: "${text}"`));
		expect(code.length).toBeGreaterThan(20);
		expect(naming).toEqual([]);
	});
});
