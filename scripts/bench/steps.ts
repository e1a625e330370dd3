import { summarize } from './stats.ts';

/**
 * Where a kit build spends its time, read from its log: Astro's own phases
 * (as Astro reports them) and the kit's steps (the "timing …" lines the
 * zorgmerk integration writes when ZORGMERK_TIMINGS is set). Pure: log text in,
 * seconds per step out.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The steps of the checks after the build, as site-checks.ts times them (ZORGMERK_TIMINGS). Since each page is
 * parsed once for every check, "reading pages" is the consent check's text search, the SEO audit and the budgets
 * looking at each file together, and "consent check" what remains of it: the pictures and the build cache.
 */
export const CHECK_STEPS = ['image check', 'consent check', 'reading pages', 'SEO audit', 'budgets'];

/** Seconds in a duration as Astro and Vite print them: "60ms", "4.46s", "2m 37s", "1m". */
export function parseDuration(text: string): number | undefined {
	const ms = /^([\d.]+)\s*ms$/.exec(text.trim());
	if (ms) return Number(ms[1]) / 1000;
	const match = /^(?:(\d+)m)?\s*(?:([\d.]+)s)?$/.exec(text.trim());
	if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
	return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

const DURATION = String.raw`([\d.]+ms|\d+m(?:\s*[\d.]+s)?|[\d.]+s)`;

/** The steps of one build log, in seconds. */
export function stepsOfLog(log: string): Record<string, number> {
	const lines = log.replace(ANSI, '').split('\n');
	const steps: Record<string, number> = {};
	const add = (name: string, seconds: number | undefined) => {
		if (seconds !== undefined) steps[name] = (steps[name] ?? 0) + seconds;
	};
	/** The duration of the first "Completed in" after the line matching `start`. */
	const phase = (name: string, start: RegExp) => {
		const at = lines.findIndex((line) => start.test(line));
		if (at < 0) return;
		const done = lines.slice(at + 1).find((line) => /✓ Completed in/.test(line));
		if (done) add(name, parseDuration(new RegExp(`Completed in ${DURATION}`).exec(done)?.[1] ?? ''));
	};
	// Astro's first phase counts from its start: configuration, the kit's content check, content sync and types.
	phase('Astro: config, content sync, build info', /Collecting build info/);
	let cards: number | undefined;
	for (const line of lines) {
		const vite = new RegExp(`\\[vite\\] ✓ built in ${DURATION}`).exec(line);
		if (vite) add('Astro: bundle (Vite)', parseDuration(vite[1]!));
		const route = new RegExp(`[├└]─ (/\\S+) \\(\\+${DURATION}\\)`).exec(line);
		if (route?.[1]?.startsWith('/og/')) cards = (cards ?? 0) + (parseDuration(route[2]!) ?? 0);
	}
	phase('Astro: render pages', /generating static routes/);
	add('… of which Open Graph images', cards);
	phase('Astro: optimise images', /generating optimized images/);
	for (const line of lines) {
		const kit = /\[zorgmerk\] timing ([^:]+): ([\d.]+) s/.exec(line);
		if (kit) add(`kit: ${kit[1]}`, Number(kit[2]));
	}
	// The checks after the build, together (src/integrations/site-checks.ts): what an edit should cost little of.
	const checks = CHECK_STEPS.map((name) => steps[`kit: ${name}`]).filter((seconds) => seconds !== undefined);
	if (checks.length > 0) steps['kit: checks after the build, together'] = checks.reduce((sum, seconds) => sum + seconds, 0);
	const total = new RegExp(`page\\(s\\) built in ${DURATION}`).exec(lines.find((line) => /page\(s\) built in/.test(line)) ?? '');
	add('total, as Astro counts it', parseDuration(total?.[1] ?? ''));
	return steps;
}

/** The median of each step over several logs of the same build. */
export function stepTimings(logs: readonly string[]): Record<string, number> {
	const parsed = logs.map(stepsOfLog);
	const names = [...new Set(parsed.flatMap((steps) => Object.keys(steps)))];
	return Object.fromEntries(names.map((name) => [name, summarize(parsed.map((steps) => steps[name] ?? 0)).median]));
}
