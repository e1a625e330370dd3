/**
 * Reads the publish workflows (.github/workflows/publish.yml, .ci/examples/gitlab-ci.yml) and runs their jobs as
 * GitHub Actions and GitLab CI would for one event (a push, the daily schedule): which jobs and steps run, with
 * which environment, in which order, with what they hand on to later jobs. It refuses any key, action, condition or
 * expression it does not know how to honour, so that nothing reaches the daily publish untested. The shell commands
 * themselves are run by the caller (tests/workflows/publish.test.ts, in a clean clone).
 *
 * What it honours, from the GitHub Actions and GitLab CI references:
 * - GitHub: `if` on jobs and steps, `needs`, job `outputs` from steps' `$GITHUB_OUTPUT` (name=value and
 *   name<<DELIMITER), `$GITHUB_STEP_SUMMARY`, and expressions of context names, 'strings', true/false/null, `==`,
 *   `!=`, `!`, `&&`, `||` and parentheses, with GitHub's loose equality (strings compared ignoring case, other
 *   types compared as numbers) and `&&`/`||` returning an operand (so `a && 'x' || 'y'` chooses). A job stops at its
 *   first failing step; a job whose needs did not all succeed is skipped, as without a status function in `if`.
 *   https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 * - GitLab: `rules` (`if`, `variables`, `when: never`/`on_success`), `needs`, stages, `allow_failure`, and
 *   `artifacts: paths`, with variable expressions of $VARIABLES, "strings", `==`, `!=`, `&&`, `||` and
 *   parentheses. https://docs.gitlab.com/ci/jobs/job_rules/
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/** A workflow the test cannot run as it stands, with what to change. */
export class UnknownStepError extends Error {}

/** Values for `${{ … }}` names that no step of the run sets, e.g. "github.event_name" or "steps.pages.outputs.origin". */
export type ExpressionContext = Record<string, string>;

/** Where a job runs: in the checked-out repository, or (a GitHub job without actions/checkout) in an empty folder. */
export type Workspace = 'checkout' | 'empty';

/** One shell script for the caller to run: bash, stopping at the first failing command, as both CI services do. */
export interface ShellCommand {
	job: string;
	/** The step's name (GitHub) or the job's (GitLab). */
	step: string;
	script: string;
	env: Record<string, string>;
	workspace: Workspace;
	/** GitLab: the `artifacts: paths` of the jobs this job receives artifacts from, which it finds in its checkout. */
	artifacts: string[];
}

/** What the caller's shell returns. */
export interface ShellResult {
	status: number;
	output: string;
}

export type Shell = (command: ShellCommand) => ShellResult;

/** A step or GitLab job that ran (or was skipped, with why). */
export interface StepResult {
	step: string;
	status: number | 'skipped';
	output: string;
}

/** A job of a run: its result, its steps and, for GitHub, its outputs and step summaries. */
export interface JobResult {
	job: string;
	/** "skipped" when its condition was false or a job it needs did not succeed. */
	result: 'success' | 'failure' | 'skipped';
	steps: StepResult[];
	outputs: Record<string, string>;
	/** What its steps wrote to $GITHUB_STEP_SUMMARY. */
	summary: string;
}

// ---------------------------------------------------------------------------------------------------------------------
// Expressions

type Value = string | boolean | null;
type Node =
	| { type: 'literal'; value: Value }
	| { type: 'name'; name: string }
	| { type: 'not'; operand: Node }
	| { type: 'binary'; operator: '==' | '!=' | '&&' | '||'; left: Node; right: Node };

interface Token {
	kind: 'string' | 'name' | 'operator' | 'paren';
	text: string;
}

/** Splits an expression into tokens: GitHub's (names, 'strings', true, false, null) or GitLab's ($NAMES, "strings", 'strings', null). */
function tokenize(expression: string, dialect: 'github' | 'gitlab', where: string): Token[] {
	const tokens: Token[] = [];
	const unknown = (what: string) =>
		new UnknownStepError(`${where}: the workflow test does not know ${what} in "${expression}". Teach tests/support/workflows.ts what it means, so that the test runs the workflow as the CI service would.`);
	let at = 0;
	while (at < expression.length) {
		const rest = expression.slice(at);
		const space = /^\s+/.exec(rest);
		if (space) {
			at += space[0].length;
			continue;
		}
		const operator = /^(==|!=|&&|\|\|)/.exec(rest) ?? (rest[0] === '!' ? ['!'] : null);
		if (operator) {
			tokens.push({ kind: 'operator', text: operator[0] });
			at += operator[0].length;
			continue;
		}
		if (rest[0] === '(' || rest[0] === ')') {
			tokens.push({ kind: 'paren', text: rest[0] });
			at += 1;
			continue;
		}
		if (dialect === 'github') {
			// 'It''s': a quote inside is written twice.
			const string = /^'((?:[^']|'')*)'/.exec(rest);
			if (string) {
				tokens.push({ kind: 'string', text: string[1]!.replace(/''/g, "'") });
				at += string[0].length;
				continue;
			}
			const name = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*/.exec(rest);
			if (name) {
				if (/^\s*\(/.test(rest.slice(name[0].length))) throw unknown(`the function ${name[0]}()`);
				tokens.push({ kind: 'name', text: name[0] });
				at += name[0].length;
				continue;
			}
		} else {
			const string = /^"([^"]*)"|^'([^']*)'/.exec(rest);
			if (string) {
				tokens.push({ kind: 'string', text: string[1] ?? string[2]! });
				at += string[0].length;
				continue;
			}
			const variable = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
			if (variable) {
				tokens.push({ kind: 'name', text: variable[1]! });
				at += variable[0].length;
				continue;
			}
			if (/^null\b/.test(rest)) {
				tokens.push({ kind: 'name', text: 'null' });
				at += 4;
				continue;
			}
		}
		throw unknown(`"${rest.slice(0, 12)}"`);
	}
	return tokens;
}

/**
 * Parses an expression into a tree, by precedence: `||`, then `&&`, then `==` and `!=`, then `!` and parentheses.
 * @throws UnknownStepError for anything else (a function, a number, an index, `<`, a regular expression…).
 */
function parseExpression(expression: string, dialect: 'github' | 'gitlab', where: string): Node {
	const tokens = tokenize(expression, dialect, where);
	let at = 0;
	const fail = (what: string) => new UnknownStepError(`${where}: cannot read "${expression}": ${what}. Teach tests/support/workflows.ts, or write it more plainly.`);
	const peek = () => tokens[at];
	const binary = (operators: string[], next: () => Node) => (): Node => {
		let left = next();
		while (peek()?.kind === 'operator' && operators.includes(peek()!.text)) {
			const operator = tokens[at++]!.text as '==' | '!=' | '&&' | '||';
			left = { type: 'binary', operator, left, right: next() };
		}
		return left;
	};
	const primary = (): Node => {
		const token = tokens[at++];
		if (!token) throw fail('it ends too early');
		if (token.kind === 'operator' && token.text === '!') {
			if (dialect === 'gitlab') throw fail('GitLab has no !');
			return { type: 'not', operand: primary() };
		}
		if (token.kind === 'paren' && token.text === '(') {
			const inner = or();
			if (tokens[at++]?.text !== ')') throw fail('a parenthesis is not closed');
			return inner;
		}
		if (token.kind === 'string') return { type: 'literal', value: token.text };
		if (token.kind === 'name') {
			if (token.text === 'null') return { type: 'literal', value: null };
			if (dialect === 'github' && (token.text === 'true' || token.text === 'false')) return { type: 'literal', value: token.text === 'true' };
			return { type: 'name', name: token.text };
		}
		throw fail(`"${token.text}" where a value belongs`);
	};
	const equality = binary(['==', '!='], primary);
	const and = binary(['&&'], equality);
	const or = binary(['||'], and);
	const tree = or();
	if (at < tokens.length) throw fail(`"${tokens[at]!.text}" after the end`);
	return tree;
}

/** Every name an expression reads. */
function namesIn(node: Node): string[] {
	if (node.type === 'name') return [node.name];
	if (node.type === 'not') return namesIn(node.operand);
	if (node.type === 'binary') return [...namesIn(node.left), ...namesIn(node.right)];
	return [];
}

const truthy = (value: Value) => value !== false && value !== null && value !== '';

/** GitHub's loose equality: strings ignoring case; other types of one kind as they are; mixed types as numbers. */
function githubEquals(left: Value, right: Value): boolean {
	if (typeof left === 'string' && typeof right === 'string') return left.localeCompare(right, 'en', { sensitivity: 'accent' }) === 0;
	if (typeof left === typeof right) return left === right;
	const number = (value: Value) => (value === null ? 0 : typeof value === 'boolean' ? Number(value) : value.trim() === '' ? 0 : /^-?\d+(\.\d+)?([eE][+-]?\d+)?$|^0x[0-9a-f]+$/i.test(value.trim()) ? Number(value) : Number.NaN);
	return number(left) === number(right);
}

function evaluate(node: Node, lookup: (name: string) => Value, dialect: 'github' | 'gitlab'): Value {
	switch (node.type) {
		case 'literal':
			return node.value;
		case 'name':
			return lookup(node.name);
		case 'not':
			return !truthy(evaluate(node.operand, lookup, dialect));
		case 'binary': {
			const left = evaluate(node.left, lookup, dialect);
			if (node.operator === '&&') return dialect === 'github' ? (truthy(left) ? evaluate(node.right, lookup, dialect) : left) : truthy(left) && truthy(evaluate(node.right, lookup, dialect));
			if (node.operator === '||') return dialect === 'github' ? (truthy(left) ? left : evaluate(node.right, lookup, dialect)) : truthy(left) || truthy(evaluate(node.right, lookup, dialect));
			const right = evaluate(node.right, lookup, dialect);
			// GitLab compares variables' values as they are: an unset variable is null, equal only to null.
			const equal = dialect === 'github' ? githubEquals(left, right) : left === right;
			return node.operator === '==' ? equal : !equal;
		}
	}
}

const asText = (value: Value) => (value === null ? '' : String(value));

/**
 * The value of one expression as GitHub (`${{ … }}`, without the braces) or GitLab (a rule's `if`) evaluates it,
 * with `values` for its names (GitLab: undefined for an unset variable).
 * @throws UnknownStepError for what it cannot read, and for a name not in `values`.
 */
export function evaluateExpression(expression: string, dialect: 'github' | 'gitlab', values: Record<string, string | undefined>): string | boolean | null {
	return evaluate(parseExpression(expression, dialect, 'expression'), (name) => {
		if (!(name in values)) throw new UnknownStepError(`no value for ${name}`);
		return values[name] ?? null;
	}, dialect);
}

// ---------------------------------------------------------------------------------------------------------------------
// GitHub Actions

/** A step of a GitHub job: a shell command to run, or an action to skip. `run` and `env` hold their `${{ … }}` as written. */
export type Step =
	| { kind: 'run'; job: string; name: string; id?: string; if?: string; run: string; env: Record<string, string> }
	| { kind: 'skip'; job: string; name: string; id?: string; if?: string; action: string; with: Record<string, unknown> };

export interface GithubJob {
	job: string;
	needs: string[];
	if?: string;
	/** Job outputs as written (`${{ steps.x.outputs.y }}`), set when the job ends. */
	outputs: Record<string, string>;
	steps: Step[];
	/** Whether it checks the repository out; a job that does not runs in an empty folder. */
	workspace: Workspace;
}

export interface GithubWorkflow {
	/** The events it runs on (`on:`). */
	on: string[];
	jobs: GithubJob[];
}

const GITHUB_WORKFLOW_KEYS = new Set(['name', 'on', 'permissions', 'concurrency', 'jobs']);
const GITHUB_JOB_KEYS = new Set(['runs-on', 'steps', 'needs', 'environment', 'permissions', 'timeout-minutes', 'if', 'outputs']);
const GITHUB_STEP_KEYS = new Set(['name', 'id', 'uses', 'with', 'run', 'env', 'if']);
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;

/** A step's action without its version: "actions/checkout@v4" → "actions/checkout". */
const actionName = (uses: string) => uses.replace(/@.*$/, '');

/** The expression of an `if:`, which may be written with or without `${{ }}`. */
function condition(value: unknown, where: string): string {
	const text = String(value).trim();
	const wrapped = /^\$\{\{\s*(.*?)\s*\}\}$/s.exec(text);
	if (wrapped) return wrapped[1]!;
	if (text.includes('${{')) throw new UnknownStepError(`${where}: the condition "${text}" mixes text and \${{ }}; the workflow test does not know how GitHub reads it.`);
	return text;
}

/**
 * Reads a GitHub Actions workflow into its jobs and steps, and checks every expression against what a run can know:
 * a name in `context`, an output of an earlier step of the same job (`steps.<id>.outputs.<name>`), or an output a
 * job it needs declares (`needs.<job>.outputs.<name>`).
 * @throws UnknownStepError for a workflow, job or step key this does not honour (job `env`, `shell`,
 *   `continue-on-error`, a container…), an action not in SKIPPED_ACTIONS, and an expression it cannot read or has no
 *   value for.
 */
export function githubWorkflow(yamlText: string, context: ExpressionContext): GithubWorkflow {
	const workflow = parse(yamlText) as { on?: unknown; jobs?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
	refuseUnknownKeys(workflow, GITHUB_WORKFLOW_KEYS, 'the workflow');
	const on = typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on.map(String) : Object.keys((workflow.on ?? {}) as object);
	const jobs: GithubJob[] = [];
	const declared = new Map<string, Set<string>>();
	for (const [job, definition] of Object.entries(workflow.jobs ?? {})) {
		refuseUnknownKeys(definition, GITHUB_JOB_KEYS, `job ${job}`);
		const needs = definition.needs === undefined ? [] : Array.isArray(definition.needs) ? definition.needs.map(String) : [String(definition.needs)];
		for (const need of needs) if (!declared.has(need)) throw new UnknownStepError(`job ${job} needs ${need}, which is not a job before it`);
		const stepIds = new Set<string>();
		/** The names an expression here may read. */
		const known = (name: string) => {
			if (name in context) return true;
			const [scope, id, kind, output, ...more] = name.split('.');
			if (kind !== 'outputs' || output === undefined || more.length > 0) return false;
			if (scope === 'steps') return stepIds.has(id!);
			return scope === 'needs' && needs.includes(id!) && declared.get(id!)!.has(output);
		};
		const check = (expression: string, where: string) => {
			for (const name of namesIn(parseExpression(expression, 'github', where))) {
				if (!known(name)) throw new UnknownStepError(`${where}: the workflow test has no value for \${{ ${name} }}. Give it one in tests/workflows/publish.test.ts (or teach tests/support/workflows.ts where it comes from).`);
			}
		};
		const checkText = (text: string, where: string) => {
			for (const [, expression] of text.matchAll(EXPRESSION)) check(expression!, where);
		};
		if (definition.if !== undefined) check(condition(definition.if, `job ${job}`), `job ${job}`);
		const steps: Step[] = [];
		for (const [index, step] of ((definition.steps ?? []) as Record<string, unknown>[]).entries()) {
			const name = String(step.name ?? step.id ?? step.run ?? step.uses ?? `step ${index + 1}`);
			const where = `job ${job}, step "${name}"`;
			refuseUnknownKeys(step, GITHUB_STEP_KEYS, where);
			const common = { job, name, ...(typeof step.id === 'string' ? { id: step.id } : {}), ...(step.if !== undefined ? { if: condition(step.if, where) } : {}) };
			if (common.if !== undefined) check(common.if, where);
			if (typeof step.run === 'string') {
				const env = Object.fromEntries(Object.entries((step.env ?? {}) as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
				for (const text of [step.run, ...Object.values(env)]) checkText(text, where);
				steps.push({ kind: 'run', ...common, run: step.run, env });
				if (common.id) stepIds.add(common.id);
			} else if (typeof step.uses === 'string' && SKIPPED_ACTIONS[actionName(step.uses)]) {
				// A skipped action's inputs (a cache key from github.run_id…) are never evaluated.
				steps.push({ kind: 'skip', ...common, action: actionName(step.uses), with: (step.with ?? {}) as Record<string, unknown> });
			} else {
				throw new UnknownStepError(`${where} uses ${String(step.uses)}, which the workflow test neither runs nor knows to skip. Run it in tests/workflows/publish.test.ts, or add it to SKIPPED_ACTIONS in tests/support/workflows.ts if it only hosts or caches.`);
			}
		}
		const outputs = Object.fromEntries(Object.entries((definition.outputs ?? {}) as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
		for (const value of Object.values(outputs)) checkText(value, `job ${job}, outputs`);
		declared.set(job, new Set(Object.keys(outputs)));
		jobs.push({
			job,
			needs,
			...(definition.if !== undefined ? { if: condition(definition.if, `job ${job}`) } : {}),
			outputs,
			steps,
			workspace: steps.some((step) => step.kind === 'skip' && step.action === 'actions/checkout') ? 'checkout' : 'empty',
		});
	}
	return { on, jobs };
}

/**
 * Reads what a step wrote to $GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks.
 * @throws Error for a block without its closing delimiter, on which GitHub fails the step.
 */
export function readGithubOutput(text: string): Record<string, string> {
	const outputs: Record<string, string> = {};
	const lines = text.split('\n');
	for (let at = 0; at < lines.length; at++) {
		const line = lines[at]!;
		if (line === '') continue;
		const block = /^([^=]+?)<<(.+)$/.exec(line);
		if (block) {
			const end = lines.indexOf(block[2]!, at + 1);
			if (end < 0) throw new Error(`$GITHUB_OUTPUT: no line "${block[2]}" closes ${block[1]}`);
			outputs[block[1]!] = lines.slice(at + 1, end).join('\n');
			at = end;
			continue;
		}
		const pair = /^([^=]+)=(.*)$/.exec(line);
		if (!pair) throw new Error(`$GITHUB_OUTPUT: cannot read "${line}"`);
		outputs[pair[1]!] = pair[2]!;
	}
	return outputs;
}

/**
 * One run of a GitHub workflow for one event, job by job as the test asks: a job runs when every job it needs ran
 * and succeeded and its `if` holds; its steps run in order until one fails; what they write to $GITHUB_OUTPUT
 * becomes the job's `outputs` for the jobs after it.
 */
export class GithubRun {
	readonly #workflow: GithubWorkflow;
	readonly #context: ExpressionContext;
	readonly #results = new Map<string, JobResult>();

	/** @throws UnknownStepError when the workflow does not run on `context['github.event_name']`. */
	constructor(workflow: GithubWorkflow, context: ExpressionContext) {
		const event = context['github.event_name'];
		if (!event || !workflow.on.includes(event)) throw new UnknownStepError(`The workflow does not run on "${event}" (on: ${workflow.on.join(', ')})`);
		this.#workflow = workflow;
		this.#context = context;
	}

	/** Runs one job with `shell` (each run step is one script), after the jobs it needs; returns its result. */
	run(job: string, shell: Shell, env: Record<string, string> = {}): JobResult {
		const definition = this.#workflow.jobs.find((candidate) => candidate.job === job);
		if (!definition) throw new Error(`The workflow has no job ${job}`);
		const needs = definition.needs.map((need) => {
			const result = this.#results.get(need);
			if (!result) throw new Error(`Run job ${need} before ${job}, which needs it`);
			return result;
		});
		const stepOutputs = new Map<string, Record<string, string>>();
		const lookup = (name: string): Value => {
			if (name in this.#context) return this.#context[name]!;
			const [scope, id, kind, output] = name.split('.');
			if (scope === 'steps' && kind === 'outputs') return stepOutputs.get(id!)?.[output!] ?? null;
			if (scope === 'needs' && kind === 'outputs') return this.#results.get(id!)?.outputs[output!] ?? null;
			throw new UnknownStepError(`job ${job}: no value for \${{ ${name} }}`);
		};
		const expand = (text: string) => text.replace(EXPRESSION, (_, expression: string) => asText(evaluate(parseExpression(expression, 'github', `job ${job}`), lookup, 'github')));
		const done = (result: JobResult) => {
			this.#results.set(job, result);
			return result;
		};
		const skipped: JobResult = { job, result: 'skipped', steps: [], outputs: {}, summary: '' };
		if (needs.some((need) => need.result !== 'success')) return done(skipped);
		if (definition.if !== undefined && !truthy(evaluate(parseExpression(definition.if, 'github', `job ${job}`), lookup, 'github'))) return done(skipped);

		const files = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-github-step-'));
		const steps: StepResult[] = [];
		let summary = '';
		let failed = false;
		try {
			for (const [index, step] of definition.steps.entries()) {
				if (failed || (step.if !== undefined && !truthy(evaluate(parseExpression(step.if, 'github', `job ${job}`), lookup, 'github')))) {
					steps.push({ step: step.name, status: 'skipped', output: '' });
					continue;
				}
				if (step.kind === 'skip') continue;
				const output = path.join(files, `output-${index}`);
				const stepSummary = path.join(files, `summary-${index}`);
				for (const file of [output, stepSummary]) fs.writeFileSync(file, '');
				const stepEnv = Object.fromEntries(Object.entries(step.env).map(([key, value]) => [key, expand(value)]));
				const ran = shell({ job, step: step.name, script: expand(step.run), env: { GITHUB_ACTIONS: 'true', ...env, ...stepEnv, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: stepSummary }, workspace: definition.workspace, artifacts: [] });
				summary += fs.readFileSync(stepSummary, 'utf8');
				let written: Record<string, string> = {};
				let status = ran.status;
				let printed = ran.output;
				try {
					written = readGithubOutput(fs.readFileSync(output, 'utf8'));
				} catch (error) {
					// GitHub fails a step whose $GITHUB_OUTPUT it cannot read.
					status = status === 0 ? 1 : status;
					printed += `\n${(error as Error).message}`;
				}
				steps.push({ step: step.name, status, output: printed });
				if (status !== 0) {
					failed = true;
					continue;
				}
				if (step.id) stepOutputs.set(step.id, written);
			}
		} finally {
			fs.rmSync(files, { recursive: true, force: true });
		}
		const outputs = failed ? {} : Object.fromEntries(Object.entries(definition.outputs).map(([key, value]) => [key, expand(value)]));
		return done({ job, result: failed ? 'failure' : 'success', steps, outputs, summary });
	}
}

// ---------------------------------------------------------------------------------------------------------------------
// GitLab CI

const GITLAB_TOP_KEYS = new Set(['stages', 'default', 'variables']);
const GITLAB_DEFAULT_KEYS = new Set(['image']);
const GITLAB_JOB_KEYS = new Set(['stage', 'script', 'image', 'artifacts', 'cache', 'rules', 'allow_failure', 'needs']);
const GITLAB_RULE_KEYS = new Set(['if', 'variables', 'when']);
const GITLAB_ARTIFACT_KEYS = new Set(['paths']);

/** A rule of a GitLab job: its condition (a variable expression; absent: always), and what it sets when it matches first. */
export interface GitlabRule {
	if?: string;
	variables: Record<string, string>;
	when: 'on_success' | 'never';
}

/** A GitLab CI job: its script lines run in one shell, as GitLab runs them, with the pipeline's and job's variables. */
export interface GitlabJob {
	job: string;
	stage: string;
	script: string[];
	/** The pipeline's `variables:`. */
	variables: Record<string, string>;
	/** The folders and files GitLab keeps after the job (`artifacts.paths`), e.g. ["public"] for Pages. */
	artifacts: string[];
	/** Absent: the job is in every pipeline. */
	rules?: GitlabRule[];
	/** The jobs whose success it waits for and whose artifacts it receives; absent: every job of the earlier stages. */
	needs?: string[];
	allowFailure: boolean;
}

/**
 * The jobs of a .gitlab-ci.yml, in order.
 * @throws UnknownStepError for a key this does not honour (`before_script`, `after_script`, `services`, `include`,
 *   `extends`, job `variables`, `rules: changes`, `when: manual`…) or a rule it cannot read, naming it.
 */
export function gitlabJobs(yamlText: string): GitlabJob[] {
	const pipeline = parse(yamlText) as Record<string, unknown>;
	const jobs: GitlabJob[] = [];
	const stages = ((pipeline.stages ?? ['build', 'test', 'deploy']) as unknown[]).map(String);
	const globalVariables = Object.fromEntries(Object.entries((pipeline.variables ?? {}) as Record<string, unknown>).map(([name, variable]) => [name, String(variable)]));
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
		if (job.artifacts !== undefined) refuseUnknownKeys(job.artifacts as Record<string, unknown>, GITLAB_ARTIFACT_KEYS, `job ${key}, artifacts`);
		const stage = String(job.stage ?? 'test');
		if (!stages.includes(stage)) throw new UnknownStepError(`job ${key}: stage ${stage} is not in stages (${stages.join(', ')})`);
		const rules = job.rules === undefined ? undefined : (job.rules as Record<string, unknown>[]).map((rule, index) => gitlabRule(rule, `job ${key}, rules[${index}]`));
		const needs = job.needs === undefined ? undefined : (job.needs as unknown[]).map((need) => {
			if (typeof need !== 'string') throw new UnknownStepError(`job ${key}: needs ${JSON.stringify(need)}; the workflow test knows needs by job name only`);
			return need;
		});
		jobs.push({
			job: key,
			stage,
			script: (job.script as unknown[]).map(String),
			variables: globalVariables,
			artifacts: (((job.artifacts as { paths?: unknown[] } | undefined)?.paths ?? []) as unknown[]).map(String),
			...(rules ? { rules } : {}),
			...(needs ? { needs } : {}),
			allowFailure: job.allow_failure === true,
		});
	}
	const order = (job: GitlabJob) => stages.indexOf(job.stage);
	return jobs.sort((a, b) => order(a) - order(b));
}

function gitlabRule(rule: Record<string, unknown>, where: string): GitlabRule {
	refuseUnknownKeys(rule, GITLAB_RULE_KEYS, where);
	const when = String(rule.when ?? 'on_success');
	if (when !== 'on_success' && when !== 'never') throw new UnknownStepError(`${where}: when: ${when}, which the workflow test does not know how to run`);
	if (rule.if !== undefined) parseExpression(String(rule.if), 'gitlab', where);
	return {
		...(rule.if !== undefined ? { if: String(rule.if) } : {}),
		variables: Object.fromEntries(Object.entries((rule.variables ?? {}) as Record<string, unknown>).map(([name, variable]) => [name, String(variable)])),
		when,
	};
}

/**
 * One GitLab pipeline for one source (a push, a schedule): which jobs it holds, by their rules, and each job run as
 * the test asks, when the jobs it waits for succeeded (or were allowed to fail).
 */
export class GitlabPipeline {
	/** The jobs in this pipeline, in stage order, with the variables their matching rule set. */
	readonly jobs: { job: GitlabJob; variables: Record<string, string> }[];
	readonly #predefined: Record<string, string>;
	readonly #results = new Map<string, JobResult>();

	/**
	 * @param variables the pipeline's predefined variables (CI_PIPELINE_SOURCE, CI_COMMIT_BRANCH, CI_DEFAULT_BRANCH…),
	 *   undefined for one that is unset in this pipeline (CI_COMMIT_TAG on a push to a branch).
	 * @throws UnknownStepError for a rule that reads a variable neither these nor the pipeline's `variables:` name,
	 *   and for a job that needs one not in this pipeline (GitLab refuses to create such a pipeline).
	 */
	constructor(jobs: GitlabJob[], variables: Record<string, string | undefined>) {
		this.jobs = [];
		this.#predefined = Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined));
		for (const job of jobs) {
			const known: Record<string, string | undefined> = { ...job.variables, ...variables };
			const lookup = (name: string): Value => {
				if (!(name in known)) throw new UnknownStepError(`job ${job.job}: the workflow test has no value for $${name} in its rules. Give it one in tests/workflows/publish.test.ts (undefined when it is unset).`);
				return known[name] ?? null;
			};
			const rule = job.rules === undefined ? { variables: {}, when: 'on_success' } : job.rules.find((candidate) => candidate.if === undefined || truthy(evaluate(parseExpression(candidate.if, 'gitlab', `job ${job.job}`), lookup, 'gitlab')));
			if (rule && rule.when !== 'never') this.jobs.push({ job, variables: { ...job.variables, ...rule.variables } });
		}
		for (const { job } of this.jobs) {
			for (const need of job.needs ?? []) {
				if (!this.jobs.some((candidate) => candidate.job.job === need)) throw new UnknownStepError(`job ${job.job} needs ${need}, which is not in this pipeline: GitLab would not create it`);
			}
		}
	}

	/** The names of the jobs in this pipeline. */
	get names(): string[] {
		return this.jobs.map(({ job }) => job.job);
	}

	/** Runs one job's script with `shell`, when the jobs before it (its needs, or the earlier stages) have succeeded. */
	run(name: string, shell: Shell, env: Record<string, string> = {}): JobResult {
		const entry = this.jobs.find(({ job }) => job.job === name);
		if (!entry) throw new Error(`Job ${name} is not in this pipeline (${this.names.join(', ')})`);
		const { job, variables } = entry;
		const before = job.needs ?? this.jobs.filter((other) => other.job.stage !== job.stage && this.jobs.indexOf(other) < this.jobs.indexOf(entry)).map((other) => other.job.job);
		const results = before.map((other) => {
			const result = this.#results.get(other);
			if (!result) throw new Error(`Run job ${other} before ${name}, which waits for it`);
			return result;
		});
		const passed = (result: JobResult) => result.result === 'success' || (result.result === 'failure' && this.jobs.find((other) => other.job.job === result.job)!.job.allowFailure);
		if (!results.every(passed)) {
			const skipped: JobResult = { job: name, result: 'skipped', steps: [], outputs: {}, summary: '' };
			this.#results.set(name, skipped);
			return skipped;
		}
		const artifacts = before.flatMap((other) => this.jobs.find((candidate) => candidate.job.job === other)!.job.artifacts);
		const ran = shell({ job: name, step: name, script: job.script.join('\n'), env: { GITLAB_CI: 'true', ...this.#predefined, ...env, ...variables }, workspace: 'checkout', artifacts });
		const result: JobResult = { job: name, result: ran.status === 0 ? 'success' : 'failure', steps: [{ step: name, status: ran.status, output: ran.output }], outputs: {}, summary: '' };
		this.#results.set(name, result);
		return result;
	}
}

function refuseUnknownKeys(object: Record<string, unknown>, known: Set<string>, where: string): void {
	const unknown = Object.keys(object).filter((key) => !known.has(key));
	if (unknown.length > 0) {
		throw new UnknownStepError(`${where} has ${unknown.map((key) => `"${key}"`).join(', ')}, which the workflow test does not know how to run. Teach tests/support/workflows.ts, so that nothing reaches the daily publish untested.`);
	}
}
