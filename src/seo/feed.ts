/**
 * What the stories' RSS feeds (src/pages/[...stories]/rss.xml.ts) say about
 * each story, written so that feed readers show the editor's text as typed.
 *
 * In RSS 2.0 an item's `description` is HTML ("entity-encoded HTML is
 * allowed", https://www.rssboard.org/rss-specification#hrelementsOfLtitemgt),
 * and readers render it: a description "<img src=x onerror=…>" became an
 * image with a script in readers that do not sanitise (red-team finding 10).
 * A description is plain text here, so it is written as HTML text (`<` as
 * `&lt;`, `&` as `&amp;`), which @astrojs/rss then escapes once more for XML:
 * `&amp;lt;img …` in the file, "<img …" on the reader's screen. Titles and
 * categories are plain text in RSS and are only escaped for XML, by
 * @astrojs/rss (as in https://www.rssboard.org/rss-profile#data-types-characterdata).
 */

/**
 * A plain text as the HTML of an RSS item's description.
 *
 * @example feedDescription('Voor & na <b>') // 'Voor &amp; na &lt;b&gt;'
 */
export function feedDescription(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
