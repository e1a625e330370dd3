import fs from 'node:fs';

/**
 * The memory of a whole process tree, read from /proc: a build is several
 * processes (scripts/build.ts, `astro build`, Pagefind's binary), and what
 * the machine must hold is their sum, at the same moment.
 *
 * Each process counts with its proportional set size (PSS: its own pages,
 * plus its share of pages it shares), not its resident set (RSS): a process
 * that forks (Astro runs `git` for the sitemap) briefly shares all of its
 * parent's memory, and summed RSS would count that memory twice.
 */

/** The parent of a process, from the text of /proc/<pid>/stat. The name may hold spaces and parentheses. */
export function parentFromStat(stat: string): number | undefined {
	const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ppid = Number(after[1]);
	return Number.isInteger(ppid) ? ppid : undefined;
}

/** Resident memory in bytes, from the text of /proc/<pid>/status (VmRSS, in kB); 0 for a zombie or kernel thread. */
export function rssFromStatus(status: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
	return match ? Number(match[1]) * 1024 : 0;
}

/** Proportional memory in bytes, from the text of /proc/<pid>/smaps_rollup (Pss, in kB); undefined when absent. */
export function pssFromSmapsRollup(rollup: string): number | undefined {
	const match = /^Pss:\s+(\d+)\s+kB/m.exec(rollup);
	return match ? Number(match[1]) * 1024 : undefined;
}

/** `root` and every process below it. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const found: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.shift()!;
		found.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return found;
}

const read = (file: string) => {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return undefined; // the process ended meanwhile
	}
};

/** The summed memory (PSS, or RSS where the kernel has no smaps_rollup) of `root` and its descendants now, in bytes. */
export function treeMemory(root: number): number {
	const parents = new Map<number, number>();
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = read(`/proc/${name}/stat`);
		const ppid = stat === undefined ? undefined : parentFromStat(stat);
		if (ppid !== undefined) parents.set(Number(name), ppid);
	}
	return descendants(root, parents).reduce((sum, pid) => sum + (pssFromSmapsRollup(read(`/proc/${pid}/smaps_rollup`) ?? '') ?? rssFromStatus(read(`/proc/${pid}/status`) ?? '')), 0);
}

/** Whether a task is ready to run, from the text of its /proc/…/stat: state R. */
export function isRunning(stat: string): boolean {
	return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'R';
}

/** A task's nice value (-20…19), from the text of its /proc/…/stat (field 19); 0 when it cannot be read. */
export function niceFromStat(stat: string): number {
	const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
	return Number.isInteger(nice) ? nice : 0;
}

/** A process's autogroup, from the text of /proc/<pid>/autogroup ("/autogroup-337 nice 0"); undefined when absent. */
export interface Autogroup {
	id: string;
	/** The group's nice value (-20…19): its weight against other groups. */
	nice: number;
}

/** Parses /proc/<pid>/autogroup; undefined for anything else (no autogroups, a kernel thread, a process that ended). */
export function autogroupFromFile(text: string | undefined): Autogroup | undefined {
	const match = /^(\/autogroup-\d+) nice (-?\d+)\s*$/.exec(text ?? '');
	return match ? { id: match[1]!, nice: Number(match[2]) } : undefined;
}

/**
 * Whether a thread of another process yields to the build: Linux gives a task at nice 19 a weight of 15 against
 * a build's 1,024 only between tasks of one scheduling group. With autogroups on (sched(7), "The autogroup
 * feature"; /proc/sys/kernel/sched_autogroup_enabled, on by default in many distributions), every session is its
 * own group and groups share the cores by the group's nice (/proc/<pid>/autogroup), whatever the threads' own:
 * `nice -n 19 npm test` started in another terminal then takes a core as if it were not niced.
 *
 * @param threadNice the thread's nice value ({@link niceFromStat})
 * @param group the thread's autogroup, undefined when autogroups are off
 * @param buildGroup the build's autogroup, undefined when autogroups are off
 */
export function yieldsToBuild(threadNice: number, group: Autogroup | undefined, buildGroup: Autogroup | undefined): boolean {
	if (!group || !buildGroup || group.id === buildGroup.id) return threadNice > 0;
	return group.nice > buildGroup.nice;
}

/** The autogroup `pid` runs in, or undefined when the kernel has autogroups off (or none at all). */
export function autogroupOf(pid: number): Autogroup | undefined {
	if (read('/proc/sys/kernel/sched_autogroup_enabled')?.trim() !== '1') return undefined;
	return autogroupFromFile(read(`/proc/${pid}/autogroup`));
}

/** Threads of other processes ready to run at one moment: competing with the build (`normal`), and yielding to it (`niced`, see {@link yieldsToBuild}). */
export interface OthersRunning {
	normal: number;
	niced: number;
}

/**
 * Threads of other processes ready to run now: every running task on the
 * machine (/proc/<pid>/task/<tid>/stat, state R) outside `root`'s tree and
 * this process's. On 2 cores, 1 normal means another build or test takes a core.
 * Niced ones (`nice -n 19`, weight 15 against a build's 1024 in Linux's
 * scheduler) get a core only while the build leaves it idle, so they are
 * counted apart: they are not load on the build, though they share the caches.
 * With autogroups on, a niced thread in another session is load all the same
 * ({@link yieldsToBuild}).
 */
export function othersRunning(root: number): OthersRunning {
	const parents = new Map<number, number>();
	const pids: number[] = [];
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = read(`/proc/${name}/stat`);
		const ppid = stat === undefined ? undefined : parentFromStat(stat);
		if (ppid !== undefined) {
			parents.set(Number(name), ppid);
			pids.push(Number(name));
		}
	}
	// This process's own children (the benchmark's `pgrep` for a running vitest) are not load either.
	const ours = new Set([...descendants(root, parents), ...descendants(process.pid, parents)]);
	const buildGroup = autogroupOf(root);
	const running = { normal: 0, niced: 0 };
	for (const pid of pids) {
		if (ours.has(pid)) continue;
		let tasks: string[];
		try {
			tasks = fs.readdirSync(`/proc/${pid}/task`);
		} catch {
			continue; // ended meanwhile
		}
		let group: Autogroup | undefined | null = null;
		for (const task of tasks) {
			const stat = read(`/proc/${pid}/task/${task}/stat`);
			if (stat === undefined || !isRunning(stat)) continue;
			if (group === null) group = buildGroup && autogroupFromFile(read(`/proc/${pid}/autogroup`));
			if (yieldsToBuild(niceFromStat(stat), group, buildGroup)) running.niced += 1;
			else running.normal += 1;
		}
	}
	return running;
}
