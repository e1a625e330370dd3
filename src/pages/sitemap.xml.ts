/** sitemap.xml: every indexable page of the published site, with its last change and its translations. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { lastChangedDays } from '../lib/last-changed.ts';
import { absolute } from '../routing/absolute.ts';
import { getRoutes } from '../routing/routes.ts';
import { buildMeta } from '../seo/meta.ts';
import { lastModifiedDays } from '../seo/last-modified.ts';
import { sitemapXml } from '../seo/sitemap.ts';
import { settings } from '../settings/index.ts';
import { contentDir } from '../settings/paths.ts';

export const GET: APIRoute = async () => {
	const site = await getSite();
	const lastModified = lastModifiedDays(site, lastChangedDays(contentDir));
	const entries = (await getRoutes())
		.filter((route) => !route.noindex)
		.map((route) => {
		const meta = buildMeta(
			{ description: '', path: route.path, alternates: route.alternates, locales: site.locales, xDefault: route.xDefault },
			{ siteUrl: settings.siteUrl, organisation: settings.organisation.name, base: import.meta.env.BASE_URL },
		);
		return { loc: absolute(route.path), lastmod: lastModified(route), alternates: meta.alternates };
	});
	return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
