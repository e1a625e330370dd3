import type { AstroIntegrationLogger } from 'astro';
import type { FSWatcher } from 'vite';
import path from 'node:path';
import { isRegularFile, listContentFiles } from '../lib/files.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { Settings } from '../schemas/settings.ts';
import { displayPath } from '../settings/paths.ts';
import { CheckCache } from './check-cache.ts';
import { checkEntryFile } from './check-content.ts';

export interface DevWatcherGuardOptions {
	contentDir: string;
	settings: Settings;
	collection: CollectionName;
	logger: AstroIntegrationLogger;
}

/**
 * In development (`npm run dev`, `npm run cms`) Astro's glob loader reloads an
 * entry each time its file changes. This wraps the file watcher it is given so
 * that a changed file reaches the loader only when it is still a regular file
 * and passes the content check (check-content.ts, the same per-file check the
 * build runs); otherwise the editor's message is logged and the page keeps
 * what it had. A file added while the server runs is not among the files the
 * loader was given (src/content.config.ts): it appears after a restart.
 */
export function devWatcherGuard(watcher: FSWatcher, options: DevWatcherGuardOptions): FSWatcher {
	const definition = COLLECTIONS[options.collection];
	const base = path.join(options.contentDir, definition.folder);
	const approve = (changed: string): boolean => {
		const relative = path.relative(options.contentDir, changed).split(path.sep).join('/');
		if (!relative.startsWith(`${definition.folder}/`) || !changed.endsWith(`.${definition.extension}`)) return true; // not this collection's: the loader ignores it
		const shown = displayPath(changed);
		const files = listContentFiles(options.contentDir);
		if (!isRegularFile(changed) || !files.files.includes(relative)) {
			options.logger.error(`${shown}: geen gewoon bestand; niet geladen / not a regular file; not loaded`);
			return false;
		}
		const parts = path.relative(base, changed).split(path.sep);
		const locale = definition.localized ? parts[0] : undefined;
		const check = checkEntryFile({ contentDir: options.contentDir, settings: options.settings, files: new Set(files.files), cache: new CheckCache() }, options.collection, relative, locale);
		if (check.problems.length === 0) return true;
		options.logger.error(`${shown}:\n${check.problems.map((problem) => `  - ${problem}`).join('\n')}`);
		return false;
	};
	return new Proxy(watcher, {
		get(target, property, receiver) {
			if (property !== 'on') return Reflect.get(target, property, receiver);
			return (event: string, listener: (file: string, ...rest: unknown[]) => unknown) => {
				const guarded = event === 'change' || event === 'add' ? (file: string, ...rest: unknown[]) => (approve(file) ? listener(file, ...rest) : undefined) : listener;
				return target.on(event as 'change', guarded as (file: string) => void);
			};
		},
	});
}
