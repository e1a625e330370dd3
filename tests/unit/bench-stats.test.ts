/** The benchmark's numbers, table and log reading (scripts/bench/stats.ts, steps.ts, process-tree.ts). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countOutput } from '../../scripts/bench/counts.ts';
import { childrenCpuMs } from '../../scripts/bench/measure.ts';
import { autogroupFromFile, descendants, isRunning, niceFromStat, parentFromStat, pssFromSmapsRollup, rssFromStatus, yieldsToBuild } from '../../scripts/bench/process-tree.ts';
import { comparisonTable, countsTable, derive, END_MARKER, formatBytes, formatSeconds, resultsSection, START_MARKER, stepsTable, summarize, updateBenchmarks, verdicts, type SizeResult } from '../../scripts/bench/stats.ts';
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

describe('the kit against the equivalent site', () => {
	const measured = (wall: number, cpu: number, others: number) => ({ wallMs: wall * 1000, cpuMs: cpu * 1000, peakMemory: 1024 ** 3, load: { start: 1, end: 1, others } });
	const compared: SizeResult = {
		...result(100, [[40], [10]], [[5], [5]]),
		kit: { cold: [measured(40, 60, 0.1)], second: [measured(10, 12, 0.2)], edit: [measured(12, 14, 0.9)] },
		equivalent: { cold: [measured(20, 30, 0)], second: [measured(8, 10, 0)], edit: [measured(8, 10, 0)] },
		counts: { kit: { pages: 187, pictures: { avif: 40, webp: 40, jpg: 40 }, sitemapUrls: 150, searchPages: 160 }, equivalent: { pages: 183, pictures: { avif: 40, webp: 40, jpg: 40 }, originals: 10, sitemapUrls: 180, searchPages: 140 } },
		steps: { cold: { 'kit: consent check': 1 }, second: { 'kit: consent check': 0.5 }, edit: { 'kit: consent check': 0.2 } },
	};

	it('gives wall and CPU time side by side per kind of build, and marks figures taken under load', () => {
		expect(comparisonTable([compared])!.split('\n').slice(2)).toEqual([
			'| 100 cold | 40.0 s | 20.0 s | 2.00 | 60.0 s | 30.0 s | 2.00 | 1.00 GB / 1.00 GB | 0.10 |',
			'| 100 second | 10.0 s | 8.0 s | 1.25 | 12.0 s | 10.0 s | 1.20 | 1.00 GB / 1.00 GB | 0.20 |',
			'| 100 edit | 12.0 s | 8.0 s | 1.50 | 14.0 s | 10.0 s | 1.40 | 1.00 GB / 1.00 GB | 0.90 **under load** |',
		]);
		expect(comparisonTable([result(100, [[40], [10]], [[5], [5]])])).toBeUndefined();
	});

	it('counts what each build made, and times the steps of edit builds too', () => {
		expect(countsTable([compared])!.split('\n').slice(2)).toEqual(['| 100 | kit | 187 | 40 avif, 40 jpg, 40 webp | 150 | 160 |', '| 100 | equivalent | 183 | 40 avif, 40 jpg, 40 webp (and 10 originals copied) | 180 | 140 |']);
		expect(stepsTable([compared])!.split('\n')).toEqual(['| step (seconds, median) | 100 cold | 100 second | 100 edit |', '|---|---|---|---|', '| kit: consent check | 1.0 | 0.5 | 0.2 |']);
		expect(resultsSection({ machine: '2 × CPU', sampleMs: 100 }, [compared])).toContain('then edit (one paragraph of one story changed)');
	});

	it('counts pages, pictures by format (not link previews, originals apart), sitemap URLs and search index pages of a build', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-counts-'));
		try {
			const write = (file: string, text = '') => {
				fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
				fs.writeFileSync(path.join(dir, file), text);
			};
			// As Astro names them: a photo's original copied as it is, and its versions at two widths with the options' hash.
			const photo = ['_astro/foto-0001.C1Xh_wJA.jpg', '_astro/foto-0001.C1Xh_wJA_2s57oT.jpg', '_astro/foto-0001.C1Xh_wJA_Z16Qhgt.avif'];
			for (const file of ['nl/index.html', 'nl/a/index.html', '_astro/a.avif', '_astro/a.JPEG', '_astro/b.jpg', 'og/nl.png', 'pagefind/fragment/x.pf_fragment', 'pagefind/en/fragment/y.pf_fragment', 'pagefind/en/index/y.pf_index', ...photo]) write(file);
			write('sitemap-index.xml', '<sitemapindex><sitemap><loc>https://x/sitemap-0.xml</loc></sitemap></sitemapindex>');
			write('sitemap-0.xml', '<urlset><url><loc>https://x/nl/</loc></url><url><loc>https://x/nl/a/</loc></url></urlset>');
			expect(countOutput(dir)).toEqual({ pages: 2, pictures: { avif: 2, jpg: 3 }, originals: 1, sitemapUrls: 2, searchPages: 2 });
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the CPU time and load of a build', () => {
	it("reads the children's CPU time from bash's times", () => {
		expect(childrenCpuMs('0m0.002s 0m0.001s\n1m2.500s 0m3.250s\n')).toBe(65_750);
		expect(childrenCpuMs('0m0.002s 0m0.001s\n')).toBeUndefined();
	});

	it('tells a task ready to run from a sleeping one, whatever its name', () => {
		expect(isRunning('4242 (node (worker) x) R 4200 4242')).toBe(true);
		expect(isRunning('4242 (R) S 4200 4242')).toBe(false);
	});

	it("reads a task's nice value, so that niced work is counted apart from load", () => {
		const stat = (nice: string) => `4071 (node (worker) 19) R 4026 4026 1113 0 -1 4194304 101 0 0 0 0 0 0 0 ${Number(nice) + 20} ${nice} 1 0 14633 3133440 391`;
		expect(niceFromStat(stat('0'))).toBe(0);
		expect(niceFromStat(stat('19'))).toBe(19);
		expect(niceFromStat(stat('-5'))).toBe(-5);
		expect(niceFromStat('4071 (cut short) R 4026')).toBe(0);
	});

	it('counts niced work in another session as load when the kernel groups processes by session (autogroups)', () => {
		const build = autogroupFromFile('/autogroup-337 nice 0\n');
		expect(build).toEqual({ id: '/autogroup-337', nice: 0 });
		expect(autogroupFromFile(undefined)).toBeUndefined();
		expect(autogroupFromFile('nonsense')).toBeUndefined();
		// Autogroups off: the thread's own nice value decides.
		expect(yieldsToBuild(19, undefined, undefined)).toBe(true);
		expect(yieldsToBuild(0, undefined, undefined)).toBe(false);
		// The same group as the build: as without autogroups.
		expect(yieldsToBuild(19, build, build)).toBe(true);
		// Another session at the same group weight: a niced thread there still takes its share (measured on 2026-12-01:
		// a cold 3,000-story build had 0.47 of a core on average, over 1,002 s, beside niced tests in other sessions).
		expect(yieldsToBuild(19, autogroupFromFile('/autogroup-400 nice 0'), build)).toBe(false);
		// Another session whose group was niced yields, whatever its threads' nice.
		expect(yieldsToBuild(0, autogroupFromFile('/autogroup-401 nice 19'), build)).toBe(true);
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
