/**
 * The benchmark's numbers and the table it writes into BENCHMARKS.md. Pure:
 * measurements in, Markdown out.
 */

/** One build, as measured from outside. */
export interface Measurement {
	/** From start to exit, in milliseconds. */
	wallMs: number;
	/** CPU time (user + system) of the build's whole process tree, in milliseconds; absent in results from before it was measured. */
	cpuMs?: number;
	/** The highest summed memory (PSS) of the build's whole process tree, in bytes. */
	peakMemory: number;
	/** The machine's load: 1-minute load average at start and end, and the mean number of other processes' threads ready to run during the build, at normal priority (`others`) and niced (`niced`, absent before it was counted apart). */
	load?: { start?: number; end?: number; others: number; niced?: number };
}

export interface BuildSeries {
	/** Every cache emptied first. */
	cold: Measurement[];
	/** Right after a build of the same content, caches kept. */
	second: Measurement[];
	/** Right after that, with one paragraph of one story changed. */
	edit?: Measurement[];
}

/** What a build made, to show that the builds compared did comparable work. */
export interface BuildCounts {
	/** HTML pages. */
	pages: number;
	/** Picture files by extension ("avif", "webp", "jpg", "png"), not counting `originals`. */
	pictures: Record<string, number>;
	/**
	 * Pictures Astro copied unchanged into `_astro/` (a content picture's original, published whether or not a page
	 * links to it; the kit's image check removes those no page uses). Absent in results from before it was counted.
	 */
	originals?: number;
	/** <loc> entries in the sitemap files. */
	sitemapUrls: number;
	/** Pages in the Pagefind index (its fragments). */
	searchPages: number;
}

export type TargetName = 'kit' | 'bare' | 'equivalent';

/** Other processes' threads ready to run, on average, above which a figure counts as taken under load. */
export const LOADED = 0.5;

export interface SizeResult {
	/** How many times each build was measured. */
	runs: number;
	/** The day it was measured (YYYY-MM-DD), and the command that did. */
	date: string;
	command: string;
	/** Story files (both languages together). */
	stories: number;
	testimonials: number;
	images: number;
	/** HTML pages each build wrote. */
	pages: { kit: number; bare: number; equivalent?: number };
	kit: BuildSeries;
	bare: BuildSeries;
	/** The ordinary Astro site of the same content (scripts/bench/equivalent/). */
	equivalent?: BuildSeries;
	/** What each build made, from its last build. */
	counts?: Partial<Record<TargetName, BuildCounts>>;
	/** Seconds per step of the kit's build (from ZORGMERK_TIMINGS), median over the runs, per series. */
	steps?: { cold: Record<string, number>; second: Record<string, number>; edit?: Record<string, number> };
}

export interface Summary {
	median: number;
	min: number;
	max: number;
}

export function summarize(values: readonly number[]): Summary {
	if (values.length === 0) throw new Error('summarize: no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

const medianOf = (series: readonly Measurement[], key: 'wallMs' | 'peakMemory') => summarize(series.map((run) => run[key])).median;

/** "12.3 s (11.9–13.0)" for a series of wall times. */
export function formatSeconds(summary: Summary): string {
	const s = (ms: number) => (ms / 1000).toFixed(1);
	return summary.min === summary.max ? `${s(summary.median)} s` : `${s(summary.median)} s (${s(summary.min)}–${s(summary.max)})`;
}

/** Bytes as "1.23 GB" or "456 MB" (powers of 1,024, as the 2 GB target is meant). */
export function formatBytes(bytes: number): string {
	const mb = bytes / 1024 / 1024;
	return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${Math.round(mb)} MB`;
}

export const TARGETS = {
	/** The kit's build takes at most this many times the bare Astro build's time. */
	ratio: 1.3,
	/** A second build is at least this many times faster than a cold one. */
	speedup: 2,
	/** Peak memory at the largest size, in bytes. */
	memory: 2 * 1024 ** 3,
	/** The size the memory target is about. */
	memoryAt: 3000,
} as const;

export interface Derived {
	/** Kit ÷ bare, median wall times. */
	ratioCold: number;
	ratioSecond: number;
	/** Kit cold ÷ kit second. */
	speedup: number;
	/** Milliseconds per story file, median. */
	msPerStory: { kitCold: number; kitSecond: number; bareCold: number; bareSecond: number };
	/** Highest peak over all runs, per build. */
	peak: { kit: number; bare: number };
}

export function derive(result: SizeResult): Derived {
	const kitCold = medianOf(result.kit.cold, 'wallMs');
	const kitSecond = medianOf(result.kit.second, 'wallMs');
	const bareCold = medianOf(result.bare.cold, 'wallMs');
	const bareSecond = medianOf(result.bare.second, 'wallMs');
	const peak = (series: BuildSeries) => Math.max(...[...series.cold, ...series.second].map((run) => run.peakMemory));
	return {
		ratioCold: kitCold / bareCold,
		ratioSecond: kitSecond / bareSecond,
		speedup: kitCold / kitSecond,
		msPerStory: {
			kitCold: kitCold / result.stories,
			kitSecond: kitSecond / result.stories,
			bareCold: bareCold / result.stories,
			bareSecond: bareSecond / result.stories,
		},
		peak: { kit: peak(result.kit), bare: peak(result.bare) },
	};
}

const number = (value: number) => value.toLocaleString('en-GB');

/** The results table, in Markdown. */
export function resultsTable(results: readonly SizeResult[]): string {
	const rows = results.map((result) => {
		const d = derive(result);
		const wall = (series: Measurement[]) => formatSeconds(summarize(series.map((run) => run.wallMs)));
		return [
			`${number(result.stories)} (${number(result.pages.kit)} pages)`,
			wall(result.kit.cold),
			wall(result.kit.second),
			wall(result.bare.cold),
			wall(result.bare.second),
			`${d.ratioCold.toFixed(2)} / ${d.ratioSecond.toFixed(2)}`,
			`${d.speedup.toFixed(2)}×`,
			`${d.msPerStory.kitCold.toFixed(1)} / ${d.msPerStory.kitSecond.toFixed(1)}`,
			`${d.msPerStory.bareCold.toFixed(1)} / ${d.msPerStory.bareSecond.toFixed(1)}`,
			formatBytes(d.peak.kit),
			formatBytes(d.peak.bare),
		];
	});
	return table(
		['stories', 'kit cold', 'kit second', 'bare cold', 'bare second', 'kit ÷ bare (cold / second)', 'kit cold ÷ second', 'kit ms per story (cold / second)', 'bare ms per story (cold / second)', 'kit peak memory', 'bare peak memory'],
		rows,
	);
}

/** Seconds per step of the kit's build, one column per size and kind of build (cold, second, and edit where measured). */
export function stepsTable(results: readonly SizeResult[]): string | undefined {
	const withSteps = results.filter((result) => result.steps);
	if (withSteps.length === 0) return undefined;
	const kinds = (result: SizeResult) => (['cold', 'second', 'edit'] as const).filter((kind) => result.steps![kind]);
	const names = [...new Set(withSteps.flatMap((result) => kinds(result).flatMap((kind) => Object.keys(result.steps![kind]!))))];
	const cell = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));
	return table(
		['step (seconds, median)', ...withSteps.flatMap((result) => kinds(result).map((kind) => `${number(result.stories)} ${kind}`))],
		names.map((name) => [name, ...withSteps.flatMap((result) => kinds(result).map((kind) => cell(result.steps![kind]![name])))]),
	);
}

/** The highest mean of other processes' running threads over a series' builds; undefined when not recorded. */
export function loadOf(series: readonly Measurement[]): number | undefined {
	const recorded = series.flatMap((run) => (run.load ? [run.load.others] : []));
	return recorded.length === 0 ? undefined : Math.max(...recorded);
}

/**
 * The kit against the ordinary Astro site of the same content, per kind of
 * build: wall time, CPU time of the process tree, peak memory, their ratios,
 * and the load from other processes during the builds (figures taken with more
 * than {@link LOADED} are marked).
 */
export function comparisonTable(results: readonly SizeResult[]): string | undefined {
	const rows: string[][] = [];
	for (const result of results) {
		const equivalent = result.equivalent;
		if (!equivalent) continue;
		for (const kind of ['cold', 'second', 'edit'] as const) {
			const kit = result.kit[kind];
			const other = equivalent[kind];
			if (!kit?.length || !other?.length) continue;
			const median = (series: Measurement[], key: 'wallMs' | 'cpuMs') => {
				const values = series.flatMap((run) => (run[key] === undefined ? [] : [run[key]!]));
				return values.length === 0 ? undefined : summarize(values).median;
			};
			const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
			const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '–' : (a / b).toFixed(2));
			const peak = (series: Measurement[]) => Math.max(...series.map((run) => run.peakMemory));
			const load = Math.max(loadOf(kit) ?? 0, loadOf(other) ?? 0);
			rows.push([
				`${number(result.stories)} ${kind}`,
				seconds(median(kit, 'wallMs')),
				seconds(median(other, 'wallMs')),
				ratio(median(kit, 'wallMs'), median(other, 'wallMs')),
				seconds(median(kit, 'cpuMs')),
				seconds(median(other, 'cpuMs')),
				ratio(median(kit, 'cpuMs'), median(other, 'cpuMs')),
				`${formatBytes(peak(kit))} / ${formatBytes(peak(other))}`,
				`${load.toFixed(2)}${load > LOADED ? ' **under load**' : ''}`,
			]);
		}
	}
	if (rows.length === 0) return undefined;
	return table(['stories, build', 'kit wall', 'equivalent wall', 'kit ÷ equivalent (wall)', 'kit CPU', 'equivalent CPU', 'kit ÷ equivalent (CPU)', 'peak memory (kit / equivalent)', 'load from others (threads ready to run, mean; worst run)'], rows);
}

/** What each build made, per size: pages, pictures per format (and originals copied as they are), sitemap URLs and search index pages. */
export function countsTable(results: readonly SizeResult[]): string | undefined {
	const rows: string[][] = [];
	for (const result of results) {
		for (const name of ['kit', 'equivalent', 'bare'] as const) {
			const counts = result.counts?.[name];
			if (!counts) continue;
			const pictures = Object.entries(counts.pictures)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([format, count]) => `${number(count)} ${format}`)
				.join(', ');
			const originals = counts.originals ? ` (and ${number(counts.originals)} originals copied)` : '';
			rows.push([number(result.stories), name, number(counts.pages), `${pictures || '–'}${originals}`, number(counts.sitemapUrls), number(counts.searchPages)]);
		}
	}
	return rows.length === 0 ? undefined : table(['stories', 'build', 'pages', 'pictures', 'sitemap URLs', 'search index pages'], rows);
}

export type Verdict = { target: string; met: boolean | undefined; detail: string };

/** Whether each target of issue 7 is met, with the numbers behind it. `undefined`: not measured. */
export function verdicts(results: readonly SizeResult[]): Verdict[] {
	const derived = results.map((result) => ({ result, d: derive(result) }));
	const worst = (pick: (d: Derived) => number, compare: (a: number, b: number) => number) =>
		derived.length === 0 ? undefined : derived.reduce((a, b) => (compare(pick(a.d), pick(b.d)) >= 0 ? a : b));
	const ratio = worst((d) => d.ratioCold, (a, b) => a - b);
	const speed = worst((d) => d.speedup, (a, b) => b - a);
	const memory = derived.find(({ result }) => result.stories === TARGETS.memoryAt);
	const list = (pick: (d: Derived) => string) => derived.map(({ result, d }) => `${number(result.stories)}: ${pick(d)}`).join(', ');
	return [
		{
			target: `The kit's checks and extras add at most ${Math.round((TARGETS.ratio - 1) * 100)}% to the bare Astro build (cold)`,
			met: ratio ? ratio.d.ratioCold <= TARGETS.ratio : undefined,
			detail: `kit ÷ bare, cold: ${list((d) => d.ratioCold.toFixed(2))}; second: ${list((d) => d.ratioSecond.toFixed(2))}`,
		},
		{
			target: `A second build with unchanged content is at least ${TARGETS.speedup}× faster than a cold one`,
			met: speed ? speed.d.speedup >= TARGETS.speedup : undefined,
			detail: `cold ÷ second: ${list((d) => `${d.speedup.toFixed(2)}×`)}`,
		},
		{
			target: `Peak memory under ${formatBytes(TARGETS.memory)} at ${number(TARGETS.memoryAt)} stories`,
			met: memory ? memory.d.peak.kit < TARGETS.memory : undefined,
			detail: memory ? `kit ${formatBytes(memory.d.peak.kit)}, bare ${formatBytes(memory.d.peak.bare)}` : `not measured at ${number(TARGETS.memoryAt)} stories in this run`,
		},
	];
}

function table(header: string[], rows: string[][]): string {
	return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export interface RunInfo {
	machine: string;
	sampleMs: number;
}

export const START_MARKER = '<!-- bench:results:start -->';
export const END_MARKER = '<!-- bench:results:end -->';

/** The measured part of BENCHMARKS.md, between its markers. */
export function resultsSection(info: RunInfo, results: readonly SizeResult[]): string {
	const steps = stepsTable(results);
	const comparison = comparisonTable(results);
	const counts = countsTable(results);
	const mark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**');
	return [
		START_MARKER,
		`Measured on ${info.machine}; median (min–max) of ${results.map((result) => `${result.runs} run${result.runs === 1 ? '' : 's'} at ${number(result.stories)} stories (${result.date}, \`${result.command}\`)`).join(', ')}; each build cold, then second${results.some((result) => result.kit.edit?.length) ? ', then edit (one paragraph of one story changed)' : ''}. Memory sampled every ${info.sampleMs} ms.`,
		'',
		resultsTable(results),
		'',
		...(comparison ? ['The kit against an ordinary Astro site of the same content (scripts/bench/equivalent/), cold, second and edit builds (medians):', '', comparison, ''] : []),
		...(counts ? ['What each build made (its last build):', '', counts, ''] : []),
		...(steps ? ['Where the kit\'s build spends its time (from `ZORGMERK_TIMINGS=1`; Astro\'s own work is what remains of the total):', '', steps, ''] : []),
		'Targets:',
		'',
		...verdicts(results).map((verdict) => `- ${verdict.target}: ${mark(verdict.met)} (${verdict.detail}).`),
		END_MARKER,
	].join('\n');
}

/** BENCHMARKS.md with its measured section replaced; the text around the markers is kept. */
export function updateBenchmarks(previous: string | undefined, section: string, intro: string): string {
	if (previous && previous.includes(START_MARKER) && previous.includes(END_MARKER)) {
		return `${previous.slice(0, previous.indexOf(START_MARKER))}${section}${previous.slice(previous.indexOf(END_MARKER) + END_MARKER.length)}`;
	}
	return `${intro}\n\n${section}\n`;
}
