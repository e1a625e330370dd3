/**
 * Two `npm run build` in one working folder at once would share Astro's
 * .astro/ and bundle each other's content (red-team finding 04): the second
 * refuses to start, naming the first, and touches nothing; a lock left by a
 * build that was killed is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnvironment, projectRoot } from '../support/build.ts';
import { edit, fixtureCopy } from '../support/fixtures.ts';

const lockFile = path.join(projectRoot, '.zorgmerk', 'build.lock');
const dist = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-lock-dist-')), 'dist');
/** A stand-in for a build that runs: a process that waits. */
const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });

function build(contentDir: string) {
	const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts')], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...cleanEnvironment(), ZORGMERK_CONTENT_DIR: contentDir, ZORGMERK_DIST: dist, ZORGMERK_CACHE_DIR: path.join(projectRoot, '.zorgmerk', 'cache', 'build-lock'), FORCE_COLOR: '0' },
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => {
	other.kill();
	fs.rmSync(lockFile, { force: true });
});

describe('a second build in the same folder', () => {
	// A fixture with one mistake: a build that gets past the lock stops at the content check, in seconds.
	const content = fixtureCopy((dir) => edit(dir, 'pages/nl/about.md', 'title: Over ons', 'title: Over ons: wie wij zijn'));

	it('refuses to start while another runs, naming it, and leaves dist/ alone', () => {
		fs.mkdirSync(dist, { recursive: true });
		fs.writeFileSync(path.join(dist, 'index.html'), 'the site the running build will replace');
		fs.mkdirSync(path.dirname(lockFile), { recursive: true });
		fs.writeFileSync(lockFile, JSON.stringify({ pid: other.pid, host: os.hostname(), startedAt: new Date().toISOString(), command: 'npm run build' }));
		const run = build(content);
		expect(run.status).toBe(1);
		expect(run.output).toContain(`Er draait al een bouw van de site in deze map: proces ${other.pid} op ${os.hostname()}`);
		expect(run.output).toContain('Draait er zeker geen bouw meer, haal dan .zorgmerk/build.lock weg. [build.running]');
		expect(run.output).not.toContain('[content]');
		expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('the site the running build will replace');
		expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid).toBe(other.pid);
	});

	it('takes over the lock of a build that was killed, says so, and leaves no lock behind', async () => {
		other.kill('SIGKILL');
		await new Promise((resolve) => other.once('exit', resolve));
		const run = build(content);
		expect(run.output).toContain(`Een eerdere bouw (proces ${other.pid}`);
		expect(run.output).toContain('[build.staleLock]');
		expect(run.output).toMatch(/pages\/nl\/about\.md\n  - De gegevens bovenaan het bestand zijn niet te lezen/);
		expect(run.status).toBe(1);
		expect(fs.existsSync(lockFile)).toBe(false);
	});
});
