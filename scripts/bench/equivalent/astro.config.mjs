// @ts-check
/**
 * The benchmark's baseline (issue 23): an ordinary, well-made Astro site of
 * the same content as the kit, as a hospital's web team would build it
 * without the kit. The same kinds of pages (home per language, stories and
 * their listings of 24 by all, specialty and audience, the audience pages,
 * specialties, team members, locations, the hospital's own pages, the
 * testimonials, a search page, a language choice and a 404) with plain
 * templates; every picture they show through astro:assets' <Picture> with
 * the kit's formats, widths and sharp settings (imported from the kit, so
 * both encode the same files); @astrojs/sitemap with i18n, @astrojs/rss per
 * language, and Pagefind after the build through its Node API. No Open Graph
 * cards, CMS, consent gate or checks: it publishes every story that is not a
 * draft and every testimonial. scripts/bench.ts points it at the generated
 * content with BENCH_CONTENT.
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { withoutDirectiveWarnings } from '../../../src/lib/bundler-warnings.ts';
import { fileURLToPath } from 'node:url';
import { CORPUS_LOCALES } from '../corpus.ts';
import { imageService } from '../../../src/images/encoding.ts';
import { indexSite } from '../../../src/search/index-site.ts';

const [defaultLocale] = CORPUS_LOCALES;

export default defineConfig({
	site: 'https://bench.example',
	trailingSlash: 'always',
	outDir: process.env.BENCH_OUT_DIR || './dist',
	cacheDir: process.env.BENCH_CACHE_DIR || './node_modules/.astro',
	i18n: { locales: [...CORPUS_LOCALES], defaultLocale, routing: { prefixDefaultLocale: true } },
	image: { service: imageService },
	integrations: [
		mdx(),
		sitemap({
			i18n: { defaultLocale, locales: Object.fromEntries(CORPUS_LOCALES.map((locale) => [locale, locale])) },
			// The search pages are noindex.
			filter: (page) => !/\/[a-z]{2}\/search\/$/.test(page),
		}),
		{
			// Pagefind after the build, as its documentation shows for Astro (the kit's indexSite is that call).
			name: 'pagefind',
			hooks: {
				'astro:build:done': async ({ dir, logger }) => {
					const { pages } = await indexSite(fileURLToPath(dir));
					logger.info(`search index: ${pages} pages`);
				},
			},
		},
	],
	vite: {
		build: {
			rolldownOptions: {
				// As in the kit's astro.config.mjs: MDX pages carry Astro's "use astro:head-inject" directive, one warning per story.
				onwarn: withoutDirectiveWarnings,
			},
		},
	},
});
