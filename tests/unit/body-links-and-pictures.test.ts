import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { BODY_PICTURE_SIZES, bodyPicturesPlugin } from '../../src/mdx/render/body-pictures.ts';
import { markdownProcessor } from '../../src/mdx/render/markdown-processor.ts';
import { siteLink, siteLinksPlugin } from '../../src/mdx/render/site-links.ts';

describe('links editors write as site paths get the base path (issue 19, case 6)', () => {
	it.each([
		['/nl/contact/', '/zorgmerk/nl/contact/'],
		['/nl/contact/#route', '/zorgmerk/nl/contact/#route'],
		['/logo.svg', '/zorgmerk/logo.svg'],
		['/', '/zorgmerk/'],
		['https://www.zorgmerk.example/', 'https://www.zorgmerk.example/'],
		['mailto:info@lindeveld.example', 'mailto:info@lindeveld.example'],
		['tel:+3188555090', 'tel:+3188555090'],
		['#wie-wij-zijn', '#wie-wij-zijn'],
		['../../media/gang.jpg', '../../media/gang.jpg'],
		['//andere-site.example/', '//andere-site.example/'],
		['/\\andere-site.example/', '/\\andere-site.example/'],
	])('%s → %s', (url, expected) => {
		expect(siteLink(url, '/zorgmerk/')).toBe(expected);
	});

	it('reads the base with or without its slashes, and changes nothing at the domain root', () => {
		expect(['zorgmerk', '/zorgmerk', 'zorgmerk/'].map((base) => siteLink('/nl/contact/', base))).toEqual(Array(3).fill('/zorgmerk/nl/contact/'));
		expect(siteLink('/nl/contact/', '/')).toBe('/nl/contact/');
	});

	const source = 'Zie [contact](/nl/contact/), [de route][route] en [ons](https://lindeveld.example/).\n\n[route]: /nl/locaties/hoofdgebouw/#parkeren\n';

	it('rewrites links and link definitions in a .md body', async () => {
		const { html } = await markdownToHtml(source, { mdastPlugins: [siteLinksPlugin('/zorgmerk/')] });
		expect([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual(['/zorgmerk/nl/contact/', '/zorgmerk/nl/locaties/hoofdgebouw/#parkeren', 'https://lindeveld.example/']);
	});

	it('leaves every link as written at the domain root', async () => {
		const { html } = await markdownToHtml(source, { mdastPlugins: [siteLinksPlugin('/')] });
		expect(html).toBe(markdownToHtml(source).html);
	});

	it('rewrites them in a story (.mdx), and leaves a CallToAction to its own component', async () => {
		const { code } = await mdxToJs(`${source}\n<CallToAction href="/nl/contact/" label="Bel ons" />\n`, { mdastPlugins: [siteLinksPlugin('/zorgmerk/')] });
		expect([...code.matchAll(/href: "([^"]+)"/g)].map((match) => match[1])).toEqual([
			'/zorgmerk/nl/contact/',
			'/zorgmerk/nl/locaties/hoofdgebouw/#parkeren',
			'https://lindeveld.example/',
			'/nl/contact/',
		]);
	});
});

describe("the site's Markdown processor (astro.config.mjs)", () => {
	it('runs both plugins, and at the domain root leaves site paths as written', async () => {
		const { mdastPlugins, hastPlugins } = markdownProcessor('/').options;
		const processor = await createSatteriMarkdownProcessor({ mdastPlugins, hastPlugins, syntaxHighlight: false });
		const { code } = await processor.render('[Contact](/nl/contact/)\n\n![Gang](../../media/gang.jpg)', { fileURL: new URL('file:///site/content/pages/nl/a.md') });
		expect(code).toContain('href="/nl/contact/"');
		expect(code).toContain('widths');
	});
});

describe('pictures in a .md body get several widths (issue 19, case 7)', () => {
	const render = async (markdown: string) => {
		const processor = await createSatteriMarkdownProcessor({ hastPlugins: [bodyPicturesPlugin()], syntaxHighlight: false });
		return (await processor.render(markdown, { fileURL: new URL('file:///site/content/pages/nl/over-ons.md') })).code;
	};
	const imageProps = (html: string) => [...html.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map((match) => JSON.parse(match[1]!.replaceAll('&quot;', '"')) as Record<string, unknown>);

	it('asks Astro for widths, sizes, lazy loading and async decoding of a picture next to the content', async () => {
		expect(imageProps(await render('![Een lichte gang](../../media/gang.jpg)'))).toEqual([
			{ alt: 'Een lichte gang', widths: ['400', '800', '1200'], sizes: BODY_PICTURE_SIZES, loading: 'lazy', decoding: 'async', src: '../../media/gang.jpg', index: 0 },
		]);
	});

	it('leaves a picture from public/ or another website a plain <img>', async () => {
		const html = await render('![Logo](/logo.svg) ![Kaart](https://kaart.example/x.png)');
		expect(imageProps(html)).toEqual([]);
		expect(html).toContain('<img src="/logo.svg" alt="Logo">');
	});

	it('does nothing in a story, whose pictures BodyPicture renders', async () => {
		const { code } = await mdxToJs('![Een lichte gang](../../media/gang.jpg)\n', { hastPlugins: [bodyPicturesPlugin()] });
		expect(code).not.toContain('widths');
	});
});
