import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ContentError, describeIssues } from '../errors/index.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { contentDir, displayPath } from './paths.ts';

export const settingsFile = path.join(contentDir, 'settings', 'site.yaml');

/** Validates raw settings; `file` is only used to name the file in errors. */
export function parseSettings(raw: unknown, file: string, env: NodeJS.ProcessEnv = process.env): Settings {
	const result = settingsSchema.safeParse(raw);
	if (!result.success) throw new ContentError(file, describeIssues(result.error.issues));
	const settings = result.data;
	// Previews and staging hosts build the same content under another address.
	const siteUrl = (env.SITE_URL || settings.siteUrl).replace(/\/+$/, '');
	return { ...settings, siteUrl };
}

function loadSettings(): Settings {
	const file = displayPath(settingsFile);
	let raw: unknown;
	try {
		raw = parse(fs.readFileSync(settingsFile, 'utf8'));
	} catch (error) {
		throw new ContentError(file, [(error as Error).message]);
	}
	return parseSettings(raw, file);
}

/** The site's validated settings, read once per build. */
export const settings: Settings = loadSettings();
