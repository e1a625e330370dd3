/**
 * `npm run bench`: the build benchmark of issue 7.
 *
 * For each size it generates stories (about 1,000 words, Dutch and English),
 * as many testimonials and one picture per ten stories into a temporary copy
 * of the project, then measures, `--runs` times each, a cold and a second
 * `npm run build` (scripts/build.ts: Astro, the checks, Pagefind, Open Graph
 * images), an ordinary Astro site of the same content (scripts/bench/equivalent/:
 * the kit's kinds of pages with plain templates, their pictures at the kit's
 * formats and widths, listings, sitemap, feeds and Pagefind, no checks) and a bare Astro
 * site that renders the same stories and nothing else (scripts/bench/bare/):
 * each cold (no cache), second (unchanged) and edit (one paragraph of one story
 * changed), in wall time, CPU time of the process tree and peak memory, with
 * the load from other processes during each build and what each build made.
 * It writes the tables into BENCHMARKS.md, between its markers.
 *
 *   npm run bench                                  # 100, 1,000 and 3,000 stories, 3 runs each
 *   npm run bench -- --sizes 100,1000 --runs 1     # a quicker look
 *   npm run bench -- --sizes 1000 --only kit       # kit builds only (no table written; also equivalent, bare)
 *   npm run bench -- --sizes 100 --keep            # keep the temporary copy to look at
 *   npm run bench -- --sizes 1000 --prepare-only   # only make the copy, e.g. to profile a build in it
 *   npm run bench -- --sizes 3000 --runs 1 --merge # add one size to the sizes of the last run
 *
 * It waits while a vitest run is going on: on two cores, anything else running shows up in the numbers.
 * With --no-wait it measures all the same (on a machine shared with others' tests): the load from
 * other processes is recorded for every build, and figures taken under load are marked.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adminBundle } from '../src/admin/admin-bundle.ts';
import { buildDate } from '../src/consent/today.ts';
import { settings } from '../src/settings/index.ts';
import { parseDocument } from 'yaml';
import { CORPUS_LOCALES, SPECIALTIES } from './bench/corpus.ts';
import { countOutput } from './bench/counts.ts';
import { generateContent } from './bench/generate.ts';
import { measure, type MeasuredRun } from './bench/measure.ts';
import { autogroupOf, niceFromStat, yieldsToBuild } from './bench/process-tree.ts';
import { photoJpeg } from './bench/photo.ts';
import { LOADED, resultsSection, updateBenchmarks, type BuildCounts, type BuildSeries, type SizeResult, type TargetName } from './bench/stats.ts';
import { stepTimings } from './bench/steps.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,3000' },
		runs: { type: 'string', default: '3' },
		only: { type: 'string' },
		keep: { type: 'boolean', default: false },
		'prepare-only': { type: 'boolean', default: false },
		merge: { type: 'boolean', default: false },
		out: { type: 'string', default: path.join(root, 'BENCHMARKS.md') },
		'sample-ms': { type: 'string', default: '100' },
		'no-wait': { type: 'boolean', default: false },
	},
});
const sizes = args.sizes.split(',').map((size) => Number(size.trim()));
// "3" for every size, or one count per size ("3,3,1"), as a full run at the largest size takes long.
const runCounts = args.runs.split(',').map((count) => Number(count.trim()));
const runsFor = (index: number) => runCounts[Math.min(index, runCounts.length - 1)]!;
const sampleMs = Number(args['sample-ms']);
const only = args.only as TargetName | undefined;
if (sizes.some((size) => !Number.isInteger(size) || size < 2) || (only !== undefined && !['kit', 'equivalent', 'bare'].includes(only)) || runCounts.some((count) => !Number.isInteger(count) || count < 1)) {
	console.error('Usage: npm run bench -- [--sizes 100,1000,3000] [--runs 3 | --runs 3,3,1] [--only kit|equivalent|bare] [--keep] [--prepare-only] [--merge] [--no-wait]');
	process.exit(2);
}

// Consent in the generated content is valid on this day, and every build is told it is this day.
const today = buildDate(settings.timeZone);
const node = process.execPath;

/**
 * The kit's shared CMS bundles (src/admin/shared-bundles.ts) during the benchmark: a folder of its own, not the
 * user's, into which the CMS is bundled once before the runs (not measured). A cold build removes the copy's
 * .zorgmerk/, with the bundle kept there, and takes the bundle from this folder: it measures a fresh clone of a
 * project whose CMS was already bundled on the machine. The first build after a change to cms/ or the
 * dependencies pays 4–5 s more for bundling (see BENCHMARKS.md, Method).
 */
const cmsCache = args['prepare-only'] ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-bench-cms-'));
if (cmsCache) process.on('exit', () => fs.rmSync(cmsCache, { recursive: true, force: true }));

/** Top-level entries of the project that are not copied: caches, builds, and what is linked instead. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.zorgmerk', '.astro', 'test-results', 'social-cards', 'BENCHMARKS.md']);

function log(message: string) {
	console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** A copy of the project with generated stories and testimonials, sharing the project's node_modules. */
async function prepareCopy(size: number): Promise<{ dir: string; counts: ReturnType<typeof generateContent>['counts'] }> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zorgmerk-bench-${size}-`));
	for (const entry of fs.readdirSync(root)) {
		if (!NOT_COPIED.has(entry)) fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
	}
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	const content = path.join(dir, 'content');
	const [first] = CORPUS_LOCALES;
	for (const specialty of SPECIALTIES) {
		for (const slug of [specialty.slug]) {
			if (!fs.existsSync(path.join(content, 'specialties', first, `${slug}.md`))) throw new Error(`The generator writes about content/specialties/${first}/${slug}.md, which the project no longer has: update scripts/bench/corpus.ts`);
		}
		for (const locale of CORPUS_LOCALES) {
			const file = path.join(content, 'specialties', locale, `${specialty.slug}.md`);
			const address = /^slug:\s*"?([^"\n]+)"?\s*$/m.exec(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')?.[1] ?? specialty.slug;
			if (address !== (specialty.address?.[locale] ?? specialty.slug)) throw new Error(`content/specialties/${locale}/${specialty.slug}.md has the address "${address}", the generator links to "${specialty.address?.[locale] ?? specialty.slug}": update scripts/bench/corpus.ts`);
		}
		for (const member of [specialty.clinician.slug, specialty.nurse.slug]) {
			if (!fs.existsSync(path.join(content, 'team', first, `${member}.md`))) throw new Error(`The generator names content/team/${first}/${member}.md, which the project no longer has: update scripts/bench/corpus.ts`);
		}
	}
	// The generated hospital publishes in the corpus's languages, whatever the demo adds, so sizes stay comparable between runs.
	const settingsFile = path.join(content, 'settings', 'site.yaml');
	const settingsYaml = parseDocument(fs.readFileSync(settingsFile, 'utf8'));
	settingsYaml.set('locales', settingsYaml.createNode([...CORPUS_LOCALES], { flow: true }));
	fs.writeFileSync(settingsFile, settingsYaml.toString());
	// …and the demo's translations into other languages go: the content check refuses a folder of a language the site does not publish in.
	for (const locale of settings.locales.filter((demoLocale) => !(CORPUS_LOCALES as readonly string[]).includes(demoLocale))) {
		for (const collection of fs.readdirSync(content)) fs.rmSync(path.join(content, collection, locale), { recursive: true, force: true });
	}
	fs.rmSync(path.join(content, 'stories'), { recursive: true, force: true });
	fs.rmSync(path.join(content, 'testimonials'), { recursive: true, force: true });
	const generated = generateContent({ stories: size, today, maxYears: settings.consent.maxYears });
	for (const file of generated.files) {
		fs.mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
		fs.writeFileSync(path.join(content, file.path), file.text);
	}
	for (const image of generated.images) {
		fs.mkdirSync(path.dirname(path.join(content, image.path)), { recursive: true });
		fs.writeFileSync(path.join(content, image.path), await photoJpeg(image.seed));
	}
	return { dir, counts: generated.counts };
}

/** The environment without what npm and vitest add, so each build sees what a developer's would. */
function cleanEnvironment(): NodeJS.ProcessEnv {
	const dropped = /^(npm_|VITEST|INIT_CWD$|BASE_URL$|MODE$|NODE_ENV$|TEST$)/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped.test(key)));
}

interface Target {
	name: TargetName;
	run: (log: string) => Promise<MeasuredRun>;
	/** Empties every cache and the output. */
	clear: () => void;
	/** What the last build made. */
	counts: () => BuildCounts;
}

/** The kinds of build measured, in this order: every cache emptied; right after, unchanged; right after, one paragraph changed. */
const KINDS = ['cold', 'second', 'edit'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The edit of an edit build: one paragraph of one story (the first of the first language) gets a sentence more,
 * a new one each time, as an editor's small correction would.
 */
function editOneStory(dir: string, edit: number): void {
	const folder = path.join(dir, 'content', 'stories', CORPUS_LOCALES[0]);
	const file = path.join(folder, fs.readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort()[0]!);
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	const body = lines.indexOf('---', 1) + 1;
	const paragraph = lines.findIndex((line, at) => at > body && line.length > 80 && /^[\p{L}]/u.test(line));
	if (body === 0 || paragraph < 0) throw new Error(`${file}: no paragraph to edit for the edit build`);
	lines[paragraph] = `${lines[paragraph]} De redactie paste deze alinea aan (bewerking ${edit}).`;
	fs.writeFileSync(file, lines.join('\n'));
}

function targets(dir: string): Target[] {
	const env = { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ZORGMERK_TODAY: today };
	const kitDist = path.join(dir, 'dist');
	const kitCache = path.join(dir, '.zorgmerk', 'cache');
	const equivalentRoot = path.join(dir, 'scripts', 'bench', 'equivalent');
	const equivalentDist = path.join(dir, '.bench-equivalent', 'dist');
	const equivalentCache = path.join(dir, '.bench-equivalent', 'cache');
	const bareRoot = path.join(dir, 'scripts', 'bench', 'bare');
	const bareDist = path.join(dir, '.bench-bare', 'dist');
	const bareCache = path.join(dir, '.bench-bare', 'cache');
	const list: Target[] = [
		{
			name: 'kit',
			// What `npm run build` runs, without npm in between.
			run: (logFile) =>
				measure(node, [path.join(dir, 'scripts', 'build.ts')], {
					cwd: dir,
					env: { ...env, ZORGMERK_DIST: kitDist, ZORGMERK_CACHE_DIR: kitCache, ZORGMERK_TIMINGS: '1', ...(cmsCache ? { ZORGMERK_CMS_CACHE: cmsCache } : {}) },
					log: logFile,
					sampleMs,
					trace: logFile.replace(/\.log$/, '.memory'),
				}),
			clear: () => {
				for (const folder of [kitDist, path.join(dir, '.zorgmerk'), path.join(dir, '.astro')]) fs.rmSync(folder, { recursive: true, force: true });
			},
			counts: () => countOutput(kitDist),
		},
		{
			name: 'equivalent',
			run: (logFile) =>
				measure(node, [path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', equivalentRoot], {
					cwd: dir,
					env: { ...env, BENCH_CONTENT: path.join(dir, 'content'), BENCH_OUT_DIR: equivalentDist, BENCH_CACHE_DIR: equivalentCache },
					log: logFile,
					sampleMs,
					trace: logFile.replace(/\.log$/, '.memory'),
				}),
			clear: () => {
				for (const folder of [path.join(dir, '.bench-equivalent'), path.join(equivalentRoot, '.astro')]) fs.rmSync(folder, { recursive: true, force: true });
			},
			counts: () => countOutput(equivalentDist),
		},
		{
			name: 'bare',
			run: (logFile) =>
				measure(node, [path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', bareRoot], {
					cwd: dir,
					env: { ...env, BENCH_STORIES: path.join(dir, 'content', 'stories'), BENCH_OUT_DIR: bareDist, BENCH_CACHE_DIR: bareCache },
					log: logFile,
					sampleMs,
					trace: logFile.replace(/\.log$/, '.memory'),
				}),
			clear: () => {
				for (const folder of [path.join(dir, '.bench-bare'), path.join(bareRoot, '.astro')]) fs.rmSync(folder, { recursive: true, force: true });
			},
			counts: () => countOutput(bareDist),
		},
	];
	return list.filter((target) => !only || target.name === only);
}

function machine(): string {
	const cpus = os.cpus();
	const astro = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
	return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, Astro ${astro.version}`;
}

/** A vitest run at normal priority, which would be in the numbers; one started with `nice -n 19` is not waited for, unless autogroups make it compete all the same (see yieldsToBuild). */
function otherLoad(): string | undefined {
	let found: string[];
	try {
		found = execFileSync('pgrep', ['-f', 'vitest'], { encoding: 'utf8' }).trim().split('\n');
	} catch {
		return undefined; // pgrep exits 1 when nothing matches
	}
	const normal = found.filter((pid) => {
		try {
			return !yieldsToBuild(niceFromStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')), autogroupOf(Number(pid)), autogroupOf(process.pid));
		} catch {
			return false; // ended meanwhile
		}
	});
	return normal.length > 0 ? `vitest is running (pid ${normal.join(', ')})` : undefined;
}

/** Waits while a test suite runs: on two cores it would be in the numbers. Not with --no-wait: the load is recorded all the same. */
async function quiet(): Promise<void> {
	if (args['no-wait']) return;
	let busy = otherLoad();
	if (!busy) return;
	log(`waiting: ${busy}`);
	while (busy) {
		await new Promise((resolve) => setTimeout(resolve, 10_000));
		busy = otherLoad();
	}
	log('quiet again, measuring');
}

const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const results: SizeResult[] = [];
// With autogroups on, `nice -n 19` only orders work within one terminal session: others' niced tests still take a core.
if (autogroupOf(process.pid)) log('warning: the kernel groups processes by session (/proc/sys/kernel/sched_autogroup_enabled is 1), so niced work in other sessions competes with the builds as if it were not niced and is counted as load; as root, `echo 0 > /proc/sys/kernel/sched_autogroup_enabled` for the run');
for (const [sizeIndex, size] of sizes.entries()) {
	const runs = runsFor(sizeIndex);
	log(`${size} stories: generating content…`);
	const { dir, counts: generated } = await prepareCopy(size);
	log(`${generated.stories} stories (${generated.publishedStories} published), ${generated.testimonials} testimonials (${generated.publishedTestimonials} published), ${generated.images} images, ${generated.team} clinicians in ${dir}`);
	if (args['prepare-only']) {
		log(`build it with: cd ${dir} && ZORGMERK_CACHE_DIR=.zorgmerk/cache ZORGMERK_TODAY=${today} ZORGMERK_TIMINGS=1 node scripts/build.ts`);
		continue;
	}
	// Once for all sizes: every copy has the same cms/, code and dependencies, so later sizes find it bundled.
	if (only === undefined || only === 'kit') {
		adminBundle(dir, path.join(dir, '.zorgmerk', 'admin'), { shared: cmsCache ?? false, log: { info: log, warn: log }, onBundling: () => log(`bundling the CMS once into ${cmsCache}, before the runs`) });
	}
	const series: Partial<Record<TargetName, BuildSeries>> = {};
	const logs: Record<Kind, string[]> = { cold: [], second: [], edit: [] };
	const counts: Partial<Record<TargetName, BuildCounts>> = {};
	let edits = 0;
	for (let run = 1; run <= runs; run += 1) {
		for (const target of targets(dir)) {
			for (const kind of KINDS) {
				const logFile = path.join(dir, `${target.name}-${kind}-${run}.log`);
				let measured: MeasuredRun;
				for (let attempt = 1; ; attempt += 1) {
					if (kind === 'cold') target.clear();
					// Each try of an edit build is an edit of its own: the same content again would be a second build.
					if (kind === 'edit') editOneStory(dir, (edits += 1));
					await quiet();
					// A test suite that starts during a build makes it slower: such a build is measured again.
					let disturbed: string | undefined;
					const watch = setInterval(() => (disturbed ??= args['no-wait'] ? undefined : otherLoad()), 5000);
					measured = await target.run(logFile);
					clearInterval(watch);
					if (!disturbed || measured.exitCode !== 0 || attempt === 3) {
						if (disturbed) log(`warning: ${disturbed} during this build, also on the third try; it is counted as it is`);
						break;
					}
					log(`${disturbed} during ${target.name} ${kind} build ${run}: measuring it again`);
				}
				if (measured.exitCode !== 0) {
					const output = fs.readFileSync(logFile, 'utf8');
					console.error(output.split('\n').slice(-60).join('\n'));
					throw new Error(`${target.name} ${kind} build ${run} of ${size} stories failed (exit ${measured.exitCode}); its log is ${logFile}`);
				}
				// The logs and memory traces outlive the temporary copy, for a look at where time and memory went.
				const kept = path.join(root, '.zorgmerk', 'bench', String(size));
				fs.mkdirSync(kept, { recursive: true });
				for (const file of [logFile, logFile.replace(/\.log$/, '.memory')]) if (fs.existsSync(file)) fs.copyFileSync(file, path.join(kept, path.basename(file)));
				const { exitCode: _exitCode, ...measurement } = measured;
				const targetSeries = (series[target.name] ??= { cold: [], second: [], edit: [] });
				(targetSeries[kind] ??= []).push(measurement);
				counts[target.name] = target.counts();
				if (target.name === 'kit') logs[kind].push(fs.readFileSync(logFile, 'utf8'));
				const load = measured.load;
				const loadNote = load ? `, load ${load.start ?? '?'}→${load.end ?? '?'}, others ready to run ${load.others.toFixed(2)}${load.others > LOADED ? ' (UNDER LOAD)' : ''}, niced ${(load.niced ?? 0).toFixed(2)}` : '';
				const cpu = measured.cpuMs === undefined ? '' : `, CPU ${(measured.cpuMs / 1000).toFixed(1)} s`;
				log(`${size} stories, run ${run}: ${target.name} ${kind} ${(measured.wallMs / 1000).toFixed(1)} s${cpu}, peak ${Math.round(measured.peakMemory / 1024 / 1024)} MB, ${counts[target.name]!.pages} pages${loadNote}`);
			}
		}
	}
	const empty: BuildSeries = { cold: [], second: [] };
	results.push({
		runs,
		date: today,
		command,
		stories: generated.stories,
		testimonials: generated.testimonials,
		images: generated.images,
		pages: { kit: counts.kit?.pages ?? 0, bare: counts.bare?.pages ?? 0, ...(counts.equivalent ? { equivalent: counts.equivalent.pages } : {}) },
		kit: series.kit ?? empty,
		bare: series.bare ?? empty,
		...(series.equivalent ? { equivalent: series.equivalent } : {}),
		counts,
		...(logs.cold.length > 0 ? { steps: { cold: stepTimings(logs.cold), second: stepTimings(logs.second), edit: stepTimings(logs.edit) } } : {}),
	});
	if (args.keep) log(`kept ${dir}`);
	else fs.rmSync(dir, { recursive: true, force: true });
}

if (args['prepare-only']) process.exit(0);

const resultsFile = path.join(root, '.zorgmerk', 'bench', 'results.json');
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
// --merge: keep the sizes an earlier run measured and this one did not, e.g. to measure 3,000 stories on its own.
const earlier = args.merge && fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { results: SizeResult[] }).results : [];
const merged = [...earlier.filter((result) => !results.some((fresh) => fresh.stories === result.stories)), ...results].sort((a, b) => a.stories - b.stories);
fs.writeFileSync(resultsFile, JSON.stringify({ results: merged }, null, '\t'));
log(`raw results in ${path.relative(root, resultsFile)}`);

if (only) {
	log('--only: BENCHMARKS.md is left as it is (its tables compare the kit with the other builds)');
} else {
	const section = resultsSection({ machine: machine(), sampleMs }, merged);
	const previous = fs.existsSync(args.out) ? fs.readFileSync(args.out, 'utf8') : undefined;
	fs.writeFileSync(args.out, updateBenchmarks(previous, section, '# Build benchmarks\n\nWritten by `npm run bench` (scripts/bench.ts).'));
	log(`wrote ${path.relative(root, args.out)}`);
	console.log(`\n${section}`);
}
