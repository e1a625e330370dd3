/**
 * The benchmark's numbers and the table it writes into BENCHMARKS.md. Pure:
 * measurements in, Markdown out.
 */

/** One build, as measured from outside. */
export interface Measurement {
	/** From start to exit, in milliseconds. */
	wallMs: number;
	/** The highest summed memory (PSS) of the build's whole process tree, in bytes. */
	peakMemory: number;
}

export interface BuildSeries {
	/** Every cache emptied first. */
	cold: Measurement[];
	/** Right after a build of the same content, caches kept. */
	second: Measurement[];
}

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
	pages: { kit: number; bare: number };
	kit: BuildSeries;
	bare: BuildSeries;
	/** Seconds per step of the kit's build (from ZORGMERK_TIMINGS), median over the runs, per series. */
	steps?: { cold: Record<string, number>; second: Record<string, number> };
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

const medianOf = (series: readonly Measurement[], key: keyof Measurement) => summarize(series.map((run) => run[key])).median;

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

/** Seconds per step of the kit's build, one column per size, cold and second. */
export function stepsTable(results: readonly SizeResult[]): string | undefined {
	const withSteps = results.filter((result) => result.steps);
	if (withSteps.length === 0) return undefined;
	const names = [...new Set(withSteps.flatMap((result) => [...Object.keys(result.steps!.cold), ...Object.keys(result.steps!.second)]))];
	const cell = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));
	return table(
		['step (seconds, median)', ...withSteps.flatMap((result) => [`${number(result.stories)} cold`, `${number(result.stories)} second`])],
		names.map((name) => [name, ...withSteps.flatMap((result) => [cell(result.steps!.cold[name]), cell(result.steps!.second[name])])]),
	);
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
	const mark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**');
	return [
		START_MARKER,
		`Measured on ${info.machine}; median (min–max) of ${results.map((result) => `${result.runs} run${result.runs === 1 ? '' : 's'} at ${number(result.stories)} stories (${result.date}, \`${result.command}\`)`).join(', ')}; each build cold, then second. Memory sampled every ${info.sampleMs} ms.`,
		'',
		resultsTable(results),
		'',
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
