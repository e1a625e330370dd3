import { describe, expect, it } from 'vitest';
import { addressProblems, newFileName, type ListedEntry } from '../../cms/address-check.ts';
import { collections } from '../../cms/collections.ts';
import type { CmsField } from '../../cms/fields.ts';
import { useEditorLanguage } from '../../src/messages/index.ts';
import { editorLanguage } from '../../src/settings/editor-language.ts';
import { settings } from '../../src/settings/index.ts';

const locales = ['nl', 'en'];
const fields = collections({ ...settings, locales: ['nl', 'en'] as never }).find((collection) => collection.name === 'stories')!.fields as CmsField[];
const options = { locales, fields };

const story = (slug: string, nl: Record<string, unknown>, en?: Record<string, unknown>): ListedEntry => ({
	slug,
	data: { kind: 'staff', ...nl },
	...(en ? { i18n: { en: { data: en } } } : {}),
});

const others = [
	story('thuis-afscheid-nemen', { title: 'Thuis afscheid nemen' }, { title: 'Saying goodbye at home', slug: 'saying-goodbye-at-home' }),
	story('een-dag-met-thomas', { title: 'Een dag met Thomas', slug: 'dag-met-thomas' }),
];

describe('the address of an entry, on save in the CMS', () => {
	it('is refused when another page lives there, naming that page by its title, in the language where it collides', () => {
		const saved = { collection: 'stories', slug: 'nieuw', data: { title: 'Nieuw verhaal' }, i18n: { en: { data: { title: 'A new story', slug: 'saying-goodbye-at-home' } } } };
		expect(addressProblems(saved, others, options)).toEqual([
			'Engels — Adres in deze taal (laatste deel): Op /en/stories/saying-goodbye-at-home/ staat al het verhaal “Saying goodbye at home”. Kies een ander adres. [cms.addressTaken]',
		]);
	});

	it('names the file name as the address when the entry sets no slug of its own, and the site’s own pages by what they are', () => {
		const pageFields = collections({ ...settings, locales: ['nl', 'en'] as never }).find((collection) => collection.name === 'pages')!.fields as CmsField[];
		expect(addressProblems({ collection: 'pages', slug: 'verhalen', data: { title: 'Onze verhalen' } }, [], { locales, fields: pageFields })).toEqual([
			'Nederlands — Adres (laatste deel): Zonder eigen adres is het adres de bestandsnaam: /nl/verhalen/, en daar staat al het overzicht van de verhalen. Vul een eigen adres in. [cms.addressTaken]',
		]);
		// Saved again with its own slug removed, while another story took its file name's address in English.
		const saved = { collection: 'stories', slug: 'saying', data: { title: 'Saying' }, i18n: { en: { data: { title: 'Saying' } } } };
		const taking = [...others, story('elders', { title: 'Elders' }, { title: 'Elsewhere', slug: 'saying' })];
		expect(addressProblems(saved, taking, options)).toEqual([
			'Engels — Adres in deze taal (laatste deel): Het adres van dit item, /en/stories/saying/, is ook het adres dat het verhaal “Elsewhere” heeft gekregen. Geef een van beide een ander adres. [cms.addressTakenByOther]',
		]);
	});

	it('is refused when another entry’s own slug already gives this entry’s address', () => {
		const saved = { collection: 'stories', slug: 'nieuw', data: { title: 'Nieuw', slug: 'thuis-afscheid-nemen' } };
		expect(addressProblems(saved, others, options)).toEqual([
			'Nederlands — Adres in deze taal (laatste deel): Op /nl/verhalen/thuis-afscheid-nemen/ staat al het verhaal “Thuis afscheid nemen”. Kies een ander adres. [cms.addressTaken]',
		]);
		// The other way round: a new entry at its file name's address, which another entry took with its own slug.
		expect(addressProblems({ collection: 'stories', slug: 'dag-met-thomas', data: { title: 'Dag met Thomas' } }, others, options)).toEqual([
			'Nederlands — Adres in deze taal (laatste deel): Het adres van dit item, /nl/verhalen/dag-met-thomas/, is ook het adres dat het verhaal “Een dag met Thomas” heeft gekregen. Geef een van beide een ander adres. [cms.addressTakenByOther]',
		]);
		// A file name that another entry left for a slug of its own is free.
		expect(addressProblems({ collection: 'stories', slug: 'nieuw', data: { title: 'X', slug: 'een-dag-met-thomas' } }, others, options)).toEqual([]);
	});

	it('passes the entry itself, saved again, a translation not yet written, and pages elsewhere on the site', () => {
		expect(addressProblems({ collection: 'stories', ...others[0]! }, others, options)).toEqual([]);
		// An English file without words of its own is skipped by the build ("nog niet vertaald"), so its address is free.
		const untranslated = { collection: 'stories', slug: 'nieuw', data: { title: 'Nieuw' }, i18n: { en: { data: { slug: 'saying-goodbye-at-home' } } } };
		expect(addressProblems(untranslated, others, options)).toEqual([]);
	});

	it('counts another entry whose own slug takes the address of the entry being saved', () => {
		const saved = { collection: 'stories', slug: 'dag-met-thomas', data: { title: 'Dag met Thomas', slug: 'dag-met-thomas' } };
		expect(addressProblems(saved, others, options)).toEqual([
			'Nederlands — Adres in deze taal (laatste deel): Op /nl/verhalen/dag-met-thomas/ staat al het verhaal “Een dag met Thomas”. Kies een ander adres. [cms.addressTaken]',
		]);
	});

	it('speaks the editor’s language', () => {
		const saved = { collection: 'stories', slug: 'nieuw', data: { title: 'Nieuw', slug: 'thuis-afscheid-nemen' } };
		useEditorLanguage('fr');
		try {
			expect(addressProblems(saved, others, options)).toEqual([
				'Néerlandais — Adres in deze taal (laatste deel) : À l’adresse /nl/verhalen/thuis-afscheid-nemen/ se trouve déjà le récit « Thuis afscheid nemen ». Choisissez une autre adresse. [cms.addressTaken]',
			]);
		} finally {
			useEditorLanguage(editorLanguage(settings));
		}
	});

	it('gives a new entry the file name Decap will give it', () => {
		expect(newFileName('wim', [])).toBe('wim');
		expect(newFileName('wim', ['wim', 'wim-1'])).toBe('wim-2');
	});
});
