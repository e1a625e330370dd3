import { describe, expect, it } from 'vitest';
import { auditSite, checkStructuredData, describeAdvice, describeDefects, type AuditInput } from '../../src/seo/audit.ts';
import { message, messageIn, useEditorLanguage } from '../../src/messages/index.ts';

const SITE = 'https://www.kliniek.example';

/** A page that passes every check; `change` plants one defect. */
function page(path: string, title: string, change: (html: string) => string = (html) => html): string {
	const html = `<!doctype html><html lang="nl"><head>
<title>${title} — Kliniek</title>
<meta name="description" content="Een beschrijving van ${title} die lang genoeg is om iets te zeggen over de pagina.">
<link rel="canonical" href="${SITE}${path}">
<link rel="alternate" hreflang="nl" href="${SITE}${path}">
<link rel="alternate" hreflang="x-default" href="${SITE}${path}">
<meta property="og:title" content="${title}"><meta property="og:description" content="Beschrijving">
<meta property="og:image" content="${SITE}/og/nl.png"><meta property="og:url" content="${SITE}${path}">
<meta property="og:type" content="website"><meta property="og:locale" content="nl_NL"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/_astro/site.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"${SITE}/nl/"}]}]}</script>
</head><body><main><h1 id="top">${title}</h1><h2 id="meer">Meer</h2><p><a href="/nl/">Home</a> <a href="/nl/b/#meer">B</a> <a href="https://elders.example/">elders</a></p><img src="/_astro/foto.webp" alt="Een foto"></main></body></html>`;
	return change(html);
}

function audit(changeA: (html: string) => string = (html) => html, extra: Partial<AuditInput> = {}) {
	const pages = [
		{ file: 'nl/index.html', html: page('/nl/', 'Welkom bij de kliniek', changeA) },
		{ file: 'nl/b/index.html', html: page('/nl/b/', 'Pagina over liesbreuken') },
	];
	const files = new Set(['nl/index.html', 'nl/b/index.html', 'og/nl.png', '_astro/site.css', '_astro/foto.webp']);
	const sitemap = `<urlset><url><loc>${SITE}/nl/</loc></url><url><loc>${SITE}/nl/b/</loc></url></urlset>`;
	return auditSite({ pages, files, sitemap, siteUrl: SITE, base: '/', ...extra }).map(({ page: file, problem }) => `${file}: ${problem}`);
}

const plant = (from: string | RegExp, to: string) => (html: string) => {
	const changed = html.replace(from, to);
	if (changed === html) throw new Error(`nothing to replace: ${String(from)}`);
	return changed;
};

describe('the SEO audit', () => {
	it('passes pages that are complete', () => {
		expect(audit()).toEqual([]);
	});

	it.each([
		['a missing title', plant(/<title>.*<\/title>/, ''), 'nl/index.html: no <title>'],
		['a title that says nothing', plant(/<title>.*<\/title>/, '<title>Home</title>'), 'nl/index.html: the title "Home" does not say what the page is'],
		['a missing description', plant(/<meta name="description"[^>]*>/, ''), 'nl/index.html: no meta description'],
		['an over-long description', plant(/content="Een beschrijving[^"]*"/, `content="${'lang '.repeat(40)}"`), 'nl/index.html: the meta description is 199 characters; search engines show 160'],
		['a missing canonical', plant(/<link rel="canonical"[^>]*>/, ''), 'nl/index.html: no canonical link'],
		['a relative canonical', plant(`href="${SITE}/nl/">`, 'href="/nl/">'), 'nl/index.html: the canonical link "/nl/" is not absolute'],
		['a missing og:image', plant(/<meta property="og:image"[^>]*>/, ''), 'nl/index.html: no og:image'],
		['an og:image that was not built', plant('/og/nl.png', '/og/ontbreekt.png'), `nl/index.html: og:image ${SITE}/og/ontbreekt.png does not exist in the build`],
		['missing hreflang', plant(/<link rel="alternate" hreflang="x-default"[^>]*>/, ''), 'nl/index.html: no hreflang alternates (the page itself and x-default at least)'],
		['JSON-LD that does not parse', plant('"@context"', '@context'), /nl\/index\.html: structured data \(JSON-LD\) does not parse/],
		['a second h1', plant('<h2 id="meer">Meer</h2>', '<h1>Nog een</h1>'), 'nl/index.html: 2 <h1> headings; a page has exactly one'],
		['a skipped heading level', plant('<h2 id="meer">Meer</h2>', '<h3>Meer</h3>'), 'nl/index.html: heading levels skip from h1 to h3 ("Meer")'],
		['an image without alt', plant(' alt="Een foto"', ''), 'nl/index.html: an image without alt text: /_astro/foto.webp'],
		['a broken link', plant('href="/nl/"', 'href="/nl/weg/"'), 'nl/index.html: a broken link to /nl/weg/'],
		['a broken anchor', plant('/nl/b/#meer', '/nl/b/#minder'), 'nl/index.html: a link to /nl/b/#minder, but that page has no #minder'],
		['a font from another site', plant('</head>', '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"></head>'), 'nl/index.html: loads https://fonts.googleapis.com/css2?family=Inter from another site'],
		['a tracking pixel', plant('</main>', '<img src="https://tracker.example/p.gif" alt=""></main>'), 'nl/index.html: loads https://tracker.example/p.gif from another site'],
		['a third-party script', plant('</body>', '<script src="//cdn.example/x.js"></script></body>'), 'nl/index.html: loads //cdn.example/x.js from another site'],
	])('catches %s', (_, change, expected) => {
		const defects = audit(change);
		if (typeof expected === 'string') expect(defects).toContain(expected);
		else expect(defects.some((defect) => expected.test(defect))).toBe(true);
	});

	it('catches the same title or description on two pages in one language', () => {
		expect(audit(plant('Welkom bij de kliniek', 'Pagina over liesbreuken'))).toEqual(
			expect.arrayContaining([
				'nl/index.html: the title "Pagina over liesbreuken — Kliniek" is also used by nl/b/index.html',
				'nl/b/index.html: the title "Pagina over liesbreuken — Kliniek" is also used by nl/index.html',
			]),
		);
	});

	it('allows a translation to share a title, such as a location’s name', () => {
		const english = { file: 'en/b/index.html', html: page('/en/b/', 'Pagina over liesbreuken').replace('lang="nl"', 'lang="en"') };
		const input = { pages: [{ file: 'nl/b/index.html', html: page('/nl/b/', 'Pagina over liesbreuken') }, english], files: new Set(['nl/b/index.html', 'en/b/index.html', 'og/nl.png', '_astro/site.css', '_astro/foto.webp', 'nl/index.html']), sitemap: `<loc>${SITE}/nl/b/</loc><loc>${SITE}/en/b/</loc>`, siteUrl: SITE, base: '/' };
		expect(auditSite(input).filter(({ problem }) => problem.includes('also used'))).toEqual([]);
	});

	it('catches an indexable page missing from the sitemap, and a noindex page in it', () => {
		expect(audit(undefined, { sitemap: `<loc>${SITE}/nl/</loc>` })).toContain(`nl/b/index.html: indexable, but ${SITE}/nl/b/ is not in sitemap.xml`);
		expect(audit(plant('</head>', '<meta name="robots" content="noindex"></head>'))).toContain('nl/index.html: marked noindex, yet listed in sitemap.xml');
	});

	it('advises, without stopping the build, on a title search engines cut off (over 70 characters, counted as letters, not bytes or entities)', () => {
		const long = 'Studeren met de ziekte van Crohn: Noor over haar eerste jaren';
		const found = auditSite({
			pages: [{ file: 'nl/index.html', html: page('/nl/', long) }, { file: 'nl/b/index.html', html: page('/nl/b/', 'Crohn &amp; colitis: één verpleegkundige voor ú, ook ’s zondags.') }],
			files: new Set(['nl/index.html', 'nl/b/index.html', 'og/nl.png', '_astro/site.css', '_astro/foto.webp']),
			sitemap: `<loc>${SITE}/nl/</loc><loc>${SITE}/nl/b/</loc>`,
			siteUrl: SITE,
			base: '/',
		});
		// The second title is 70 letters (77 bytes, 74 characters as written in HTML): shown whole.
		expect(found).toEqual([
			{
				page: 'nl/index.html',
				advice: true,
				problem: `the title "${long} — Kliniek" is 71 characters; search engines show about 60 and cut it off here. Shorten this page's title (or name), most important word first. [seo.titleTooLong]`,
			},
		]);
		// A page kept out of search engines is never shown there.
		expect(audit(plant(/<title>.*<\/title>/, `<title>${long} — Kliniek</title><meta name="robots" content="noindex">`)).filter((line) => line.includes('tekens'))).toEqual([]);
	});

	it('advises when a heading repeats the main heading, as the policy block did under the policy page’s own title', () => {
		const found = auditSite({
			pages: [{ file: 'nl/index.html', html: page('/nl/', 'Zo gaan wij om met patiëntverhalen', plant('<h2 id="meer">Meer</h2>', '<h2 id="meer">Zo gaan wij  om met PATIËNTVERHALEN</h2>')) }],
			files: new Set(['nl/index.html', 'nl/b/index.html', 'og/nl.png', '_astro/site.css', '_astro/foto.webp']),
			siteUrl: SITE,
			base: '/',
		});
		expect(found.filter((defect) => defect.advice).map((defect) => defect.problem)).toEqual([
			'an <h2> repeats the main heading "Zo gaan wij om met patiëntverhalen"; give that part a heading of its own or leave it out. [seo.headingRepeated]',
		]);
	});

	it('checks links under a sub-path', () => {
		const defects = audit(undefined, { base: '/zorgmerk/' });
		expect(defects).toContain("nl/index.html: a link to /nl/ that does not start with the site's base /zorgmerk/");
	});
});

describe('structured data checks', () => {
	it('requires what search engines need of an article and a physician', () => {
		expect(checkStructuredData({ '@graph': [{ '@type': 'Article', headline: 'X' }, { '@type': ['Person', 'Physician'], name: 'dr. A' }] })).toEqual([
			'structured data: Article without datePublished',
			'structured data: Article without author',
			'structured data: Article without publisher',
			'structured data: Physician without hasCredential',
		]);
	});

	it('never allows testimonials marked up as reviews or ratings', () => {
		expect(checkStructuredData({ '@type': 'Hospital', name: 'X', url: 'u', logo: 'l', address: {}, telephone: 't', aggregateRating: { '@type': 'AggregateRating' } })).toContain(
			'structured data marks something up as AggregateRating; testimonials must never be reviews or ratings',
		);
	});
});

describe('the audit report', () => {
	it('groups defects by page', () => {
		expect(describeDefects([{ page: 'nl/index.html', problem: 'no <title>' }, { page: 'nl/index.html', problem: 'no og:image' }])).toMatchInlineSnapshot(`
			"The SEO audit found 2 defect(s); the site was not published [seo.auditFailed]:
			/nl/index.html
			  - no <title>
			  - no og:image"
		`);
	});

	it('gives the advice under one title with its code, each piece with its own, in the editor’s language', () => {
		const advice = (language: string) => {
			useEditorLanguage(language);
			try {
				return describeAdvice([
					{ page: 'nl/over-ons/index.html', problem: message('seo.headingRepeated', { tag: 'h2', text: 'Over ons' }), advice: true },
					{ page: 'nl/over-ons/index.html', problem: message('seo.titleTooLong', { title: 'Over ons', length: 72, shown: 60 }), advice: true },
				]);
			} finally {
				useEditorLanguage(undefined);
			}
		};
		expect(advice('nl')).toMatchInlineSnapshot(`
			"2 adviezen voor zoekmachines (SEO); de site wordt wel gepubliceerd [seo.advice]:
			/nl/over-ons/index.html
			  - een <h2> herhaalt de hoofdkop "Over ons"; geef dat deel een eigen kop of laat de kop weg. [seo.headingRepeated]
			  - de titel "Over ons" is 72 tekens; zoekmachines tonen er ongeveer 60 en kappen hem hier af. Maak de titel (of naam) van deze pagina korter, met het belangrijkste woord vooraan. [seo.titleTooLong]"
		`);
		expect(advice('fr').split('\n')[0]).toBe(`${messageIn('fr', 'seo.advice', { count: 2 })}:`);
		// No second language beside the editor's: the codes are the shared key.
		expect(advice('nl').replace(/ \[[\w.]+\]/g, '')).not.toMatch(/advice|conseil/i);
	});
});
