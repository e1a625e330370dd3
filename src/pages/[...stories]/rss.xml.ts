/** An RSS feed of each language's stories, newest first: /nl/verhalen/rss.xml, /en/stories/rss.xml. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { findEntry, getSite, storiesFor } from '../../data/site.ts';
import { t } from '../../i18n/index.ts';
import { absolute } from '../../routing/absolute.ts';
import { paths } from '../../routing/paths.ts';
import { urls } from '../../routing/urls.ts';
import type { Locale } from '../../schemas/primitives.ts';
import { feedDescription } from '../../seo/feed.ts';
import { settings } from '../../settings/index.ts';

export const getStaticPaths = (() =>
	settings.locales.map((locale) => ({ params: { stories: urls.storiesFeed(locale).slice(1, -'/rss.xml'.length) }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const site = await getSite();
	const organisation = settings.organisation.names[locale];
	return rss({
		title: `${t(locale, 'stories.title')} — ${organisation}`,
		description: t(locale, 'stories.description', { organisation }),
		site: absolute(urls.home(locale)),
		trailingSlash: true,
		customData: `<language>${locale}</language>`,
		items: storiesFor(site, locale).map((story) => ({
			title: story.data.title,
			// HTML in RSS: the editor's text as text, not as markup (src/seo/feed.ts).
			description: feedDescription(story.data.description),
			link: absolute(paths.story(story)),
			pubDate: new Date(`${story.data.publishedOn}T00:00:00Z`),
			categories: story.data.specialties.flatMap((slug) => findEntry(site.specialties, locale, slug)?.data.name ?? []),
		})),
	});
};
