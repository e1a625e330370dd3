import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Settings } from '../schemas/settings.ts';
import { adminBundleInBackground, type AdminBundle, type BundleLog } from './admin-bundle.ts';
import type { adminPage as AdminPage } from './admin-page.ts';

/**
 * /admin/ in `astro dev` and `npm run cms`: the same page and the same
 * bundled script as in a build (admin-page.ts, admin-bundle.ts), served
 * beside the site by the development server.
 *
 * Not an Astro page, on purpose. Vite would then serve Decap unbundled (some
 * 2,000 modules: half a minute before the login showed), and every page Astro
 * serves in development carries Vite's client, which reloads it whenever a
 * content file changes: each save in the CMS reloaded every open /admin/ tab,
 * throwing away unsaved work. This page has no such client.
 *
 * The bundle is checked on every visit: after a change to cms/ it is made
 * again (a few seconds) before the page is served, and the configuration in
 * the page is read through Vite, so it follows cms/ as well.
 */
export interface AdminDevServerOptions {
	root: string;
	/** Where the bundle is kept (.zorgmerk/admin). */
	cacheDir: string;
	/** The site's base path, e.g. "/" or "/zorgmerk/". */
	base: string;
	settings: Settings;
	env: Record<string, string | undefined>;
	/** Where to say that the bundle was taken from another copy of the project, or could not be shared. */
	log: BundleLog;
}

const TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
};

export function adminDevServer({ root, cacheDir, base, settings, env, log }: AdminDevServerOptions): Plugin {
	const prefix = `${base.replace(/\/$/, '')}/admin`;
	// One bundling at a time, shared by the requests that wait for it.
	let making: Promise<AdminBundle> | undefined;
	let current: AdminBundle | undefined;
	const bundle = () =>
		(making ??= adminBundleInBackground(root, cacheDir, { log })
			.then((made) => (current = made))
			.finally(() => (making = undefined)));
	return {
		name: 'zorgmerk:admin-dev-server',
		configureServer(server) {
			server.middlewares.use((request, response, next) => {
				const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
				if (pathname === prefix) {
					response.writeHead(302, { location: `${prefix}/` }).end();
					return;
				}
				if (pathname !== `${prefix}/` && pathname !== `${prefix}/index.html` && !pathname.startsWith(`${prefix}/assets/`)) {
					next();
					return;
				}
				const isAsset = pathname.startsWith(`${prefix}/assets/`);
				// The page checks that the bundle is up to date; its scripts come from the bundle the page named.
				(isAsset && current ? Promise.resolve(current) : bundle())
					.then(({ dir, entry }) => {
						if (isAsset) {
							const file = path.join(dir, pathname.slice(prefix.length + 1));
							if (!file.startsWith(`${dir}${path.sep}`) || !fs.existsSync(file)) {
								next();
								return;
							}
							response.writeHead(200, {
								'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
								// Every asset's name carries its content hash.
								'cache-control': 'public, max-age=31536000, immutable',
							});
							fs.createReadStream(file).pipe(response);
							return;
						}
						return (server.ssrLoadModule(path.join(root, 'src', 'admin', 'admin-page.ts')) as Promise<{ adminPage: typeof AdminPage }>).then(({ adminPage }) => {
							response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
							response.end(adminPage({ settings, base, script: entry, env }));
						});
					})
					.catch((error: unknown) => next(error));
			});
		},
	};
}
