/**
 * `npm run build`: builds the site into a staging folder and puts it in
 * dist/'s place only when every step and every check has passed. A failed
 * build removes dist/, so nothing half-built, and nothing an earlier build
 * published that should now be gone (a withdrawn testimonial), can be
 * deployed by mistake.
 *
 * Astro builds inside the project (it moves its assets out of .astro/ with
 * rename, which fails with EXDEV when its output folder is on another disk).
 * The finished site is then moved next to dist/ (renamed, or copied when
 * dist/ is on another disk: the copy goes into a hidden sibling folder, never
 * into dist/ itself), and swapped in with two renames on that disk. At every
 * moment dist/ is the old site whole, the new site whole, or (between the
 * two renames) absent; never half copied.
 *
 * The search index and the checks on the built site run here, after Astro has
 * exited (src/integrations/site-checks.ts): Astro holds on to gigabytes it no
 * longer needs until it exits, and Pagefind needs its own on top.
 *
 * One build runs at a time in a working folder: a second `npm run build`
 * refuses to start, naming the first (src/lib/build-lock.ts).
 *
 * `npm run build -- --scheduled` (or ZORGMERK_BUILD=scheduled) is the daily
 * build (src/integrations/build-mode.ts): an entry with a problem is left
 * out instead of stopping the build, budget and SEO findings are warnings,
 * and the site is published all the same; what was left out and warned about
 * is printed and written to the build report (.zorgmerk/build-report.txt,
 * or ZORGMERK_BUILD_REPORT), whose presence marks the run as failed for the
 * publish workflows. The exit code is then 0, so that the deploy runs; any
 * build that stops exits non-zero and leaves no report.
 *
 * Other extra arguments are passed to `astro build` (e.g. `npm run build -- --force`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildMode, SCHEDULED_FLAG, type BuildMode } from '../src/integrations/build-mode.ts';
import { recordBuildReport, reportFile, saveBuildReport } from '../src/integrations/build-report.ts';
import type { SiteChecksJob } from '../src/integrations/site-checks.ts';
import { acquireBuildLock, buildRunningMessage, staleLockMessage } from '../src/lib/build-lock.ts';
import { replaceFolder } from '../src/lib/files.ts';
import { message } from '../src/messages/index.ts';
import { useSettingsEditorLanguage } from '../src/settings/read.ts';

// Messages in the editor's language (settings: editorLanguage).
useSettingsEditorLanguage();

const root = process.cwd();
const dist = path.resolve(process.env.ZORGMERK_DIST ?? 'dist');
// One staging folder per build, so builds running side by side (tests, a developer) never mix. Astro builds in the
// project; replaceFolder() moves the result next to dist/ (on dist/'s disk) and renames it into place.
const staging = path.join(root, '.zorgmerk', 'staging', String(process.pid));
const checksFile = `${staging}.checks.json`;
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const args = process.argv.slice(2);
let mode: BuildMode;
try {
	mode = args.includes(SCHEDULED_FLAG) ? 'scheduled' : buildMode();
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
const report = reportFile(root);

// One build at a time in this folder: builds share Astro's .astro/ (src/lib/build-lock.ts). A build that cannot start
// touches nothing, dist/ included: the running build replaces it.
const lockFile = path.join(root, '.zorgmerk', 'build.lock');
const lock = acquireBuildLock(lockFile, { self: { command: ['npm run build', ...args].join(' ') } });
if (!lock.ok) {
	console.error(`\n${buildRunningMessage(lock.holder, path.relative(root, lockFile))}\n`);
	process.exit(1);
}
if (lock.staleHolder) console.log(staleLockMessage(lock.staleHolder));
process.on('exit', lock.release);

fs.rmSync(staging, { recursive: true, force: true });
fs.rmSync(checksFile, { force: true });
saveBuildReport(report, undefined);
if (mode === 'scheduled') console.log(`${message('build.scheduled')}\n`);
const result = spawnSync(process.execPath, [astro, 'build', ...args.filter((arg) => arg !== SCHEDULED_FLAG)], {
	stdio: 'inherit',
	env: {
		...process.env,
		ZORGMERK_BUILD: mode,
		ZORGMERK_OUT_DIR: staging,
		ZORGMERK_CHECKS_FILE: checksFile,
		ASTRO_TELEMETRY_DISABLED: '1',
		// The bundler's allocator (mimalloc, in Rolldown) returns memory it freed at once instead of keeping it
		// for later: Astro then renders 3,000 stories in 1.4 GB instead of 2.1 GB.
		MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
		// sharp's threads encode pictures for minutes; with glibc's default of 8 memory pools per core, what they
		// free stays scattered over many pools and the process grows: 2.15 GB after 24 minutes at 3,000 stories,
		// 1.74 GB with two pools. Ignored where the C library is not glibc.
		MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
		// glibc raises its mmap threshold after each large free, so later picture buffers come from the pools and stay
		// there. Fixed at 1 MB, every buffer that large goes back to the system when freed: encoding peaks ~150 MB lower.
		MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? String(1024 * 1024),
	},
});
if (result.status !== 0) failed(result.status ?? 1);
let job: SiteChecksJob;
let warnings: string[];
try {
	job = JSON.parse(fs.readFileSync(checksFile, 'utf8')) as SiteChecksJob;
	// Loaded only now: it reads the settings, which Astro's build has checked and explained if wrong.
	const { checkBuiltSite } = await import('../src/integrations/site-checks.ts');
	const stamp = () => `${new Date().toTimeString().slice(0, 8)} [zorgmerk]`;
	warnings = await checkBuiltSite(job, { info: (message) => console.log(`${stamp()} ${message}`), warn: (message) => console.warn(`${stamp()} ${message}`) });
} catch (error) {
	console.error(`\n${error instanceof Error ? error.message : String(error)}`);
	failed(1);
} finally {
	fs.rmSync(checksFile, { force: true });
}

replaceFolder(staging, dist, String(process.pid));
const shown = `${path.relative(root, dist) || dist}/`;
const problems = recordBuildReport(report, { ...job.content, warnings }, shown);
if (problems) {
	console.error(`\n${problems}\n${message('report.alsoIn', { file: path.relative(root, report) })}`);
	console.log(`\n${message('build.readyWithoutLeftOut', { dist: shown })}`);
} else {
	console.log(`\n${message('build.ready', { dist: shown })}`);
}

function failed(status: number): never {
	fs.rmSync(staging, { recursive: true, force: true });
	fs.rmSync(path.join(path.dirname(dist), `.${path.basename(dist)}.new-${process.pid}`), { recursive: true, force: true });
	fs.rmSync(checksFile, { force: true });
	fs.rmSync(dist, { recursive: true, force: true });
	console.error(`\n${message('build.failed', { dist: path.relative(root, dist) || dist })}`);
	process.exit(status);
}
