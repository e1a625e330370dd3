import { message } from '../messages/index.ts';
/**
 * Texts that Astro and Vite write into their own output as markers, and act on
 * wherever they find them, so that an editor who writes one makes the build
 * do something (issue 17; red-team findings 01, 09, 11):
 *
 * - `__ASTRO_IMAGE_` at the start of any string anywhere in an entry's
 *   validated data (not only fields made with image()) is taken for a picture
 *   import: `MutableDataStore#set` in node_modules/astro/dist/content/mutable-data-store.js
 *   (`forEach(data, …)`, `val.startsWith(IMAGE_IMPORT_PREFIX)`, the prefix in
 *   content/consts.js) adds the rest of the string to `.astro/content-assets.mjs`
 *   as an `import`. `imageSrcToImportId` (assets/utils/resolveImports.js) only
 *   checks that it ends in a picture's extension, resolved from the entry's
 *   folder: `__ASTRO_IMAGE_./x.png` imports a folder `x.png/index.js` (its code
 *   runs in the build and in `astro dev`), `__ASTRO_IMAGE_../../../elders/x.png`
 *   publishes any picture the build machine can read, and an SVG is imported
 *   as a component. Introduced with the content layer's pictures,
 *   https://github.com/withastro/astro/pull/11469.
 * - `__ASTRO_IMAGE_="…"` in a body's rendered HTML is taken for the
 *   attribute Astro's Markdown pipeline puts on a picture
 *   (`updateImageReferencesInBody`, `CONTENT_LAYER_IMAGE_REGEX` in
 *   content/runtime.js; vite-plugin-markdown/images.js): its value is parsed
 *   as JSON, and a failure stops the build naming only the page.
 * - In every bundled chunk, which holds the entries' data as text:
 *   `__ASTRO_ASSET_IMAGE__<id>__` (assets/vite-plugin-assets.js `renderChunk`;
 *   core/build/plugins/plugin-incremental.js), Vite's `__VITE_ASSET__<id>__`,
 *   `__VITE_PUBLIC_ASSET__` and `import.meta.ROLLDOWN_FILE_URL_<id>` are
 *   replaced by the file name of another output file (or stop the build when
 *   there is none), and `"@@ASTRO-LINKS@@"`, `"@@ASTRO-STYLES@@"`
 *   (content/vite-plugin-content-assets.js) and `"@@ASTRO_MANIFEST_REPLACE@@"`
 *   (core/build/plugins/plugin-manifest.js) by the build's own data.
 *
 * No editor has a reason to write any of these, so content may not contain
 * them anywhere: front matter (every string, at any depth), settings and
 * bodies (as written, and as the renderer decodes them: `\_`, `&#95;`).
 * Matched without regard to case, so that a marker added upstream in another
 * case is covered too.
 */
export const INTERNAL_MARKER = /__ASTRO_|@@ASTRO|__VITE_|ROLLDOWN_FILE_URL_/i;

/**
 * The first internal marker in `text` with what follows it, as written
 * there (at most 40 characters, for a message), or undefined when there is none.
 */
export function internalMarkerIn(text: string): string | undefined {
	const found = INTERNAL_MARKER.exec(text);
	if (!found) return undefined;
	const written = text.slice(found.index).split(/[\s"'`]/)[0]!;
	return written.length > 40 ? `${written.slice(0, 39)}…` : written;
}

/** "… is a marker the build uses itself …", for a field of front matter or a line of a body; `written` from {@link internalMarkerIn}. */
export function internalMarkerProblem(written: string): string {
	return message('content.internalMarker', { value: written });
}
