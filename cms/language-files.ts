/**
 * The CMS's files per language (cms/interface/<code>.ts, cms/text/<code>.ts),
 * found the way src/i18n/packs.ts finds the site's: a language is a file, and
 * no list of languages lives in code. Each folder's index.ts lists its files
 * with `import.meta.glob` under Vite (the CMS bundle, vitest), which needs a
 * literal pattern in the module itself, and hands the result here; in plain
 * Node (a script that reads the CMS configuration) the folder is read and each
 * file loaded with require(), as packs.ts does.
 *
 * A file's language code is its name without .ts ("fr" for fr.ts); files whose
 * names are not language codes (index.ts, merge.ts) are not languages. Each
 * language file exports its content under its code, hyphens as underscores
 * (`export const fr = …`, `export const pt_br = …` in pt-br.ts).
 */

const CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** The language code of a file path ("./fr.ts" → "fr"), or undefined when its name is not one. */
export function codeOfFile(file: string): string | undefined {
	const name = file.replace(/^.*\//, '').replace(/\.ts$/, '');
	return CODE.test(name) ? name : undefined;
}

/**
 * The content of every language file, by code, sorted by code.
 *
 * @param globbed `import.meta.glob('./*.ts', { eager: true })` of the folder under Vite, undefined in plain Node
 * @param folder the folder's absolute path (`import.meta.dirname`), read in plain Node
 * @param label the folder as an editor-facing message names it ("cms/text/")
 * @throws Error naming the file when a language file does not export its content under its code
 */
export function languageFiles<T>(globbed: Record<string, Record<string, unknown>> | undefined, folder: string, label: string): Record<string, T> {
	const modules: [string, Record<string, unknown>][] = globbed
		? Object.entries(globbed)
		: (() => {
				const fs = process.getBuiltinModule('node:fs');
				const { createRequire } = process.getBuiltinModule('node:module');
				const require = createRequire(`${folder}/index.ts`);
				return fs
					.readdirSync(folder)
					.filter((file) => file.endsWith('.ts') && codeOfFile(file))
					.map((file): [string, Record<string, unknown>] => [`./${file}`, require(`./${file}`) as Record<string, unknown>]);
			})();
	const files: [string, T][] = [];
	for (const [file, module] of modules) {
		const code = codeOfFile(file);
		if (code === undefined) continue;
		const name = code.replace(/-/g, '_');
		if (!(name in module)) throw new Error(`${label}${code}.ts: exports nothing named "${name}" (export const ${name} = …)`);
		files.push([code, module[name] as T]);
	}
	if (files.length === 0) throw new Error(`${label} holds no language file`);
	return Object.fromEntries(files.sort(([a], [b]) => a.localeCompare(b)));
}
