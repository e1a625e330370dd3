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
