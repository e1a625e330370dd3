// @ts-check
/**
 * The benchmark's yardstick: a bare Astro site that renders the same stories
 * as the kit, and nothing else. Same astro and @astrojs/mdx as the project
 * (resolved from its node_modules); no checks, images, search or cards.
 * scripts/bench.ts points it at the generated stories with BENCH_STORIES.
 */
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { withoutDirectiveWarnings } from '../../../src/lib/bundler-warnings.ts';

export default defineConfig({
	site: 'https://bench.example',
	trailingSlash: 'always',
	outDir: process.env.BENCH_OUT_DIR || './dist',
	cacheDir: process.env.BENCH_CACHE_DIR || './node_modules/.astro',
	integrations: [mdx()],
	vite: {
		build: {
			rolldownOptions: {
				// As in the kit's astro.config.mjs: MDX pages carry Astro's "use astro:head-inject" directive, one warning per story.
				onwarn: withoutDirectiveWarnings,
			},
		},
	},
});
