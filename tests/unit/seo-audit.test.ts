import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { parseHtml } from '../../src/lib/html-document.ts';
import { auditPage, auditSite, checkStructuredData, describeAdvice, describeDefects, judgeSite, type AuditInput } from '../../src/seo/audit.ts';
import { codeOf, message, messageIn, useEditorLanguage } from '../../src/messages/index.ts';

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

/** The audit's lines in `language` (the editor's), as {@link audit} gives them. */
function auditIn(language: string, ...args: Parameters<typeof audit>) {
	useEditorLanguage(language);
	try {
		return audit(...args);
	} finally {
		useEditorLanguage(undefined);
	}
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

	// Each defect with its code and its English text (the fallback language while the editor's is not known).
	it.each([
		['a missing language', plant(' lang="nl"', ''), 'seo.langMissing', 'the page does not say which language it is in (<html lang>); this comes from a template: ask a developer to add it.'],
		['a missing title', plant(/<title>.*<\/title>/, ''), 'seo.titleMissing', 'the page has no title (<title>); give the page a title, or ask a developer to check the template.'],
		['a title that says nothing', plant(/<title>.*<\/title>/, '<title>Home</title>'), 'seo.titleSaysNothing', 'the title "Home" does not say what the page is about; write a title of a few words that does.'],
		['a missing description', plant(/<meta name="description"[^>]*>/, ''), 'seo.descriptionMissing', 'the page has no description (meta description); write a short one that says what the page is about.'],
		['an over-long description', plant(/content="Een beschrijving[^"]*"/, `content="${'lang '.repeat(40)}"`), 'seo.descriptionTooLong', "the description is 199 characters; search engines show 160. Shorten this page's description."],
		['a short description, counted in characters, not bytes or entities', plant(/content="Een beschrijving[^"]*"/, 'content="Crohn &amp; colitis: één verpleegkundige"'), 'seo.descriptionTooShort', 'the description is only 36 characters; write at least 50 that say what the page is about.'],
		['a missing canonical', plant(/<link rel="canonical"[^>]*>/, ''), 'seo.canonicalMissing', 'the page has no canonical link (<link rel="canonical">); this comes from a template: ask a developer to add it.'],
		['a relative canonical', plant(`href="${SITE}/nl/">`, 'href="/nl/">'), 'seo.canonicalNotAbsolute', 'the canonical link "/nl/" is not a full address (https://…); this comes from a template or from siteUrl in the settings.'],
		['a missing og:image', plant(/<meta property="og:image"[^>]*>/, ''), 'seo.shareTagMissing', 'the tag og:image, which social networks read when the page is shared, is missing; this comes from a template: ask a developer to add it.'],
		['a missing twitter:card', plant(/<meta name="twitter:card"[^>]*>/, ''), 'seo.shareTagMissing', 'the tag twitter:card, which social networks read when the page is shared, is missing; this comes from a template: ask a developer to add it.'],
		['a relative og:image', plant(`content="${SITE}/og/nl.png"`, 'content="/og/nl.png"'), 'seo.shareImageNotAbsolute', 'the picture shown when the page is shared (og:image), "/og/nl.png", is not a full address (https://…); this comes from a template.'],
		['an og:image that was not built', plant('/og/nl.png', '/og/ontbreekt.png'), 'seo.shareImageNotBuilt', `the picture shown when the page is shared (og:image), ${SITE}/og/ontbreekt.png, is not in the built site; check this page's picture, or ask a developer to check the template that makes it.`],
		['missing hreflang', plant(/<link rel="alternate" hreflang="x-default"[^>]*>/, ''), 'seo.hreflangMissing', 'the page does not name its language versions (hreflang: the page itself and x-default at least); this comes from a template.'],
		['JSON-LD that does not parse', plant('"@context"', '@context'), 'seo.structuredDataUnreadable', /^the data for search engines \(JSON-LD\) cannot be read \(.*JSON.*\); this comes from a template: ask a developer to check it\.$/],
		['review markup', plant('"@type":"BreadcrumbList"', '"@type":"Review","x":{"@type":"BreadcrumbList"}'), 'seo.structuredDataReview', 'the data for search engines marks something up as Review; testimonials must never be marked up as reviews or ratings. Ask a developer to take it out of the template.'],
		['incomplete structured data', plant(',"itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://www.kliniek.example/nl/"}]', ''), 'seo.structuredDataIncomplete', "the data for search engines has an item of type BreadcrumbList without itemListElement; fill in what is missing in the page's content or in the settings, or ask a developer to check the template."],
		['a second h1', plant('<h2 id="meer">Meer</h2>', '<h1>Nog een</h1>'), 'seo.mainHeadingCount', 'the page has 2 main headings (<h1>); a page has exactly one. Make the others level 2 headings (## in the text).'],
		['no h1', plant(/<h1 id="top">.*?<\/h1>/, ''), 'seo.mainHeadingCount', 'the page has no main heading (<h1>); a page has exactly one.'],
		['a skipped heading level', plant('<h2 id="meer">Meer</h2>', '<h3>Meer</h3>'), 'seo.headingLevelSkipped', 'the heading "Meer" is an <h3> right after an <h1>, which skips a level; make it an <h2> (## in the text).'],
		['an image without alt', plant(' alt="Een foto"', ''), 'seo.imageAltMissing', 'the picture /_astro/foto.webp has no alt text; describe what it shows, or, if it is only decoration, ask a developer to give it an empty alt text.'],
		['a broken link', plant('href="/nl/"', 'href="/nl/weg/"'), 'seo.brokenLink', "the link to /nl/weg/ leads to a page or file that does not exist; correct the link in this page's text, or remove it."],
		['a broken anchor', plant('/nl/b/#meer', '/nl/b/#minder'), 'seo.missingAnchor', 'the link to /nl/b/#minder leads to a place (#minder) that page does not have; link to a heading it has, or to the page without #minder.'],
		['a font from another site', plant('</head>', '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"></head>'), 'seo.loadsFromElsewhere', 'the page loads https://fonts.googleapis.com/css2?family=Inter from another site, which then sees every visit; put the file on this site or leave it out.'],
		['a tracking pixel', plant('</main>', '<img src="https://tracker.example/p.gif" alt=""></main>'), 'seo.loadsFromElsewhere', /^the page loads https:\/\/tracker\.example\/p\.gif from another site/],
		['a tracking pixel for browsers without scripts', plant('</main>', '<noscript><img src="https://tracker.example/p.gif" alt=""></noscript></main>'), 'seo.loadsFromElsewhere', /^the page loads https:\/\/tracker\.example\/p\.gif from another site/],
		['a broken link for browsers without scripts', plant('</main>', '<noscript><a href="/nl/contact/">Contact</a></noscript></main>'), 'seo.brokenLink', /^the link to \/nl\/contact\/ leads to a page or file that does not exist/],
		['a third-party script', plant('</body>', '<script src="//cdn.example/x.js"></script></body>'), 'seo.loadsFromElsewhere', /^the page loads \/\/cdn\.example\/x\.js from another site/],
	])('catches %s', (_, change, code, expected) => {
		const defects = audit(change).filter((line) => line.startsWith('nl/index.html: ') && codeOf(line) === code);
		expect(defects, audit(change).join('\n')).toHaveLength(1);
		const text = defects[0]!.slice('nl/index.html: '.length, -` [${code}]`.length);
		if (typeof expected === 'string') expect(text).toBe(expected);
		else expect(text).toMatch(expected);
	});

	it.each(SUPPORTED_LOCALES)('reports every defect in the editor’s language (%s), ending with its code', (language) => {
		const broken = auditIn(language, plant('href="/nl/"', 'href="/nl/weg/"'));
		expect(broken).toEqual([`nl/index.html: ${messageIn(language, 'seo.brokenLink', { href: '/nl/weg/' })}`]);
		const anchor = auditIn(language, plant('/nl/b/#meer', '/nl/b/#minder'));
		expect(anchor).toEqual([`nl/index.html: ${messageIn(language, 'seo.missingAnchor', { href: '/nl/b/#minder', anchor: 'minder' })}`]);
	});

	it('keeps what it found on a page without words, so that a build in another editor’s language reuses it and words it in that language', () => {
		const html = page('/nl/', 'Welkom', (text) => plant(/<title>.*<\/title>/, '<title>Home</title>')(plant('href="/nl/"', 'href="/nl/weg/"')(text)));
		const context = { siteUrl: SITE, base: '/' };
		const kept = SUPPORTED_LOCALES.map((language) => {
			useEditorLanguage(language);
			try {
				return JSON.stringify(auditPage('nl/index.html', parseHtml(html), context));
			} finally {
				useEditorLanguage(undefined);
			}
		});
		expect(new Set(kept).size).toBe(1);
		expect(kept[0]).not.toMatch(/ \[seo\./);
		const site = { files: new Set(['nl/index.html', 'nl/b/index.html', 'og/nl.png', '_astro/site.css', '_astro/foto.webp']), siteUrl: SITE, base: '/' };
		for (const language of SUPPORTED_LOCALES) {
			useEditorLanguage(language);
			try {
				expect(judgeSite([{ file: 'nl/index.html', audit: JSON.parse(kept[0]!) }], site).map(({ code, problem }) => [code, problem])).toEqual([
					['seo.titleSaysNothing', messageIn(language, 'seo.titleSaysNothing', { title: 'Home' })],
					['seo.brokenLink', messageIn(language, 'seo.brokenLink', { href: '/nl/weg/' })],
					['seo.missingAnchor', messageIn(language, 'seo.missingAnchor', { href: '/nl/b/#meer', anchor: 'meer' })],
				]);
			} finally {
				useEditorLanguage(undefined);
			}
		}
	});

	it('tells a Dutch editor which link to fix, in plain words', () => {
		expect(auditIn('nl', plant('href="/nl/"', 'href="/nl/weg/"'))).toEqual(['nl/index.html: de link naar /nl/weg/ leidt naar een pagina of bestand dat niet bestaat; verbeter de link in de tekst van deze pagina, of haal hem weg. [seo.brokenLink]']);
		expect(auditIn('nl', plant('<h2 id="meer">Meer</h2>', '<h3>Meer</h3>'))).toEqual(['nl/index.html: de kop "Meer" is een <h3> direct na een <h1>, zodat een niveau wordt overgeslagen; maak er een <h2> van (## in de tekst). [seo.headingLevelSkipped]']);
	});

	it('catches the same title or description on two pages in one language', () => {
		expect(audit(plant('Welkom bij de kliniek', 'Pagina over liesbreuken'))).toEqual(
			expect.arrayContaining([
				'nl/index.html: the title "Pagina over liesbreuken — Kliniek" is also on /nl/b/index.html; give each page a title of its own, so that search engines can tell them apart. [seo.duplicateTitle]',
				'nl/b/index.html: the title "Pagina over liesbreuken — Kliniek" is also on /nl/index.html; give each page a title of its own, so that search engines can tell them apart. [seo.duplicateTitle]',
			]),
		);
	});

	it('allows a translation to share a title, such as a location’s name', () => {
		const english = { file: 'en/b/index.html', html: page('/en/b/', 'Pagina over liesbreuken').replace('lang="nl"', 'lang="en"') };
		const input = { pages: [{ file: 'nl/b/index.html', html: page('/nl/b/', 'Pagina over liesbreuken') }, english], files: new Set(['nl/b/index.html', 'en/b/index.html', 'og/nl.png', '_astro/site.css', '_astro/foto.webp', 'nl/index.html']), sitemap: `<loc>${SITE}/nl/b/</loc><loc>${SITE}/en/b/</loc>`, siteUrl: SITE, base: '/' };
		expect(auditSite(input).filter(({ code }) => code === 'seo.duplicateTitle' || code === 'seo.duplicateDescription')).toEqual([]);
	});

	it('catches an indexable page missing from the sitemap, and a noindex page in it', () => {
		expect(audit(undefined, { sitemap: `<loc>${SITE}/nl/</loc>` })).toEqual([`nl/b/index.html: the page ${SITE}/nl/b/ is open to search engines but not in sitemap.xml; this comes from the template that makes the sitemap. [seo.notInSitemap]`]);
		expect(audit(plant('</head>', '<meta name="robots" content="noindex"></head>'))).toEqual([`nl/index.html: the page ${SITE}/nl/ is kept out of search engines (noindex), yet it is in sitemap.xml; this comes from the template that makes the sitemap. [seo.noindexInSitemap]`]);
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
				code: 'seo.titleTooLong',
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
		expect(defects).toContain("nl/index.html: the link to /nl/ does not start with the site's path, /zorgmerk/, so it leads nowhere; start the link with /zorgmerk/. [seo.linkOutsideBase]");
	});
});

describe('structured data checks', () => {
	it('requires what search engines need of an article and a physician', () => {
		expect(checkStructuredData({ '@graph': [{ '@type': 'Article', headline: 'X' }, { '@type': ['Person', 'Physician'], name: 'dr. A' }] })).toEqual([
			{ code: 'seo.structuredDataIncomplete', params: { type: 'Article', property: 'datePublished' } },
			{ code: 'seo.structuredDataIncomplete', params: { type: 'Article', property: 'author' } },
			{ code: 'seo.structuredDataIncomplete', params: { type: 'Article', property: 'publisher' } },
			{ code: 'seo.structuredDataIncomplete', params: { type: 'Physician', property: 'hasCredential' } },
		]);
	});

	it('never allows testimonials marked up as reviews or ratings', () => {
		expect(checkStructuredData({ '@type': 'Hospital', name: 'X', url: 'u', logo: 'l', address: {}, telephone: 't', aggregateRating: { '@type': 'AggregateRating' } })).toEqual([
			{ code: 'seo.structuredDataReview', params: { type: 'AggregateRating' } },
		]);
	});
});

describe('the audit report', () => {
	it('groups defects by page, in the editor’s language, each with its code', () => {
		useEditorLanguage('nl');
		try {
			const defects = auditSite({
				pages: [
					{ file: 'nl/index.html', html: page('/nl/', 'Welkom bij de kliniek', (html) => plant(/<title>.*<\/title>/, '')(plant(/<meta property="og:image"[^>]*>/, '')(html))) },
					{ file: 'nl/b/index.html', html: page('/nl/b/', 'Pagina over liesbreuken', plant('href="/nl/"', 'href="/nl/weg/"')) },
				],
				files: new Set(['nl/index.html', 'nl/b/index.html', 'og/nl.png', '_astro/site.css', '_astro/foto.webp']),
				sitemap: `<loc>${SITE}/nl/</loc><loc>${SITE}/nl/b/</loc>`,
				siteUrl: SITE,
				base: '/',
			});
			expect(describeDefects(defects)).toMatchInlineSnapshot(`
				"De SEO-controle vond 3 fout(en); de site is niet gepubliceerd [seo.auditFailed]:
				/nl/index.html
				  - de pagina heeft geen titel (<title>); geef de pagina een titel, of vraag een ontwikkelaar de template na te kijken. [seo.titleMissing]
				  - de tag og:image, die sociale netwerken lezen als de pagina gedeeld wordt, ontbreekt; dat komt uit een template: vraag een ontwikkelaar hem toe te voegen. [seo.shareTagMissing]
				/nl/b/index.html
				  - de link naar /nl/weg/ leidt naar een pagina of bestand dat niet bestaat; verbeter de link in de tekst van deze pagina, of haal hem weg. [seo.brokenLink]"
			`);
		} finally {
			useEditorLanguage(undefined);
		}
	});

	it('gives the advice under one title with its code, each piece with its own, in the editor’s language', () => {
		const advice = (language: string) => {
			useEditorLanguage(language);
			try {
				return describeAdvice([
					{ page: 'nl/over-ons/index.html', code: 'seo.headingRepeated', problem: message('seo.headingRepeated', { tag: 'h2', text: 'Over ons' }), advice: true },
					{ page: 'nl/over-ons/index.html', code: 'seo.titleTooLong', problem: message('seo.titleTooLong', { title: 'Over ons', length: 72, shown: 60 }), advice: true },
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
		// French sets a no-break space before the colon (its typography), as in every other French text.
		expect(advice('fr').split('\n')[0]).toBe(`${messageIn('fr', 'seo.advice', { count: 2 })}\u00a0:`);
		expect(advice('en').split('\n')[0]).toBe(`${messageIn('en', 'seo.advice', { count: 2 })}:`);
		// No second language beside the editor's: the codes are the shared key.
		expect(advice('nl').replace(/ \[[\w.]+\]/g, '')).not.toMatch(/advice|conseil/i);
	});
});
