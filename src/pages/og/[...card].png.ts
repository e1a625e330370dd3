/** The link-preview pictures of home pages, stories and specialties (1200×630 PNG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { getSite } from '../../data/site.ts';
import { cachedCard, openCardCache, type TitleCard } from '../../images/social-card.ts';
import { getRoutes } from '../../routing/routes.ts';
import { urls } from '../../routing/urls.ts';
import { titleCardFor } from '../../seo/social.ts';
import { settings } from '../../settings/index.ts';
import { cacheDir } from '../../settings/paths.ts';

const cache = openCardCache(path.join(cacheDir, 'social-cards'));

export const getStaticPaths = (async () => {
	const site = await getSite();
	return (await getRoutes()).flatMap((route) => {
		const card = titleCardFor(route, site, settings);
		// "/og/nl/verhalen/x.png" → the rest parameter "nl/verhalen/x"
		return card ? [{ params: { card: urls.socialCard(route.path).slice('/og/'.length, -'.png'.length) }, props: { card } }] : [];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const png = await cachedCard(cache, (props as { card: TitleCard }).card);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
