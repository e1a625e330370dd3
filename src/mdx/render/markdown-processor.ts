import { satteri } from '@astrojs/markdown-satteri';
import { addressLinksPlugin, bareWebAddressesPlugin } from './address-links.ts';
import { bodyPicturesPlugin } from './body-pictures.ts';
import { siteLinksPlugin } from './site-links.ts';

/**
 * The site's Markdown processor for astro.config.mjs (`markdown.processor`):
 * Astro 7's own pipeline, Sätteri, for .md bodies and, through @astrojs/mdx,
 * for stories (.mdx), with three plugins: links editors write as site paths
 * get the base path (site-links.ts), pictures in .md bodies get several
 * widths (body-pictures.ts; stories render theirs with BodyPicture),
 * links that show their own e-mail or web address are kept in one piece, and
 * a bare www. address links to https, not GFM's http (address-links.ts).
 *
 * @param base Astro's base, e.g. "/" or "/zorgmerk/"
 */
export function markdownProcessor(base: string) {
	return satteri({ mdastPlugins: [siteLinksPlugin(base), bareWebAddressesPlugin()], hastPlugins: [bodyPicturesPlugin(), addressLinksPlugin()] });
}
