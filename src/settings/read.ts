import fs from 'node:fs';
import path from 'node:path';
import { ContentError, describeIssues } from '../errors/index.ts';
import { settingsSchema, webAddressProblem, type Settings } from '../schemas/settings.ts';
import { readContentText } from '../validation/content-files.ts';
import { readYamlFile } from '../validation/front-matter.ts';
import { message, useEditorLanguage } from '../messages/index.ts';
import { backendEnvProblems } from './cms-backend.ts';
import { editorLanguageOfRaw } from './editor-language.ts';
import { contentDir, displayPath } from './paths.ts';

/**
 * Reading the settings file, without side effects (importing this module reads
 * nothing): `npm run check-content` reports bad settings as a clean list.
 */

export const settingsFile = path.join(contentDir, 'settings', 'site.yaml');

/**
 * Validates raw settings; `file` is only used to name the file in errors.
 * Sets the editor's language for the rest of the process (src/messages/):
 * from the raw data before validating, so that the settings' own problems
 * are told in it, and from the validated settings after.
 *
 * @throws ContentError naming every field that is wrong.
 */
export function parseSettings(raw: unknown, file: string, env: NodeJS.ProcessEnv = process.env, sources: Record<string, string> = {}): Settings {
	useEditorLanguage(editorLanguageOfRaw(raw));
	const result = settingsSchema.safeParse(raw);
	if (!result.success) throw new ContentError(file, describeIssues(result.error.issues, { data: raw, sources }));
	const settings = result.data;
	useEditorLanguage(settings.editorLanguage);
	const override = env.SITE_URL ? webAddressProblem(env.SITE_URL) : undefined;
	const overrides = [...(override ? [`siteUrl (SITE_URL): ${override}`] : []), ...backendEnvProblems(env)];
	if (overrides.length > 0) throw new ContentError(file, overrides);
	// Previews and staging hosts build the same content under another address.
	const siteUrl = (env.SITE_URL || settings.siteUrl).replace(/\/+$/, '');
	return { ...settings, siteUrl };
}

/**
 * Reads and validates a settings file with the same YAML reading as every
 * content file (src/validation/front-matter.ts: its traps are errors here too).
 *
 * @throws ContentError naming the file and every problem; never another error for anything an editor can write.
 */
export function readSettings(file: string = settingsFile, env: NodeJS.ProcessEnv = process.env): Settings {
	const shown = displayPath(file);
	let read: ReturnType<typeof readContentText>;
	try {
		if (!fs.lstatSync(file).isFile()) throw new Error('not a regular file');
		read = readContentText(file);
	} catch {
		throw new ContentError(shown, [message('settings.fileMissing')]);
	}
	// Too large, or not UTF-8: read as every content file is (src/validation/content-files.ts).
	if ('problem' in read) throw new ContentError(shown, [read.problem]);
	const text = read.text;
	const yaml = readYamlFile(text);
	if (yaml.problems.length > 0) throw new ContentError(shown, yaml.problems);
	return parseSettings(yaml.data, shown, env, yaml.sources);
}


/**
 * Sets the editor's language (src/messages/) from the settings file without
 * checking the rest of it, for scripts that print messages but read no
 * settings otherwise (npm run build's own process, npm run media:scrub).
 * A file that cannot be read leaves the fallback language; its problems are
 * reported by whatever checks the settings.
 */
export function useSettingsEditorLanguage(file: string = settingsFile): void {
	try {
		const read = readContentText(file);
		if ('problem' in read) return;
		useEditorLanguage(editorLanguageOfRaw(readYamlFile(read.text).data));
	} catch {
		// Missing or unreadable: the fallback language stays.
	}
}
