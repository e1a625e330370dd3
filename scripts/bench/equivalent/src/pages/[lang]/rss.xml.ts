import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { CORPUS_LOCALES } from '../../../../corpus.ts';
import { publishedOn, storiesIn, storyPath } from '../../stories.ts';

export const getStaticPaths = () => CORPUS_LOCALES.map((lang) => ({ params: { lang } }));

/** One feed per language, every published story. */
export async function GET(context: APIContext) {
	const lang = context.params.lang!;
	return rss({
		title: `Stories (${lang})`,
		description: 'Stories of patients and staff',
		site: context.site!,
		items: (await storiesIn(lang)).map((story) => ({ title: story.data.title, description: story.data.description, pubDate: publishedOn(story), link: storyPath(story) })),
	});
}
