import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './build.ts';

/** Every HTML page of a build, as [path relative to dist, html]. */
export function readPages(dist: string): [string, string][] {
	return listFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => [file, fs.readFileSync(path.join(dist, file), 'utf8')]);
}

/** The URLs a page links to or loads: href, src and every srcset candidate. */
export function linkedUrls(html: string): string[] {
	const urls: string[] = [];
	for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) urls.push(match[1]!);
	for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
		urls.push(...match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
	}
	return urls.map((url) => url.replaceAll('&amp;', '&'));
}

/**
 * Internal links that do not resolve to a file in dist. `base` is the
 * sub-path the site is built for; every internal link must start with it.
 */
export function brokenInternalLinks(dist: string, base = '/'): { page: string; url: string }[] {
	const broken: { page: string; url: string }[] = [];
	for (const [page, html] of readPages(dist)) {
		for (const url of linkedUrls(html)) {
			if (!url.startsWith('/') || url.startsWith('//')) continue;
			const pathname = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
			if (!pathname.startsWith(base)) {
				broken.push({ page, url });
				continue;
			}
			const file = path.join(dist, pathname.slice(base.length));
			const exists = pathname.endsWith('/') ? fs.existsSync(path.join(file, 'index.html')) : fs.existsSync(file);
			if (!exists) broken.push({ page, url });
		}
	}
	return broken;
}
