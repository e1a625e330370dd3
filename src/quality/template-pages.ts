import { parse } from 'node-html-parser';
import type { AuditedPage } from './lighthouse-report.ts';

/**
 * Which pages `npm run lighthouse` measures: one of every template the build
 * made, found by the `data-template` every page carries on <html> (written by
 * BaseLayout from its route, see src/routing/routes.ts), so a new template is
 * measured without anyone adding it to a list. Pure: it gets the built pages.
 */

/** A built HTML page: its file relative to the site root ("nl/verhalen/index.html") and its text. */
export interface BuiltPage {
	file: string;
	html: string;
}

/** Audits that cannot pass on a page by design, and why: a page kept out of search engines fails `is-crawlable`. */
export const NOINDEX_SKIPS = [{ id: 'is-crawlable', reason: 'the page is kept out of search engines on purpose (noindex)' }];

/**
 * One page per template, in the order of first appearance in `pages`: of the
 * pages in `language` (or, for a template with none in it, in any), the one
 * with the most HTML, which is the hardest of its kind to keep fast.
 *
 * @param language e.g. "nl", the site's default language
 * @returns e.g. `{ name: 'story (nl)', template: 'story', path: 'nl/verhalen/x/' }`; a page that is
 *   noindex carries the audits skipped on it. A page without data-template (the CMS) is left out.
 */
export function onePagePerTemplate(pages: Iterable<BuiltPage>, language: string): (AuditedPage & { template: string })[] {
	const best = new Map<string, { page: BuiltPage; lang: string; noindex: boolean }>();
	for (const page of pages) {
		const root = parse(page.html);
		const html = root.querySelector('html');
		const template = html?.getAttribute('data-template');
		if (!template) continue;
		const lang = html?.getAttribute('lang') ?? '';
		const noindex = /(^|,)\s*noindex\s*(,|$)/i.test(root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
		const current = best.get(template);
		const inLanguage = lang === language;
		const better = !current || (inLanguage && current.lang !== language) || (inLanguage === (current.lang === language) && page.html.length > current.page.html.length);
		if (better) best.set(template, { page, lang, noindex });
	}
	return [...best].map(([template, { page, lang, noindex }]) => ({
		name: `${template} (${lang})`,
		template,
		path: page.file.replace(/(^|\/)index\.html$/, '$1'),
		...(noindex ? { skippedAudits: NOINDEX_SKIPS } : {}),
	}));
}
