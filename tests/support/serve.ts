import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.ico': 'image/x-icon',
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: folders answer with
 * their index.html, anything else missing gets 404.html with status 404.
 * `base` mimics a sub-path deployment such as a GitHub Pages project site;
 * `headersFor` adds response headers per requested path, as a host would.
 */
export async function serveStatic(root: string, base = '/', headersFor: (pathname: string) => Record<string, string> = () => ({})): Promise<StaticServer> {
	const server = http.createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname = decodeURIComponent(url.pathname);
		const send = (file: string, status = 200) => {
			response.writeHead(status, { ...headersFor(url.pathname), 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
			fs.createReadStream(file).pipe(response);
		};
		const notFound = () => {
			const page = path.join(root, '404.html');
			if (fs.existsSync(page)) send(page, 404);
			else response.writeHead(404).end('not found');
		};
		if (!pathname.startsWith(base)) return notFound();
		pathname = `/${pathname.slice(base.length)}`;
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) return notFound();
		if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!fs.existsSync(file)) return notFound();
		send(file);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
