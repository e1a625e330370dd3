import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedCard, type CardCache, type TitleCard } from './social-card.ts';

/**
 * The link previews of a build (1200×630 PNG, one per home page, story and
 * specialty), written into the built site by the kit instead of rendered by
 * Astro as pages.
 *
 * Which pages get a card is decided once, in src/pages/og/[...card].png.ts,
 * from the published site's routes (getRoutes) and titleCardFor
 * (src/seo/social.ts), where text the fonts cannot draw stops the build. In a
 * build that page hands the list over ({@link handOverLinkCards}) and makes
 * no pages; once Astro has built the site, the zorgmerk integration takes it
 * ({@link takeLinkCards}) and writes each card of a page Astro built in this
 * build ({@link cardsOfBuiltPages}), from the card cache when a whole card
 * with the same content is kept there, else drawn ({@link writeLinkCards}).
 * A second build then copies 3,847 files instead of having Astro render and
 * write 3,847 responses. The development server still serves the cards from
 * that page.
 */

/** One page's link preview. */
export interface LinkCard {
	/** The page's site path, without the base, e.g. "/nl/verhalen/x/". */
	page: string;
	/** The picture's file in the built site, e.g. "og/nl/verhalen/x.png" (urls.socialCard without its leading slash). */
	file: string;
	card: TitleCard;
}

// Astro renders the pages in this process, from its own bundle of the kit's modules: a symbol on globalThis is what
// that bundle and the integration share (as the content check's approved entries do, src/validation/check-content.ts).
const HANDED_OVER = Symbol.for('zorgmerk.link-cards');
type Holder = { [HANDED_OVER]?: LinkCard[] };

/** Hands this build's link previews to the integration, replacing any list handed over before. Called by src/pages/og/. */
export function handOverLinkCards(cards: readonly LinkCard[]): void {
	(globalThis as Holder)[HANDED_OVER] = [...cards];
}

/** The link previews handed over in this process since the last call, or undefined when none were; the list is taken, not left. */
export function takeLinkCards(): LinkCard[] | undefined {
	const holder = globalThis as Holder;
	const cards = holder[HANDED_OVER];
	delete holder[HANDED_OVER];
	return cards;
}

/**
 * The site path of a page as Astro's `astro:build:done` lists what it built:
 * without the leading slash, "" for the root ("/nl/verhalen/x/" →
 * "nl/verhalen/x/"). The kit's paths all end in "/" (trailingSlash: 'always').
 */
export function builtPageName(page: string): string {
	return page.replace(/^\//, '');
}

/**
 * The cards whose page is among `builtPages` (Astro's `pages` in
 * `astro:build:done`, see {@link builtPageName}), and the others: a card is
 * written only for a page published in this build.
 */
export function cardsOfBuiltPages(cards: readonly LinkCard[], builtPages: readonly { pathname: string }[]): { built: LinkCard[]; notBuilt: LinkCard[] } {
	const names = new Set(builtPages.map((page) => page.pathname));
	const built: LinkCard[] = [];
	const notBuilt: LinkCard[] = [];
	for (const card of cards) (names.has(builtPageName(card.page)) ? built : notBuilt).push(card);
	return { built, notBuilt };
}

/**
 * Writes each card into `buildDir` at its {@link LinkCard.file}: the kept
 * card from `cache` when a whole one with the same content is there, else
 * drawn now (and kept). `parallel` cards are made at the same time (default
 * one per core: sharp draws on its own threads).
 *
 * @returns how many were taken from the cache and how many drawn
 * @throws UndrawableCardError for text the fonts cannot draw (src/pages/og/ has named the file and field before)
 */
export async function writeLinkCards(cards: readonly LinkCard[], cache: CardCache, buildDir: string, parallel = Math.max(1, os.availableParallelism())): Promise<{ reused: number; drawn: number }> {
	const before = { reused: cache.reused, drawn: cache.drawn };
	const folders = new Set(cards.map(({ file }) => path.dirname(path.join(buildDir, file))));
	for (const folder of folders) fs.mkdirSync(folder, { recursive: true });
	let next = 0;
	const worker = async () => {
		while (next < cards.length) {
			const { file, card } = cards[next++]!;
			fs.writeFileSync(path.join(buildDir, file), await cachedCard(cache, card));
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, cards.length) }, worker));
	return { reused: cache.reused - before.reused, drawn: cache.drawn - before.drawn };
}
