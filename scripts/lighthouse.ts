/**
 * `npm run lighthouse`: measures the built site with Lighthouse's default
 * mobile profile, one page of every template the build made (the heaviest of
 * each in the site's first language, see src/quality/template-pages.ts), and
 * writes LIGHTHOUSE.md.
 *
 * It builds nothing: run `npm run build` first. It serves dist/ the way a
 * static host does (with the security headers of dist/_headers, as Netlify and
 * Cloudflare Pages send them), starts Chromium headless and runs
 * Lighthouse against each page in turn, five times, keeping the median run
 * (Lighthouse's own advice against its run-to-run variance). Exits with 1,
 * listing them, when any score is below 100; with 2 when it could not measure.
 *
 *   npm run lighthouse
 *   npm run lighthouse -- --runs 1             # quicker, less steady
 *   npm run lighthouse -- --only search        # one template (its data-template), e.g. after changing it;
 *                                              # prints its scores and writes LIGHTHOUSE.only.md, not LIGHTHOUSE.md
 *   BASE_PATH=/zorgmerk/ npm run lighthouse   # a site built with the same BASE_PATH
 *
 * Environment: ZORGMERK_DIST (default dist/), BASE_PATH (default /). The
 * browser is found as for the browser tests (src/quality/chromium.ts):
 * CHROMIUM_PATH, else a Chromium or Chrome installed on this machine, else
 * the one @sparticuz/chromium brings; ZORGMERK_BROWSER=bundled forces that.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { findChromium, type Chromium } from '../src/quality/chromium.ts';
import { listFiles } from '../src/lib/files.ts';
import { CATEGORIES, renderReport, shortfalls, summarise, type AuditedPage, type PageReport } from '../src/quality/lighthouse-report.ts';
import { onePagePerTemplate } from '../src/quality/template-pages.ts';
import { headersFromFile } from '../tests/support/headers-file.ts';
import { serveStatic } from '../tests/support/serve.ts';

const root = process.cwd();
const dist = path.resolve(process.env.ZORGMERK_DIST ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH || '/');
const onlyArgument = process.argv.indexOf('--only');
const only = onlyArgument === -1 ? undefined : process.argv[onlyArgument + 1];
if (onlyArgument !== -1 && (!only || only.startsWith('--'))) {
	console.error('--only takes the template to measure, e.g. npm run lighthouse -- --only search');
	process.exit(2);
}
// A measurement of one template must not replace the report on every template.
const reportFile = path.join(root, only ? 'LIGHTHOUSE.only.md' : 'LIGHTHOUSE.md');
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument === -1 ? 5 : Number(process.argv[runsArgument + 1]);
if (!Number.isInteger(runs) || runs < 1) {
	console.error('--runs takes a whole number of runs per page, e.g. npm run lighthouse -- --runs 5');
	process.exit(2);
}

if (!fs.existsSync(path.join(dist, 'index.html'))) {
	console.error(`There is no built site in ${path.relative(root, dist) || dist}/: run npm run build first.`);
	process.exit(2);
}
// One page of every template the build made, in the site's first language (the language of the root page).
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const language = /<html lang="([^"]+)"/.exec(read('index.html'))?.[1] ?? '';
const ALL_PAGES = onePagePerTemplate(
	listFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, html: read(file) })),
	language,
);
const PAGES: AuditedPage[] = only ? ALL_PAGES.filter((page) => page.template === only) : ALL_PAGES;
if (PAGES.length === 0) {
	console.error(`The build has no page of the template "${only}". Templates: ${ALL_PAGES.map((page) => page.template).join(', ')}.`);
	process.exit(2);
}
console.log(`${PAGES.length} templates: ${PAGES.map((page) => `${page.name} /${page.path}`).join(', ')}`);
const chromium = await findChromium().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(2);
});
console.log(`Chromium: ${chromium.executablePath} (${chromium.source})`);

// A busy machine makes the blocking time and the paint times of one run unreliable: say so in the report.
const [load] = os.loadavg();
const cores = os.availableParallelism();

const headersFile = path.join(dist, '_headers');
const headersFor = fs.existsSync(headersFile) ? headersFromFile(fs.readFileSync(headersFile, 'utf8')) : undefined;
const server = await serveStatic(dist, base, headersFor);
const browser = await launchChromium(chromium).catch(async (error: unknown) => {
	await server.close();
	console.error(error instanceof Error ? error.message : error);
	process.exit(2);
});
const reports: PageReport[] = [];
let lighthouseVersion = 'unknown';
try {
	for (const page of PAGES) {
		const url = `${server.url}${page.path}`;
		const results: Result[] = [];
		for (let run = 1; run <= runs; run++) {
			console.log(`Lighthouse: ${page.name} — ${url}${runs > 1 ? ` (run ${run} of ${runs})` : ''}`);
			const skipAudits = page.skippedAudits?.map((audit) => audit.id);
			const result = await lighthouse(url, { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], ...(skipAudits ? { skipAudits } : {}) });
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			lighthouseVersion = result.lhr.lighthouseVersion;
			results.push(result.lhr);
		}
		// The run closest to the median first paint and time to interactive; a run that failed outright is kept only when all did.
		const valid = results.filter((result) => !result.runtimeError);
		reports.push(summarise(page, valid.length > 0 ? computeMedianRun(valid) : results[0]!));
	}
} catch (error) {
	// Not a low score but no measurement at all (Chromium crashed, dist/ was rebuilt meanwhile): exit 2, write nothing.
	console.error(`Lighthouse could not finish: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
} finally {
	await browser.close();
	await server.close();
}
if (process.exitCode === 2) process.exit();

fs.writeFileSync(
	reportFile,
	renderReport(reports, {
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		lighthouseVersion,
		chromiumVersion: browser.version,
		runs: runs === 1 ? 'One run per page' : `The median of ${runs} runs per page (the run closest to the median First Contentful Paint and Time to Interactive)`,
		machine: `Load average ${load!.toFixed(1)} on ${cores} cores when the measurement started${load! > cores ? ': the machine was busy, so blocking time and paint times may be worse than on a quiet machine' : ''}`,
		servedBy: `Served from ${path.relative(root, dist) || dist}/ under ${base} by tests/support/serve.ts${headersFor ? ' with the headers of _headers' : ''}, on this machine, without compression (a production host gzips or brotlis HTML and CSS, so its transfer sizes are smaller)`,
	}),
);

for (const report of reports) {
	const tbt = report.tbt === undefined ? '' : ` · TBT ${Math.round(report.tbt)} ms`;
	console.log(`  ${report.name.padEnd(34)} ${CATEGORIES.map((category) => `${category} ${report.scores[category] ?? '–'}`).join(' · ')}${tbt}`);
}
const problems = shortfalls(reports);
console.log(`\nWrote ${path.relative(root, reportFile)}.`);
if (problems.length > 0) {
	console.error(`\nBelow 100 (see LIGHTHOUSE.md for the audits that cost points):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
	process.exit(1);
}
console.log('Every page scores 100 in every category.');

/** "/zorgmerk" or "zorgmerk/" → "/zorgmerk/", as Astro's base. */
function normaliseBase(value: string): string {
	return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

interface RunningBrowser {
	port: number;
	version: string;
	close: () => Promise<void>;
}

/** Starts headless Chromium with a throwaway profile and a free debugging port, which Lighthouse connects to. */
async function launchChromium(chromium: Chromium): Promise<RunningBrowser> {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-lighthouse-'));
	// Its own process group, so closing ends Chromium's helper processes with it.
	const child: ChildProcess = spawn(chromium.executablePath, [...chromium.args, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		detached: true,
		stdio: 'ignore',
		env: { ...process.env, ...chromium.env },
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const close = async () => {
		if (child.exitCode === null && child.pid !== undefined) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
			await Promise.race([exited, sleep(5_000)]);
		}
		fs.rmSync(profile, { recursive: true, force: true });
	};
	// Chromium writes the port it chose to DevToolsActivePort in the profile once it listens.
	const portFile = path.join(profile, 'DevToolsActivePort');
	for (let waited = 0; !fs.existsSync(portFile) || fs.readFileSync(portFile, 'utf8').trim() === ''; waited += 100) {
		if (child.exitCode !== null || waited > 30_000) {
			await close();
			throw new Error(`Chromium (${chromium.executablePath}) did not start${child.exitCode !== null ? `: it exited with ${child.exitCode}` : ' within 30 s'}.`);
		}
		await sleep(100);
	}
	const port = Number(fs.readFileSync(portFile, 'utf8').split('\n')[0]);
	const about = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { Browser?: string };
	return { port, version: about.Browser?.replace(/^(Headless)?Chrome\//, '') ?? 'unknown', close };
}
