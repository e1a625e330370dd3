import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { CORPUS_LOCALES } from '../../../../corpus.ts';
import { paths, publishedOn, storiesIn } from '../../site.ts';
import { textFor } from '../../text.ts';

export const getStaticPaths = () => CORPUS_LOCALES.map((lang) => ({ params: { lang } }));

/** One feed per language, every published story. */
export async function GET(context: APIContext) {
	const lang = context.params.lang!;
	const text = textFor(lang);
	return rss({
		title: `${text.stories}, ${text.hospital}`,
		description: text.stories,
		site: context.site!,
		items: (await storiesIn(lang)).map((story) => ({ title: story.data.title, description: story.data.description, pubDate: publishedOn(story), link: paths.story(story) })),
	});
}
