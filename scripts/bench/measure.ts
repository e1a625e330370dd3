import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { treeMemory } from './process-tree.ts';
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

/**
 * Runs a command and measures it from outside: wall time from spawn to exit,
 * and the peak of the summed memory (PSS) of its whole process tree, sampled
 * from /proc every `sampleMs` (see process-tree.ts).
 */
export function measure(command: string, args: string[], options: MeasureOptions): Promise<MeasuredRun> {
	return new Promise((resolve, reject) => {
		const out = fs.openSync(options.log, 'w');
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', out, out] });
		let peakMemory = 0;
		const samples: string[] = [];
		const sample = () => {
			if (child.pid === undefined) return;
			try {
				const memory = treeMemory(child.pid);
				peakMemory = Math.max(peakMemory, memory);
				if (options.trace) samples.push(`${Math.round(performance.now() - started)} ${memory}`);
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
			resolve({ wallMs, peakMemory, exitCode: code ?? (signal ? 128 : 1) });
		});
	});
}
