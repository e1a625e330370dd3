/** sitemap.xml with hreflang alternates (https://www.sitemaps.org, Google's xhtml:link extension). */

export interface SitemapEntry {
	/** Absolute URL. */
	loc: string;
	/** YYYY-MM-DD */
	lastmod?: string;
	alternates: { hreflang: string; href: string }[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(entries: SitemapEntry[]): string {
	const urls = entries.map((entry) =>
		[
			'  <url>',
			`    <loc>${escapeXml(entry.loc)}</loc>`,
			...(entry.lastmod ? [`    <lastmod>${entry.lastmod}</lastmod>`] : []),
			...entry.alternates.map((alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${escapeXml(alternate.href)}"/>`),
			'  </url>',
		].join('\n'),
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		'',
	].join('\n');
}

/** The latest of some YYYY-MM-DD days, or undefined when there are none. */
export function latestDay(days: (string | undefined)[]): string | undefined {
	return days.filter((day): day is string => Boolean(day)).sort().at(-1);
}
