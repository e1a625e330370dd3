/**
 * Reading the publish workflows into steps (tests/support/workflows.ts): tests/workflows/publish.test.ts runs every
 * shell step and skips only hosting, set-up and cache actions it knows, so a step added to the daily publish that it
 * cannot run fails, instead of reaching production untested.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { expandExpressions, githubSteps, gitlabJobs, UnknownStepError } from '../support/workflows.ts';

const publishYml = fs.readFileSync(path.join(projectRoot, '.github', 'workflows', 'publish.yml'), 'utf8');
const gitlabYml = fs.readFileSync(path.join(projectRoot, '.ci', 'examples', 'gitlab-ci.yml'), 'utf8');
const context = { 'steps.pages.outputs.origin': 'https://example.github.io', 'steps.pages.outputs.base_path': '/site' };

describe('the GitHub workflow, read into steps', () => {
	it('runs the shell steps with their expressions filled in, and skips the Pages and cache actions', () => {
		const steps = githubSteps(publishYml, context);
		expect(steps.find((step) => step.kind === 'run' && step.run === 'npm run build')).toMatchObject({ job: 'build', env: { SITE_URL: 'https://example.github.io', BASE_PATH: '/site/' } });
		expect(steps.filter((step) => step.kind === 'skip').map((step) => step.kind === 'skip' && step.action)).toContain('actions/upload-pages-artifact');
	});

	it('refuses a step it neither runs nor knows to skip', () => {
		const added = publishYml.replace('      - run: npm run consent -- --within 60', '      - run: npm run consent -- --within 60\n      - uses: some-org/post-to-slack@v1');
		expect(() => githubSteps(added, context)).toThrow(UnknownStepError);
		expect(() => githubSteps(added, context)).toThrow(/job consent-reminder, step "some-org\/post-to-slack@v1" uses some-org\/post-to-slack@v1, which the workflow test neither runs nor knows to skip/);
	});

	it('refuses a condition, a job environment or another shell, which it would not honour', () => {
		expect(() => githubSteps(publishYml.replace('      - run: npm run build\n', "      - run: npm run build\n        if: github.event_name == 'push'\n"), context)).toThrow(/step "npm run build" has "if"/);
		expect(() => githubSteps(publishYml.replace('  build:\n    runs-on: ubuntu-latest\n', '  build:\n    runs-on: ubuntu-latest\n    env:\n      X: y\n'), context)).toThrow(/job build has "env"/);
		expect(() => githubSteps(publishYml.replace('      - run: npm ci\n', '      - run: npm ci\n        shell: pwsh\n'), context)).toThrow(/has "shell"/);
	});

	it('refuses an expression it has no value for', () => {
		expect(() => expandExpressions('${{ steps.pages.outputs.host }}', context, 'job build')).toThrow('job build: the workflow test has no value for ${{ steps.pages.outputs.host }}');
		expect(() => githubSteps(publishYml, { 'steps.pages.outputs.origin': 'https://example.github.io' })).toThrow(/base_path/);
	});
});

describe('the GitLab pipeline, read into jobs', () => {
	it('has each job’s script lines and the folders it keeps', () => {
		const jobs = gitlabJobs(gitlabYml);
		expect(jobs.map((job) => job.job)).toEqual(['pages', 'consent-reminder']);
		expect(jobs[0]!.script[0]).toBe('npm ci');
		expect(jobs[0]!.artifacts).toEqual(['public']);
	});

	it('refuses script it would not run: before_script, after_script, a hidden template', () => {
		expect(() => gitlabJobs(gitlabYml.replace('pages:\n  stage: deploy\n', 'pages:\n  stage: deploy\n  before_script:\n    - echo hi\n'))).toThrow(/job pages has "before_script"/);
		expect(() => gitlabJobs(`${gitlabYml}\n.template:\n  script: [echo]\n`)).toThrow(/\.template in the GitLab pipeline/);
		expect(() => gitlabJobs(gitlabYml.replace('default:\n  image: node:22\n', 'default:\n  image: node:22\n  after_script: [echo]\n'))).toThrow(/default has "after_script"/);
	});
});
