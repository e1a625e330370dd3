import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkBudgets, KB, measureListings, measureStory, parseSrcset, pickCandidate, storyPageMatcher, type BudgetOptions, type SiteFiles } from '../../src/quality/budgets.ts';

/** A built site in memory: file → contents (a number is a file of that many bytes). */
function site(files: Record<string, string | number>): SiteFiles {
	return {
		files: Object.keys(files),
		read: (file) => {
			const contents = files[file];
			if (contents === undefined) throw new Error(`no such file: ${file}`);
			return typeof contents === 'number' ? Buffer.alloc(contents, 1) : Buffer.from(contents);
		},
	};
}

function page(body: string, head = ''): string {
	return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Een pagina</title>${head}</head><body><header><img src="/logo.svg" alt=""></header><main>${body}</main></body></html>`;
}

/** Text that gzip can hardly shrink (base64 of hashes), the same on every run. */
function noise(length: number, seed = 'zorgmerk'): string {
	let text = '';
	for (let block = 0; text.length < length; block++) text += createHash('sha256').update(`${seed}:${block}`).digest('base64');
	return text.slice(0, length);
}

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

const OPTIONS: BudgetOptions = {
	scriptPages: ['nl/zoeken/index.html', 'en/search/index.html'],
	isStoryPage: storyPageMatcher(['nl/verhalen/', 'en/stories/']),
};

const STORY = 'nl/verhalen/weer-aan-het-werk/index.html';

describe('budget (a): no scripts on content pages', () => {
	it('reports a page that loads a script file or an inline script, naming the page and the scripts', () => {
		const html = page('<p>Tekst</p><script src="/_astro/carousel.js"></script><script>console.log(1)</script>');
		const breaches = checkBudgets(site({ 'nl/over-ons/index.html': html, 'nl/index.html': page('<p>Home</p>') }), OPTIONS);
		expect(breaches).toHaveLength(1);
		expect(breaches[0]).toMatchObject({ file: 'nl/over-ons/index.html', budget: 'scripts', actual: 2, limit: 0 });
		expect(breaches[0]!.message).toMatch(/^\/nl\/over-ons\/ \(nl\/over-ons\/index\.html\): /);
		expect(breaches[0]!.message).toContain('2 script(s) (/_astro/carousel.js, inline)');
		expect(breaches[0]!.message).toContain('only the search pages may load JavaScript');
	});

	it('lets structured data (JSON-LD) through, however its type is written', () => {
		const html = page('<p>Tekst</p>', '<script type="application/ld+json">{}</script><script type=" Application/LD+JSON; charset=utf-8">{}</script>');
		expect(checkBudgets(site({ 'nl/over-ons/index.html': html }), OPTIONS)).toEqual([]);
	});

	it('counts a module, an import map or a script without type as a script', () => {
		const html = page('<script type="module" src="/a.js"></script><script type="importmap">{}</script>');
		expect(checkBudgets(site({ '404.html': html }), OPTIONS)).toMatchObject([{ file: '404.html', actual: 2 }]);
	});

	it('lets the pages passed as allowed (the search pages) load scripts, and only those', () => {
		const html = page('<script type="module" src="/_astro/search.js"></script>');
		const built = site({ 'nl/zoeken/index.html': html, 'en/search/index.html': html, 'nl/zoeken/oud/index.html': html });
		expect(checkBudgets(built, OPTIONS).map((breach) => breach.file)).toEqual(['nl/zoeken/oud/index.html']);
	});

	it('lets the statistics script the settings choose through, at exactly its address and deferred, and nothing else', () => {
		const plausible = 'https://plausible.io/js/script.js';
		const options = { ...OPTIONS, allowedScripts: [plausible] };
		const statistics = `<script defer data-domain="www.ziekenhuis.example" src="${plausible}"></script>`;
		expect(checkBudgets(site({ 'nl/index.html': page('<p>Home</p>', statistics) }), options)).toEqual([]);
		const others = {
			'nl/a/index.html': page('', `<script src="${plausible}"></script>`), // not deferred: it would hold up the page
			'nl/b/index.html': page('', `<script defer src="${plausible}?v=2"></script>`),
			'nl/c/index.html': page('', `<script defer src="https://plausible.io/js/script.outbound-links.js"></script>`),
			'nl/d/index.html': page('', `<script defer src="${plausible}">window.x = 1</script>`),
			'nl/e/index.html': page('', `${statistics}<script src="/_astro/carousel.js"></script>`),
		};
		expect(checkBudgets(site(others), options).map((breach) => `${breach.file} ${breach.actual}`)).toEqual(['nl/a/index.html 1', 'nl/b/index.html 1', 'nl/c/index.html 1', 'nl/d/index.html 1', 'nl/e/index.html 1']);
		// Without the setting, Plausible's script is a script like any other.
		expect(checkBudgets(site({ 'nl/index.html': page('<p>Home</p>', statistics) }), OPTIONS)).toHaveLength(1);
	});

	it('names the page with its address under the base path', () => {
		const breaches = checkBudgets(site({ 'nl/index.html': page('<script src="/zorgmerk/x.js"></script>') }), { ...OPTIONS, base: '/zorgmerk/' });
		expect(breaches[0]!.message).toMatch(/^\/zorgmerk\/nl\/ \(nl\/index\.html\): /);
	});
});

describe('which pages are stories', () => {
	it('takes <section>/<slug>/index.html, not the listing, its filters, its pages or feeds', () => {
		const isStory = storyPageMatcher(['nl/verhalen/', 'en/stories/']);
		expect(isStory('nl/verhalen/weer-aan-het-werk/index.html')).toBe(true);
		expect(isStory('en/stories/back-to-work/index.html')).toBe(true);
		expect(isStory('nl/verhalen/index.html')).toBe(false);
		expect(isStory('nl/verhalen/voor/patienten/index.html')).toBe(false);
		expect(isStory('nl/verhalen/pagina/2/index.html')).toBe(false);
		expect(isStory('nl/verhalen/rss.xml')).toBe(false);
		expect(isStory('nl/specialismen/liesbreukcentrum/index.html')).toBe(false);
	});
});

describe('budget (b): a story page with its CSS is at most 20 KB gzipped', () => {
	// HTML that fits by itself (about 15 KB gzipped), and CSS that pushes it over (about 7.5 KB).
	const text = noise(20_000, 'story');
	const css = `body{--noise:"${noise(10_000, 'css')}"}`;
	const html = page(`<article><h1>Verhaal</h1><p>${text}</p></article>`, '<link rel="stylesheet" href="/_astro/site.css">');

	it('adds the gzipped size of every stylesheet the page links to that of the HTML', () => {
		expect(gzipped(html)).toBeLessThan(20 * KB);
		const breaches = checkBudgets(site({ [STORY]: html, '_astro/site.css': css }), OPTIONS);
		expect(breaches).toHaveLength(1);
		expect(breaches[0]).toMatchObject({ file: STORY, budget: 'story-weight', actual: gzipped(html) + gzipped(css), limit: 20 * KB });
		expect(breaches[0]!.message).toMatch(/^\/nl\/verhalen\/weer-aan-het-werk\/ \(nl\/verhalen\/weer-aan-het-werk\/index\.html\): /);
		expect(breaches[0]!.message).toMatch(/this story weighs \d+\.\d KB gzipped \(HTML \d+\.\d KB \+ 1 stylesheet\(s\) \d+\.\d KB\), more than 20\.0 KB/);
	});

	it('passes the same story with a small stylesheet', () => {
		expect(checkBudgets(site({ [STORY]: html, '_astro/site.css': 'body{margin:0}' }), OPTIONS)).toEqual([]);
	});

	it('gzips each file separately and counts a stylesheet linked twice once', () => {
		const twice = html.replace('</head>', '<link rel="stylesheet" href="/_astro/site.css"><link rel="preload stylesheet" href="/_astro/more.css"></head>');
		const built = site({ [STORY]: twice, '_astro/site.css': css, '_astro/more.css': 'p{color:red}' });
		const measured = measureStory(built, STORY);
		expect(measured.stylesheets).toEqual([
			{ file: '_astro/site.css', gzipped: gzipped(css) },
			{ file: '_astro/more.css', gzipped: gzipped('p{color:red}') },
		]);
		expect(measured.total).toBe(gzipped(twice) + gzipped(css) + gzipped('p{color:red}'));
	});

	it('finds stylesheets under the base path and relative to the page', () => {
		const underBase = html.replace('href="/_astro/site.css"', 'href="/zorgmerk/_astro/site.css"').replace('</head>', '<link rel="stylesheet" href="print.css"></head>');
		const built = site({ [STORY]: underBase, '_astro/site.css': css, 'nl/verhalen/weer-aan-het-werk/print.css': 'a{}' });
		const breaches = checkBudgets(built, { ...OPTIONS, base: '/zorgmerk/' });
		expect(breaches).toMatchObject([{ budget: 'story-weight', actual: gzipped(underBase) + gzipped(css) + gzipped('a{}') }]);
	});

	it('weighs only story pages', () => {
		const built = site({ 'nl/verhalen/index.html': html, 'nl/verhalen/pagina/2/index.html': html, 'nl/over-ons/index.html': html, '_astro/site.css': css });
		expect(checkBudgets(built, OPTIONS)).toEqual([]);
	});

	it('refuses to guess when a stylesheet is not in the build, as with a wrong base path', () => {
		const built = site({ [STORY]: html.replace('/_astro/site.css', '/zorgmerk/_astro/site.css'), '_astro/site.css': css });
		expect(() => checkBudgets(built, OPTIONS)).toThrow('/nl/verhalen/weer-aan-het-werk/ (nl/verhalen/weer-aan-het-werk/index.html): the stylesheet "/zorgmerk/_astro/site.css" is not in the built site');
	});
});

describe('budget (c): the first picture of a story is at most 100 KB on a phone', () => {
	const picture = (avif: string, rest = '') =>
		page(
			`<article><h1>Verhaal</h1><picture><source srcset="${avif}" type="image/avif" sizes="100vw"><source srcset="/_astro/hero-800.webp 800w" type="image/webp"><img src="/_astro/hero.jpg" srcset="/_astro/hero-800.jpg 800w" alt="Een pad" width="1600" height="900"></picture>${rest}</article>`,
		);
	const images = { '_astro/hero-400.avif': 20 * KB, '_astro/hero-800.avif': 150 * KB, '_astro/hero-1200.avif': 30 * KB, '_astro/hero-1600.avif': 300 * KB, '_astro/hero-800.webp': 500 * KB, '_astro/hero.jpg': 900 * KB, '_astro/hero-800.jpg': 900 * KB };

	it('takes the smallest AVIF candidate at least 780 pixels wide (390 px at 2×)', () => {
		const breaches = checkBudgets(site({ [STORY]: picture('/_astro/hero-400.avif 400w, /_astro/hero-800.avif 800w, /_astro/hero-1200.avif 1200w'), ...images }), OPTIONS);
		expect(breaches).toMatchObject([{ file: STORY, budget: 'lcp-image', actual: 150 * KB, limit: 100 * KB }]);
		expect(breaches[0]!.message).toContain("on a phone, this story's first picture is 150.0 KB (/_astro/hero-800.avif, 800 px), more than 100.0 KB");
	});

	it('ignores the larger candidates a phone does not load, whatever their order in srcset', () => {
		expect(checkBudgets(site({ [STORY]: picture('/_astro/hero-1600.avif 1600w, /_astro/hero-1200.avif 1200w, /_astro/hero-400.avif 400w'), ...images }), OPTIONS)).toEqual([]);
	});

	it('lets a picture of exactly 100 KB through', () => {
		const built = site({ [STORY]: picture('/_astro/hero-800.avif 800w'), ...images, '_astro/hero-800.avif': 100 * KB });
		expect(checkBudgets(built, OPTIONS)).toEqual([]);
	});

	it('takes the widest AVIF candidate when none reaches 780 pixels', () => {
		const built = site({ [STORY]: picture('/_astro/hero-400.avif 400w, /_astro/hero-600.avif 600w'), ...images, '_astro/hero-600.avif': 101 * KB });
		expect(checkBudgets(built, OPTIONS)).toMatchObject([{ budget: 'lcp-image', actual: 101 * KB }]);
	});

	it('looks only at the first picture inside the article', () => {
		const later = '<p>Tekst</p><img src="/_astro/hero.jpg" alt="Groot">';
		const built = site({ [STORY]: picture('/_astro/hero-1200.avif 1200w', later).replace('<img src="/logo.svg"', '<img src="/_astro/hero.jpg"'), ...images });
		expect(checkBudgets(built, OPTIONS)).toEqual([]);
	});

	it('falls back to the <img> srcset, then its src, when there is no AVIF source', () => {
		const plain = site({ [STORY]: page('<article><img src="/_astro/hero.jpg" alt="Een pad"></article>'), ...images });
		expect(checkBudgets(plain, OPTIONS)).toMatchObject([{ budget: 'lcp-image', actual: 900 * KB }]);
		const srcset = site({ [STORY]: page('<article><img src="/_astro/hero.jpg" srcset="/_astro/hero-400.avif 400w, /_astro/hero-1200.avif 1200w" alt="Een pad"></article>'), ...images });
		expect(measureStory(srcset, STORY).lcpImage).toEqual({ file: '_astro/hero-1200.avif', width: 1200, bytes: 30 * KB });
		expect(checkBudgets(srcset, OPTIONS)).toEqual([]);
	});

	it('has nothing to check on a story without pictures', () => {
		expect(checkBudgets(site({ [STORY]: page('<article><h1>Verhaal</h1></article>') }), OPTIONS)).toEqual([]);
	});

	it('reads srcset candidates and picks as documented', () => {
		expect(parseSrcset(' a.avif 400w,b.avif  800w , c.avif 2x, d.avif')).toEqual([{ url: 'a.avif', width: 400 }, { url: 'b.avif', width: 800 }, { url: 'c.avif' }, { url: 'd.avif' }]);
		expect(pickCandidate(parseSrcset('a 400w, b 780w, c 1200w'))?.url).toBe('b');
		expect(pickCandidate(parseSrcset('a 400w, b 779w'))?.url).toBe('b');
		expect(pickCandidate(parseSrcset('a 1x, b 2x'))?.url).toBe('a');
		expect(pickCandidate([])).toBeUndefined();
	});
});

describe('budget (d): no listing with more than 24 items', () => {
	const cards = (count: number, inner = '') => Array.from({ length: count }, (_, index) => `<li><article><h2>Verhaal ${index}</h2>${inner}</article></li>`).join('');

	it('reports a listing of 25, naming the page and the listing', () => {
		const breaches = checkBudgets(site({ 'nl/ervaringen/index.html': page(`<ul class="zm-grid" data-listing="testimonials">${cards(25)}</ul>`) }), OPTIONS);
		expect(breaches).toMatchObject([{ file: 'nl/ervaringen/index.html', budget: 'listing-size', actual: 25, limit: 24 }]);
		expect(breaches[0]!.message).toContain('/nl/ervaringen/ (nl/ervaringen/index.html): ');
		expect(breaches[0]!.message).toContain('the listing "testimonials" on this page shows 25 items, more than 24');
	});

	it('passes a listing of 24, even when every card holds a list of its own', () => {
		const html = page(`<ul data-listing>${cards(24, '<ul><li>Liesbreuk</li><li>Patiënten</li></ul>')}</ul>`);
		expect(checkBudgets(site({ 'nl/verhalen/index.html': html }), OPTIONS)).toEqual([]);
		expect(measureListings(html)).toEqual([{ name: '', items: 24 }]);
	});

	it('counts the items of a list inside a marked wrapper', () => {
		const html = page(`<section data-listing="team"><h2>Team</h2><ol>${cards(30)}</ol></section>`);
		expect(checkBudgets(site({ 'nl/team/index.html': html }), OPTIONS)).toMatchObject([{ actual: 30 }]);
	});

	it('ignores lists without the marker, such as a menu or filters', () => {
		expect(checkBudgets(site({ 'nl/index.html': page(`<ul>${cards(40)}</ul>`) }), OPTIONS)).toEqual([]);
	});

	it('takes another limit from the options', () => {
		const html = page(`<ul data-listing>${cards(13)}</ul>`);
		expect(checkBudgets(site({ 'nl/team/index.html': html }), { ...OPTIONS, limits: { listingItems: 12 } })).toMatchObject([{ actual: 13, limit: 12 }]);
	});
});
