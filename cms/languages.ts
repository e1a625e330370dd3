/**
 * A language's name as the CMS's editors read it, from its code: "en" →
 * "Engels". From the browser's and Node's own language data (Intl), so a
 * language added in settings needs no list here.
 */
const names = new Intl.DisplayNames(['nl'], { type: 'language' });

export function languageName(code: string): string {
	const name = names.of(code);
	return name && name !== code ? name.charAt(0).toUpperCase() + name.slice(1) : code.toUpperCase();
}
