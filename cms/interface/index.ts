import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Phrases } from './merge.ts';
import { nl } from './nl.ts';

/**
 * Decap's interface per language, one file each: the CMS speaks the editor's
 * language (cms/editor-language.ts). A language is a file here and a line in
 * this map; a test checks each has every phrase of Decap's English.
 */
export const INTERFACES: Readonly<Record<string, Phrases>> = { nl, fr, de, en };

/** The interface in `language`, or in English, the shared fallback, for a language without a file here. */
export function interfaceLanguage(language: string): string {
	return language in INTERFACES ? language : 'en';
}
