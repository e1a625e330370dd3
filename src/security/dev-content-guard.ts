import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { MEDIA_FOLDER, RASTER_EXTENSIONS } from '../validation/picture-reference.ts';
import { message } from '../messages/index.ts';

/**
 * What the development server (`astro dev`, `npm run cms`) may send a browser
 * from content/: pictures in content/media/, as pictures, and nothing else.
 *
 * Vite's development server answers a request for any file under the
 * project, by its path (`/content/media/plattegrond.svg`) or as `/@fs/<path>`,
 * so a file in content/ was served from the site's own origin, the origin of
 * the local CMS at /admin/. decap-server, which has no login, accepts writes
 * from that origin: an SVG with a script, opened from a link in a story,
 * could write a page into src/ and so run code on the editor's computer
 * (red-team finding 13). The content check refuses SVG, HTML and code in
 * content/ (src/validation/content-files.ts), but the development server also
 * serves what was added after it started, so it refuses on its own:
 *
 * - a request whose path, as Vite would read it (root-relative, with or
 *   without the base path, `/@fs/…`, `/@id/…`, and the `href` of Astro's
 *   image endpoint `/_image`), leads into content/ is answered 404, unless
 *   it names a picture in content/media/ by a raster picture's extension;
 * - a picture is sent with `X-Content-Type-Options: nosniff` and a
 *   Content-Security-Policy that runs nothing (`default-src 'none'; sandbox`),
 *   so that even bytes that are not a picture are never run as a page.
 *
 * Astro renders pages from content/ on the server, which does not go through
 * these requests; Astro's image endpoint still reads the pictures. Vite's own
 * `server.fs.deny` was not used: it also stops Vite loading files for the
 * server (Vite 8's `loadAndTransform` reads a file that no plugin loads only
 * when `isFileLoadingAllowed`, and @astrojs/mdx has no `load` hook), so
 * denying stories would break their pages.
 */

/** What the development server does with a request into content/. */
export type ContentRequest = { kind: 'picture'; file: string } | { kind: 'refused'; file: string };

export interface ContentRequestOptions {
	/** The project folder Vite serves (Astro's root). */
	root: string;
	/** content/ (or a fixture's); also its real path when it is reached through a link. */
	contentDirs: readonly string[];
	/** Astro's base, e.g. "/" or "/zorgmerk/". */
	base: string;
}

/**
 * Whether a request leads into content/, and if so whether it is a picture the
 * server may send.
 *
 * @param url the request's URL as the server receives it ("/content/x.svg?import").
 * @returns undefined for a request that does not lead into content/.
 */
export function contentRequest(url: string, options: ContentRequestOptions): ContentRequest | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url, 'http://localhost');
	} catch {
		return undefined;
	}
	const paths = [parsed.pathname];
	if (/^\/_image\/?$/.test(stripBase(parsed.pathname, options.base) ?? parsed.pathname)) {
		const href = parsed.searchParams.get('href');
		if (href) paths.push(href.replace(/\?.*$/, ''));
	}
	for (const written of paths) {
		const decoded = decodeFully(written);
		if (decoded === undefined) {
			// Vite gives up on a path it cannot decode; so does this guard, unless it names content/ as written.
			if (options.contentDirs.some((dir) => written.toLowerCase().includes(path.basename(dir).toLowerCase()))) return { kind: 'refused', file: written };
			continue;
		}
		for (const file of candidates(decoded, options)) {
			for (const dir of options.contentDirs) {
				const relative = path.relative(dir.toLowerCase(), file.toLowerCase());
				if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) continue;
				const inFolder = path.relative(dir, file).split(path.sep).join('/');
				const extension = path.posix.extname(inFolder).slice(1).toLowerCase();
				const picture = inFolder.startsWith(`${MEDIA_FOLDER}/`) && (RASTER_EXTENSIONS as readonly string[]).includes(extension);
				return { kind: picture ? 'picture' : 'refused', file };
			}
		}
	}
	return undefined;
}

/** The files a request path may name: from the root, from the root after the base, and after /@fs/ or /@id/. */
function candidates(pathname: string, { root, base }: ContentRequestOptions): string[] {
	const found = [path.resolve(root, `.${pathname}`)];
	const afterBase = stripBase(pathname, base);
	if (afterBase !== undefined) found.push(path.resolve(root, `.${afterBase}`));
	for (const prefix of ['/@fs/', '/@id/']) {
		const at = pathname.indexOf(prefix);
		if (at !== -1) found.push(path.resolve(`/${pathname.slice(at + prefix.length).replace(/^\/+/, '')}`));
	}
	return found;
}

function stripBase(pathname: string, base: string): string | undefined {
	const prefix = base.replace(/\/+$/, '');
	return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
}

/** Decodes %-codes until nothing changes (a path encoded twice still names the same file); undefined when it is not valid. */
function decodeFully(text: string): string | undefined {
	let current = text;
	for (let round = 0; round < 5; round++) {
		let next: string;
		try {
			next = decodeURIComponent(current);
		} catch {
			return undefined;
		}
		if (next === current) return current.replace(/\\/g, '/');
		current = next;
	}
	return undefined;
}

/** The Vite plugin for `astro dev`: see the module's description. */
export function devContentGuard(options: { contentDir: string; base: string }): Plugin {
	return {
		name: 'zorgmerk:dev-content-guard',
		apply: 'serve',
		configureServer(server) {
			const contentDirs = [path.resolve(options.contentDir)];
			try {
				const real = fs.realpathSync(options.contentDir);
				if (real !== contentDirs[0]) contentDirs.push(real);
			} catch {
				// No content folder yet: the content check says so.
			}
			const root = server.config.root;
			// Added here, not in a returned function: it runs before Vite's own file serving.
			server.middlewares.use((request, response, next) => {
				const found = contentRequest(request.url ?? '/', { root, contentDirs, base: options.base });
				if (found?.kind === 'refused') {
					response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
					response.end(`${message('dev.notServed')}\n`);
					return;
				}
				if (found?.kind === 'picture') {
					response.setHeader('x-content-type-options', 'nosniff');
					response.setHeader('content-security-policy', "default-src 'none'; sandbox");
				}
				next();
			});
		},
	};
}
