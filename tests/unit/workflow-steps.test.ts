/**
 * Reading and running the publish workflows (tests/support/workflows.ts): tests/workflows/publish.test.ts runs every
 * shell step as GitHub and GitLab would for a push and for the daily schedule, and skips only hosting, set-up and
 * cache actions it knows, so a step, condition or expression added to the daily publish that it cannot honour
 * fails, instead of reaching production untested. Here the workflows' own scripts that hand the scheduled build's
 * report on run in bash, with the builds faked.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/build.ts';
import {
	evaluateExpression,
	GithubRun,
	githubWorkflow,
	gitlabJobs,
	GitlabPipeline,
	readGithubOutput,
	UnknownStepError,
	type ShellCommand,
	type ShellResult,
	type Step,
} from '../support/workflows.ts';

const publishYml = fs.readFileSync(path.join(projectRoot, '.github', 'workflows', 'publish.yml'), 'utf8');
const gitlabYml = fs.readFileSync(path.join(projectRoot, '.ci', 'examples', 'gitlab-ci.yml'), 'utf8');
const pages = { 'steps.pages.outputs.origin': 'https://example.github.io', 'steps.pages.outputs.base_path': '/site' };
const on = (event: string) => ({ ...pages, 'github.event_name': event });

/** A report as a scheduled build writes it (src/integrations/build-report.ts), of about `bytes` bytes. */
const REPORT_START = 'ZORGMERK: DE DAGELIJKSE BOUW IS MISLUKT [report.title]\n';
const reportOf = (bytes: number) => {
	let text = `${REPORT_START}\nWeggelaten tot het is opgelost (1) [report.leftOut]:\n`;
	for (let index = 0; text.length < bytes; index++) text += `\ncontent/testimonials/ervaring-${index}.md\n  - givenOn: "2025-13-01" is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-01 [date.invalid]\n`;
	return text;
};

/** An `npm` for the fake runner: `npm ci` and `npm run consent` succeed; `npm run build` makes a dist/, writes $FAKE_REPORT where the real build writes its report, prints the mode and address it was given, and exits with $FAKE_BUILD_STATUS. */
const FAKE_NPM = `#!/bin/sh
case "$1 $2" in
  "ci "*) echo "added 1 package" ;;
  "run build")
    echo "build: ZORGMERK_BUILD=$ZORGMERK_BUILD SITE_URL=$SITE_URL BASE_PATH=$BASE_PATH"
    [ "\${FAKE_BUILD_STATUS:-0}" = 0 ] || exit "$FAKE_BUILD_STATUS"
    mkdir -p dist && echo '<h1>Lindeveld</h1>' > dist/index.html
    if [ -n "$FAKE_REPORT" ]; then mkdir -p .zorgmerk && cp "$FAKE_REPORT" .zorgmerk/build-report.txt; fi ;;
  "run consent") echo "No published consent runs out within 60 days." ;;
  *) echo "fake npm: $*" >&2; exit 127 ;;
esac
`;

/**
 * A CI runner in temporary folders, running each script in bash as the workflow has it, with a fake `npm` (above)
 * first on PATH. A job that receives artifacts (GitLab) runs in a fresh folder holding only them, copied from the
 * checkout where the other jobs run; a GitHub job without a checkout runs in an empty folder.
 */
function fakeRunner(options: { report?: string; buildStatus?: number } = {}) {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-runner-'));
	const checkout = path.join(root, 'checkout');
	const bin = path.join(root, 'bin');
	fs.mkdirSync(checkout);
	fs.mkdirSync(bin);
	fs.writeFileSync(path.join(bin, 'npm'), FAKE_NPM, { mode: 0o755 });
	const reportFile = path.join(root, 'report.txt');
	if (options.report !== undefined) fs.writeFileSync(reportFile, options.report);
	const commands: ShellCommand[] = [];
	const shell = (command: ShellCommand): ShellResult => {
		commands.push(command);
		let cwd = checkout;
		if (command.workspace === 'empty' || command.artifacts.length > 0) {
			cwd = fs.mkdtempSync(path.join(root, 'job-'));
			for (const artifact of command.artifacts) if (fs.existsSync(path.join(checkout, artifact))) fs.cpSync(path.join(checkout, artifact), path.join(cwd, artifact), { recursive: true });
		}
		const env = { PATH: `${bin}${path.delimiter}${process.env.PATH}`, ...(options.report !== undefined ? { FAKE_REPORT: reportFile } : {}), FAKE_BUILD_STATUS: String(options.buildStatus ?? 0), ...command.env };
		const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command.script], { cwd, env, encoding: 'utf8' });
		return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
	};
	return { shell, commands, checkout };
}

describe('the GitHub workflow, read into jobs and steps', () => {
	const workflow = githubWorkflow(publishYml, on('schedule'));

	it('has the build, deploy, report and consent-reminder jobs, the shell steps as written and the Pages and cache actions to skip', () => {
		expect(workflow.on).toEqual(['push', 'schedule', 'workflow_dispatch']);
		expect(workflow.jobs.map((job) => [job.job, job.needs, job.workspace])).toEqual([
			['build', [], 'checkout'],
			['deploy', ['build'], 'empty'],
			['report', ['build', 'deploy'], 'empty'],
			['consent-reminder', [], 'checkout'],
		]);
		const build = workflow.jobs[0]!.steps.find((step): step is Extract<Step, { kind: 'run' }> => step.kind === 'run' && step.run === 'npm run build');
		expect(build?.env).toMatchObject({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}/' });
		expect(workflow.jobs.flatMap((job) => job.steps).filter((step) => step.kind === 'skip').map((step) => step.kind === 'skip' && step.action)).toContain('actions/upload-pages-artifact');
	});

	it('builds strictly on a push and a manual run, and as the scheduled build every morning, under the Pages address', () => {
		for (const [event, mode] of [
			['push', 'strict'],
			['workflow_dispatch', 'strict'],
			['schedule', 'scheduled'],
		]) {
			const { shell } = fakeRunner();
			const build = new GithubRun(githubWorkflow(publishYml, on(event!)), on(event!)).run('build', shell);
			expect(build.steps.find((step) => step.step === 'npm run build')!.output, event).toBe(`build: ZORGMERK_BUILD=${mode} SITE_URL=https://example.github.io BASE_PATH=/site/\n`);
		}
	});

	it('after a scheduled build that wrote a report, deploys and then fails the report job, which shows the report in its log and on the summary page', () => {
		const report = reportOf(2_000);
		const { shell, commands } = fakeRunner({ report });
		const run = new GithubRun(workflow, on('schedule'));
		const build = run.run('build', shell);
		expect(build.result).toBe('success');
		expect(build.outputs.report).toBe(report);
		expect(run.run('deploy', shell).result).toBe('success');
		const failed = run.run('report', shell);
		expect(failed.result).toBe('failure');
		expect(failed.steps[0]!.status).not.toBe(0);
		expect(failed.steps[0]!.output).toBe(`${report}\n`);
		expect(failed.summary).toBe(`\`\`\`text\n${report}\n\`\`\`\n`);
		// It runs on a runner of its own, without a checkout: the report reaches it through the build job's outputs.
		expect(commands.at(-1)!.workspace).toBe('empty');
	});

	it('cuts a very long report at a line, within GitHub’s limits, and says where the rest is', () => {
		const report = reportOf(150_000);
		const { shell } = fakeRunner({ report });
		const run = new GithubRun(workflow, on('schedule'));
		const handed = run.run('build', shell).outputs.report!;
		expect(Buffer.byteLength(handed)).toBeLessThan(61_000);
		// The report's first lines, whole, then where the rest is.
		const kept = handed.slice(0, handed.lastIndexOf('\n… '));
		expect(report.startsWith(kept)).toBe(true);
		expect(report[kept.length]).toBe('\n');
		expect(handed).toMatch(/\n… Ingekort: het hele verslag staat in het logboek van npm run build \/ Shortened: the whole report is in the log of npm run build\n$/);
		run.run('deploy', shell);
		expect(run.run('report', shell).steps[0]!.output).toBe(`${handed}\n`);
	});

	it('fails the build job, and so publishes nothing, when the report step leaves its output open: GitHub fails such a step', () => {
		const broken = publishYml.replace("              echo 'ZORGMERK_END_OF_REPORT'\n", '');
		expect(broken).not.toBe(publishYml);
		const { shell } = fakeRunner({ report: reportOf(500) });
		const run = new GithubRun(githubWorkflow(broken, on('schedule')), on('schedule'));
		const build = run.run('build', shell);
		expect(build.result).toBe('failure');
		expect(build.steps.at(-1)!.output).toContain('no line "ZORGMERK_END_OF_REPORT" closes report');
		expect(run.run('deploy', shell).result).toBe('skipped');
	});

	it('skips the report job when the build wrote no report', () => {
		const { shell } = fakeRunner();
		const run = new GithubRun(workflow, on('schedule'));
		expect(run.run('build', shell).outputs).toEqual({ report: '' });
		run.run('deploy', shell);
		expect(run.run('report', shell).result).toBe('skipped');
	});

	it('stops a build job at its first failing step, and skips the jobs that need it', () => {
		const { shell, commands } = fakeRunner({ buildStatus: 1 });
		const run = new GithubRun(githubWorkflow(publishYml, on('push')), on('push'));
		const build = run.run('build', shell);
		expect(build.result).toBe('failure');
		expect(build.steps.map((step) => [step.step, step.status])).toEqual([
			['npm ci', 0],
			['npm run build', 1],
			['actions/upload-pages-artifact@v3', 'skipped'],
			['report', 'skipped'],
		]);
		expect(commands.map((command) => command.script)).toEqual(['npm ci', 'npm run build']);
		expect(run.run('deploy', shell).result).toBe('skipped');
		expect(run.run('report', shell).result).toBe('skipped');
	});

	it('refuses an event the workflow does not run on', () => {
		expect(() => new GithubRun(workflow, on('pull_request'))).toThrow('The workflow does not run on "pull_request" (on: push, schedule, workflow_dispatch)');
	});

	it('refuses a step it neither runs nor knows to skip', () => {
		const added = publishYml.replace('      - run: npm run consent -- --within 60', '      - run: npm run consent -- --within 60\n      - uses: some-org/post-to-slack@v1');
		expect(() => githubWorkflow(added, on('schedule'))).toThrow(/job consent-reminder, step "some-org\/post-to-slack@v1" uses some-org\/post-to-slack@v1, which the workflow test neither runs nor knows to skip/);
	});

	it('refuses a job environment, another shell or continue-on-error, which it would not honour', () => {
		expect(() => githubWorkflow(publishYml.replace('  build:\n    runs-on: ubuntu-latest\n', '  build:\n    runs-on: ubuntu-latest\n    env:\n      X: y\n'), on('push'))).toThrow(/job build has "env"/);
		expect(() => githubWorkflow(publishYml.replace('      - run: npm ci\n', '      - run: npm ci\n        shell: pwsh\n'), on('push'))).toThrow(/has "shell"/);
		expect(() => githubWorkflow(publishYml.replace('      - run: npm ci\n', '      - run: npm ci\n        continue-on-error: true\n'), on('push'))).toThrow(/has "continue-on-error"/);
	});

	it('refuses an expression it has no value for or cannot read: an unknown name, a function, a number', () => {
		expect(() => githubWorkflow(publishYml, { 'steps.pages.outputs.origin': 'https://example.github.io', 'github.event_name': 'push' })).toThrow(/no value for \$\{\{ steps\.pages\.outputs\.base_path \}\}/);
		expect(() => githubWorkflow(publishYml.replace("if: needs.build.outputs.report != ''", "if: needs.build.outputs.verslag != ''"), on('push'))).toThrow(/job report: the workflow test has no value for \$\{\{ needs\.build\.outputs\.verslag \}\}/);
		expect(() => githubWorkflow(publishYml.replace("if: needs.build.outputs.report != ''", "if: always() && needs.build.outputs.report != ''"), on('push'))).toThrow(/does not know the function always\(\)/);
		expect(() => githubWorkflow(publishYml.replace("if: needs.build.outputs.report != ''", 'if: github.run_attempt > 1'), on('push'))).toThrow(UnknownStepError);
		expect(() => githubWorkflow(publishYml.replace("if: needs.build.outputs.report != ''", "if: report-${{ github.event_name }}"), on('push'))).toThrow(/mixes text and/);
	});
});

describe('GitHub expressions, as GitHub evaluates them', () => {
	it('compares strings ignoring case, and other types as numbers', () => {
		expect(evaluateExpression("github.event_name == 'Schedule'", 'github', { 'github.event_name': 'schedule' })).toBe(true);
		expect(evaluateExpression("a != ''", 'github', { a: undefined })).toBe(false);
		expect(evaluateExpression("a != ''", 'github', { a: 'ZORGMERK' })).toBe(true);
		expect(evaluateExpression('a == false', 'github', { a: '0' })).toBe(true);
		expect(evaluateExpression("a == 'true'", 'github', { a: 'TRUE' })).toBe(true);
	});

	it('chooses with && and ||, which return one of their operands, and negates with !', () => {
		const mode = "github.event_name == 'schedule' && 'scheduled' || 'strict'";
		expect(evaluateExpression(mode, 'github', { 'github.event_name': 'schedule' })).toBe('scheduled');
		expect(evaluateExpression(mode, 'github', { 'github.event_name': 'push' })).toBe('strict');
		expect(evaluateExpression("!(a == 'x') && 'it''s'", 'github', { a: 'y' })).toBe("it's");
	});
});

describe('$GITHUB_OUTPUT, as a step writes it', () => {
	it('reads name=value lines and name<<DELIMITER blocks', () => {
		expect(readGithubOutput('a=1\nreport<<END\nline one\n\nline three\nEND\nb=x=y\n')).toEqual({ a: '1', report: 'line one\n\nline three', b: 'x=y' });
	});

	it('refuses a block that is not closed, as GitHub fails the step', () => {
		expect(() => readGithubOutput('report<<END\nline one\n')).toThrow('no line "END" closes report');
	});
});

describe('the GitLab pipeline, read into jobs', () => {
	const jobs = gitlabJobs(gitlabYml);
	const main = { CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' };

	it('has each job’s stage, script lines and the files it keeps', () => {
		expect(jobs.map((job) => [job.job, job.stage, job.needs ?? []])).toEqual([
			['pages', 'deploy', []],
			['build-report', 'remind', ['pages']],
			['consent-reminder', 'remind', []],
		]);
		expect(jobs[0]!.script[0]).toBe('npm ci');
		expect(jobs[0]!.artifacts).toEqual(['public', '.zorgmerk/build-report.txt']);
	});

	it('builds strictly in a pipeline for a push or one run by hand, and as the scheduled build in the daily schedule’s, which also reports and reminds', () => {
		const { shell } = fakeRunner();
		expect(new GitlabPipeline(jobs, { ...main, CI_PIPELINE_SOURCE: 'push' }).run('pages', shell, { CI_PAGES_URL: 'https://group.gitlab.io/lindeveld' }).steps[0]!.output).toContain('build: ZORGMERK_BUILD= SITE_URL=https://group.gitlab.io BASE_PATH=/lindeveld/\n');
		const push = new GitlabPipeline(jobs, { ...main, CI_PIPELINE_SOURCE: 'push' });
		expect(push.names).toEqual(['pages']);
		expect(push.jobs[0]!.variables).toEqual({});
		expect(new GitlabPipeline(jobs, { ...main, CI_PIPELINE_SOURCE: 'web' }).names).toEqual(['pages']);
		const schedule = new GitlabPipeline(jobs, { ...main, CI_PIPELINE_SOURCE: 'schedule' });
		expect(schedule.names).toEqual(['pages', 'build-report', 'consent-reminder']);
		expect(schedule.jobs[0]!.variables).toEqual({ ZORGMERK_BUILD: 'scheduled' });
		// A push to another branch publishes nothing; a schedule there only reminds.
		expect(new GitlabPipeline(jobs, { CI_COMMIT_BRANCH: 'nieuw-verhaal', CI_DEFAULT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'push' }).names).toEqual([]);
		expect(new GitlabPipeline(jobs, { CI_COMMIT_BRANCH: 'nieuw-verhaal', CI_DEFAULT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'schedule' }).names).toEqual(['consent-reminder']);
	});

	it('after a scheduled build that wrote a report, fails the build-report job, which receives the report with the site and shows it', () => {
		const report = reportOf(2_000);
		const { shell, commands } = fakeRunner({ report });
		const schedule = new GitlabPipeline(jobs, { ...main, CI_PIPELINE_SOURCE: 'schedule' });
		const built = schedule.run('pages', shell, { CI_PAGES_URL: 'https://www.ziekenhuis.example' });
		expect(built.result, built.steps[0]!.output).toBe('success');
		expect(built.steps[0]!.output).toContain('build: ZORGMERK_BUILD=scheduled SITE_URL=https://www.ziekenhuis.example BASE_PATH=/\n');
		const failed = schedule.run('build-report', shell);
		expect(commands[1]!.artifacts).toEqual(['public', '.zorgmerk/build-report.txt']);
		expect(failed.result).toBe('failure');
		expect(failed.steps[0]!.output).toBe(report);
		expect(schedule.run('consent-reminder', shell).result).toBe('success');
	});

	it('passes the build-report job when the scheduled build wrote no report', () => {
		const { shell } = fakeRunner();
		const schedule = new GitlabPipeline(jobs, { ...main, CI_PIPELINE_SOURCE: 'schedule' });
		schedule.run('pages', shell, { CI_PAGES_URL: 'https://www.ziekenhuis.example' });
		expect(schedule.run('build-report', shell)).toMatchObject({ result: 'success', steps: [{ output: 'De dagelijkse bouw heeft niets weggelaten / The scheduled build left nothing out.\n' }] });
	});

	it('skips the later jobs when the Pages job fails', () => {
		const { shell } = fakeRunner({ buildStatus: 1 });
		const schedule = new GitlabPipeline(jobs, { ...main, CI_PIPELINE_SOURCE: 'schedule' });
		expect(schedule.run('pages', shell, { CI_PAGES_URL: 'https://www.ziekenhuis.example' }).result).toBe('failure');
		expect(schedule.run('build-report', shell).result).toBe('skipped');
		expect(schedule.run('consent-reminder', shell).result).toBe('skipped');
	});

	it('refuses script it would not run: before_script, after_script, a hidden template', () => {
		expect(() => gitlabJobs(gitlabYml.replace('pages:\n  stage: deploy\n', 'pages:\n  stage: deploy\n  before_script:\n    - echo hi\n'))).toThrow(/job pages has "before_script"/);
		expect(() => gitlabJobs(`${gitlabYml}\n.template:\n  script: [echo]\n`)).toThrow(/\.template in the GitLab pipeline/);
		expect(() => gitlabJobs(gitlabYml.replace('default:\n  image: node:22\n', 'default:\n  image: node:22\n  after_script: [echo]\n'))).toThrow(/default has "after_script"/);
	});

	it('refuses rules it would not honour, a variable it has no value for, and a job that needs one not in the pipeline', () => {
		expect(() => gitlabJobs(gitlabYml.replace('    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n', '    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      changes: [content/**/*]\n'))).toThrow(/rules\[1\] has "changes"/);
		expect(() => gitlabJobs(gitlabYml.replace('    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n', '    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: manual\n'))).toThrow(/when: manual/);
		expect(() => gitlabJobs(gitlabYml.replace('- if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n', '- if: $CI_COMMIT_BRANCH =~ /^main$/\n'))).toThrow(UnknownStepError);
		expect(() => new GitlabPipeline(jobs, { CI_PIPELINE_SOURCE: 'push', CI_DEFAULT_BRANCH: 'main' })).toThrow(/no value for \$CI_COMMIT_BRANCH/);
		const orphan = gitlabJobs(gitlabYml.replace('  needs: [pages]\n', '  needs: [pages]\n').replace('    - if: $CI_PIPELINE_SOURCE == "schedule" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n\n# Fails', '    - if: $CI_PIPELINE_SOURCE == "schedule"\n\n# Fails'));
		expect(() => new GitlabPipeline(orphan, { CI_COMMIT_BRANCH: 'nieuw', CI_DEFAULT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'schedule' })).toThrow('job build-report needs pages, which is not in this pipeline: GitLab would not create it');
	});
});

describe('GitLab variable expressions, as GitLab evaluates them', () => {
	it('compares values as they are, an unset variable with null only, and joins with && and ||', () => {
		const rule = '$CI_PIPELINE_SOURCE == "schedule" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH';
		expect(evaluateExpression(rule, 'gitlab', { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' })).toBe(true);
		expect(evaluateExpression(rule, 'gitlab', { CI_PIPELINE_SOURCE: 'Schedule', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' })).toBe(false);
		expect(evaluateExpression(rule, 'gitlab', { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: undefined, CI_DEFAULT_BRANCH: 'main' })).toBe(false);
		expect(evaluateExpression('$CI_COMMIT_TAG == null || ($A == "x")', 'gitlab', { CI_COMMIT_TAG: undefined, A: 'y' })).toBe(true);
	});
});

/**
 * The build trusts its cache, .zorgmerk/, as it trusts its code: what the checks after the build found in each file
 * (src/lib/findings-cache.ts; a forged entry would let a page pass unsearched), the processed pictures, the CMS bundle.
 * So the publishing branch may restore only what its own builds wrote (README, "Deploying").
 */
describe('the build cache restored by the publishing builds', () => {
	const triggersOf = (on: unknown) => (typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys((on ?? {}) as object));

	it('comes on GitHub from runs of main only: no workflow runs a pull request’s code in main’s cache scope, and publish.yml runs for main', () => {
		const workflows = path.join(projectRoot, '.github', 'workflows');
		for (const file of fs.readdirSync(workflows)) {
			// GitHub reads `on` as written; the yaml package reads an unquoted `on:` key as the text "on", not true.
			const workflow = parse(fs.readFileSync(path.join(workflows, file), 'utf8')) as { on?: unknown };
			// pull_request_target and workflow_run run in the default branch's context, where a cache they save is main's.
			expect({ file, risky: triggersOf(workflow.on).filter((trigger) => ['pull_request_target', 'workflow_run'].includes(trigger)) }).toEqual({ file, risky: [] });
		}
		const publish = parse(publishYml) as { on: { push: { branches: string[] } } };
		// A pull request's own runs (pull_request) would write caches main cannot restore; publish.yml has none at all.
		expect(triggersOf(publish.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
		expect(publish.on.push.branches).toEqual(['main']);
	});

	it('is kept per branch on GitLab, written only by the job that publishes from the default branch, never shared with unprotected branches', () => {
		const pipeline = parse(gitlabYml) as Record<string, { cache?: { key?: unknown; unprotect?: unknown }; rules?: { if?: string }[] }>;
		const caching = Object.entries(pipeline).filter(([, job]) => job && typeof job === 'object' && 'cache' in job);
		expect(caching.map(([name]) => name)).toEqual(['pages']);
		const [, pages] = caching[0]!;
		// GitLab shares one key across branches; the protected branches' suffix keeps them apart only while that setting is on.
		expect(String(pages.cache!.key)).toMatch(/\$CI_COMMIT_REF_SLUG\b/);
		expect(pages.cache!.unprotect ?? false).toBe(false);
		expect(pages.rules!.every((rule) => rule.if?.includes('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'))).toBe(true);
	});
});
