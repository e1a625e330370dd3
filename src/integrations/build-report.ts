import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../errors/index.ts';
import { message, titled } from '../messages/index.ts';

/**
 * The report of a scheduled build that published the site with problems (see
 * build-mode.ts): what it left out, what it published without a link to what
 * was left out, and what the checks on the built site would have stopped a
 * strict build for. The build prints it and writes it to a file; the file's
 * presence marks the run as failed, and the publish workflows fail a job
 * after the deploy with its text, so the team is e-mailed while the site,
 * without what lost its consent, is online.
 *
 * A build without problems (and a strict build, which stops at the first
 * problem) writes no report and removes an old one.
 */

/** Default place of the report, relative to the project: kept out of dist/ (it names unpublished files) and out of Git. */
export const DEFAULT_REPORT_FILE = path.join('.zorgmerk', 'build-report.txt');

/** What a scheduled build found. */
export interface BuildFindings {
	/** Content left out of the site, per file, with what to fix. */
	leftOut: { file: string; problems: string[] }[];
	/** Each place published without its link to a left-out entry, one line each. */
	withoutLinks: string[];
	/** What the checks on the built site found (budgets, SEO audit), one line each: a strict build stops on these. */
	warnings: string[];
}

/** The findings of the content check, in the form they travel from Astro's process to scripts/build.ts (as JSON). */
export function contentFindings(leftOut: readonly ContentError[], withoutLinks: readonly string[]): Pick<BuildFindings, 'leftOut' | 'withoutLinks'> {
	return { leftOut: leftOut.map((error) => ({ file: error.file, problems: [...error.problems] })), withoutLinks: [...withoutLinks] };
}

/** Whether the run must end as failed: anything left out, published without a link, or warned about. */
export function hasProblems(findings: BuildFindings): boolean {
	return findings.leftOut.length + findings.withoutLinks.length + findings.warnings.length > 0;
}

/**
 * The report as the team reads it, in the editor's language (src/messages/).
 *
 * @param published where the site was published, as shown (e.g. "dist/").
 */
export function formatBuildReport(findings: BuildFindings, published: string): string {
	const lines = [message('report.title'), message('report.publishedAnyway', { published })];
	if (findings.leftOut.length > 0) {
		lines.push('', titled(message('report.leftOut', { count: findings.leftOut.length })));
		for (const { file, problems } of findings.leftOut) lines.push('', file, ...problems.map((problem) => `  - ${problem}`));
	}
	if (findings.withoutLinks.length > 0) {
		lines.push('', titled(message('report.withoutLinks', { count: findings.withoutLinks.length })));
		lines.push(...findings.withoutLinks.map((line) => `  - ${line}`));
	}
	if (findings.warnings.length > 0) {
		lines.push('', titled(message('report.warnings', { count: findings.warnings.length })));
		lines.push(...findings.warnings.map((line) => `  - ${line}`));
	}
	return `${lines.join('\n')}\n`;
}

/** Where the report goes: ZORGMERK_BUILD_REPORT, else {@link DEFAULT_REPORT_FILE} in `root`. */
export function reportFile(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return path.resolve(root, env.ZORGMERK_BUILD_REPORT || DEFAULT_REPORT_FILE);
}

/**
 * Writes the report of a build whose site was published to `file`, or
 * removes an old one when there is nothing to report; returns the report's
 * text, or undefined.
 *
 * @param published where the site was published, as shown (e.g. "dist/").
 */
export function recordBuildReport(file: string, findings: BuildFindings, published: string): string | undefined {
	const text = hasProblems(findings) ? formatBuildReport(findings, published) : undefined;
	saveBuildReport(file, text);
	return text;
}

/**
 * Writes `text` to the report file, or removes the file when `text` is
 * undefined (a build with nothing to report leaves no old report behind).
 */
export function saveBuildReport(file: string, text: string | undefined): void {
	if (text === undefined) {
		fs.rmSync(file, { force: true });
		return;
	}
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
}
