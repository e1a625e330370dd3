import fs from 'node:fs';
import path from 'node:path';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDate, spellDate, yearChoices } from '../../cms/dates.ts';
import { cmsConfig } from '../../cms/config.ts';
import { editorLanguage } from '../../cms/editor-language.ts';
import { INTERFACES, interfaceLanguage } from '../../cms/interface/index.ts';
import { nl } from '../../cms/interface/nl.ts';
import { settings } from '../../src/settings/index.ts';
import { characterCount } from '../../cms/widgets/checked.ts';
import { applyPatches, DECAP_PATCHES } from '../../src/admin/decap-patches.ts';
import { projectRoot } from '../support/build.ts';

type Phrases = { [key: string]: string | Phrases };
const flatten = (phrases: Phrases, prefix = ''): [string, string][] =>
	Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));

describe('the CMS in Dutch', () => {
	const dutch = new Map(flatten(nl));
	const english = flatten(en as Phrases);

	it('has every phrase of Decap’s interface', () => {
		expect(english.map(([key]) => key).filter((key) => !dutch.has(key))).toEqual([]);
	});

	it('says "u", never "je", "jij" or "jullie"', () => {
		expect([...dutch].filter(([, phrase]) => /\b(je|jij|jou|jouw|jullie)\b/i.test(phrase))).toEqual([]);
	});

	it('leaves no English behind', () => {
		const english = /\b(the|and|entry|entries|locale|toggle|heading|strikethrough|quote|workflow|collection|error|field|now|please|save|delete|unsaved|changes)\b/i;
		expect([...dutch].filter(([, phrase]) => english.test(phrase.replace(/%\{\w+\}/g, '')))).toEqual([]);
	});

	it('keeps Decap’s placeholders (a field’s own name may be left out: the message stands next to it)', () => {
		const placeholders = (phrase: string) => new Set(phrase.match(/%\{\w+\}/g) ?? []);
		const extra = english.flatMap(([key, phrase]) => [...placeholders(dutch.get(key) ?? '')].filter((placeholder) => !placeholders(phrase).has(placeholder)).map((placeholder) => `${key}: ${placeholder}`));
		expect(extra).toEqual([]);
	});
});

describe('the CMS in the editor’s language', () => {
	const english = flatten(en as Phrases);
	// Informal address, and English words Decap's own French and German left behind (whole words, accents counted as letters).
	const word = (words: string) => new RegExp(`(?<!\\p{L})(${words})(?!\\p{L})`, 'iu');
	const informal: Record<string, RegExp> = { nl: word('je|jij|jou|jouw|jullie'), fr: word('tu|toi|ton|tes'), de: word('du|dich|dir|dein|deine|deinen|deiner|euch|euer') };
	const englishWords = ['the', 'and', 'entry', 'entries', 'locale', 'toggle', 'heading', 'strikethrough', 'workflow', 'collection', 'error', 'field', 'now', 'please', 'save', 'delete', 'unsaved', 'changes', 'login', 'notes', 'options', 'unpublished', 'view', 'choose', 'add', 'remove', 'failed', 'set'];
	// Words that are also the language's own ("une sauvegarde locale", "les notes", "options du compte").
	const ownWords: Record<string, string[]> = { nl: [], fr: ['locale', 'notes', 'collection', 'options'], de: [] };
	const leftovers = (language: string) => word(englishWords.filter((candidate) => !ownWords[language]!.includes(candidate)).join('|'));

	// Our own keys: those of the complete Dutch file that Decap's English does not have (editorToolbar.notSavedYet, the media library's).
	const own = flatten(nl).filter(([key]) => !english.some(([decap]) => decap === key)).map(([key]) => key);

	it.each(Object.keys(INTERFACES))('%s has every phrase of Decap’s interface, and our own', (language) => {
		const phrases = new Map(flatten(INTERFACES[language]!));
		expect(english.map(([key]) => key).filter((key) => !phrases.has(key))).toEqual([]);
		expect(own).toContain('mediaLibrary.mediaLibrary.replaceExisting');
		expect(own.filter((key) => !phrases.get(key)?.trim())).toEqual([]);
	});

	it.each(['nl', 'fr', 'de'])('%s speaks formally and leaves no English behind', (language) => {
		const phrases = flatten(INTERFACES[language]!).map(([key, phrase]) => [key, phrase.replace(/%\{\w+\}/g, '')] as const);
		expect(phrases.filter(([, phrase]) => informal[language]!.test(phrase))).toEqual([]);
		expect(phrases.filter(([, phrase]) => leftovers(language).test(phrase))).toEqual([]);
	});

	it('follows settings: editorLanguage, or the site’s first language; English for a language without an interface file', () => {
		expect(interfaceLanguage(editorLanguage({ locales: ['fr', 'nl'] }))).toBe('fr');
		expect(interfaceLanguage(editorLanguage({ locales: ['nl', 'fr'], editorLanguage: 'de' }))).toBe('de');
		expect(interfaceLanguage(editorLanguage({ locales: ['nl'], editorLanguage: 'it' }))).toBe('en');
		expect(cmsConfig({ ...settings, editorLanguage: 'fr' } as never).locale).toBe('fr');
	});
});

describe('dates in the CMS', () => {
	it.each([
		['23-11-2026', '2026-11-23'],
		['23/11/2026', '2026-11-23'],
		['3.1.2027', '2027-01-03'],
		['23-11-26', '2026-11-23'],
		[' 23 november 2026 ', '2026-11-23'],
		['23 nov 2026', '2026-11-23'],
		['1 mrt 2027', '2027-03-01'],
		['2026-11-23', '2026-11-23'],
		['29-02-2028', '2028-02-29'],
	])('reads "%s" as %s', (typed, iso) => {
		expect(parseDate(typed)).toBe(iso);
	});

	it.each(['31-02-2027', '29-02-2027', '11/23/2026', '2026-13-01', 'morgen', '23 no 2026', ''])('refuses "%s"', (typed) => {
		expect(parseDate(typed)).toBeUndefined();
	});

	it('shows a date as day-month-year and writes it out', () => {
		expect(formatDateInput('2026-11-23')).toBe('23-11-2026');
		expect(spellDate('2026-11-23', 'nl')).toBe('maandag 23 november 2026');
		expect(spellDate('2026-11-23', 'fr')).toBe('lundi 23 novembre 2026');
		expect(spellDate('2026-11-23', 'de')).toBe('Montag, 23. November 2026');
	});

	it('offers +1, +3 and +5 years, never beyond the organisation’s limit', () => {
		expect(yearChoices(5)).toEqual([1, 3, 5]);
		expect(yearChoices(3)).toEqual([1, 3]);
		expect(yearChoices(2)).toEqual([1, 2]);
		expect(yearChoices(10)).toEqual([1, 3, 5, 10]);
	});
});

describe('the character count under a field', () => {
	it('says how many characters there are, and how many there should be, in the editor’s language', () => {
		expect(characterCount(37, { max: 110 }, 'nl')).toBe('37 tekens, hoogstens 110');
		expect(characterCount(1, { min: 50, max: 160 }, 'nl')).toBe('1 teken, 50 tot 160');
		expect(characterCount(1, { min: 50, max: 160 }, 'fr')).toBe('1 caractère, de 50 à 160');
		expect(characterCount(37, { max: 110 }, 'en')).toBe('37 characters, at most 110');
	});
});

describe('the corrections to Decap', () => {
	it.each(DECAP_PATCHES.map((patch) => [patch.file, patch] as const))('still apply to the installed %s', (file, patch) => {
		const code = fs.readFileSync(path.join(projectRoot, 'node_modules', file), 'utf8');
		const patched = applyPatches(code, `/x/node_modules/${file}`, [patch]);
		expect(patched).not.toBe(code);
		expect(patched).toContain(patch.replace);
	});

	it('stop the bundling, naming the correction, when its text is gone', () => {
		const [patch] = DECAP_PATCHES;
		expect(() => applyPatches('nothing to see', `/x/node_modules/${patch!.file}`)).toThrow(/no longer applies \(found 0 times/);
	});
});
