// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { imageService } from './src/images/encoding.ts';
import { withoutDirectiveWarnings } from './src/lib/bundler-warnings.ts';
import { zorgmerk } from './src/integrations/zorgmerk.ts';
import { markdownProcessor } from './src/mdx/render/markdown-processor.ts';
import { devContentGuard } from './src/security/dev-content-guard.ts';
import { settings } from './src/settings/index.ts';
import { cacheDir, contentDir } from './src/settings/paths.ts';
import { brandStylesheet } from './src/styles/brand.ts';
import { quotesStylesheet } from './src/styles/quotes.ts';

// Set BASE_PATH=/my-project/ to publish under a sub-path, e.g. a GitHub Pages project site.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site: settings.siteUrl,
	base,
	trailingSlash: 'always',
	outDir: process.env.ZORGMERK_OUT_DIR || './dist',
	// Tests build several fixture sites; each keeps its own content and image cache.
	cacheDir,
	integrations: [zorgmerk(), mdx()],
	// Links editors write as site paths ("/nl/contact/") get the base path, as CallToAction's do, in .md and .mdx
	// bodies; pictures in .md bodies get several widths (stories render theirs with BodyPicture).
	markdown: { processor: markdownProcessor(base) },
	image: { service: imageService },
	build: {
		// Every stylesheet a file of its own: pages carry no inline <style>, so the Content-Security-Policy stays strict.
		inlineStylesheets: 'never',
	},
	vite: {
		// The development server sends nothing from content/ but its pictures (src/security/dev-content-guard.ts).
		// The brand colour and each language's quotation marks come from settings and the language files (src/styles/).
		plugins: [brandStylesheet(settings.organisation.brandColor), quotesStylesheet(settings.locales), devContentGuard({ contentDir, base })],
		build: {
			rolldownOptions: {
				// Noise: MDX pages carry Astro's "use astro:head-inject" directive. (The CMS is bundled apart: src/admin/.)
				onwarn: withoutDirectiveWarnings,
			},
		},
	},
});
