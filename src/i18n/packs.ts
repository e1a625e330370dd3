import type { LanguagePack } from './pack.ts';

/**
 * The languages the kit supports: one per file in src/i18n/languages/, found
 * when this module loads, so adding a language is adding a file. The code
 * runs in two kinds of places, and each finds the files its own way:
 *
 * - under Vite (astro build and dev, vitest, the CMS bundle for the browser),
 *   `import.meta.glob` lists them while bundling (`import.meta.env` is set there);
 * - in plain Node (scripts/*.ts, and astro.config.mjs reading the settings),
 *   the folder is read and each file loaded with require(), which loads ES
 *   modules synchronously since Node 22.12 (https://nodejs.org/api/modules.html#loading-ecmascript-modules-using-require)
 *   and strips their types since Node 22.18 / 23.6.
 *
 * A language's code is its file name, e.g. "fr" for fr.ts.
 */

const CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `[file, pack]` for every language file, file names relative to this folder ("./languages/fr.ts"). */
function languageFiles(): [string, LanguagePack][] {
	if (import.meta.env) {
		return Object.entries(import.meta.glob<LanguagePack>('./languages/*.ts', { eager: true, import: 'default' }));
	}
	const fs = process.getBuiltinModule('node:fs');
	const { createRequire } = process.getBuiltinModule('node:module');
	const require = createRequire(import.meta.url);
	return fs
		.readdirSync(`${import.meta.dirname}/languages`)
		.filter((file) => file.endsWith('.ts'))
		.map((file) => [`./languages/${file}`, (require(`./languages/${file}`) as { default: LanguagePack }).default]);
}

/** Problems with the packs as a whole, e.g. a key one file has and another lacks; each names its file. */
export function packProblems(packs: Record<string, LanguagePack>, fileOf: (code: string) => string): string[] {
	const problems: string[] = [];
	const allKeys = new Set(Object.values(packs).flatMap((pack) => Object.keys(pack.ui ?? {})));
	for (const [code, pack] of Object.entries(packs)) {
		const file = fileOf(code);
		if (!CODE.test(code)) problems.push(`${file}: "${code}" is not a language code (BCP 47, e.g. "fr" or "pt-br"): rename the file`);
		if (!pack || typeof pack !== 'object' || !pack.ui) {
			problems.push(`${file}: has no language pack as its default export`);
			continue;
		}
		if (!pack.messages || typeof pack.messages !== 'object' || !pack.messageParts) problems.push(`${file}: has no editors' messages (messages, messageParts; see src/messages/catalogue.ts)`);
		const missing = [...allKeys].filter((key) => !pack.ui[key as keyof typeof pack.ui]?.trim());
		if (missing.length > 0) problems.push(`${file}: no text for ${missing.join(', ')}`);
		const segments = Object.values(pack.segments ?? {});
		const badSegments = segments.filter((segment) => !SLUG.test(segment));
		if (badSegments.length > 0) problems.push(`${file}: address words may only hold lower-case letters, digits and hyphens: ${badSegments.join(', ')}`);
		if (new Set(segments).size !== segments.length) problems.push(`${file}: two sections share one address word (segments): ${segments.join(', ')}`);
	}
	return problems;
}

function loadPacks(): Record<string, LanguagePack> {
	const files = languageFiles().sort(([a], [b]) => a.localeCompare(b));
	const codeOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ts$/, '');
	const packs = Object.fromEntries(files.map(([file, pack]) => [codeOf(file), pack]));
	const problems = packProblems(packs, (code) => `src/i18n/languages/${code}.ts`);
	if (files.length === 0) problems.push('src/i18n/languages/ holds no language file');
	if (problems.length > 0) throw new Error(`The language files are not complete:\n- ${problems.join('\n- ')}`);
	return packs;
}

/** Every supported language's pack, by code, in the order of the codes. */
export const PACKS: Readonly<Record<string, LanguagePack>> = Object.freeze(loadPacks());

/** The codes of the supported languages: the names of the files in src/i18n/languages/, without .ts. */
export const SUPPORTED_LOCALES = Object.keys(PACKS) as [Locale, ...Locale[]];

/**
 * A language code, one of SUPPORTED_LOCALES. A plain string to the type
 * checker, because the set is only known once the files are read.
 */
export type Locale = string;

/** The pack of a supported language; an unknown code is a programming error. */
export function packOf(locale: Locale): LanguagePack {
	const pack = PACKS[locale];
	if (!pack) throw new Error(`No language file for "${locale}" (src/i18n/languages/${locale}.ts); available: ${SUPPORTED_LOCALES.join(', ')}`);
	return pack;
}
