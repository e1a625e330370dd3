/**
 * Turns Lighthouse results into the LIGHTHOUSE.md report and the list of
 * scores below 100 that make `npm run lighthouse` fail. Pure: scripts/lighthouse.ts
 * runs the browser, this module only reads what Lighthouse returned.
 */
import type { Result } from 'lighthouse';

/** The categories we hold every template to, in the order Lighthouse shows them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_TITLES: Record<Category, string> = {
	performance: 'Performance',
	accessibility: 'Accessibility',
	'best-practices': 'Best practices',
	seo: 'SEO',
};

/** One page we measure: a name people recognise and its path below the site's base. */
export interface AuditedPage {
	/** e.g. "Home page (nl)". */
	name: string;
	/** Relative to the base path, e.g. "nl/verhalen/". */
	path: string;
	/** Audits not run on this page because it cannot pass them by design, each with the reason (see template-pages.ts). */
	skippedAudits?: { id: string; reason: string }[];
}

/** An audit that cost points, or that Lighthouse marks as failed. */
export interface FailedAudit {
	category: Category;
	id: string;
	title: string;
	/** 0–1, as Lighthouse gives it. */
	score: number;
	/** Whether the audit counts towards the category score (weight > 0) or is advice only. */
	counts: boolean;
	/** Lighthouse's short result, e.g. "2.9 s" or "3 elements found". */
	displayValue?: string;
}

export interface PageReport extends AuditedPage {
	url: string;
	/** 0–100, or null when Lighthouse could not score the category. */
	scores: Record<Category, number | null>;
	/** Largest Contentful Paint in milliseconds (simulated mobile). */
	lcp?: number;
	cls?: number;
	/** Total Blocking Time in milliseconds. */
	tbt?: number;
	/** Total bytes transferred while loading the page. */
	transferBytes?: number;
	failed: FailedAudit[];
	warnings: string[];
	/** Set when Lighthouse could not measure the page at all. */
	error?: string;
}

/** Reads what matters from one Lighthouse result. */
export function summarise(page: AuditedPage, lhr: Result): PageReport {
	const numeric = (id: string) => lhr.audits[id]?.numericValue;
	const scores = {} as Record<Category, number | null>;
	const failed: FailedAudit[] = [];
	for (const category of CATEGORIES) {
		const result = lhr.categories[category];
		const score = result?.score ?? null;
		scores[category] = score === null ? null : Math.round(score * 100);
		// Lighthouse shows 0.995 and up as 100: only a category shown below 100 lists its audits.
		if (!result || scores[category] === 100) continue;
		for (const ref of result.auditRefs) {
			const audit = lhr.audits[ref.id];
			if (!audit || audit.score === null || ref.group === 'hidden') continue;
			if (['notApplicable', 'manual', 'informative', 'error'].includes(audit.scoreDisplayMode)) continue;
			// A weighted audit below 1 costs points; an unweighted one (an insight or diagnostic) is
			// listed when Lighthouse itself would show it as failed, below 0.9.
			const counts = ref.weight > 0;
			if (counts ? audit.score >= 1 : audit.score >= 0.9) continue;
			failed.push({ category, id: audit.id, title: audit.title, score: audit.score, counts, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
		}
	}
	const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
	return {
		...page,
		url: lhr.finalDisplayedUrl,
		scores,
		...optional('lcp', numeric('largest-contentful-paint')),
		...optional('cls', numeric('cumulative-layout-shift')),
		...optional('tbt', numeric('total-blocking-time')),
		...optional('transferBytes', numeric('total-byte-weight')),
		failed,
		warnings: lhr.runWarnings.map(String),
		...optional('error', lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined),
	};
}

/** One line per score below 100 (or missing), naming the page; empty when everything scored 100. */
export function shortfalls(reports: readonly PageReport[]): string[] {
	return reports.flatMap((report) => {
		if (report.error) return [`${report.name} (/${report.path}): not measured — ${report.error}`];
		return CATEGORIES.flatMap((category) => {
			const score = report.scores[category];
			return score === 100 ? [] : [`${report.name} (/${report.path}): ${CATEGORY_TITLES[category]} ${score ?? 'not scored'}`];
		});
	});
}

export interface ReportContext {
	/** When the measurement was made (ISO 8601). */
	date: string;
	lighthouseVersion: string;
	chromiumVersion: string;
	/** How many runs each page's figures come from, in a sentence. */
	runs?: string;
	/** How busy the machine was, in a sentence. */
	machine?: string;
	/** How the site was served, in a sentence. */
	servedBy: string;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const milliseconds = (ms: number | undefined) => (ms === undefined ? '–' : `${Math.round(ms)} ms`);
const bytes = (value: number | undefined) => (value === undefined ? '–' : `${(value / 1024).toFixed(1)} KiB (${Math.round(value)} bytes)`);

/** The LIGHTHOUSE.md report: a summary, then one table per page and what cost points. */
export function renderReport(reports: readonly PageReport[], context: ReportContext): string {
	const lines: string[] = [
		'# Lighthouse',
		'',
		'Written by `npm run lighthouse` (scripts/lighthouse.ts); run it again rather than editing this file.',
		'',
		`- Date: ${context.date}`,
		`- Lighthouse ${context.lighthouseVersion}, default mobile profile (emulated phone, simulated slow 4G and 4× slower CPU)`,
		`- Chromium ${context.chromiumVersion}`,
		...(context.runs ? [`- ${context.runs}`] : []),
		`- ${context.servedBy}`,
		...(context.machine ? [`- ${context.machine}`] : []),
		'',
		`| page | ${CATEGORIES.map((category) => CATEGORY_TITLES[category]).join(' | ')} |`,
		`|---|${CATEGORIES.map(() => '---:').join('|')}|`,
		...reports.map((report) => `| [${report.name}](#${anchor(report.name)}) | ${CATEGORIES.map((category) => report.scores[category] ?? '–').join(' | ')} |`),
		'',
	];
	const problems = shortfalls(reports);
	lines.push(problems.length === 0 ? 'Every page scores 100 in every category.' : `Below 100:\n\n${problems.map((problem) => `- ${problem}`).join('\n')}`, '');

	for (const report of reports) {
		lines.push(`## ${report.name}`, '', `\`/${report.path}\``, '');
		for (const skipped of report.skippedAudits ?? []) lines.push(`Not audited here: \`${skipped.id}\`, because ${skipped.reason}.`, '');
		if (report.error) {
			lines.push(`Lighthouse could not measure this page: ${report.error}`, '');
			continue;
		}
		lines.push(
			'| measure | value |',
			'|---|---:|',
			...CATEGORIES.map((category) => `| ${CATEGORY_TITLES[category]} | ${report.scores[category] ?? 'not scored'} |`),
			`| Largest Contentful Paint | ${seconds(report.lcp)} |`,
			`| Cumulative Layout Shift | ${report.cls === undefined ? '–' : report.cls.toFixed(3)} |`,
			`| Total Blocking Time | ${milliseconds(report.tbt)} |`,
			`| Total transfer | ${bytes(report.transferBytes)} |`,
			'',
		);
		for (const category of CATEGORIES) {
			const failed = report.failed.filter((audit) => audit.category === category);
			if (failed.length === 0) continue;
			lines.push(`Failed audits in ${CATEGORY_TITLES[category]} (${report.scores[category] ?? 'not scored'}):`, '');
			for (const audit of failed) {
				const detail = [`score ${audit.score.toFixed(2)}`, audit.displayValue, audit.counts ? undefined : 'advice, does not count towards the score'].filter(Boolean).join(', ');
				lines.push(`- \`${audit.id}\` — ${audit.title} (${detail})`);
			}
			lines.push('');
		}
		if (report.warnings.length > 0) lines.push('Lighthouse warned:', '', ...report.warnings.map((warning) => `- ${warning}`), '');
	}
	return `${lines.join('\n').trimEnd()}\n`;
}

/** The anchor GitHub gives a heading. */
function anchor(heading: string): string {
	return heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.trim()
		.replace(/\s/g, '-');
}
