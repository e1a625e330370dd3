/** The link-preview pictures of home pages, stories and specialties (1200×630 PNG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { getSite } from '../../data/site.ts';
import { CardPrefetcher, cachedCard, openCardCache, type TitleCard } from '../../images/social-card.ts';
import { getRoutes } from '../../routing/routes.ts';
import { urls } from '../../routing/urls.ts';
import { titleCardFor } from '../../seo/social.ts';
import { settings } from '../../settings/index.ts';
import { cacheDir } from '../../settings/paths.ts';

const cache = openCardCache(path.join(cacheDir, 'social-cards'));
let prefetcher: CardPrefetcher | undefined;

export const getStaticPaths = (async () => {
	const site = await getSite();
	const paths = (await getRoutes()).flatMap((route) => {
		const card = titleCardFor(route, site, settings);
		// "/og/nl/verhalen/x.png" → the rest parameter "nl/verhalen/x"
		return card ? [{ params: { card: urls.socialCard(route.path).slice('/og/'.length, -'.png'.length) }, props: { card } }] : [];
	});
	// The pictures are asked for in this order: draw the next ones while Astro writes the current one.
	prefetcher = new CardPrefetcher(cache, new Map(paths.map(({ params, props }) => [params.card, props.card])));
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const card = (props as { card: TitleCard }).card;
	const png = await (prefetcher?.holds(params.card!, card) ? prefetcher.take(params.card!) : cachedCard(cache, card));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
