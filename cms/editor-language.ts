import { FALLBACK_EDITOR_LANGUAGE } from '../src/messages/index.ts';
import { SUPPORTED_LOCALES, type Locale } from '../src/schemas/primitives.ts';

/**
 * The language the CMS speaks to editors: its interface (Decap's phrases,
 * cms/interface/), our own texts (cms/text/) and the save check's messages
 * (src/messages/). The same setting as the build log's: see
 * src/settings/editor-language.ts.
 */
export { editorLanguage } from '../src/settings/editor-language.ts';

/**
 * The site's language closest to the editor's, for the site's own words and dates in the CMS (a story's kind,
 * "1 novembre 2026"): the editor's language itself, or the messages' fallback (src/messages/index.ts) for a
 * language the kit has no dictionary for.
 */
export function siteLanguage(language: string): Locale {
	return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : FALLBACK_EDITOR_LANGUAGE;
}
