import { SUPPORTED_LOCALES, type Locale } from '../src/schemas/primitives.ts';
import type { Settings } from '../src/schemas/settings.ts';

/**
 * The language the CMS speaks to editors: its interface (Decap's phrases,
 * cms/interface/) and our own texts. settings.editorLanguage (a language code,
 * top level in content/settings/site.yaml, issue 21), or, without it, the
 * site's first language.
 *
 * `editorLanguage` is being added to the settings schema on another branch
 * (messages); until it lands it is read here, and only here, from the settings
 * as they are.
 */
export function editorLanguage(settings: Pick<Settings, 'locales'> & { editorLanguage?: string }): string {
	return settings.editorLanguage ?? settings.locales[0] ?? 'nl';
}

/** The site's language closest to the editor's, for the site's own words and dates in the CMS (a story's kind, "1 novembre 2026"): English for a language the site has no dictionary for. */
export function siteLanguage(language: string): Locale {
	return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}
