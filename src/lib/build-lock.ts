import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { message } from '../messages/index.ts';

/**
 * One build at a time per working folder. Astro writes the content layer's
 * generated modules (`content-assets.mjs`: every picture import;
 * `content-modules.mjs`: every MDX entry; `data-store.json`) into
 * `<root>/.astro/`, which every build of the folder shares, and the bundler
 * reads them from there: a build that synced after another had started
 * bundling gave it its own content, so one site could be built with the
 * other's pictures and stories, content its own check never saw (red-team
 * finding 04). Astro has no setting to move that folder, so `npm run build`
 * takes this lock before it starts Astro and refuses to start while another
 * build holds it, naming that build.
 *
 * The lock is a file holding the holder's process id, host and start time,
 * made whole in one step (written aside, then hard-linked into place, which
 * fails if the lock exists). A lock whose process is gone (the build was
 * killed) or that is older than {@link STALE_AFTER_MS} is stale and is taken
 * over.
 */

/** Who holds the lock. */
export interface LockHolder {
	pid: number;
	/** os.hostname() of the machine the build runs on. */
	host: string;
	/** When the build started, ISO 8601. */
	startedAt: string;
	/** What was started, e.g. "npm run build -- --scheduled". */
	command: string;
}

/** `staleHolder`: the holder of a stale lock this one took over, to say so. */
export type LockResult = { ok: true; release: () => void; staleHolder?: LockHolder } | { ok: false; holder: LockHolder | undefined };

/** A lock older than this (6 hours; a build of 3,000 stories takes minutes) is stale whoever holds it: its process id may be another process's by now. */
export const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export interface LockOptions {
	/** This process: default process.pid, os.hostname(), now. */
	self?: Partial<LockHolder>;
	/** Whether a process id runs on this machine; default asks the system (signal 0). */
	isRunning?: (pid: number) => boolean;
	/** Now, in ms since 1970; default Date.now(). */
	now?: number;
}

/**
 * Takes the lock in `file`, or says who holds it.
 *
 * @param file e.g. `.zorgmerk/build.lock` in the working folder; its folder is made.
 * @returns `release`, which removes the lock if it is still this process's.
 */
export function acquireBuildLock(file: string, options: LockOptions = {}): LockResult {
	const now = options.now ?? Date.now();
	const self: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date(now).toISOString(), command: 'npm run build', ...options.self };
	const isRunning = options.isRunning ?? processRuns;
	fs.mkdirSync(path.dirname(file), { recursive: true });
	let staleHolder: LockHolder | undefined;
	for (let attempt = 0; attempt < 2; attempt++) {
		const aside = `${file}.${self.pid}.${attempt}`;
		fs.writeFileSync(aside, JSON.stringify(self));
		try {
			fs.linkSync(aside, file);
			return { ok: true, release: () => releaseIfOwn(file, self), ...(staleHolder ? { staleHolder } : {}) };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		} finally {
			fs.rmSync(aside, { force: true });
		}
		const raw = readRaw(file);
		const holder = readHolder(file);
		if (raw !== undefined && !isStale(holder, self.host, now, isRunning)) return { ok: false, holder };
		// Stale: moved aside and taken over. Another build may have done the same a moment earlier and linked in a lock
		// of its own: what was moved aside is then that fresh lock, which goes back.
		const stale = `${file}.stale.${self.pid}`;
		try {
			fs.renameSync(file, stale);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			continue;
		}
		if (readRaw(stale) !== raw) {
			try {
				fs.linkSync(stale, file);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			} finally {
				fs.rmSync(stale, { force: true });
			}
			return { ok: false, holder: readHolder(file) };
		}
		fs.rmSync(stale, { force: true });
		staleHolder = holder;
	}
	return { ok: false, holder: readHolder(file) };
}

function readRaw(file: string): string | undefined {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** The holder written in a lock file, or undefined when it cannot be read. */
export function readHolder(file: string): LockHolder | undefined {
	try {
		const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
		if (typeof holder.pid !== 'number' || typeof holder.host !== 'string' || typeof holder.startedAt !== 'string') return undefined;
		return { pid: holder.pid, host: holder.host, startedAt: holder.startedAt, command: typeof holder.command === 'string' ? holder.command : '' };
	} catch {
		return undefined;
	}
}

function isStale(holder: LockHolder | undefined, host: string, now: number, isRunning: (pid: number) => boolean): boolean {
	// Unreadable: a lock is made whole in one step, so this is damage, not a build halfway through writing it.
	if (!holder) return true;
	const started = Date.parse(holder.startedAt);
	if (Number.isNaN(started) || now - started > STALE_AFTER_MS) return true;
	// A process on another machine (a shared folder) cannot be asked; only its age tells.
	return holder.host === host && !isRunning(holder.pid);
}

function processRuns(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, under another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function releaseIfOwn(file: string, self: LockHolder): void {
	const holder = readHolder(file);
	if (holder && holder.pid === self.pid && holder.host === self.host && holder.startedAt === self.startedAt) fs.rmSync(file, { force: true });
}

/** The note for a build that took over a stale lock, in the editor's language. */
export function staleLockMessage(holder: LockHolder): string {
	return message('build.staleLock', { pid: holder.pid, startedAt: holder.startedAt });
}

/** The message for a build that cannot start, in the editor's language. */
export function buildRunningMessage(holder: LockHolder | undefined, lockFile: string): string {
	const who = holder && { pid: holder.pid, host: holder.host, startedAt: holder.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'), command: holder.command || undefined };
	return message('build.running', { who, lockFile });
}
