import { SUPPORTED_LOCALES, type Locale } from '../i18n/packs.ts';

/**
 * The editor's language: the language of the messages the build log, the
 * content check, the scripts and the CMS give the people who edit the site
 * (and of the CMS's own interface). Set by `editorLanguage` in
 * content/settings/site.yaml, a code of a file in src/i18n/languages/;
 * default: the site's default language, the first of `locales`.
 *
 * @param settings validated settings (src/schemas/settings.ts), or anything with the same two fields.
 * @returns a supported language code, e.g. "fr".
 * @example editorLanguage({ locales: ['nl', 'fr', 'en'] }) // "nl"
 * @example editorLanguage({ editorLanguage: 'fr', locales: ['nl', 'fr'] }) // "fr"
 */
export function editorLanguage(settings: { readonly editorLanguage?: Locale | undefined; readonly locales: readonly Locale[] }): Locale {
	return settings.editorLanguage ?? settings.locales[0]!;
}

/**
 * The editor's language read from settings that have not been validated yet
 * (the YAML as read), so that the settings' own problems are already told in
 * it: `editorLanguage` when it names a supported language, else the first of
 * `locales` when that is supported, else undefined (the caller uses the
 * fallback language, src/messages/index.ts).
 *
 * @param raw the settings file's data, of any shape.
 */
export function editorLanguageOfRaw(raw: unknown): Locale | undefined {
	if (!raw || typeof raw !== 'object') return undefined;
	const { editorLanguage: chosen, locales } = raw as { editorLanguage?: unknown; locales?: unknown };
	const supported = (code: unknown): code is Locale => typeof code === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(code);
	if (chosen !== undefined) return supported(chosen) ? chosen : undefined;
	const first: unknown = Array.isArray(locales) ? locales[0] : undefined;
	return supported(first) ? first : undefined;
}
