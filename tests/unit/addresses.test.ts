import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { around } from '../../src/i18n/index.ts';
import { addressPieces, isAddressText } from '../../src/lib/addresses.ts';
import { addressLinksPlugin, showsOwnAddress } from '../../src/mdx/render/address-links.ts';
import { markdownProcessor } from '../../src/mdx/render/markdown-processor.ts';

/**
 * E-mail and web addresses shown as text are kept in one piece on a phone (src/lib/addresses.ts): each hyphen is
 * joined to the next character, so no line ends after it. tests/browser/visitors.test.ts checks the layout itself.
 */
describe('an address in pieces', () => {
	it.each([
		['verhalen@ziekenhuis-lindeveld.example', ['verhalen@ziekenhuis', '[-l]', 'indeveld.example']],
		['info@lindeveld.example', ['info@lindeveld.example']],
		['a-b-c@x--y.nl', ['a', '[-b]', '[-c]', '@x', '[--y]', '.nl']],
		['https://www.zorg-kaart.nl/x-', ['https://www.zorg', '[-k]', 'aart.nl/x-']],
		['-begin@x.nl', ['[-b]', 'egin@x.nl']],
	])('%s', (address, expected) => {
		const pieces = addressPieces(address);
		expect(pieces.map(({ text, joined }) => (joined ? `[${text}]` : text))).toEqual(expected);
		// Nothing added or lost: copied, read aloud and searched as written.
		expect(pieces.map((piece) => piece.text).join('')).toBe(address);
	});
});

describe('a link in a body that shows its own address', () => {
	it.each([
		['mailto:privacy@ziekenhuis-lindeveld.example', 'privacy@ziekenhuis-lindeveld.example', true],
		['https://www.zorgkaart.nl/lindeveld', 'https://www.zorgkaart.nl/lindeveld', true],
		['https://www.zorgkaart.nl/', 'www.zorgkaart.nl', true],
		['http://www.zorgkaart.nl', 'www.zorgkaart.nl/', true],
		['https://www.x.nl/caf%C3%A9', 'www.x.nl/café', true],
		// The subject and body of a mailto: link are not part of the address it shows (RFC 6068).
		['mailto:secretariaat-mdl@ziekenhuis-lindeveld.example?subject=Vraag%20over%20na-zorg', 'secretariaat-mdl@ziekenhuis-lindeveld.example', true],
		['MAILTO:a@b-c.example?cc=d@e.example&body=Hallo', 'a@b-c.example', true],
		['https://www.zorgkaart.nl/?ref=lindeveld', 'www.zorgkaart.nl', false],
		['mailto:privacy@ziekenhuis.nl', 'Mail ons', false],
		['mailto:privacy@ziekenhuis.nl', 'privacy@ziekenhuis.nl of bel', false],
		['https://www.zorgkaart.nl/', 'Zorgkaart Nederland', false],
		['https://www.zorgkaart.nl/lindeveld', 'www.zorgkaart.nl', false],
	])('%s shown as "%s": %s', (href, text, expected) => {
		expect(showsOwnAddress(href, text)).toBe(expected);
	});

	it('is kept in one piece in a .md body and a story, and a link with words of its own is left as it is', async () => {
		const source = 'Mail <privacy@ziekenhuis-lindeveld.example>, [mail ons](mailto:a@b-c.example) of zie [www.zorg-kaart.nl](https://www.zorg-kaart.nl/).\n';
		const { html } = await markdownToHtml(source, { hastPlugins: [addressLinksPlugin()] });
		expect(html).toBe(
			'<p>Mail <a href="mailto:privacy@ziekenhuis-lindeveld.example" class="zm-address">privacy@ziekenhuis<span class="zm-address-join">-l</span>indeveld.example</a>, ' +
				'<a href="mailto:a@b-c.example">mail ons</a> of zie ' +
				'<a href="https://www.zorg-kaart.nl/" class="zm-address">www.zorg<span class="zm-address-join">-k</span>aart.nl</a>.</p>\n',
		);
		const { code } = await mdxToJs('Zie [x@y-z.example](mailto:x@y-z.example).\n', { hastPlugins: [addressLinksPlugin()] });
		expect(code.replace(/\s+/g, '')).toContain('href:"mailto:x@y-z.example",className:"zm-address",children:["x@y",_jsx(_components.span,{className:"zm-address-join",children:"-z"}),".example"]');
	});

	it("by the site's Markdown processor", async () => {
		const { mdastPlugins, hastPlugins } = markdownProcessor('/').options;
		const processor = await createSatteriMarkdownProcessor({ mdastPlugins, hastPlugins, syntaxHighlight: false });
		const { code } = await processor.render('Mail <privacy@ziekenhuis-lindeveld.example>.', { fileURL: new URL('file:///site/content/pages/nl/privacy.md') });
		expect(code).toContain('class="zm-address">privacy@ziekenhuis<span class="zm-address-join">-l</span>indeveld.example</a>');
	});
});

describe('an address in a body, however it is written', () => {
	/** The HTML of `source` by the site's own Markdown processor, with smart punctuation on as in Astro's defaults. */
	async function rendered(source: string): Promise<string> {
		const { mdastPlugins, hastPlugins } = markdownProcessor('/').options;
		const processor = await createSatteriMarkdownProcessor({ mdastPlugins, hastPlugins, syntaxHighlight: false });
		return (await processor.render(source, { fileURL: new URL('file:///site/content/pages/nl/x.md') })).code;
	}

	it('keeps a bold or emphasised address link in one piece', async () => {
		expect(await rendered('Mail [**vet-adres@ziekenhuis-lindeveld.example**](mailto:vet-adres@ziekenhuis-lindeveld.example).')).toContain(
			'<a href="mailto:vet-adres@ziekenhuis-lindeveld.example" class="zm-address"><strong>vet<span class="zm-address-join">-a</span>dres@ziekenhuis<span class="zm-address-join">-l</span>indeveld.example</strong></a>',
		);
		expect(await rendered('Zie [*www.zorg-kaart.example*](https://www.zorg-kaart.example/) of [**zorg**-team@x.example](mailto:zorg-team@x.example).')).toContain(
			'class="zm-address"><em>www.zorg<span class="zm-address-join">-k</span>aart.example</em></a>',
		);
	});

	it('shows double hyphens, dots and apostrophes as typed, where smart punctuation would make dashes of them', async () => {
		const html = await rendered("Schrijf naar [poli-long-en-hart--team@a-b.example](mailto:poli-long-en-hart--team@a-b.example), [x---y@z.example](mailto:x---y@z.example) of [www.a--b.example/x...y](https://www.a--b.example/x...y). Een -- streepje.");
		expect(html).toContain('class="zm-address">poli<span class="zm-address-join">-l</span>ong<span class="zm-address-join">-e</span>n<span class="zm-address-join">-h</span>art<span class="zm-address-join">--t</span>eam@a<span class="zm-address-join">-b</span>.example</a>');
		expect(html).toContain('class="zm-address">x<span class="zm-address-join">---y</span>@z.example</a>');
		expect(html).toContain('class="zm-address">www.a<span class="zm-address-join">--b</span>.example/x...y</a>');
		// Prose keeps its smart punctuation.
		expect(html).toContain('Een – streepje.');
	});

	it('keeps an address in an inline code span in one piece, and leaves code blocks and other code alone', async () => {
		const html = await rendered('Code: `zorg-team@ziekenhuis-lindeveld.example` en `www.zorg-kaart.example` en `npm run build-site`.\n\n```\nzorg-team@ziekenhuis-lindeveld.example\n```\n');
		expect(html).toContain('<code class="zm-address">zorg<span class="zm-address-join">-t</span>eam@ziekenhuis<span class="zm-address-join">-l</span>indeveld.example</code>');
		expect(html).toContain('<code class="zm-address">www.zorg<span class="zm-address-join">-k</span>aart.example</code>');
		expect(html).toContain('<code>npm run build-site</code>');
		expect(html).toContain('<pre><code>zorg-team@ziekenhuis-lindeveld.example\n</code></pre>');
	});

	it('links a bare www. address to https, and leaves an http link the editor wrote', async () => {
		const html = await rendered('Zie www.zorg-kaart.example/na-zorg, WWW.X.example, [www.oud.example](http://www.oud.example) en http://www.http.example.');
		expect(html).toContain('<a href="https://www.zorg-kaart.example/na-zorg" class="zm-address">www.zorg<span class="zm-address-join">-k</span>aart.example/na<span class="zm-address-join">-z</span>org</a>');
		expect(html).toContain('<a href="https://WWW.X.example" class="zm-address">WWW.X.example</a>');
		expect(html).toContain('<a href="http://www.oud.example" class="zm-address">www.oud.example</a>');
		expect(html).toContain('<a href="http://www.http.example" class="zm-address">http://www.http.example</a>');
		const { code } = await mdxToJs('Zie www.zorg-kaart.example.\n', { mdastPlugins: markdownProcessor('/').options.mdastPlugins });
		expect(code).toContain('href: "https://www.zorg-kaart.example"');
	});

	it.each([
		['zorg-team@ziekenhuis-lindeveld.example', true],
		['mailto:zorg-team@ziekenhuis-lindeveld.example', true],
		['https://www.ziekenhuis-lindeveld.example/dag-behandeling/', true],
		['www.ziekenhuis-lindeveld.example', true],
		['npm run build-site', false],
		['a@b', false],
		['x-y', false],
	])('knows whether %j is an address', (text, expected) => {
		expect(isAddressText(text)).toBe(expected);
	});
});

describe('a sentence with an address or a link in it', () => {
	it('is split around its placeholder, wherever the language puts it, with the others filled in', () => {
		expect(around('nl', 'share.call', 'phone')).toEqual(['Liever bellen? Bel ', ' en vraag naar het communicatieteam.']);
		const [before, after] = around('en', 'share.whereMail', 'address', { organisation: 'Lindeveld Hospital' });
		expect(before).toBe('Your e-mail reaches the communication team of Lindeveld Hospital, at ');
		expect(after).toBe('. Only that team reads it. Nothing is published without your written consent.');
	});
});
