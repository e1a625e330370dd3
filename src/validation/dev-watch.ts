import type { AstroIntegrationLogger } from 'astro';
import type { FSWatcher } from 'vite';
import path from 'node:path';
import { printable } from '../errors/index.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { Settings } from '../schemas/settings.ts';
import { displayPath } from '../settings/paths.ts';
import { entryFileProblems } from './check-content.ts';

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
	const approve = (changed: string): boolean => {
		const relative = path.relative(options.contentDir, changed).split(path.sep).join('/');
		if (!relative.startsWith(`${definition.folder}/`) || !changed.endsWith(`.${definition.extension}`)) return true; // not this collection's: the loader ignores it
		const problems = entryFileProblems(options.contentDir, changed, options.settings);
		if (problems.length === 0) return true;
		options.logger.error(`${printable(displayPath(changed))}:\n${problems.map((problem) => `  - ${printable(problem)}`).join('\n')}`);
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
