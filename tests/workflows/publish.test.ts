/**
 * The daily publish, run as the workflows write it: every shell step of the build and consent-reminder jobs of
 * .github/workflows/publish.yml and .ci/examples/gitlab-ci.yml, in a clean clone of this repository (what is
 * committed at HEAD: in CI, main), so a change that breaks the daily publish breaks CI first. Consent that expires
 * or is withdrawn leaves the site only when this publish runs.
 *
 * Hosting and cache actions are skipped (tests/support/workflows.ts lists them, and refuses any other step); the
 * GitHub Pages outputs and GitLab's CI_PAGES_URL get test values: a project site under /zorgmerk/ on GitHub, a
 * custom domain at the root on GitLab. Both workflows share one clone and one `npm ci`: each job starts with the
 * same `npm ci` on the same lock, so it runs once, and a job with another install line would run its own. The
 * builds run one after another in that clone, so the second reuses the first's picture cache, as a kept cache does.
 *
 * Heavy (an install and two builds, ~5–10 minutes on two busy cores): its own vitest project,
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
import { gitlabJobs, githubSteps, type ExpressionContext, type GitlabJob, type Step } from '../support/workflows.ts';

/** GitHub Pages for a project site: https://<owner>.github.io/<repository>/. */
const GITHUB_PAGES = { origin: 'https://lindeveld.github.io', base_path: '/zorgmerk', base_url: 'https://lindeveld.github.io/zorgmerk', host: 'lindeveld.github.io' };
/** GitLab Pages on the hospital's own domain, at the root. */
const GITLAB_PAGES_URL = 'https://www.ziekenhuis-lindeveld.example';
const INSTALL = 'npm ci';

interface Ran {
	step: string;
	status: number;
	output: string;
	seconds: number;
}

let clone: string;
let today: string;
const ran: Ran[] = [];
/** Install lines already run in the clone. */
const installed = new Set<string>();
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

/** Runs a shell script in the clone as a CI runner does (bash, stopping at the first failing command). */
function shell(step: string, script: string, env: Record<string, string>): Ran {
	const started = performance.now();
	const lines = script.split('\n').map((line) => (installed.has(line.trim()) ? `true # ${line.trim()}: already run in this clone` : line));
	const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lines.join('\n')], { cwd: clone, env: runnerEnvironment(env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	for (const line of script.split('\n')) if (line.trim() === INSTALL && result.status === 0) installed.add(INSTALL);
	const done: Ran = { step, status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, seconds: Math.round((performance.now() - started) / 1000) };
	ran.push(done);
	return done;
}

/** Runs the shell steps of one GitHub job; returns each step's result. */
function runGithubJob(steps: Step[], job: string, env: Record<string, string> = {}): Ran[] {
	return steps
		.filter((step): step is Extract<Step, { kind: 'run' }> => step.job === job && step.kind === 'run')
		.map((step) => shell(`GitHub ${job}: ${step.name}`, step.run, { GITHUB_ACTIONS: 'true', ...step.env, ...env }));
}

/** Runs one GitLab job's script in one shell, as GitLab does. */
function runGitlabJob(job: GitlabJob, env: Record<string, string> = {}): Ran {
	return shell(`GitLab ${job.job}`, job.script.join('\n'), { GITLAB_CI: 'true', CI_PAGES_URL: GITLAB_PAGES_URL, ...job.variables, ...env });
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

/** The demo's testimonials and patient stories with their consent, read here with YAML alone (not with the code under test). */
function consentFiles(): ConsentFile[] {
	const content = path.join(clone, 'content');
	const frontMatter = (file: string) => parseYaml(fs.readFileSync(path.join(content, file), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
	const date = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
	return listFiles(content)
		.filter((file) => /^testimonials\/.*\.md$|^stories\/.*\.mdx$/.test(file))
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

let github: Step[];
let gitlab: GitlabJob[];

beforeAll(() => {
	clone = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-workflows-'));
	const head = git('rev-parse', 'HEAD').stdout.trim();
	const cloned = spawnSync('git', ['clone', '--quiet', '--no-checkout', projectRoot, clone], { encoding: 'utf8' });
	if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
	const checkout = spawnSync('git', ['checkout', '--quiet', '--detach', head], { cwd: clone, encoding: 'utf8' });
	if (checkout.status !== 0) throw new Error(`git checkout ${head} failed: ${checkout.stderr}`);
	if (git('status', '--porcelain', '--untracked-files=no').stdout.trim()) console.warn('The workflow test runs what is committed at HEAD; uncommitted changes are not in it.');
	today = siteToday();
	const context: ExpressionContext = Object.fromEntries(Object.entries(GITHUB_PAGES).map(([name, value]) => [`steps.pages.outputs.${name}`, value]));
	github = githubSteps(fs.readFileSync(path.join(clone, '.github', 'workflows', 'publish.yml'), 'utf8'), { ...context, 'github.event_name': 'schedule' });
	gitlab = gitlabJobs(fs.readFileSync(path.join(clone, '.ci', 'examples', 'gitlab-ci.yml'), 'utf8'));
});

afterAll(() => {
	if (ran.length > 0) console.log(`Workflow steps (seconds): ${ran.map((step) => `${step.step} ${step.seconds}`).join(' · ')}`);
	for (const folder of [clone, githubArtifact]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** The output of a step that failed, for the assertion message. */
const failed = (results: Ran[]) =>
	results
		.filter((result) => result.status !== 0)
		.map((result) => `${result.step} exited with ${result.status}:\n${result.output.slice(-6000)}`)
		.join('\n\n');

describe('the GitHub workflow (.github/workflows/publish.yml), on its daily schedule', () => {
	it('has only steps the test runs, and hosting, set-up and cache actions it knows to skip', () => {
		expect(github.filter((step) => step.kind === 'run').map((step) => `${step.job}: ${step.name}`)).toEqual(
			expect.arrayContaining(['build: npm ci', 'build: npm run build', 'consent-reminder: npm ci', 'consent-reminder: npm run consent -- --within 60']),
		);
		expect(new Set(github.filter((step) => step.kind === 'skip').map((step) => (step as Extract<Step, { kind: 'skip' }>).action))).toEqual(
			new Set(['actions/checkout', 'actions/setup-node', 'actions/cache', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']),
		);
	});

	it('builds the site under the project site’s sub-path, into the folder it uploads to Pages', () => {
		const results = runGithubJob(github, 'build');
		expect(failed(results)).toBe('');
		const upload = github.find((step) => step.kind === 'skip' && step.action === 'actions/upload-pages-artifact') as Extract<Step, { kind: 'skip' }>;
		githubArtifact = path.join(path.dirname(clone), `${path.basename(clone)}-github-pages`);
		fs.renameSync(path.join(clone, String(upload.with.path)), githubArtifact);

		expect(fs.existsSync(path.join(githubArtifact, 'nl', 'index.html'))).toBe(true);
		expect(brokenInternalLinks(githubArtifact, '/zorgmerk/')).toEqual([]);
		const home = fs.readFileSync(path.join(githubArtifact, 'nl', 'index.html'), 'utf8');
		expect(home).toContain('<link rel="canonical" href="https://lindeveld.github.io/zorgmerk/nl/">');
		expect(home).toMatch(/<link rel="stylesheet" href="\/zorgmerk\/_astro\//);
		expect(fs.readFileSync(path.join(githubArtifact, 'sitemap.xml'), 'utf8')).toContain('<loc>https://lindeveld.github.io/zorgmerk/nl/</loc>');
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

	it('runs the consent reminder, which fails exactly when published consent runs out within 60 days', () => {
		const expected = expiringOn(today);
		const [install, reminder] = runGithubJob(github, 'consent-reminder');
		expect(install!.status, install!.output).toBe(0);
		expect(reminder!.status, reminder!.output).toBe(expected.length > 0 ? 1 : 0);
		if (expected.length === 0) expect(reminder!.output).toContain('No published consent runs out within 60 days.');
		else for (const file of expected) expect(reminder!.output).toContain(file);
	});

	it('runs the consent reminder on a day when a published testimonial’s consent runs out within 60 days: it fails and names it', () => {
		// 30 days before the first expiry of something published then.
		const day = consentFiles()
			.filter((item) => item.consent && publishedOn(item, addDays(item.consent.expiresOn, -30)))
			.map((item) => addDays(item.consent!.expiresOn, -30))
			.sort()[0]!;
		const expected = expiringOn(day);
		expect(expected.length).toBeGreaterThan(0);
		const [, reminder] = runGithubJob(github, 'consent-reminder', { ZORGMERK_TODAY: day });
		expect(reminder!.status, reminder!.output).toBe(1);
		expect(reminder!.output).toContain(`${expected.length} published item(s) lose consent within 60 days`);
		for (const file of expected) expect(reminder!.output).toContain(file);
	});
});

describe('the GitLab pipeline (.ci/examples/gitlab-ci.yml), on its daily schedule', () => {
	it('has the Pages job and the consent reminder, nothing else', () => {
		expect(gitlab.map((job) => job.job)).toEqual(['pages', 'consent-reminder']);
		expect(gitlab.find((job) => job.job === 'pages')!.artifacts).toEqual(['public']);
	});

	it('builds the site for its own domain, at the root, into public/', () => {
		const result = runGitlabJob(gitlab.find((job) => job.job === 'pages')!);
		expect(failed([result])).toBe('');
		const site = path.join(clone, 'public');
		expect(fs.existsSync(path.join(site, 'nl', 'index.html'))).toBe(true);
		expect(fs.existsSync(path.join(clone, 'dist'))).toBe(false);
		expect(brokenInternalLinks(site, '/')).toEqual([]);
		const home = fs.readFileSync(path.join(site, 'nl', 'index.html'), 'utf8');
		expect(home).toContain(`<link rel="canonical" href="${GITLAB_PAGES_URL}/nl/">`);
		expect(home).toMatch(/<link rel="stylesheet" href="\/_astro\//);
		expect(listFiles(site).some((file) => file.includes('zorgmerk/'))).toBe(false);
	});

	it('runs the consent reminder, which fails exactly when published consent runs out within 60 days', () => {
		const expected = expiringOn(today);
		const result = runGitlabJob(gitlab.find((job) => job.job === 'consent-reminder')!);
		expect(result.status, result.output).toBe(expected.length > 0 ? 1 : 0);
		for (const file of expected) expect(result.output).toContain(file);
	});
});
