/**
 * Reads the publish workflows (.github/workflows/publish.yml, .ci/examples/gitlab-ci.yml) into the shell steps a
 * test can run, and refuses any step it does not know how to run or skip, so that no step reaches the daily publish
 * untested. Pure: tests/workflows/publish.test.ts runs what this returns.
 */
import { parse } from 'yaml';

/** Actions that only host, cache or set up what a test provides itself (a clone, Node, no cache); skipped, never run. */
export const SKIPPED_ACTIONS: Record<string, string> = {
	'actions/checkout': 'the test runs in a clean clone',
	'actions/setup-node': 'the project brings its own Node 24 (the node package), on any Node 20 or later',
	'actions/cache': 'a cold build, as on the first run',
	'actions/configure-pages': 'its outputs are given test values',
	'actions/upload-pages-artifact': 'the test checks the folder it would upload',
	'actions/deploy-pages': 'nothing is published',
};

/** A step of a job: a shell command to run, or an action to skip. */
export type Step =
	| { kind: 'run'; job: string; name: string; run: string; env: Record<string, string> }
	| { kind: 'skip'; job: string; name: string; action: string; with: Record<string, unknown>; id?: string };

/** Values for `${{ … }}` expressions, by their dotted name, e.g. "steps.pages.outputs.origin" or "github.event_name". */
export type ExpressionContext = Record<string, string>;

/** A workflow the test cannot run as it stands, with what to change. */
export class UnknownStepError extends Error {}

const GITHUB_WORKFLOW_KEYS = new Set(['name', 'on', 'permissions', 'concurrency', 'jobs']);
const GITHUB_JOB_KEYS = new Set(['runs-on', 'steps', 'needs', 'environment', 'permissions', 'timeout-minutes']);
const GITHUB_STEP_KEYS = new Set(['name', 'id', 'uses', 'with', 'run', 'env']);

/**
 * Replaces each `${{ name }}` in `text` with its value in `context`.
 * @throws UnknownStepError for an expression that is not a plain name in `context` (an operator, a function,
 *   an unknown output), naming it: add it to the test's context, or teach this function.
 */
export function expandExpressions(text: string, context: ExpressionContext, where: string): string {
	return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
		const value = context[expression];
		if (value === undefined) throw new UnknownStepError(`${where}: the workflow test has no value for \${{ ${expression} }}. Give it one in tests/workflows/publish.test.ts (or teach tests/support/workflows.ts the expression).`);
		return value;
	});
}

/** A step's action without its version: "actions/checkout@v4" → "actions/checkout". */
const actionName = (uses: string) => uses.replace(/@.*$/, '');

/**
 * The steps of every job of a GitHub Actions workflow, in order, with `${{ … }}` expanded in `run` and `env`.
 * @throws UnknownStepError for a workflow, job or step key this does not run (job `env`, `if`, `shell`, a
 *   container…) and for an action not in SKIPPED_ACTIONS.
 */
export function githubSteps(yamlText: string, context: ExpressionContext): Step[] {
	const workflow = parse(yamlText) as { jobs?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
	refuseUnknownKeys(workflow, GITHUB_WORKFLOW_KEYS, 'the workflow');
	const steps: Step[] = [];
	for (const [job, definition] of Object.entries(workflow.jobs ?? {})) {
		refuseUnknownKeys(definition, GITHUB_JOB_KEYS, `job ${job}`);
		for (const [index, step] of ((definition.steps ?? []) as Record<string, unknown>[]).entries()) {
			const name = String(step.name ?? step.id ?? step.run ?? step.uses ?? `step ${index + 1}`);
			const where = `job ${job}, step "${name}"`;
			refuseUnknownKeys(step, GITHUB_STEP_KEYS, where);
			if (typeof step.run === 'string') {
				const env = Object.fromEntries(Object.entries((step.env ?? {}) as Record<string, unknown>).map(([key, value]) => [key, expandExpressions(String(value), context, where)]));
				steps.push({ kind: 'run', job, name, run: expandExpressions(step.run, context, where), env });
			} else if (typeof step.uses === 'string' && SKIPPED_ACTIONS[actionName(step.uses)]) {
				steps.push({ kind: 'skip', job, name, action: actionName(step.uses), with: (step.with ?? {}) as Record<string, unknown>, ...(typeof step.id === 'string' ? { id: step.id } : {}) });
			} else {
				throw new UnknownStepError(`${where} uses ${String(step.uses)}, which the workflow test neither runs nor knows to skip. Run it in tests/workflows/publish.test.ts, or add it to SKIPPED_ACTIONS in tests/support/workflows.ts if it only hosts or caches.`);
			}
		}
	}
	return steps;
}

const GITLAB_TOP_KEYS = new Set(['stages', 'default', 'variables']);
const GITLAB_DEFAULT_KEYS = new Set(['image']);
const GITLAB_JOB_KEYS = new Set(['stage', 'script', 'image', 'artifacts', 'cache', 'rules', 'allow_failure', 'needs']);

/** A GitLab CI job: its script lines run in one shell, as GitLab runs them, with the pipeline's and job's variables. */
export interface GitlabJob {
	job: string;
	script: string[];
	variables: Record<string, string>;
	/** The folders GitLab keeps after the job (`artifacts.paths`), e.g. ["public"] for Pages. */
	artifacts: string[];
}

/**
 * The jobs of a .gitlab-ci.yml, in order.
 * @throws UnknownStepError for a key this does not run (`before_script`, `after_script`, `services`, `include`,
 *   `extends`, job `variables`…), naming it.
 */
export function gitlabJobs(yamlText: string): GitlabJob[] {
	const pipeline = parse(yamlText) as Record<string, unknown>;
	const jobs: GitlabJob[] = [];
	const globalVariables = (pipeline.variables ?? {}) as Record<string, unknown>;
	for (const [key, value] of Object.entries(pipeline)) {
		if (GITLAB_TOP_KEYS.has(key)) {
			if (key === 'default') refuseUnknownKeys(value as Record<string, unknown>, GITLAB_DEFAULT_KEYS, 'default');
			continue;
		}
		if (key.startsWith('.') || typeof value !== 'object' || value === null || !('script' in value)) {
			throw new UnknownStepError(`${key} in the GitLab pipeline is neither a job with a script nor a key the workflow test knows. Teach tests/support/workflows.ts how to run it.`);
		}
		const job = value as Record<string, unknown>;
		refuseUnknownKeys(job, GITLAB_JOB_KEYS, `job ${key}`);
		jobs.push({
			job: key,
			script: (job.script as unknown[]).map(String),
			variables: Object.fromEntries(Object.entries(globalVariables).map(([name, variable]) => [name, String(variable)])),
			artifacts: (((job.artifacts as { paths?: unknown[] } | undefined)?.paths ?? []) as unknown[]).map(String),
		});
	}
	return jobs;
}

function refuseUnknownKeys(object: Record<string, unknown>, known: Set<string>, where: string): void {
	const unknown = Object.keys(object).filter((key) => !known.has(key));
	if (unknown.length > 0) {
		throw new UnknownStepError(`${where} has ${unknown.map((key) => `"${key}"`).join(', ')}, which the workflow test does not know how to run. Teach tests/support/workflows.ts, so that nothing reaches the daily publish untested.`);
	}
}
