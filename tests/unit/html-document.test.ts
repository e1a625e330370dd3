import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { findElement, findElements, hasWord, named, parseHtml, parsePage, repeatedAttributes, replay, textOf, type HtmlEvents } from '../../src/lib/html-document.ts';

/** HTML that makes a parser decide: implied and stray end tags, foreign content, entities, raw text, repeated attributes, a page cut short. */
const TRICKY = [
	'<!doctype html><html lang="nl"><head><title>Zorg &amp; herstel <b>niet vet</b></title>',
	'<script type="application/ld+json">{"name":"A &amp; B","x":"</p>"}</script><style>p::after{content:"<i>"}</style></head>',
	'<body><p>Eén<p>twee<div>drie</p>vier</div></br><ul><li>a<li>b<ul><li>c</ul></ul>',
	'<svg><title>Icoon</title><![CDATA[x < y]]><path d="M0"/></svg><noscript><a href="/nl/contact/">Contact</a></noscript>',
	'<img src="a.jpg" alt="Een &quot;foto&quot;" ALT="tweede" data-x=\'y\'><!-- een opmerking --><textarea><b>t</b></textarea>',
	'<table><tr><td>cel<td>cel 2</table><a href=/x?a=1&amp;b=2>link<a href=/y>binnen</a></a><h2>Kop<br>regel</h2>',
	'<!--[if IE]><p>oud</p><![endif]--><?php echo 1 ?><!bogus verklaring></ niet een tag>',
	'<pre><code><a id="in-pre">x</a></code></pre><p>open tot het einde <em>en verder',
].join('');

/** The events htmlparser2's streaming parser gives, text between the same tags joined; comments and declarations too. */
function events(feed: (handler: HtmlEvents) => void): string[] {
	const seen: string[] = [];
	const text = (chunk: string) => {
		if (seen.at(-1)?.startsWith('text ')) seen[seen.length - 1] += chunk;
		else seen.push(`text ${chunk}`);
	};
	feed({
		onopentag: (name, attributes) => seen.push(`open ${name} ${JSON.stringify(attributes)}`),
		ontext: text,
		onclosetag: (name) => seen.push(`close ${name}`),
		oncomment: (data) => seen.push(`comment ${data}`),
		onprocessinginstruction: (name, data) => seen.push(`declaration ${name} ${data}`),
	});
	return seen;
}

describe('one parse of a page for every check', () => {
	it('replays a parsed page as htmlparser2’s streaming parser reads it, for the consent check’s reader', () => {
		const streamed = events((handler) => new Parser(handler, { decodeEntities: true }).end(TRICKY));
		const replayed = events((handler) => replay(parseHtml(TRICKY), handler));
		expect(replayed).toEqual(streamed);
		expect(streamed).toContain('text Zorg & herstel <b>niet vet</b>');
		expect(streamed).toContain('open img {"src":"a.jpg","alt":"Een \\"foto\\"","data-x":"y"}');
		expect(streamed).toContain('comment  een opmerking ');
		expect(streamed).toContain('declaration !doctype !doctype html');
		// The first of a repeated attribute, as a browser; the others are kept apart, for the consent check.
		expect(repeatedAttributes(parseHtml(TRICKY))).toEqual(['tweede']);
		expect(repeatedAttributes(parseHtml('<p>Geen</p>'))).toEqual([]);
	});

	it('reads a page nested deeper than a recursive walk goes as the streaming parser does, and answers questions on it', () => {
		// htmlparser2 parses it; a recursive replay overflowed the stack at about 5,000 levels and stopped the build.
		const deep = `<main>${'<b>'.repeat(20_000)}Diep${'</b>'.repeat(20_000)}<a href="/x">x</a></main>`;
		const page = parseHtml(deep);
		const streamed = events((handler) => new Parser(handler, { decodeEntities: true }).end(deep));
		expect(events((handler) => replay(page, handler))).toEqual(streamed);
		expect(findElements(page, named('b'))).toHaveLength(20_000);
		expect(findElement(page, named('a', 'href'))?.attribs.href).toBe('/x');
		expect(textOf(page)).toBe('Diepx');
	});

	it('decodes a page as a browser does before parsing it: a byte-order mark, else its <meta charset>, else UTF-8', () => {
		const title = (bytes: Buffer) => textOf(findElement(parsePage(bytes), named('title'))!);
		expect(title(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<title>Zorg in één dag</title>', 'utf16le')]))).toBe('Zorg in één dag');
		expect(title(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<title>Zorg in één dag</title>', 'utf16le').swap16()]))).toBe('Zorg in één dag');
		expect(title(Buffer.from('<meta charset="windows-1252"><title>Zorg in één dag</title>', 'latin1'))).toBe('Zorg in één dag');
		expect(title(Buffer.from('\ufeff<meta charset="windows-1252"><title>Zorg in één dag</title>'))).toBe('Zorg in één dag');
		// A page in ASCII bytes cannot be UTF-16, whatever it says; an unknown label is no encoding.
		expect(title(Buffer.from('<meta charset="utf-16"><title>Zorg in één dag</title>'))).toBe('Zorg in één dag');
		expect(title(Buffer.from('<meta charset="klingon"><title>Zorg in één dag</title>'))).toBe('Zorg in één dag');
		expect(parsePage(Buffer.from('\ufeff<p>x</p>')).children.map((node) => node.type)).toEqual(['tag']);
	});

	it('finds elements in document order, reads attributes decoded and text as written', () => {
		const page = parseHtml(TRICKY);
		expect(findElements(page, named('li')).map(textOf)).toEqual(['a', 'bc', 'c']);
		expect(findElements(page, named('a', 'href')).map((link) => link.attribs.href)).toEqual(['/nl/contact/', '/x?a=1&b=2', '/y']);
		expect(findElement(page, named('title'))!.children.length).toBe(1);
		expect(textOf(findElement(page, named('title'))!)).toBe('Zorg & herstel <b>niet vet</b>');
		expect(textOf(findElement(page, named('script', 'type', 'application/ld+json'))!)).toBe('{"name":"A &amp; B","x":"</p>"}');
		expect(textOf(findElement(page, named('h2'))!)).toBe('Kop\nregel');
		expect(findElement(page, named('a', 'id', 'in-pre'))).toBeDefined();
		const list = findElement(page, named('ul'))!;
		expect(findElements(list, named('li'))).toHaveLength(3);
		expect(findElements(findElements(list, named('li'))[1]!, named('li'))).toHaveLength(1);
	});

	it('reads a word in a list of words as CSS’s ~= does', () => {
		expect(hasWord('preload stylesheet', 'stylesheet')).toBe(true);
		expect(hasWord(' stylesheet\t', 'stylesheet')).toBe(true);
		expect(hasWord('stylesheets', 'stylesheet')).toBe(false);
		expect(hasWord(undefined, 'stylesheet')).toBe(false);
	});
});
