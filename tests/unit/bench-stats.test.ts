/** The benchmark's numbers, table and log reading (scripts/bench/stats.ts, steps.ts, process-tree.ts). */
import { describe, expect, it } from 'vitest';
import { descendants, parentFromStat, pssFromSmapsRollup, rssFromStatus } from '../../scripts/bench/process-tree.ts';
import { derive, END_MARKER, formatBytes, formatSeconds, resultsSection, START_MARKER, summarize, updateBenchmarks, verdicts, type SizeResult } from '../../scripts/bench/stats.ts';
import { parseDuration, stepsOfLog, stepTimings } from '../../scripts/bench/steps.ts';

const runs = (...seconds: number[]) => seconds.map((s) => ({ wallMs: s * 1000, peakMemory: 1024 ** 3 }));
const result = (stories: number, kit: [number[], number[]], bare: [number[], number[]]): SizeResult => ({
	runs: kit[0].length,
	date: '2026-11-23',
	command: 'npm run bench',
	stories,
	testimonials: stories,
	images: stories / 10,
	pages: { kit: stories * 2, bare: stories },
	kit: { cold: runs(...kit[0]), second: runs(...kit[1]) },
	bare: { cold: runs(...bare[0]), second: runs(...bare[1]) },
});

describe('the benchmark statistics', () => {
	it('summarises runs as median, min and max', () => {
		expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
		expect(summarize([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
		expect(() => summarize([])).toThrow();
		expect(formatSeconds(summarize([12_345, 11_900, 13_020]))).toBe('12.3 s (11.9–13.0)');
		expect(formatSeconds(summarize([2000]))).toBe('2.0 s');
		expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GB');
		expect(formatBytes(300 * 1024 ** 2)).toBe('300 MB');
	});

	it('compares the kit with the bare build and a second build with a cold one', () => {
		const d = derive(result(100, [[40, 44, 42], [10, 11, 12]], [[20, 21, 22], [19, 20, 21]]));
		expect(d.ratioCold).toBeCloseTo(2);
		expect(d.ratioSecond).toBeCloseTo(11 / 20);
		expect(d.speedup).toBeCloseTo(42 / 11);
		expect(d.msPerStory.kitCold).toBeCloseTo(420);
		expect(d.peak.kit).toBe(1024 ** 3);
	});

	it('says per target whether it is met, and when it was not measured', () => {
		const measured = verdicts([result(100, [[13], [6]], [[10], [10]]), result(3000, [[100], [60]], [[90], [80]])]);
		expect(measured.map((verdict) => verdict.met)).toEqual([true, false, true]);
		expect(measured[1]!.detail).toBe('cold ÷ second: 100: 2.17×, 3,000: 1.67×');
		expect(verdicts([result(100, [[13], [6]], [[10], [10]])])[2]!.met).toBeUndefined();
	});

	it('replaces only the measured part of BENCHMARKS.md', () => {
		const section = resultsSection({ machine: '2 × CPU', sampleMs: 100 }, [result(100, [[13], [6]], [[10], [10]])]);
		expect(section.startsWith(START_MARKER) && section.endsWith(END_MARKER)).toBe(true);
		expect(section).toContain('| 100 (200 pages) | 13.0 s | 6.0 s | 10.0 s | 10.0 s | 1.30 / 0.60 | 2.17× |');
		expect(section).toContain('median (min–max) of 1 run at 100 stories (2026-11-23, `npm run bench`)');
		const written = updateBenchmarks(`# Benchmarks\n\nOur notes.\n\n${START_MARKER}\nold\n${END_MARKER}\n\n## Findings\n`, section, 'intro');
		expect(written).toBe(`# Benchmarks\n\nOur notes.\n\n${section}\n\n## Findings\n`);
		expect(updateBenchmarks(undefined, section, '# Intro')).toBe(`# Intro\n\n${section}\n`);
	});
});

describe('reading a build log', () => {
	it('reads durations as Astro and Vite print them', () => {
		expect(parseDuration('60ms')).toBeCloseTo(0.06);
		expect(parseDuration('4.46s')).toBe(4.46);
		expect(parseDuration('2m 37s')).toBe(157);
		expect(parseDuration('1m')).toBe(60);
		expect(parseDuration('soon')).toBeUndefined();
	});

	const log = [
		'10:00:01 [zorgmerk] timing content check: 1.50 s',
		'10:00:02 [build] Collecting build info...',
		'10:00:02 [build] ✓ Completed in 3.25s.',
		'10:00:04 [vite] ✓ built in 1.20s',
		'10:00:09 [vite] ✓ built in 4.80s',
		' generating static routes ',
		'10:00:10   ├─ /og/nl.png (+40ms) ',
		'10:00:10   ├─ /nl/index.html (+5ms) ',
		'10:00:10   └─ /og/en.png (+1.00s) ',
		'10:00:12 ✓ Completed in 2.5s.',
		' generating optimized images ',
		'10:00:13 ✓ Completed in 1m 2s.',
		'10:00:14 [zorgmerk] timing search index: 2.00 s',
		'10:00:15 [build] 3 page(s) built in 1m 20s',
	].join('\n');

	it('finds the time of Astro\'s phases and the kit\'s steps', () => {
		expect(stepsOfLog(`\u001b[2m${log}\u001b[22m`)).toEqual({
			'Astro: config, content sync, build info': 3.25,
			'Astro: bundle (Vite)': 6,
			'Astro: render pages': 2.5,
			'… of which Open Graph images': 1.04,
			'Astro: optimise images': 62,
			'kit: content check': 1.5,
			'kit: search index': 2,
			'total, as Astro counts it': 80,
		});
		expect(stepTimings([log, log.replace('3.25s', '4.25s'), log.replace('3.25s', '9.25s')])['Astro: config, content sync, build info']).toBe(4.25);
	});
});

describe('the memory of a process tree', () => {
	it('reads the parent from /proc/<pid>/stat, even when the name holds spaces and parentheses', () => {
		expect(parentFromStat('4242 (node (worker) x) S 4200 4242 4242 0 -1 4194560')).toBe(4200);
		expect(parentFromStat('1 (init) S 0 1 1')).toBe(0);
	});

	it('reads resident memory from /proc/<pid>/status', () => {
		expect(rssFromStatus('Name:\tnode\nVmRSS:\t  204800 kB\nThreads:\t7\n')).toBe(204800 * 1024);
		expect(rssFromStatus('Name:\tkthreadd\n')).toBe(0);
		expect(pssFromSmapsRollup('55d0-7ffd ---p 00000000 00:00 0 [rollup]\nRss:  1604 kB\nPss:   232 kB\nPss_Dirty: 112 kB\n')).toBe(232 * 1024);
		expect(pssFromSmapsRollup('')).toBeUndefined();
	});

	it('finds every process below the build, and nothing else', () => {
		const parents = new Map([[10, 1], [11, 10], [12, 11], [13, 10], [20, 1]]);
		expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
	});
});
