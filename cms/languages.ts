import { currentEditorLanguage } from '../src/messages/index.ts';

/**
 * A language's name as the CMS's editors read it, from its code: "en" →
 * "Engels" (in the editor's language, here Dutch, or in `inLanguage`: "anglais"). From the browser's and Node's own language data (Intl), so a
 * language added in settings needs no list here.
 */
export function languageName(code: string, inLanguage: string = currentEditorLanguage()): string {
	const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code);
	return name && name !== code ? name.charAt(0).toUpperCase() + name.slice(1) : code.toUpperCase();
}
