import { FALLBACK_EDITOR_LANGUAGE } from '../../src/messages/index.ts';
import { languageFiles } from '../language-files.ts';
import type { CmsText } from './nl.ts';

export type { CmsText };

/**
 * Our own texts in the CMS per language, one file each (<code>.ts, exporting
 * the texts under its code; nl.ts gives the shape), found when this module
 * loads (cms/language-files.ts). A test checks that the languages here are
 * the kit's (src/i18n/languages/).
 */
export const TEXTS: Readonly<Record<string, CmsText>> = Object.freeze(
	languageFiles<CmsText>(import.meta.env ? import.meta.glob('./*.ts', { eager: true }) : undefined, import.meta.dirname, 'cms/text/'),
);

/** Our texts in `language` (cms/editor-language.ts), in the shared fallback (src/messages/index.ts) for a language without a file here. */
export function cmsText(language: string): CmsText {
	return TEXTS[language] ?? TEXTS[FALLBACK_EDITOR_LANGUAGE]!;
}
