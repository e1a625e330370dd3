import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl, type CmsText } from './nl.ts';

export type { CmsText };

/** Our own texts in the CMS per language, one file each (nl.ts gives the shape). */
export const TEXTS: Readonly<Record<string, CmsText>> = { nl, fr, de, en };

/** Our texts in `language` (cms/editor-language.ts), in English, the shared fallback, for a language without a file here. */
export function cmsText(language: string): CmsText {
	return TEXTS[language] ?? en;
}
