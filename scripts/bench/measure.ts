import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { othersRunning, treeMemory } from './process-tree.ts';
import type { Measurement } from './stats.ts';

export interface MeasureOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Where the build's output goes, for reading when it fails. */
	log: string;
	/** How often the process tree's memory is sampled, in milliseconds. */
	sampleMs: number;
	/** Where to write every sample ("<ms since start> <bytes>" per line), to see when the peak happens. */
	trace?: string;
}

export interface MeasuredRun extends Measurement {
	exitCode: number;
}

/** How often the load from other processes is sampled: reading every task of the tree costs more than its memory. */
const LOAD_EVERY_MS = 1000;

/**
 * Runs a command and measures it from outside: wall time from spawn to exit;
 * CPU time (user + system) of its whole process tree, as bash's `times`
 * reports it for the children it waited for (every process of a build is
 * waited for by its parent, so the kernel adds each one's time to its
 * parent's when it ends); the peak of the summed memory (PSS) of the tree,
 * sampled from /proc every `sampleMs` (see process-tree.ts); and the machine's
 * load: /proc/loadavg at start and end, and the mean number of threads of
 * other processes ready to run while it ran, sampled every second, at normal
 * priority (`others`) and niced (`niced`, see othersRunning).
 */
export function measure(command: string, args: string[], options: MeasureOptions): Promise<MeasuredRun> {
	return new Promise((resolve, reject) => {
		const out = fs.openSync(options.log, 'w');
		const timesFile = `${options.log}.times`;
		fs.rmSync(timesFile, { force: true });
		const loadStart = loadAverage();
		const started = performance.now();
		// bash runs the command and then prints, with `times`, the CPU time of everything it waited for.
		const child = spawn('bash', ['-c', '"$@"; status=$?; times > "$BENCH_TIMES_FILE"; exit $status', 'measure', command, ...args], {
			cwd: options.cwd,
			env: { ...options.env, BENCH_TIMES_FILE: timesFile },
			stdio: ['ignore', out, out],
		});
		let peakMemory = 0;
		const samples: string[] = [];
		const others: number[] = [];
		const niced: number[] = [];
		let lastLoad = 0;
		const sample = () => {
			if (child.pid === undefined) return;
			try {
				const memory = treeMemory(child.pid);
				peakMemory = Math.max(peakMemory, memory);
				if (options.trace) samples.push(`${Math.round(performance.now() - started)} ${memory}`);
				if (performance.now() - lastLoad >= LOAD_EVERY_MS) {
					lastLoad = performance.now();
					const running = othersRunning(child.pid);
					others.push(running.normal);
					niced.push(running.niced);
				}
			} catch {
				// /proc changed under us; the next sample counts
			}
		};
		const timer = setInterval(sample, options.sampleMs);
		child.on('error', (error) => {
			clearInterval(timer);
			fs.closeSync(out);
			reject(error);
		});
		child.on('exit', (code, signal) => {
			const wallMs = performance.now() - started;
			clearInterval(timer);
			fs.closeSync(out);
			if (options.trace) fs.writeFileSync(options.trace, `${samples.join('\n')}\n`);
			const cpuMs = fs.existsSync(timesFile) ? childrenCpuMs(fs.readFileSync(timesFile, 'utf8')) : undefined;
			fs.rmSync(timesFile, { force: true });
			const mean = (values: number[]) => (values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
			const load = { start: loadStart, end: loadAverage(), others: mean(others), niced: mean(niced) };
			resolve({ wallMs, ...(cpuMs === undefined ? {} : { cpuMs }), peakMemory, load, exitCode: code ?? (signal ? 128 : 1) });
		});
	});
}

/** The 1-minute load average, from /proc/loadavg; undefined where there is none. */
function loadAverage(): number | undefined {
	try {
		return Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
	} catch {
		return undefined;
	}
}

/**
 * The children's CPU time in milliseconds from bash's `times`, whose second
 * line is the children's user and system time ("1m2.345s 0m3.210s").
 */
export function childrenCpuMs(times: string): number | undefined {
	const line = times.trim().split('\n')[1];
	const parts = line?.trim().split(/\s+/).map((part) => /^(\d+)m([\d.]+)s$/.exec(part));
	if (!parts || parts.length !== 2 || parts.some((part) => !part)) return undefined;
	return parts.reduce((sum, part) => sum + (Number(part![1]) * 60 + Number(part![2])) * 1000, 0);
}
