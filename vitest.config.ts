import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/support/global-setup.ts'],
		// Builds and browsers share two cores: run test files one after another.
		fileParallelism: false,
		testTimeout: 30_000,
		hookTimeout: 240_000,
	},
});
