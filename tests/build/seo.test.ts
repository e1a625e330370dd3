import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANY_NUMBER, buildSite, logged } from '../support/build.ts';
import { basicFixture, edit, fixtureCopy } from '../support/fixtures.ts';
import { readPages } from '../support/html.ts';

const SITE = 'https://www.testkliniek.example';

/** The JSON-LD items of a page, flattened from its @graph. */
function structuredData(html: string): Record<string, unknown>[] {
	const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
	return json ? (JSON.parse(json) as { '@graph': Record<string, unknown>[] })['@graph'] : [];
}

describe('search engines and social networks get complete, correct data', () => {
	const build = buildSite({ name: 'basic', contentDir: basicFixture });
	const read = (file: string) => fs.readFileSync(path.join(build.dist, file), 'utf8');

	it('builds with a clean audit', () => {
		expect(build.status, build.output).toBe(0);
		// With or without advice, which never stops a build.
		expect([0, 1, ANY_NUMBER].some((advice) => logged(basicFixture, 'seo.audited', { pages: ANY_NUMBER, defects: 0, advice, same: false }).test(build.output)), build.output).toBe(true);
	});

	it('lists every indexable page in the sitemap with its translations and last change, and nothing the consent gate left out', () => {
		const sitemap = read('sitemap.xml');
		const indexable = readPages(build.dist).filter(([, html]) => !/name="robots" content="noindex/.test(html));
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
		expect(locs).toHaveLength(indexable.length);
		expect(sitemap).toContain(`<loc>${SITE}/nl/verhalen/herstel-na-een-liesbreuk/</loc>\n    <lastmod>2025-05-01</lastmod>\n    <xhtml:link rel="alternate" hreflang="nl" href="${SITE}/nl/verhalen/herstel-na-een-liesbreuk/"/>\n    <xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/stories/herstel-na-een-liesbreuk/"/>`);
		expect(sitemap).not.toContain('404');
		expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
	});

	it('marks a reviewed story up as an Article in a MedicalWebPage with its reviewer', () => {
		const items = structuredData(read('nl/verhalen/herstel-na-een-liesbreuk/index.html'));
		const page = items.find((item) => item['@type'] === 'MedicalWebPage')!;
		expect(page).toMatchObject({ lastReviewed: '2025-05-01', reviewedBy: { name: 'dr. Anna Jansen' }, mainEntity: { '@type': 'Article', datePublished: '2025-05-01' } });
		expect(items.map((item) => item['@type'])).toEqual(['MedicalClinic', 'BreadcrumbList', 'MedicalWebPage']);
	});

	it('marks a physician up with their registration', () => {
		const person = structuredData(read('nl/team/anna-jansen/index.html')).find((item) => Array.isArray(item['@type']))!;
		expect(person).toMatchObject({ '@type': ['Person', 'Physician'], hasCredential: [{ credentialCategory: 'BIG-registratie', identifier: '12345678901' }] });
	});

	it('never marks testimonials up as reviews or ratings', () => {
		for (const [file, html] of readPages(build.dist)) expect(html, file).not.toMatch(/"@type":"(Review|AggregateRating|Rating)"/);
	});

	it('gives every page Open Graph tags with an absolute picture that exists', () => {
		const html = read('en/stories/een-dag-op-de-afdeling/index.html');
		expect(html).toContain(`<meta property="og:image" content="${SITE}/og/en/stories/een-dag-op-de-afdeling.png">`);
		expect(html).toContain('<meta property="og:type" content="article">');
		expect(html).toContain('<meta property="og:locale" content="en_GB">');
		expect(html).toContain('<meta property="og:locale:alternate" content="nl_NL">');
	});

	it('publishes an RSS feed of stories per language', () => {
		const feed = read('nl/verhalen/rss.xml');
		expect(feed).toContain(`<link>${SITE}/nl/verhalen/herstel-na-een-liesbreuk/</link>`);
		expect(read('en/stories/rss.xml')).toContain('<title>Recovering from a hernia</title>');
	});
});

describe('a build where two stories share a description', () => {
	const content = fixtureCopy((dir) => {
		edit(dir, 'stories/nl/een-dag-op-de-afdeling.mdx', /description: .*/, 'description: Hoe een patiënt na een liesbreukoperatie weer aan het werk ging, stap voor stap verteld.');
	});
	const build = buildSite({ name: 'duplicate-description', contentDir: content });

	it('stops, naming both pages', () => {
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('De SEO-controle vond 2 fout(en); de site is niet gepubliceerd [seo.auditFailed]');
		expect(build.output).toMatch(/\/nl\/verhalen\/een-dag-op-de-afdeling\/index\.html\n\s+- de beschrijving "Hoe een patiënt na een liesbreukoperatie [^"]*" staat ook op \/nl\/verhalen\/herstel-na-een-liesbreuk\/index\.html; geef elke pagina een eigen beschrijving\. \[seo\.duplicateDescription\]/);
	});
});
