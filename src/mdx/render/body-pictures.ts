import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Pictures in the text of a page (issue 19, case 7): a phone downloads a
 * file its size, not the 1600 px original.
 *
 * - Stories (.mdx): a Markdown picture, also inside a Figure, is rendered by
 *   src/components/mdx/BodyPicture.astro as a <picture> with AVIF and WebP
 *   at {@link BODY_PICTURE_WIDTHS} and a JPEG or PNG fallback, like a hero.
 * - Other bodies (.md: specialties, team, locations, pages) have no
 *   components: {@link bodyPicturesPlugin} gives their pictures the same
 *   widths and `sizes`, so Astro writes a WebP srcset with width and height,
 *   loaded lazily. (No AVIF there: Astro's Markdown pipeline makes one <img>
 *   per picture, and WebP is what every current browser reads.)
 */

/** The widths, in px, a body picture is made in; never wider than the original. */
export const BODY_PICTURE_WIDTHS = [400, 800, 1200];

/**
 * How wide a body picture is shown: the text column (`--zm-measure`, 40rem)
 * once the window is wide enough for it and the page's side padding, else
 * the window less 1rem padding on each side. For the browser to pick a file.
 */
export const BODY_PICTURE_SIZES = '(min-width: 43rem) 40rem, calc(100vw - 2rem)';

/**
 * A Sätteri hast plugin for Astro's `markdown.processor`: in .md bodies,
 * gives each picture the file's own picture (not another website's, not one
 * in public/) widths, sizes, lazy loading and async decoding, which Astro's
 * image step then turns into srcset, width and height. Stories (.mdx) are
 * left to BodyPicture.
 */
export function bodyPicturesPlugin(): HastPluginEntry {
	return (context) =>
		context.sourceFormat === 'markdown' &&
		defineHastPlugin({
			name: 'zorgmerk-body-pictures',
			element: {
				filter: ['img'],
				visit(node, ctx) {
					const src = node.properties?.src;
					// A picture next to the content ("../../media/x.jpg"): one Astro processes. Others keep their plain <img>.
					if (typeof src !== 'string' || /^([a-z][a-z0-9+.-]*:|\/)/i.test(src)) return;
					ctx.setProperty(node, 'widths', BODY_PICTURE_WIDTHS);
					ctx.setProperty(node, 'sizes', BODY_PICTURE_SIZES);
					ctx.setProperty(node, 'loading', 'lazy');
					ctx.setProperty(node, 'decoding', 'async');
				},
			},
		});
}
