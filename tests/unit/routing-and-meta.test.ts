import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/routing/routes.ts';
import { assertUniquePaths } from '../../src/routing/unique-paths.ts';
import { absoluteUrl, localeOfPath, urls, withBase } from '../../src/routing/urls.ts';
import { buildMeta, pageTitle } from '../../src/seo/meta.ts';
import { latestDay, sitemapXml } from '../../src/seo/sitemap.ts';
import { openGraphLocale, socialMeta } from '../../src/seo/social.ts';
import { breadcrumbs, serializeJsonLd } from '../../src/seo/structured-data.ts';

describe('addresses', () => {
	it('speaks the visitor’s language', () => {
		expect([urls.stories('nl'), urls.stories('en', 2), urls.storiesByAudience('nl', 'relatives'), urls.storiesBySpecialty('en', 'liesbreukcentrum', 3)]).toEqual([
			'/nl/verhalen/',
			'/en/stories/page/2/',
			'/nl/verhalen/voor/naasten/',
			'/en/stories/specialty/liesbreukcentrum/page/3/',
		]);
		expect([urls.section('nl', 'testimonials'), urls.audience('nl', 'referrers'), urls.page('en', 'about'), urls.storiesFeed('nl')]).toEqual([
			'/nl/ervaringen/',
			'/nl/voor/verwijzers/',
			'/en/about/',
			'/nl/verhalen/rss.xml',
		]);
	});

	it('names each page’s preview picture after its address', () => {
		expect(urls.socialCard('/nl/verhalen/herstel/')).toBe('/og/nl/verhalen/herstel.png');
		expect(urls.socialCard('/en/')).toBe('/og/en.png');
	});

	it('works at a domain root and under a sub-path', () => {
		expect(withBase('/nl/', '/')).toBe('/nl/');
		expect(withBase('/nl/', '/zorgmerk/')).toBe('/zorgmerk/nl/');
		expect(withBase('/nl/', '/zorgmerk')).toBe('/zorgmerk/nl/');
		expect(absoluteUrl('/nl/', 'https://www.kliniek.example', '/zorgmerk/')).toBe('https://www.kliniek.example/zorgmerk/nl/');
	});

	it('reads a page’s language from its address, under a sub-path too', () => {
		const locales = ['nl', 'en'] as const;
		expect(localeOfPath('/en/stories/x/', locales, '/')).toBe('en');
		expect(localeOfPath('/zorgmerk/nl/verhalen/x/', locales, '/zorgmerk/')).toBe('nl');
		expect(localeOfPath('/zorgmerk/nl/', locales, '/zorgmerk')).toBe('nl');
		expect(localeOfPath('/', locales, '/')).toBeUndefined();
		expect(localeOfPath('/nlx/', locales, '/')).toBeUndefined();
	});
});

describe('page metadata', () => {
	const site = { siteUrl: 'https://www.kliniek.example', organisation: 'Kliniek Oost', base: '/' };
	const input = { title: 'Liesbreukcentrum', description: 'x'.repeat(60), path: '/nl/specialismen/liesbreukcentrum/', alternates: { nl: '/nl/specialismen/liesbreukcentrum/', en: '/en/specialties/liesbreukcentrum/' }, locales: ['nl', 'en'] as const };

	it('titles a page with what it is and who it is from, never just "Home"', () => {
		expect(pageTitle('Liesbreukcentrum', 'Kliniek Oost')).toBe('Liesbreukcentrum — Kliniek Oost');
		expect(buildMeta({ ...input, title: undefined }, site).title).toBe('Kliniek Oost');
	});

	it("adds the organisation's name only while the whole title fits in the 60 characters search engines show", () => {
		// 37 + 23 = 60 characters: it fits; counted in letters, so "ë" and "é" count once.
		expect(pageTitle('Liesbreukoperatie: één dag, geen drie', 'Ziekenhuis Lindeveld')).toBe('Liesbreukoperatie: één dag, geen drie — Ziekenhuis Lindeveld');
		expect(pageTitle('Liesbreukoperatie: één dag in plaats van drie', 'Ziekenhuis Lindeveld')).toBe('Liesbreukoperatie: één dag in plaats van drie');
	});

	it('gives an absolute canonical and hreflang for every translation plus x-default', () => {
		const meta = buildMeta(input, site);
		expect(meta.canonical).toBe('https://www.kliniek.example/nl/specialismen/liesbreukcentrum/');
		expect(meta.alternates).toEqual([
			{ hreflang: 'nl', href: 'https://www.kliniek.example/nl/specialismen/liesbreukcentrum/' },
			{ hreflang: 'en', href: 'https://www.kliniek.example/en/specialties/liesbreukcentrum/' },
			{ hreflang: 'x-default', href: 'https://www.kliniek.example/nl/specialismen/liesbreukcentrum/' },
		]);
		expect(buildMeta({ ...input, noindex: true }, site).alternates).toEqual([]);
	});

	it('writes Open Graph and Twitter tags, with the organisation’s country in og:locale', () => {
		expect(openGraphLocale('nl', 'BE')).toBe('nl_BE');
		const tags = socialMeta({ type: 'article', title: 'T', description: 'D', url: 'https://u/', siteName: 'S', image: { url: 'https://u/og.png', alt: 'A', width: 1200, height: 630 }, locale: 'nl_NL', alternateLocales: ['en_GB'], publishedTime: '2025-05-01' });
		expect(tags.map((tag) => tag.name)).toEqual(['og:type', 'og:site_name', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'og:locale', 'og:locale:alternate', 'article:published_time', 'twitter:card']);
	});
});

describe('site-wide files', () => {
	it('writes a sitemap with lastmod and hreflang, escaping addresses', () => {
		expect(sitemapXml([{ loc: 'https://k.example/nl/?a=1&b=2', lastmod: '2025-05-01', alternates: [{ hreflang: 'nl', href: 'https://k.example/nl/' }] }])).toMatchInlineSnapshot(`
			"<?xml version="1.0" encoding="UTF-8"?>
			<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
			  <url>
			    <loc>https://k.example/nl/?a=1&amp;b=2</loc>
			    <lastmod>2025-05-01</lastmod>
			    <xhtml:link rel="alternate" hreflang="nl" href="https://k.example/nl/"/>
			  </url>
			</urlset>
			"
		`);
		expect(latestDay(['2025-01-02', undefined, '2025-11-30', '2024-12-31'])).toBe('2025-11-30');
		expect(latestDay([])).toBeUndefined();
	});

	it('keeps structured data from closing its script element early', () => {
		const json = serializeJsonLd(breadcrumbs([{ name: '</script><script>alert(1)</script>', url: 'https://k.example/' }]));
		expect(json).not.toContain('<');
		expect(JSON.parse(json).itemListElement[0].name).toBe('</script><script>alert(1)</script>');
	});
});

describe('one address, one page', () => {
	const entry = (filePath: string) => ({ id: filePath, filePath, data: {} }) as never;
	const route = (template: string, path: string, extra: Record<string, unknown> = {}) => ({ template, path, alternates: {}, ...extra }) as unknown as Route;

	it('stops the build when two translations in one language claim one address, naming both files', () => {
		const first = route('story', '/x/verhalen/terug/', { story: entry('content/stories/x/terug-aan-het-werk.mdx') });
		const second = route('story', '/x/verhalen/terug/', { story: entry('content/stories/x/weer-aan-het-werk.mdx') });
		expect(() => assertUniquePaths([first, second])).toThrow(
			'content/stories/x/terug-aan-het-werk.mdx and content/stories/x/weer-aan-het-werk.mdx would both be at the address /x/verhalen/terug/: give one of them another slug [address.shared]',
		);
	});

	it('names the section a page’s slug collides with', () => {
		const listing = route('stories', '/x/verhalen/', { listing: { by: 'all' } });
		const page = route('page', '/x/verhalen/', { page: entry('content/pages/x/verhalen.md') });
		expect(() => assertUniquePaths([listing, page])).toThrow(
			'the list of stories and content/pages/x/verhalen.md would both be at the address /x/verhalen/: give one of them another slug [address.shared]',
		);
		expect(() => assertUniquePaths([listing, route('page', '/x/over/', { page: entry('content/pages/x/over.md') })])).not.toThrow();
	});
});
