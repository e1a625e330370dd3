import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FALLBACK_EDITOR_LANGUAGE, messageIn, type MessageArgs, type MessageCode } from '../../src/messages/index.ts';
import { editorLanguageOfRaw } from '../../src/settings/editor-language.ts';
import type { Locale } from '../../src/i18n/packs.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export interface BuildOptions {
	/** A name for the build, unique per scenario, e.g. "demo" or "sub-path". */
	name: string;
	/** The content folder; default the demo in content/. */
	contentDir?: string;
	/** Astro's base, e.g. "/zorgmerk/". */
	base?: string;
	/** More environment variables, e.g. ZORGMERK_TODAY. */
	env?: Record<string, string>;
}

export interface BuildResult {
	dist: string;
	status: number;
	output: string;
}

/**
 * Runs `npm run build`'s script for a scenario into its own folder. A
 * successful build is reused by every test file of the same `vitest run`
 * (the run id comes from the global setup), so the demo is built once.
 */
export function buildSite(options: BuildOptions): BuildResult {
	const runId = process.env.ZORGMERK_TEST_RUN ?? 'adhoc';
	const dist = path.join(projectRoot, '.zorgmerk', 'test-builds', runId, options.name);
	const marker = `${dist}.json`;
	if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, 'utf8')) as BuildResult;

	const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts')], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: {
			...cleanEnvironment(),
			ZORGMERK_DIST: dist,
			...(options.contentDir ? { ZORGMERK_CONTENT_DIR: options.contentDir } : {}),
			...(options.base ? { BASE_PATH: options.base } : {}),
			// Each scenario keeps its own content and image cache, across test runs.
			ZORGMERK_CACHE_DIR: path.join(projectRoot, '.zorgmerk', 'cache', options.name),
			...options.env,
			FORCE_COLOR: '0',
		},
		maxBuffer: 64 * 1024 * 1024,
	});
	const built: BuildResult = { dist, status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
	if (built.status === 0) fs.writeFileSync(marker, JSON.stringify(built));
	return built;
}

/**
 * The environment without what vitest adds to it (BASE_URL, MODE, NODE_ENV=test…):
 * Astro would otherwise take vitest's BASE_URL over the configured base.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
	const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

/** A number no build prints: in {@link logged}'s parameters, it stands for any number. */
export const ANY_NUMBER = 918_273_645;
/** A text no build prints: in {@link logged}'s parameters, it stands for any text on the line. */
export const ANY_TEXT = '\u0000any\u0000';

/**
 * The language a build of `contentDir` writes its log in: its settings' `editorLanguage`, else its first language
 * (src/messages/); for a folder without settings (a script such as media:scrub run on bare pictures), the fallback.
 */
export function editorLanguageOfContent(contentDir: string): Locale {
	const file = path.join(contentDir, 'settings', 'site.yaml');
	if (!fs.existsSync(file)) return FALLBACK_EDITOR_LANGUAGE;
	const raw: unknown = parse(fs.readFileSync(file, 'utf8'));
	return editorLanguageOfRaw(raw) ?? FALLBACK_EDITOR_LANGUAGE;
}

/**
 * A message as a build of `contentDir` prints it, in that content's editor's language ({@link editorLanguageOfContent}),
 * with `params`, ending with its code; {@link ANY_NUMBER} and {@link ANY_TEXT} among the parameters match any number
 * and any text. Tests match build logs with it instead of the words of one language.
 * @example expect(build.output).toMatch(logged(content, 'search.indexed', { pages: ANY_NUMBER, copied: false }))
 */
export function logged<C extends MessageCode>(contentDir: string, code: C, ...params: MessageArgs<C>): RegExp {
	const text = messageIn(editorLanguageOfContent(contentDir), code, ...params);
	return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(String(ANY_NUMBER), '\\d+').replaceAll(ANY_TEXT, '[^\\n]*'));
}

/** The demo's content folder, the default of {@link BuildOptions.contentDir}. */
export const demoContent = path.join(projectRoot, 'content');

export { listFiles } from '../../src/lib/files.ts';
