import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { withBase } from '../../routing/urls.ts';

/**
 * Links editors write in a body are pages of the site as its visitors see
 * them at the domain root: `[Neem contact op](/nl/contact/)`. When the site
 * is published under a base path (BASE_PATH=/zorgmerk/, a GitHub Pages
 * project site), such a link must become /zorgmerk/nl/contact/, as a
 * CallToAction's href does (src/components/mdx/CallToAction.astro). Editors
 * cannot know the base, so the build adds it (issue 19, case 6).
 */

/**
 * The address a link in a body points to under `base`: a root-relative path
 * ("/nl/contact/", "/nl/contact/#route", "/logo.svg") gets the base; anything
 * else is left as written: other websites (https://), e-mail and phone
 * (mailto:, tel:), anchors on the page (#…), relative paths (../../media/x.jpg,
 * which the build resolves itself), and "//host" or "/\host", which browsers
 * read as another website.
 *
 * @param url the address as written in the Markdown
 * @param base Astro's base, e.g. "/" or "/zorgmerk/"
 * @example
 * siteLink('/nl/contact/', '/zorgmerk/') // '/zorgmerk/nl/contact/'
 * siteLink('https://example.org/', '/zorgmerk/') // 'https://example.org/'
 */
export function siteLink(url: string, base: string): string {
	if (!/^\/(?![/\\])/.test(url)) return url;
	// Astro accepts a base without its slashes ("zorgmerk"); links need both, and "/" must stay "/".
	const name = base.replace(/^\/+|\/+$/g, '');
	return withBase(url, name ? `/${name}/` : '/');
}

/**
 * A Sätteri mdast plugin for Astro's `markdown.processor` (used for .md and,
 * through @astrojs/mdx, for .mdx): gives every root-relative link, link
 * definition (`[contact]: /nl/contact/`) and picture address in a body the
 * base path; see {@link siteLink}. With base "/" it changes nothing.
 *
 * @param base Astro's base, as in astro.config.mjs
 */
export function siteLinksPlugin(base: string): MdastPluginDefinition {
	const rewrite = <N extends { url: string }>(node: Readonly<N>, setUrl: (url: string) => void) => {
		const url = siteLink(node.url, base);
		if (url !== node.url) setUrl(url);
	};
	return defineMdastPlugin({
		name: 'zorgmerk-site-links',
		link: (node, ctx) => rewrite(node, (url) => ctx.setProperty(node, 'url', url)),
		definition: (node, ctx) => rewrite(node, (url) => ctx.setProperty(node, 'url', url)),
		image: (node, ctx) => rewrite(node, (url) => ctx.setProperty(node, 'url', url)),
	});
}
