import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, buildRunningMessage, readHolder, STALE_AFTER_MS } from '../../src/lib/build-lock.ts';

/** One build at a time per working folder: builds share Astro's .astro/ (red-team finding 04). */
describe('the build lock', () => {
	const lockFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-lock-')), '.zorgmerk', 'build.lock');
	const now = Date.parse('2026-11-30T20:15:02.000Z');
	const first = { pid: 4101, host: 'bouwer', command: 'npm run build' };
	const second = { pid: 4102, host: 'bouwer', command: 'npm run build -- --scheduled' };
	const running = (...pids: number[]) => (pid: number) => pids.includes(pid);

	it('is taken by one build; a second is refused and told who holds it, until the first releases it', () => {
		const file = lockFile();
		const one = acquireBuildLock(file, { self: first, now, isRunning: running(4101, 4102) });
		expect(one.ok).toBe(true);
		expect(readHolder(file)).toEqual({ ...first, startedAt: '2026-11-30T20:15:02.000Z' });
		const two = acquireBuildLock(file, { self: second, now: now + 2000, isRunning: running(4101, 4102) });
		expect(two).toEqual({ ok: false, holder: { ...first, startedAt: '2026-11-30T20:15:02.000Z' } });
		if (one.ok) one.release();
		expect(fs.existsSync(file)).toBe(false);
		expect(acquireBuildLock(file, { self: second, now: now + 3000, isRunning: running(4102) }).ok).toBe(true);
		expect(fs.readdirSync(path.dirname(file))).toEqual(['build.lock']);
	});

	it('release leaves a lock that is not its own', () => {
		const file = lockFile();
		const one = acquireBuildLock(file, { self: first, now, isRunning: running() });
		fs.writeFileSync(file, JSON.stringify({ ...second, startedAt: new Date(now).toISOString() }));
		if (one.ok) one.release();
		expect(readHolder(file)?.pid).toBe(4102);
	});

	it.each([
		['its process is gone (the build was killed)', JSON.stringify({ ...first, startedAt: new Date(now - 60_000).toISOString() }), running()],
		['it is older than six hours, whoever holds it', JSON.stringify({ ...first, startedAt: new Date(now - STALE_AFTER_MS - 1).toISOString() }), running(4101)],
		['it cannot be read', '{"pid": 41', running(4101)],
	])('is taken over when stale: %s', (_, content, isRunning) => {
		const file = lockFile();
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, content);
		const taken = acquireBuildLock(file, { self: second, now, isRunning });
		expect(taken.ok).toBe(true);
		expect(readHolder(file)?.pid).toBe(4102);
		expect(fs.readdirSync(path.dirname(file))).toEqual(['build.lock']);
	});

	it('is not taken over from a running build on another machine (a shared folder) while it is young', () => {
		const file = lockFile();
		acquireBuildLock(file, { self: { ...first, host: 'andere-bouwer' }, now, isRunning: running() });
		expect(acquireBuildLock(file, { self: second, now: now + 60_000, isRunning: running() }).ok).toBe(false);
	});

	it('says which build runs, and what to do', () => {
		expect(buildRunningMessage({ ...first, startedAt: '2026-11-30T20:15:02.000Z' }, '.zorgmerk/build.lock')).toBe(
			"A build of the site is already running in this folder: process 4101 on bouwer, started 2026-11-30 20:15:02 UTC (npm run build). Two builds at once share the folder .astro/ and would take each other's content. Wait until that build has finished, then start again. If you are sure no build is running, remove .zorgmerk/build.lock. [build.running]",
		);
	});
});
