import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { urls } from '../../src/routing/urls.ts';
import { listFiles } from './build.ts';

/**
 * The search index of a build (src/search/index-site.ts): each language's Pagefind bundle, by language code, with
 * its pagefind-entry.json and the text of each page in it (its fragments, as JSON text).
 */
export function searchBundles(dist: string): Record<string, { entry: { languages: Record<string, { wasm: string; page_count: number }> }; fragments: string[] }> {
	const root = path.join(dist, urls.searchIndexes().slice(1));
	return Object.fromEntries(
		fs.readdirSync(root).map((language) => {
			const bundle = path.join(dist, urls.searchIndex(language).slice(1));
			const fragments = listFiles(path.join(bundle, 'fragment')).map((file) => gunzipSync(fs.readFileSync(path.join(bundle, 'fragment', file))).toString('utf8'));
			return [language, { entry: JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')), fragments }];
		}),
	);
}

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

/** A page's hreflang alternates, by language ("x-default" included), as absolute addresses. */
export function hreflangAlternates(html: string): Record<string, string> {
	return Object.fromEntries(
		[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1]!, match[2]!.replaceAll('&amp;', '&')]),
	);
}

/**
 * Every hreflang alternate that is not answered: the page it names must exist,
 * be in that language (<html lang>), and name every page of the set back, with
 * the same addresses (https://developers.google.com/search/docs/specialty/international/localized-versions#all-method-guidelines).
 * `siteUrl` and `base` turn an absolute address into a file in `dist`.
 */
export function unansweredAlternates(dist: string, siteUrl: string, base = '/'): string[] {
	const prefix = `${siteUrl}${base}`;
	const problems: string[] = [];
	const fileOf = (url: string) => path.join(dist, url.slice(prefix.length), 'index.html');
	for (const [page, html] of readPages(dist)) {
		const own = hreflangAlternates(html);
		const { 'x-default': _default, ...languages } = own;
		for (const [lang, url] of Object.entries(languages)) {
			if (!url.startsWith(prefix) || !fs.existsSync(fileOf(url))) {
				problems.push(`${page}: hreflang ${lang} → ${url} does not exist`);
				continue;
			}
			const other = fs.readFileSync(fileOf(url), 'utf8');
			if (/<html lang="([^"]+)"/.exec(other)?.[1] !== lang) problems.push(`${page}: hreflang ${lang} → ${url} is not in ${lang}`);
			const { 'x-default': _otherDefault, ...back } = hreflangAlternates(other);
			if (JSON.stringify(back) !== JSON.stringify(languages)) problems.push(`${page}: ${url} answers with ${JSON.stringify(back)}, not ${JSON.stringify(languages)}`);
		}
	}
	return problems;
}
