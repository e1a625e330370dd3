import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedDescription } from '../../src/seo/feed.ts';

/** The stories' RSS feed shows an editor's text as typed, never as HTML (red-team finding 10). */
describe('a story in the RSS feed', () => {
	const feed = (item: { title: string; description: string }) =>
		getRssString({ title: 'Verhalen', description: 'Verhalen van de testkliniek', site: 'https://www.testkliniek.example/nl/', items: [{ ...item, link: 'https://www.testkliniek.example/nl/verhalen/x/' }] });

	it('has its description written as HTML text, then escaped for XML: a reader shows <script> and & as typed', async () => {
		const xml = await feed({ title: 'Voor & na', description: feedDescription('<script>alert(1)</script> Voor & na, "zo" gezegd') });
		expect(xml).toContain('<description>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; Voor &amp;amp; na, &amp;quot;zo&amp;quot; gezegd</description>');
		// A feed reader decodes the XML and then reads the description as HTML: text, no element.
		const html = /<item>.*<description>(.*?)<\/description>/s.exec(xml)![1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
		expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; Voor &amp; na, &quot;zo&quot; gezegd');
		expect(html).not.toMatch(/<[a-z!/]/i);
	});

	it('has its title as plain text, escaped once for XML', async () => {
		expect(await feed({ title: 'Voor & na <b>', description: 'x' })).toContain('<title>Voor &amp; na &lt;b&gt;</title>');
	});

	it('leaves an ordinary description as it is', () => {
		expect(feedDescription('Een verpleegkundige vertelt over een gewone werkdag.')).toBe('Een verpleegkundige vertelt over een gewone werkdag.');
		expect(feedDescription("Ayşe's dag")).toBe('Ayşe&#39;s dag');
	});
});
