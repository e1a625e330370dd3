import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeLeaks, findLeaks, leaksIn } from '../../src/consent/leak-check.ts';
import { leakNeedles, type ContentText } from '../../src/consent/needles.ts';
import type { ConsentItem } from '../../src/consent/register.ts';
import type { Consent } from '../../src/schemas/consent.ts';

const consent = (reference: string, overrides: Partial<Consent> = {}): Consent => ({
	reference,
	grantedOn: '2025-01-01',
	expiresOn: '2028-01-01',
	channels: ['website'],
	photo: false,
	guardian: false,
	...overrides,
});
const today = '2026-11-30';
const HENK = 'Ik zag er als een berg tegenop. De verpleegkundige legde alles rustig uit, en om drie uur zat ik alweer thuis in mijn eigen stoel.';
const STORY_BODY = `## Thuis

Mijn vader wilde thuis sterven, in de kamer met uitzicht op de dijk waar hij zijn hele leven had gewerkt.

<PullQuote quote="Hij hield mijn hand tot het laatst." attribution="Ria, 71" />

<Figure caption="De kamer aan de dijk, waar hij de laatste weken lag en naar de schepen keek">

![Een ziekenhuisbed bij een raam met uitzicht op een dijk](../../media/kamer.jpg)

</Figure>
`;
const items: ConsentItem[] = [
	{ file: 'content/testimonials/marieke.md', type: 'testimonial', slug: 'marieke', data: { quote: 'Binnen een week stond ik weer op de tennisbaan.', consent: consent('TOE-1') } },
	{
		file: 'content/testimonials/henk-jan.md',
		path: '/site/content/testimonials/henk-jan.md',
		type: 'testimonial',
		slug: 'henk-jan',
		data: { quote: HENK, author: { name: 'Henk-Jan', role: 'patient', detail: '62, Weidebroek' }, photo: '../media/henk.jpg', photoAlt: 'Getekend portret van een man met grijs haar', consent: consent('TOE-2', { withdrawnOn: '2026-11-30' }) },
	},
	{
		file: 'content/stories/nl/thuis-sterven.mdx',
		path: '/site/content/stories/nl/thuis-sterven.mdx',
		type: 'story',
		slug: 'thuis-sterven',
		locale: 'nl',
		data: { kind: 'patient', title: 'Thuis sterven: hoe wij afscheid namen van mijn vader in zijn eigen huis', description: 'Ria vertelt hoe haar vader thuis mocht sterven, met hulp van het palliatieve team.', consent: consent('TOE-3', { expiresOn: '2026-11-01' }) },
		body: STORY_BODY,
	},
	{ file: 'content/stories/en/thuis-sterven.mdx', type: 'story', slug: 'thuis-sterven', locale: 'en', data: { kind: 'patient', title: 'Dying at home', slug: 'saying-goodbye-at-home', description: 'Ria tells how her father could die at home, with the help of the palliative team.', consent: consent('TOE-3') } },
	// A breakthrough story about the same person, on the same form as the withdrawn testimonial: it goes too.
	{ file: 'content/stories/nl/nieuwe-aanpak.mdx', type: 'story', slug: 'nieuwe-aanpak', locale: 'nl', data: { kind: 'breakthrough', title: 'Een nieuwe aanpak bij liesbreuken', consent: consent('TOE-2') } },
];
const needles = leakNeedles(items, today);
const found = (file: string, text: string | Buffer) => leaksIn(file, Buffer.isBuffer(text) ? text : Buffer.from(text), needles).map((leak) => `${leak.page} | ${leak.place.kind} | ${leak.needle.source} (${leak.needle.field})${leak.words ? ` | ${leak.words}` : ''}`);

describe('what the leak proof looks for', () => {
	const list = needles.map((needle) => `${needle.kind} ${needle.field}: ${needle.kind === 'picture' ? needle.value.replace('/site/', '') : needle.value.replace(/\s+/g, ' ').trim().slice(0, 40)}${needle.whole ? ' (whole)' : ''} — ${needle.why.state}`);

	it('every consent reference, published or not, and everything of each item that may not be published', () => {
		expect(list).toEqual([
			'reference consent.reference: TOE-1 — reference',
			'reference consent.reference: TOE-2 — withdrawn',
			'slug file name: henk-jan — withdrawn',
			'text quote: Ik zag er als een berg tegenop. De verpl — withdrawn',
			'text photoAlt: Getekend portret van een man met grijs h — withdrawn',
			'text author: Henk-Jan, 62, Weidebroek (whole) — withdrawn',
			// As printed in each language: German, English (the Dutch "patiënt" reads the same), French.
			'text author: Henk-Jan, bei uns behandelt, 62, Weidebr (whole) — withdrawn',
			'text author: Henk-Jan, patient, 62, Weidebroek (whole) — withdrawn',
			'text author: Henk-Jan, personne soignée chez nous, 62 (whole) — withdrawn',
			'picture photo: content/media/henk.jpg — withdrawn',
			'reference consent.reference: TOE-3 — expired',
			'slug file name: thuis-sterven — expired',
			'text title: Thuis sterven: hoe wij afscheid namen va — expired',
			'text description: Ria vertelt hoe haar vader thuis mocht s — expired',
			'text body: Thuis Mijn vader wilde thuis sterven, in — expired',
			'text body (PullQuote quote): Hij hield mijn hand tot het laatst. — expired',
			'text body (picture alt text): Een ziekenhuisbed bij een raam met uitzi — expired',
			'text body (Figure caption): De kamer aan de dijk, waar hij de laatst — expired',
			'picture body (picture): content/media/kamer.jpg — expired',
			// Withdrawn in one language means withdrawn in all.
			// The English translation's own address.
			'slug slug: saying-goodbye-at-home — expired',
			'text title: Dying at home (whole) — expired',
			'text description: Ria tells how her father could die at ho — expired',
			'slug file name: nieuwe-aanpak — withdrawn',
			'text title: Een nieuwe aanpak bij liesbreuken (whole) — withdrawn',
		]);
	});

	it('says why: the date of the withdrawal, or the form it was recorded on for another item signed on it', () => {
		expect(needles.find((needle) => needle.source.endsWith('nieuwe-aanpak.mdx') && needle.kind === 'slug')!.why).toEqual({ state: 'withdrawn', on: '2026-11-30', form: 'content/testimonials/henk-jan.md' });
		expect(needles.find((needle) => needle.source.endsWith('en/thuis-sterven.mdx'))!.why).toEqual({ state: 'expired', on: '2026-11-01' });
	});

	it('does not look for common wording: runs of words three or more other items use', () => {
		const boilerplate = 'Heeft u vragen na de operatie? Bel dan gerust de verpleegkundige van de dagbehandeling.';
		const withdrawn: ConsentItem = { file: 'content/stories/nl/x.mdx', path: '/site/x.mdx', type: 'story', slug: 'x', locale: 'nl', data: { kind: 'patient', title: 'Het verhaal van X uit Weidebroek', consent: consent('T', { withdrawnOn: '2026-01-01' }) }, body: `Mijn eigen woorden over mijn eigen weg door het ziekenhuis heen. ${boilerplate}` };
		const others = (count: number): ContentText[] =>
			Array.from({ length: count }, (_, index) => ({ collection: 'stories', slug: `ander-${index}`, file: `/site/ander-${index}.mdx`, data: { title: `Ander ${index}` }, body: `Iets anders. ${boilerplate}` }));
		const body = (content: ContentText[]) => leakNeedles([withdrawn], today, { content }).find((needle) => needle.field === 'body')!;
		expect(body([]).skip).toBeUndefined();
		// Two other stories with the same words: still looked for (a copy, or two).
		expect(body(others(2)).skip).toBeUndefined();
		const common = body(others(3));
		// Runs stay within a sentence: "Heeft u vragen na de operatie?" is too short to be looked for, the next sentence has two runs.
		expect(common.skip).toHaveLength(2);
		const page = (text: string) => leaksIn('nl/y/index.html', Buffer.from(`<p>${text}</p>`), [common]).length;
		expect(page(boilerplate)).toBe(0);
		expect(page('mijn eigen weg door het ziekenhuis heen')).toBe(1);
	});

	it('always looks for a person’s own words: a withdrawn quote, pull quote or name pasted into three or four published stories is found on each page', () => {
		const quote = 'Mijn kleindochter Noor las me elke avond voor uit de krant, ook toen ik niets meer terugzei.';
		const pullQuote = 'Ze bleef naast me zitten tot ik sliep.';
		const greet: ConsentItem = { file: 'content/testimonials/greet.md', type: 'testimonial', slug: 'greet', data: { quote, author: { name: 'Greet', role: 'patient', detail: '81, Kleiburg' }, consent: consent('T-G', { withdrawnOn: '2026-11-01' }) } };
		const story: ConsentItem = { file: 'content/stories/nl/nachtzorg.mdx', path: '/site/nachtzorg.mdx', type: 'story', slug: 'nachtzorg', locale: 'nl', data: { kind: 'patient', title: 'Nachtzorg', consent: consent('T-N', { withdrawnOn: '2026-11-01' }) }, body: `Een verhaal over de nacht.\n\n<PullQuote quote="${pullQuote}" attribution="Jos, 77, Rietmond" />\n` };
		const pasted = `Een patiënt zei: “${quote}” Greet, 81, Kleiburg. En een ander: “${pullQuote}” Jos, 77, Rietmond.`;
		for (const count of [3, 4]) {
			const stories: ContentText[] = Array.from({ length: count }, (_, index) => ({ collection: 'stories', slug: `verhaal-${index}`, file: `/site/verhaal-${index}.mdx`, data: { title: `Verhaal ${index}` }, body: pasted }));
			const own = leakNeedles([greet, story], today, { content: stories }).filter((needle) => needle.kind === 'text' && needle.field !== 'title' && needle.field !== 'body');
			expect(own.map((needle) => `${needle.field}${needle.skip ? ' (partly common)' : ''}`)).toEqual(['quote', 'author', 'author', 'author', 'author', 'body (PullQuote quote)', 'body (PullQuote attribution)']);
			for (const { slug } of stories) {
				expect(leaksIn(`nl/verhalen/${slug}/index.html`, Buffer.from(`<p>${pasted}</p>`), own).map((leak) => `${leak.page} ${leak.needle.field}`), `${count} stories`).toEqual([
					`nl/verhalen/${slug}/ quote`,
					`nl/verhalen/${slug}/ author`,
					`nl/verhalen/${slug}/ body (PullQuote quote)`,
					`nl/verhalen/${slug}/ body (PullQuote attribution)`,
				]);
			}
		}
	});
});

describe('finding it in a built site', () => {
	it('finds the second sentence of a withdrawn quote pasted into a story, and names the page, place, words and source', () => {
		expect(found('nl/verhalen/een-dag-met-thomas/index.html', '<main><p>Een patiënt zei: “De verpleegkundige legde <em>alles</em> rustig uit, en om drie uur zat ik alweer thuis.”</p></main>')).toEqual([
			'nl/verhalen/een-dag-met-thomas/ | text | content/testimonials/henk-jan.md (quote) | … de verpleegkundige legde alles rustig uit en om drie uur zat ik alweer thuis',
		]);
	});

	it('finds words in every attribute: alt text, meta description, title, aria-label, data-*', () => {
		const page = `<html><head><meta name="description" content="Om drie uur zat ik alweer thuis in mijn eigen stoel, zegt hij."></head>
			<body><img src="/_astro/x.webp" alt="Om drie uur zat ik alweer thuis in mijn eigen stoel"><a title="Thuis sterven: hoe wij afscheid namen van mijn vader">x</a>
			<aside aria-label="De kamer aan de dijk, waar hij de laatste weken lag">…</aside><div data-note="mijn vader wilde thuis sterven in de kamer"></div></body></html>`;
		expect(found('nl/x/index.html', page).map((line) => line.split(' | ').slice(1, 3).join(' | '))).toEqual([
			'meta | content/testimonials/henk-jan.md (quote)',
			'alt | content/testimonials/henk-jan.md (quote)',
			'attribute | content/stories/nl/thuis-sterven.mdx (title)',
			'attribute | content/stories/nl/thuis-sterven.mdx (body (Figure caption))',
			'attribute | content/stories/nl/thuis-sterven.mdx (body)',
		]);
	});

	it('finds the person by name and detail, as written and as the site prints it', () => {
		expect(found('nl/x/index.html', '<p>— Henk-Jan, 62, Weidebroek</p>')).toHaveLength(1);
		expect(found('nl/x/index.html', '<figcaption><span>Henk-Jan</span><span>, patiënt, 62, Weidebroek</span></figcaption>')).toHaveLength(1);
		expect(found('nl/x/index.html', '<p>Henk-Jan uit Weidebroek is 62</p>')).toEqual([]);
	});

	it('finds a person only with their name, however long the line the site prints for them', () => {
		// German prints a relative as "aus dem Kreis der Angehörigen": with the age and place, seven words without the name,
		// as long as a run. A run of it is anyone's (the benchmark's 3,000 stories had seven published people it matched).
		const ria: ConsentItem = { file: 'content/testimonials/ria.md', type: 'testimonial', slug: 'ria', data: { quote: 'Ze belden elke avond even.', author: { name: 'Ria', role: 'relative', detail: '57, Buitenpost' }, consent: consent('T-R', { withdrawnOn: '2026-11-01' }) } };
		const own = leakNeedles([ria], today).filter((needle) => needle.field === 'author');
		expect(own.every((needle) => needle.whole)).toBe(true);
		const leaks = (text: string) => leaksIn('de/x/index.html', Buffer.from(`<p>${text}</p>`), own).map((leak) => leak.words);
		expect(leaks('Ria, aus dem Kreis der Angehörigen, 57, Buitenpost')).toEqual(['ria aus dem kreis der angehorigen 57 buitenpost']);
		expect(leaks('Rob, aus dem Kreis der Angehörigen, 57, Buitenpost')).toEqual([]);
		expect(found('fr/x/index.html', '<p>Henk-Jan, personne soignée chez nous, 62, Weidebroek</p>')).toHaveLength(1);
		expect(found('fr/x/index.html', '<p>Marieke, personne soignée chez nous, 62, Weidebroek</p>')).toEqual([]);
	});

	it('finds a shortened title, a paragraph of a withheld story, a pull quote', () => {
		expect(found('nl/index.html', '<h2>Thuis sterven: hoe wij afscheid namen van mijn vader</h2>')).toHaveLength(1);
		expect(found('nl/index.html', '<p>in de kamer met uitzicht op de dijk waar hij zijn hele leven had gewerkt</p>')).toHaveLength(1);
		expect(found('nl/index.html', '<blockquote>Hij hield mijn hand tot het laatst.</blockquote>')).toHaveLength(1);
	});

	it('finds it in JSON-LD, a feed, a search fragment (under the page it indexes), a stylesheet and a script', () => {
		expect(found('nl/x/index.html', `<script type="application/ld+json">${JSON.stringify({ headline: 'Thuis sterven: hoe wij afscheid namen van mijn vader in zijn eigen huis' }).replace('w', '\\u0077')}</script>`)).toEqual([
			'nl/x/ | json-ld | content/stories/nl/thuis-sterven.mdx (title) | thuis sterven hoe wij afscheid namen van mijn vader in zijn eigen huis',
		]);
		expect(found('nl/verhalen/rss.xml', '<rss><channel><item><description>&lt;p&gt;Om drie uur zat ik &lt;b&gt;alweer&lt;/b&gt; thuis in mijn eigen stoel&lt;/p&gt;</description></item></channel></rss>')).toEqual([
			'nl/verhalen/rss.xml | feed | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel',
		]);
		const fragment = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/nl/verhalen/een-dag/', content: 'Ik zag er als een berg tegenop. De verpleegkundige legde alles rustig uit.', meta: { title: 'Een dag' } })}`));
		expect(found('pagefind/fragment/nl_1a2b.pf_fragment', fragment)).toEqual(['nl/verhalen/een-dag/ | search | content/testimonials/henk-jan.md (quote) | ik zag er als een berg tegenop …']);
		expect(found('_astro/x.css', '.q::after{content:"om drie uur zat ik alweer thuis in"}')).toHaveLength(1);
		expect(found('_astro/x.js', 'const q="om drie uur zat ik alweer\\u00a0thuis in";')).toHaveLength(1);
	});

	it('finds a consent reference anywhere, however written, and a withheld address in links and file names', () => {
		expect(found('nl/index.html', '<p data-ref="TOE-1">x</p>')).toEqual(['nl/ | attribute | content/testimonials/marieke.md (consent.reference)']);
		expect(found('pagefind/index/nl_1.pf_index', gzipSync(Buffer.from('pagefind_dcd\u0004TOE-1\u0018')))).toHaveLength(1);
		expect(found('nl/index.html', '<a href="/nl/verhalen/thuis-sterven/">Lees</a>')).toEqual(['nl/ | address | content/stories/nl/thuis-sterven.mdx (file name)']);
		expect(found('og/nl/verhalen/thuis-sterven.png', '')).toEqual(['og/nl/verhalen/thuis-sterven.png | file name | content/stories/nl/thuis-sterven.mdx (file name)']);
		// A translation at an address of its own is found at that address.
		expect(found('nl/index.html', '<a href="/en/stories/saying-goodbye-at-home/">Read</a>')).toEqual(['nl/ | address | content/stories/en/thuis-sterven.mdx (slug)']);
		expect(found('og/en/stories/saying-goodbye-at-home.png', '')).toEqual(['og/en/stories/saying-goodbye-at-home.png | file name | content/stories/en/thuis-sterven.mdx (slug)']);
	});

	it('finds a quote a reader is shown inside "<!-- … -->" or "<…>" as written: in an attribute, a text, a title, JSON-LD, a search fragment, a feed, a text file', () => {
		// An editor who "commented out" a withdrawn quote in a description published it: the page shows the comment, and
		// search engines and social sites its words. Read as HTML, the words of a comment or tag were left out.
		const commented = '&lt;!-- Om drie uur zat ik alweer thuis in mijn eigen stoel. --&gt;';
		const where = (file: string, text: string | Buffer) => found(file, text).map((line) => line.split(' | ').slice(1, 3).join(' | '));
		expect(where('nl/x/index.html', `<head><title><!-- Om drie uur zat ik alweer thuis in mijn eigen stoel --></title><meta name="description" content="Over ons. ${commented}"></head>`)).toEqual(['page title | content/testimonials/henk-jan.md (quote)', 'meta | content/testimonials/henk-jan.md (quote)']);
		expect(where('nl/x/index.html', `<img src="a.jpg" alt="${commented}"><p>Over ons. ${commented}</p><p>&lt;Om drie uur zat ik alweer thuis in mijn eigen stoel&gt;</p>`)).toEqual(['text | content/testimonials/henk-jan.md (quote)', 'alt | content/testimonials/henk-jan.md (quote)']);
		expect(where('nl/x/index.html', `<script type="application/ld+json">${JSON.stringify({ description: '<!-- Om drie uur zat ik alweer thuis in mijn eigen stoel -->' })}</script>`)).toEqual(['json-ld | content/testimonials/henk-jan.md (quote)']);
		expect(where('pagefind/fragment/nl_1.pf_fragment', Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/nl/x/', content: `Over ons. ${commented}` })}`))).toEqual(['search | content/testimonials/henk-jan.md (quote)']);
		expect(where('nl/rss.xml', `<rss><channel><item><description>&lt;p&gt;Over ons. &amp;lt;!-- Om drie uur zat ik alweer thuis in mijn eigen stoel --&amp;gt;&lt;/p&gt;</description></item></channel></rss>`)).toEqual(['feed | content/testimonials/henk-jan.md (quote)']);
		expect(where('nl/notities.txt', '<!-- Om drie uur zat ik alweer thuis in mijn eigen stoel -->')).toEqual(['contents | content/testimonials/henk-jan.md (quote)']);
		// Found with the markup left out, named once, with the words as read so.
		expect(found('nl/x/index.html', '<p>&lt;b&gt;Om drie uur zat ik&lt;/b&gt; alweer thuis in mijn eigen stoel</p>')).toEqual(['nl/x/ | text | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel']);
	});

	it('reads a file as a browser decodes it: UTF-16 after a byte-order mark, a page or feed in the encoding it declares', () => {
		// A file of public/ is published as it is; read as UTF-8, a UTF-16 page had no words at all.
		const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
		expect(found('oud/index.html', utf16('<p>Om drie uur zat ik alweer thuis in mijn eigen stoel.</p><p data-ref="TOE-1">x</p>'))).toEqual([
			'oud/ | text | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel …',
			'oud/ | attribute | content/testimonials/marieke.md (consent.reference)',
		]);
		expect(found('oud/notities.txt', utf16be('Om drie uur zat ik alweer thuis in mijn eigen stoel. TOE-1'))).toEqual([
			'oud/notities.txt | contents | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel …',
			'oud/notities.txt | contents | content/testimonials/marieke.md (consent.reference)',
		]);
		// "soignée" in windows-1252 is one byte that UTF-8 cannot read: the name with its detail was two other words.
		const french = 'Henk-Jan, personne soignée chez nous, 62, Weidebroek';
		expect(found('fr/oud.html', Buffer.from(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>${french}</p>`, 'latin1'))).toHaveLength(1);
		expect(found('fr/oud.xml', Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>${french}</title></item></channel></rss>`, 'latin1'))).toHaveLength(1);
	});

	it('finds what only the source of a page or feed shows: a comment, a conditional comment, a declaration, a repeated attribute', () => {
		// Not on the screen, but published: anyone who views the source, and every copy of the site, has it.
		expect(found('oud.html', '<p>Oude pagina.</p><!-- Om drie uur zat ik alweer thuis in mijn eigen stoel. -->')).toEqual(['oud.html | contents | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel']);
		expect(found('oud.html', '<!--[if IE]><p>Om drie uur zat ik alweer thuis in mijn eigen stoel.</p><![endif]-->')).toHaveLength(1);
		expect(found('oud.html', '<!DOCTYPE html "Om drie uur zat ik alweer thuis in mijn eigen stoel">')).toHaveLength(1);
		expect(found('oud.html', '<?php // Om drie uur zat ik alweer thuis in mijn eigen stoel ?>')).toHaveLength(1);
		// The tree keeps the first of a repeated attribute, as a browser does; the source holds the second.
		expect(found('oud.html', '<img src="a.jpg" alt="Logo" alt="Om drie uur zat ik alweer thuis in mijn eigen stoel">')).toEqual(['oud.html | contents | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel']);
		expect(found('nl/rss.xml', '<rss><!-- Om drie uur zat ik alweer thuis in mijn eigen stoel --><channel/></rss>')).toEqual(['nl/rss.xml | contents | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel']);
		// Shown on the page too: named where it is shown.
		expect(found('oud.html', '<p>Om drie uur zat ik alweer thuis in mijn eigen stoel.</p><!-- Om drie uur zat ik alweer thuis in mijn eigen stoel. -->')).toEqual(['oud.html | text | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel']);
	});

	it('finds a quote in a page nested deeper than a recursive walk of its tree goes', () => {
		// htmlparser2's streaming parser read it; the tree's replay (html-document.ts) overflowed the stack at about 5,000 levels.
		const deep = `<main>${'<b>'.repeat(20_000)}Om drie uur zat ik alweer thuis in mijn eigen stoel.${'</b>'.repeat(20_000)}</main>`;
		expect(found('nl/x/index.html', deep)).toEqual(['nl/x/ | text | content/testimonials/henk-jan.md (quote) | om drie uur zat ik alweer thuis in mijn eigen stoel']);
	});

	it('does not take words across two sentences of a needle for a run', () => {
		// "… in mijn eigen stoel." ends the quote; a run across its end and another sentence is no leak.
		expect(found('nl/index.html', '<p>Dan zit ik tegenop. De verpleegkundige legde alles rustig uit.</p>')).toEqual([]);
	});

	it('finds a quote of short sentences, each shorter than a run, by runs across them', () => {
		const gerrit: ConsentItem = { file: 'content/testimonials/gerrit.md', type: 'testimonial', slug: 'gerrit', data: { quote: 'Ik was echt bang. Het ging heel goed. Dank aan iedereen daar.', consent: consent('T-G', { withdrawnOn: '2026-11-01' }) } };
		const quote = leakNeedles([gerrit], today).filter((needle) => needle.field === 'quote');
		const leaks = (text: string) => leaksIn('nl/x/index.html', Buffer.from(text), quote).map((leak) => leak.words);
		expect(leaks('<blockquote>„Ik was echt bang. Het ging heel goed. Dank aan iedereen daar.“</blockquote>')).toEqual(['ik was echt bang het ging heel goed dank aan iedereen daar']);
		expect(leaks('<p>Een patiënt: het ging heel goed. Dank aan iedereen daar.</p>')).toEqual(['… het ging heel goed dank aan iedereen daar']);
		expect(leaks('<p>Het ging heel goed.</p>')).toEqual([]);
	});

	it('passes a page that shows only what may be published, and common phrases', () => {
		expect(found('nl/index.html', '<blockquote>Binnen een week stond ik weer op de tennisbaan.</blockquote><p>De verpleegkundige legt alles rustig uit. Om drie uur gaat u naar huis.</p>')).toEqual([]);
	});
});

describe('a built site searched again', () => {
	it('does not search a file again that the last build searched for the same needles, and searches everything again for other needles', async () => {
		const site = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-clean-files-'));
		const cache = path.join(site, '..', `${path.basename(site)}.json`);
		try {
			const write = (file: string, html: string) => {
				fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
				fs.writeFileSync(path.join(site, file), html);
			};
			write('nl/index.html', '<p>Welkom in het ziekenhuis.</p>');
			write('nl/a/index.html', '<p>Om drie uur zat ik alweer thuis in mijn eigen stoel.</p>');
			const search = async (list = needles) => (await findLeaks(site, list, { findings: cache })).map((leak) => `${leak.page} ${leak.needle.field}`);
			expect(await search()).toEqual(['nl/a/ quote']);
			// Both pages are kept, by their path and content, the one with the quote with its leak.
			expect(Object.keys((JSON.parse(fs.readFileSync(cache, 'utf8')) as { files: object }).files)).toHaveLength(2);
			expect(await search()).toEqual(['nl/a/ quote']);
			// A file kept is not read again: recorded as clean by hand, the page with the quote passes.
			const stored = JSON.parse(fs.readFileSync(cache, 'utf8')) as { terms: string; files: Record<string, unknown> };
			const hash = createHash('sha256').update(fs.readFileSync(path.join(site, 'nl/a/index.html'))).digest('hex');
			const key = createHash('sha256').update('nl/a/index.html').update('\0').update(hash).digest('base64url');
			expect(stored.files[key]).toMatchObject({ page: 'nl/a/', leaks: [{ needle: expect.any(Number) }] });
			fs.writeFileSync(cache, JSON.stringify({ ...stored, files: { ...stored.files, [key]: { page: 'nl/a/', pictures: [], leaks: [] } } }));
			expect(await search()).toEqual([]);
			fs.writeFileSync(cache, JSON.stringify(stored));
			write('nl/index.html', '<p>Welkom. Binnen een week stond ik weer op de tennisbaan.</p>');
			const marieke = leakNeedles([{ ...items[0]!, data: { ...items[0]!.data, consent: consent('TOE-1', { withdrawnOn: '2026-11-01' }) } }], today);
			expect(await search(marieke)).toEqual(['nl/ quote']);
			expect(await search()).toEqual(['nl/a/ quote']);
		} finally {
			fs.rmSync(site, { recursive: true, force: true });
			fs.rmSync(cache, { force: true });
		}
	});
});

describe('the report', () => {
	it('tells the editor, in Dutch and English, which page holds what, where, and where it comes from and why it may not be published', () => {
		const leaks = leaksIn('nl/verhalen/een-dag-met-thomas/index.html', Buffer.from('<p>… en om drie uur zat ik alweer thuis in mijn eigen stoel.</p><p data-x="TOE-1"></p>'), needles);
		expect(describeLeaks(leaks)).toMatchInlineSnapshot(`
			"The site was not published: these pages contain what may not be published today [consent.leaksFound]:
			  - nl/verhalen/een-dag-met-thomas/ — text: 'en om drie uur zat ik alweer thuis in mijn eigen stoel' comes from content/testimonials/henk-jan.md (quote), withdrawn on 2026-11-30 [consent.leak]
			  - nl/verhalen/een-dag-met-thomas/ — data-x attribute of <p>: the consent reference "TOE-1" comes from content/testimonials/marieke.md (consent.reference), a consent reference is never published [consent.leak]
			Remove it from the page it is on (often a quote, paragraph or photo was copied into another story), or, for a consent reference, from the text or code that shows it. [consent.leaksFix]"
		`);
	});
});
