import { describe, expect, it } from 'vitest';
import { onePagePerTemplate } from '../../src/quality/template-pages.ts';

const page = (file: string, lang: string, template: string | undefined, body = '', robots?: string) => ({
	file,
	html: `<!doctype html><html lang="${lang}"${template ? ` data-template="${template}"` : ''}><head>${robots ? `<meta name="robots" content="${robots}">` : ''}</head><body>${body}</body></html>`,
});

describe('the pages npm run lighthouse measures', () => {
	it('takes one page of every template the build made, the heaviest in the first language', () => {
		const pages = onePagePerTemplate(
			[
				page('index.html', 'nl', 'root'),
				page('nl/index.html', 'nl', 'home'),
				page('en/index.html', 'en', 'home', 'x'.repeat(500)),
				page('nl/verhalen/kort/index.html', 'nl', 'story', 'kort'),
				page('nl/verhalen/lang/index.html', 'nl', 'story', 'lang'.repeat(100)),
				page('en/stories/longest/index.html', 'en', 'story', 'x'.repeat(5000)),
				page('nl/contact/index.html', 'nl', 'page/contact'),
				page('en/only-english/index.html', 'en', 'page'),
				page('admin/index.html', 'nl', undefined),
			],
			'nl',
		);
		expect(pages.map(({ template, path }) => [template, path])).toEqual([
			['root', ''],
			['home', 'nl/'],
			['story', 'nl/verhalen/lang/'],
			['page/contact', 'nl/contact/'],
			['page', 'en/only-english/'],
		]);
		expect(pages.find((found) => found.template === 'page')!.name).toBe('page (en)');
	});

	it('skips the crawlability audit on a page kept out of search engines on purpose, and only there', () => {
		const [search, notFound, home] = onePagePerTemplate(
			[page('nl/zoeken/index.html', 'nl', 'search', '', 'noindex'), page('404.html', 'nl', '404', '', 'noindex, follow'), page('nl/index.html', 'nl', 'home', '', 'index')],
			'nl',
		);
		expect(search!.skippedAudits?.map((audit) => audit.id)).toEqual(['is-crawlable']);
		expect(notFound!.path).toBe('404.html');
		expect(notFound!.skippedAudits).toHaveLength(1);
		expect(home!.skippedAudits).toBeUndefined();
	});
});
