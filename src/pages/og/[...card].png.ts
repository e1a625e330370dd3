/**
 * The link-preview pictures of home pages, stories and specialties (1200×630 PNG): which pages get one, and what
 * it shows (titleCardFor, from the published site's routes). The development server serves them from here. A build
 * makes no pages here: it hands the list to the zorgmerk integration, which writes the cards into the built site
 * once Astro has built the pages, copying those kept in the card cache (src/images/link-cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { getSite, type Site } from '../../data/site.ts';
import { handOverLinkCards } from '../../images/link-cards.ts';
import { CardPrefetcher, cachedCard, cardProblems, openCardCache, undrawableTextError, type CardCache, type CardTextField, type TitleCard } from '../../images/social-card.ts';
import { getRoutes, type Route } from '../../routing/routes.ts';
import { urls } from '../../routing/urls.ts';
import { titleCardFor } from '../../seo/social.ts';
import { settings, settingsFile } from '../../settings/index.ts';
import { cacheDir, displayPath } from '../../settings/paths.ts';

// Opened on the first picture asked for: only the development server draws here.
let cache: CardCache | undefined;
let prefetcher: CardPrefetcher | undefined;

export const getStaticPaths = (async () => {
	const site = await getSite();
	const paths = (await getRoutes()).flatMap((route) => {
		const card = titleCardFor(route, site, settings);
		// "/og/nl/verhalen/x.png" → the rest parameter "nl/verhalen/x"
		return card ? [{ params: { card: urls.socialCard(route.path).slice('/og/'.length, -'.png'.length) }, props: { card, route } }] : [];
	});
	// Text the card fonts cannot draw stops the build here, naming the file and field, instead of a box on the picture.
	const undrawable = paths.flatMap(({ props }) =>
		cardProblems(props.card).flatMap(({ field, problems }) => problems.map((problem) => ({ ...textSource(props.route, field, site), message: problem.message }))),
	);
	if (undrawable.length > 0) throw undrawableTextError('link', undrawable);
	if (!import.meta.env.DEV) {
		// "og/nl/verhalen/x.png": the file the page's og:image names, in the built site.
		handOverLinkCards(paths.map(({ props }) => ({ page: props.route.path, file: urls.socialCard(props.route.path).slice(1), card: props.card })));
		return [];
	}
	// The pictures are asked for in this order: draw the next ones while the server sends the current one.
	cache ??= openCardCache(path.join(cacheDir, 'social-cards'));
	prefetcher = new CardPrefetcher(cache, new Map(paths.map(({ params, props }) => [params.card, props.card])));
	return paths.map(({ params, props }) => ({ params, props: { card: props.card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const card = (props as { card: TitleCard }).card;
	cache ??= openCardCache(path.join(cacheDir, 'social-cards'));
	const png = await (prefetcher?.holds(params.card!, card) ? prefetcher.take(params.card!) : cachedCard(cache, card));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

/** The content file and field a text on a page's card comes from (see titleCardFor in src/seo/social.ts). */
function textSource(route: Route, field: CardTextField, site: Site): { file: string; field: string } {
	const settingsSource = (name: string) => ({ file: displayPath(settingsFile), field: name });
	const entrySource = (entry: { filePath?: string } | undefined, name: string) => (entry?.filePath ? { file: displayPath(path.resolve(entry.filePath)), field: name } : settingsSource(name));
	if (field === 'organisation') return settingsSource('organisation.name');
	switch (route.template) {
		case 'home':
			return settingsSource(settings.organisation.tagline[route.locale] ? `organisation.tagline.${route.locale}` : 'organisation.name');
		case 'story':
			return field === 'title'
				? entrySource(route.story, 'title')
				: entrySource(
						site.specialties.find((entry) => entry.id === `${route.locale}/${route.story.data.specialties[0]}`),
						'name',
					);
		case 'specialty':
			return entrySource(route.specialty, 'name');
		default:
			return settingsSource(field);
	}
}
