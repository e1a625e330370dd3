import { FALLBACK_EDITOR_LANGUAGE } from '../../src/messages/index.ts';
import { languageFiles } from '../language-files.ts';
import type { Phrases } from './merge.ts';

/**
 * Decap's interface per language, one file each (<code>.ts, exporting the
 * phrases under its code): the CMS speaks the editor's language
 * (cms/editor-language.ts). A language is a file here, found when this module
 * loads (cms/language-files.ts); a test checks each has every phrase of
 * Decap's English, and that the languages here are the kit's
 * (src/i18n/languages/).
 */
export const INTERFACES: Readonly<Record<string, Phrases>> = Object.freeze(
	languageFiles<Phrases>(import.meta.env ? import.meta.glob('./*.ts', { eager: true }) : undefined, import.meta.dirname, 'cms/interface/'),
);

/** The interface in `language`, or in the shared fallback (src/messages/index.ts) for a language without a file here. */
export function interfaceLanguage(language: string): string {
	return language in INTERFACES ? language : FALLBACK_EDITOR_LANGUAGE;
}
