/**
 * The daily publish, run as the workflows write it: every shell step of .github/workflows/publish.yml and
 * .ci/examples/gitlab-ci.yml, as GitHub and GitLab run them for a push and for the daily schedule (their conditions,
 * the environment they set, what one job hands the next; tests/support/workflows.ts), in a clean clone of this
 * repository (what is committed at HEAD: in CI, main), so a change that breaks the daily publish breaks CI first.
 * Consent that expires or is withdrawn leaves the site only when this publish runs.
 *
 * The clone's main holds, on top of HEAD, one malformed testimonial (a date that does not exist): a push stops at
 * the build, naming the file and the field, and publishes nothing; the schedule publishes the site without it and
 * then fails a later job that shows the build's report, so the team is told.
 *
 * Hosting and cache actions are skipped (tests/support/workflows.ts lists them, and refuses any other step); the
 * GitHub Pages outputs and GitLab's CI_PAGES_URL get test values: a project site under /zorgmerk/ on GitHub, a
 * custom domain at the root on GitLab. Every job shares one clone and one `npm ci`: each job that installs starts
 * with the same `npm ci` on the same lock, so it runs once, and a job with another install line would run its own.
 * A job that installs nothing runs where CI runs it: a GitHub job without a checkout in an empty folder, a GitLab
 * job in a fresh checkout with the artifacts of the jobs it needs. The builds run one after another in the clone,
 * so the later ones reuse the first's picture cache, as a kept cache does.
 *
 * Heavy (an install, two builds and two stopped builds, ~5–10 minutes on two busy cores): its own vitest project,
 * `npx vitest run --project workflows`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnvironment, listFiles, projectRoot } from '../support/build.ts';
import { brokenInternalLinks, readPages } from '../support/html.ts';
import { filesContaining, MALFORMED, writeMalformedTestimonial } from '../support/scheduled.ts';
import {
	GithubRun,
	githubWorkflow,
	gitlabJobs,
	GitlabPipeline,
	type ExpressionContext,
	type GithubWorkflow,
	type GitlabJob,
	type JobResult,
	type ShellCommand,
	type ShellResult,
	type Step,
} from '../support/workflows.ts';

/** GitHub Pages for a project site: https://<owner>.github.io/<repository>/. */
const GITHUB_PAGES = { origin: 'https://lindeveld.github.io', base_path: '/zorgmerk', base_url: 'https://lindeveld.github.io/zorgmerk', host: 'lindeveld.github.io' };
/** GitLab Pages on the hospital's own domain, at the root. */
const GITLAB_PAGES_URL = 'https://www.ziekenhuis-lindeveld.example';
/** A GitLab pipeline on the default branch, for `source` ("push", "schedule"). */
const gitlabSource = (source: string) => ({ CI_PIPELINE_SOURCE: source, CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' });
const INSTALL = 'npm ci';
/** What the build says of the malformed testimonial, in either mode: the file and the field. */
const MALFORMED_FILE = `content/testimonials/${MALFORMED.slug}.md`;
const MALFORMED_PROBLEM = '  - givenOn: "2025-13-01" is geen geldige datum; schrijf JJJJ-MM-DD';
const REPORT_START = 'ZORGMERK: DE DAGELIJKSE BOUW IS MISLUKT [report.title]';

interface Ran {
	step: string;
	status: number;
	seconds: number;
}

let clone: string;
let today: string;
const ran: Ran[] = [];
/** Install lines already run in the clone. */
const installed = new Set<string>();
/** Folders made for jobs that run outside the clone, removed at the end. */
const workspaces: string[] = [];
/** The folder the GitHub job uploads to Pages, kept aside before the GitLab job builds again. */
let githubArtifact: string;

/** The environment of a CI runner: this one's, without what vitest and npm add and without this checkout's tools on PATH. */
function runnerEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(cleanEnvironment()).filter(([key]) => !/^(npm_|ZORGMERK_)/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE'));
	env.PATH = (env.PATH ?? '')
		.split(path.delimiter)
		.filter((entry) => !entry.includes(`node_modules${path.sep}.bin`))
		.join(path.delimiter);
	return { ...env, CI: 'true', FORCE_COLOR: '0', ZORGMERK_TODAY: today, ...extra };
}

/**
 * Where a job runs: a GitHub job without a checkout, in an empty folder; a GitLab job that receives artifacts and
 * installs nothing, in a fresh checkout of the clone's main with those artifacts; every other job in the clone, so
 * that they share one install (a GitLab job that installs receives the Pages job's site there too).
 */
function workspaceFor(command: ShellCommand): string {
	const installs = command.script.split('\n').some((line) => line.trim() === INSTALL);
	if (command.workspace === 'checkout' && (command.artifacts.length === 0 || installs)) return clone;
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-job-'));
	workspaces.push(folder);
	if (command.workspace === 'checkout') {
		fs.rmdirSync(folder);
		const added = spawnSync('git', ['worktree', 'add', '--quiet', '--detach', folder, 'HEAD'], { cwd: clone, encoding: 'utf8' });
		if (added.status !== 0) throw new Error(`git worktree add failed: ${added.stderr}`);
		for (const artifact of command.artifacts) {
			if (fs.existsSync(path.join(clone, artifact))) fs.cpSync(path.join(clone, artifact), path.join(folder, artifact), { recursive: true });
		}
	}
	return folder;
}

/** Runs one job's shell script as a CI runner does (bash, stopping at the first failing command). */
function shell(command: ShellCommand): ShellResult {
	const started = performance.now();
	const cwd = workspaceFor(command);
	const lines = command.script.split('\n').map((line) => (cwd === clone && installed.has(line.trim()) ? `true # ${line.trim()}: already run in this clone` : line));
	const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lines.join('\n')], { cwd, env: runnerEnvironment(command.env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (cwd === clone && result.status === 0 && lines.some((line) => line.trim() === INSTALL)) installed.add(INSTALL);
	ran.push({ step: `${command.job}: ${command.step}`, status: result.status ?? 1, seconds: Math.round((performance.now() - started) / 1000) });
	return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

const git = (...args: string[]) => spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' });

/** Today in the site's time zone, as the build judges consent. */
function siteToday(): string {
	const settings = parseYaml(fs.readFileSync(path.join(clone, 'content', 'settings', 'site.yaml'), 'utf8')) as { timeZone?: string };
	return new Intl.DateTimeFormat('en-CA', { timeZone: settings.timeZone ?? 'Europe/Amsterdam' }).format(new Date());
}

interface ConsentFile {
	file: string;
	quote?: string;
	draft?: boolean;
	consent?: { grantedOn: string; expiresOn: string; channels: string[]; withdrawnOn?: string };
}

/**
 * The demo's testimonials and patient stories with their consent, read here with YAML alone (not with the code
 * under test). The malformed testimonial is not among them: it is never published, whatever its consent says.
 */
function consentFiles(): ConsentFile[] {
	const content = path.join(clone, 'content');
	const frontMatter = (file: string) => parseYaml(fs.readFileSync(path.join(content, file), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
	const date = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
	return listFiles(content)
		.filter((file) => /^testimonials\/.*\.md$|^stories\/.*\.mdx$/.test(file) && `content/${file}` !== MALFORMED_FILE)
		.map((file) => ({ file, data: frontMatter(file) }))
		.filter(({ data }) => data.quote !== undefined || data.kind === 'patient')
		.map(({ file, data }) => {
			const consent = data.consent as Record<string, unknown> | undefined;
			return {
				file: `content/${file}`,
				...(typeof data.quote === 'string' ? { quote: data.quote } : {}),
				draft: data.draft === true,
				...(consent
					? { consent: { grantedOn: date(consent.grantedOn), expiresOn: date(consent.expiresOn), channels: consent.channels as string[], ...(consent.withdrawnOn ? { withdrawnOn: date(consent.withdrawnOn) } : {}) } }
					: {}),
			};
		});
}

/** On the website on `day`: consent given by then, not yet run out, not withdrawn, for the website, not a draft. */
const publishedOn = (item: ConsentFile, day: string) =>
	!item.draft && item.consent !== undefined && !item.consent.withdrawnOn && item.consent.grantedOn <= day && day < item.consent.expiresOn && item.consent.channels.includes('website');

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** What the reminder should name on `day`: published items whose consent runs out within 60 days. */
const expiringOn = (day: string) =>
	consentFiles()
		.filter((item) => publishedOn(item, day) && item.consent!.expiresOn <= addDays(day, 60))
		.map((item) => item.file)
		.sort();

/** The text of every page of a built site, as a reader sees it. */
const siteText = (dir: string) =>
	readPages(dir)
		.map(([, html]) => parseHtml(html).textContent)
		.join('\n')
		.replace(/\s+/g, ' ');

/** The output of every step of these jobs that failed, for an assertion's message. */
const failures = (...jobs: JobResult[]) =>
	jobs
		.flatMap((job) => job.steps.filter((step) => typeof step.status === 'number' && step.status !== 0).map((step) => `${job.job}: ${step.step} exited with ${step.status}:\n${step.output.slice(-6000)}`))
		.join('\n\n');

/** The output of one step of a job that ran. */
const outputOf = (job: JobResult, step: string) => job.steps.find((candidate) => candidate.step === step)?.output ?? '';

let githubYaml: string;
let gitlab: GitlabJob[];
const githubContext = (event: string): ExpressionContext => ({ ...Object.fromEntries(Object.entries(GITHUB_PAGES).map(([name, value]) => [`steps.pages.outputs.${name}`, value])), 'github.event_name': event });
const github = (event: string): GithubWorkflow => githubWorkflow(githubYaml, githubContext(event));

beforeAll(() => {
	clone = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-workflows-'));
	const head = git('rev-parse', 'HEAD').stdout.trim();
	const cloned = spawnSync('git', ['clone', '--quiet', '--no-checkout', projectRoot, clone], { encoding: 'utf8' });
	if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
	const checkout = spawnSync('git', ['checkout', '--quiet', '-B', 'main', head], { cwd: clone, encoding: 'utf8' });
	if (checkout.status !== 0) throw new Error(`git checkout ${head} failed: ${checkout.stderr}`);
	if (git('status', '--porcelain', '--untracked-files=no').stdout.trim()) console.warn('The workflow test runs what is committed at HEAD; uncommitted changes are not in it.');
	// This morning's main: HEAD and one malformed testimonial, committed as the CMS or an editor would.
	const malformed = path.join('content', writeMalformedTestimonial(path.join(clone, 'content')));
	for (const args of [['add', malformed], ['-c', 'user.name=Redactie', '-c', 'user.email=redactie@lindeveld.example', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', 'Nieuwe ervaring']]) {
		const done = spawnSync('git', args, { cwd: clone, encoding: 'utf8' });
		if (done.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${done.stderr}`);
	}
	today = siteToday();
	githubYaml = fs.readFileSync(path.join(clone, '.github', 'workflows', 'publish.yml'), 'utf8');
	gitlab = gitlabJobs(fs.readFileSync(path.join(clone, '.ci', 'examples', 'gitlab-ci.yml'), 'utf8'));
});

afterAll(() => {
	if (ran.length > 0) console.log(`Workflow steps (seconds): ${ran.map((step) => `${step.step} ${step.seconds}`).join(' · ')}`);
	for (const folder of [clone, githubArtifact, ...workspaces]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the GitHub workflow (.github/workflows/publish.yml)', () => {
	it('has only steps the test runs, and hosting, set-up and cache actions it knows to skip', () => {
		const steps = github('schedule').jobs.flatMap((job) => job.steps);
		expect(steps.filter((step) => step.kind === 'run').map((step) => `${step.job}: ${step.name}`)).toEqual(
			expect.arrayContaining(['build: npm ci', 'build: npm run build', 'build: report', 'consent-reminder: npm ci', 'consent-reminder: npm run consent -- --within 60']),
		);
		expect(new Set(steps.filter((step) => step.kind === 'skip').map((step) => (step as Extract<Step, { kind: 'skip' }>).action))).toEqual(
			new Set(['actions/checkout', 'actions/setup-node', 'actions/cache', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']),
		);
	});

	describe('on a push to main with a malformed testimonial', () => {
		it('stops at the build, naming the file and the field; nothing is uploaded or deployed, and no report job runs', () => {
			const run = new GithubRun(github('push'), githubContext('push'));
			const build = run.run('build', shell);
			expect(build.steps.map((step) => [step.step, step.status === 0 ? 'passed' : step.status === 'skipped' ? 'skipped' : 'failed']), failures(build)).toEqual([
				['npm ci', 'passed'],
				['npm run build', 'failed'],
				['actions/upload-pages-artifact@v3', 'skipped'],
				['report', 'skipped'],
			]);
			const output = outputOf(build, 'npm run build');
			expect(output).toContain(`${MALFORMED_FILE}\n${MALFORMED_PROBLEM}`);
			expect(output).not.toContain('WEGGELATEN');
			expect(fs.existsSync(path.join(clone, 'dist'))).toBe(false);
			expect(fs.existsSync(path.join(clone, '.zorgmerk', 'build-report.txt'))).toBe(false);
			expect(run.run('deploy', shell).result).toBe('skipped');
			expect(run.run('report', shell).result).toBe('skipped');
		});
	});

	describe('on its daily schedule, with the same testimonial', () => {
		let scheduled: GithubRun;

		it('builds as the scheduled build: the site, under the project site’s sub-path, into the folder it uploads to Pages, without the testimonial, saying so', () => {
			scheduled = new GithubRun(github('schedule'), githubContext('schedule'));
			const build = scheduled.run('build', shell);
			expect(build.result, failures(build)).toBe('success');
			expect(outputOf(build, 'npm run build')).toContain(`WEGGELATEN (dagelijkse bouw) [build.leftOut]: ${MALFORMED_FILE}\n${MALFORMED_PROBLEM}`);
			const upload = github('schedule').jobs[0]!.steps.find((step) => step.kind === 'skip' && step.action === 'actions/upload-pages-artifact') as Extract<Step, { kind: 'skip' }>;
			githubArtifact = path.join(path.dirname(clone), `${path.basename(clone)}-github-pages`);
			fs.renameSync(path.join(clone, String(upload.with.path)), githubArtifact);

			expect(fs.existsSync(path.join(githubArtifact, 'nl', 'index.html'))).toBe(true);
			expect(brokenInternalLinks(githubArtifact, '/zorgmerk/')).toEqual([]);
			const home = fs.readFileSync(path.join(githubArtifact, 'nl', 'index.html'), 'utf8');
			expect(home).toContain('<link rel="canonical" href="https://lindeveld.github.io/zorgmerk/nl/">');
			expect(home).toMatch(/<link rel="stylesheet" href="\/zorgmerk\/_astro\//);
			expect(fs.readFileSync(path.join(githubArtifact, 'sitemap.xml'), 'utf8')).toContain('<loc>https://lindeveld.github.io/zorgmerk/nl/</loc>');
			for (const text of [MALFORMED.quote, MALFORMED.reference, MALFORMED.detail, MALFORMED.slug]) expect(filesContaining(githubArtifact, text), text).toEqual([]);
		});

		it('publishes no words of a testimonial whose consent has ended or was withdrawn', () => {
			const withheld = consentFiles().filter((item) => item.quote && !publishedOn(item, today));
			const shown = consentFiles().filter((item) => item.quote && publishedOn(item, today));
			expect(withheld.length).toBeGreaterThan(0);
			const text = siteText(githubArtifact);
			const start = (quote: string) => quote.replace(/\s+/g, ' ').slice(0, 40);
			expect(withheld.filter((item) => text.includes(start(item.quote!))).map((item) => item.file)).toEqual([]);
			expect(shown.some((item) => text.includes(start(item.quote!)))).toBe(true);
		});

		it('deploys, and then fails the report job, which prints the build’s report and puts it on the run’s summary page', () => {
			expect(scheduled.run('deploy', shell).result).toBe('success');
			const report = scheduled.run('report', shell);
			expect(report.result).toBe('failure');
			const printed = report.steps[0]!.output;
			expect(printed.split('\n')[0]).toBe(REPORT_START);
			expect(printed).toContain(`Weggelaten tot het is opgelost (1) [report.leftOut]:\n\n${MALFORMED_FILE}\n${MALFORMED_PROBLEM}`);
			expect(printed.trim()).toBe(fs.readFileSync(path.join(clone, '.zorgmerk', 'build-report.txt'), 'utf8').trim());
			expect(report.summary).toContain(`${REPORT_START}\n`);
		});

		it('runs the consent reminder, which fails exactly when published consent runs out within 60 days', () => {
			const expected = expiringOn(today);
			const reminder = scheduled.run('consent-reminder', shell);
			const output = outputOf(reminder, 'npm run consent -- --within 60');
			expect(reminder.result, output).toBe(expected.length > 0 ? 'failure' : 'success');
			if (expected.length === 0) expect(output).toContain('No published consent runs out within 60 days.');
			else for (const file of expected) expect(output).toContain(file);
		});

		it('runs the consent reminder on a day when a published testimonial’s consent runs out within 60 days: it fails and names it', () => {
			// 30 days before the first expiry of something published then.
			const day = consentFiles()
				.filter((item) => item.consent && publishedOn(item, addDays(item.consent.expiresOn, -30)))
				.map((item) => addDays(item.consent!.expiresOn, -30))
				.sort()[0]!;
			const expected = expiringOn(day);
			expect(expected.length).toBeGreaterThan(0);
			const reminder = new GithubRun(github('schedule'), githubContext('schedule')).run('consent-reminder', shell, { ZORGMERK_TODAY: day });
			const output = outputOf(reminder, 'npm run consent -- --within 60');
			expect(reminder.result, output).toBe('failure');
			expect(output).toContain(`${expected.length} published item(s) lose consent within 60 days`);
			for (const file of expected) expect(output).toContain(file);
		});
	});
});

describe('the GitLab pipeline (.ci/examples/gitlab-ci.yml)', () => {
	it('has the Pages job, the build report and the consent reminder, nothing else', () => {
		expect(gitlab.map((job) => job.job)).toEqual(['pages', 'build-report', 'consent-reminder']);
		expect(gitlab.find((job) => job.job === 'pages')!.artifacts).toEqual(['public', '.zorgmerk/build-report.txt']);
	});

	describe('for a push to main with a malformed testimonial', () => {
		it('holds the Pages job alone, which stops at the build, naming the file and the field, and publishes nothing', () => {
			const pipeline = new GitlabPipeline(gitlab, gitlabSource('push'));
			expect(pipeline.names).toEqual(['pages']);
			const pages = pipeline.run('pages', shell, { CI_PAGES_URL: GITLAB_PAGES_URL });
			expect(pages.result).toBe('failure');
			expect(pages.steps[0]!.output).toContain(`${MALFORMED_FILE}\n${MALFORMED_PROBLEM}`);
			// public/ is the repository's own (the logo…) until the job moves a built site there.
			expect(fs.existsSync(path.join(clone, 'dist'))).toBe(false);
			expect(fs.existsSync(path.join(clone, 'public', 'nl'))).toBe(false);
		});
	});

	describe('on its daily schedule, with the same testimonial', () => {
		let scheduled: GitlabPipeline;

		it('builds the site as the scheduled build, for its own domain, at the root, into public/, without the testimonial', () => {
			scheduled = new GitlabPipeline(gitlab, gitlabSource('schedule'));
			expect(scheduled.names).toEqual(['pages', 'build-report', 'consent-reminder']);
			const pages = scheduled.run('pages', shell, { CI_PAGES_URL: GITLAB_PAGES_URL });
			expect(pages.result, failures(pages)).toBe('success');
			expect(pages.steps[0]!.output).toContain(`WEGGELATEN (dagelijkse bouw) [build.leftOut]: ${MALFORMED_FILE}`);
			const site = path.join(clone, 'public');
			expect(fs.existsSync(path.join(site, 'nl', 'index.html'))).toBe(true);
			expect(fs.existsSync(path.join(clone, 'dist'))).toBe(false);
			expect(brokenInternalLinks(site, '/')).toEqual([]);
			const home = fs.readFileSync(path.join(site, 'nl', 'index.html'), 'utf8');
			expect(home).toContain(`<link rel="canonical" href="${GITLAB_PAGES_URL}/nl/">`);
			expect(home).toMatch(/<link rel="stylesheet" href="\/_astro\//);
			expect(listFiles(site).some((file) => file.includes('zorgmerk/'))).toBe(false);
			for (const text of [MALFORMED.quote, MALFORMED.reference, MALFORMED.slug]) expect(filesContaining(site, text), text).toEqual([]);
		});

		it('then fails the build-report job, which receives the report with the site and prints it', () => {
			const report = scheduled.run('build-report', shell);
			expect(report.result).toBe('failure');
			const printed = report.steps[0]!.output;
			expect(printed.split('\n')[0]).toBe(REPORT_START);
			expect(printed).toContain(`${MALFORMED_FILE}\n${MALFORMED_PROBLEM}`);
		});

		it('runs the consent reminder, which fails exactly when published consent runs out within 60 days', () => {
			const expected = expiringOn(today);
			const reminder = scheduled.run('consent-reminder', shell);
			expect(reminder.result, reminder.steps[0]?.output).toBe(expected.length > 0 ? 'failure' : 'success');
			for (const file of expected) expect(reminder.steps[0]!.output).toContain(file);
		});
	});
});
