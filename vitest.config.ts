import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs every project, one group after another (unit, then builds, browsers, workflows), so that the
 * heavy groups never share the two cores with each other. One part alone:
 *
 *   npx vitest run --project unit        # pure functions, no builds: well under a minute
 *   npx vitest run --project build       # whole builds of the demo and the fixture sites, the type check
 *   npx vitest run --project browser     # Chromium on the built demo
 *   npx vitest run --project workflows   # the publish workflows' own steps in a clean clone (minutes)
 *
 * Group orders start at 1: vitest moves a project of group 0 that runs one file at a time (as every project does
 * on a 2-core machine) to the end of the run.
 */
export default defineConfig({
	test: {
		globalSetup: ['tests/support/global-setup.ts'],
		hookTimeout: 240_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					sequence: { groupOrder: 1 },
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts', 'tests/quality/**/*.test.ts'],
					sequence: { groupOrder: 2 },
					// Builds share two cores with everything else on the machine: one file at a time, and room to be slow.
					fileParallelism: false,
					testTimeout: 120_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					sequence: { groupOrder: 3 },
					fileParallelism: false,
					testTimeout: 60_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'workflows',
					include: ['tests/workflows/**/*.test.ts'],
					sequence: { groupOrder: 4 },
					fileParallelism: false,
					// One test runs npm ci and a cold build: 485 s and 181 s measured while the two cores were shared by the whole team.
					testTimeout: 1_800_000,
				},
			},
		],
	},
});
