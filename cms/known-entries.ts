import { query } from 'decap-cms-core/dist/esm/actions/search.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';

/**
 * The testimonials and stories the CMS knows of, for what one entry shows
 * about others: an embedded testimonial's quote and consent in a story's
 * preview, the other items signed on the same consent form, the consent
 * overview. Read through Decap's own store and backend (the same search the
 * "Welke ervaring?" chooser does), so it works with every backend; read again
 * whenever the editor opens an entry or the overview.
 */
export interface KnownEntry {
	collection: string;
	/** The file name without extension, e.g. "wim-2026-11-20". */
	slug: string;
	/** The first language's fields, as the CMS reads them (with list-view.ts's values). */
	data: Record<string, unknown>;
}

const COLLECTIONS = ['testimonials', 'stories'];
const SEARCH_FIELDS: Record<string, string[]> = { testimonials: ['quote'], stories: ['title'] };

let known: KnownEntry[] = [];
let readings = 0;
const listeners = new Set<() => void>();

/** The entries read last, of every collection that carries consent. */
export const knownEntries = (): KnownEntry[] => known;

/** How many times the entries have been read: changes with every reading (for React's useSyncExternalStore). */
export const knownEntriesVersion = (): number => readings;

/** Calls `listener` whenever the entries have been read again; returns the function that stops it. */
export function onKnownEntries(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

let reading: Promise<void> | undefined;

/** Reads every testimonial and story again (once at a time). Needs a logged-in editor. */
export function readKnownEntries(): Promise<void> {
	reading ??= (async () => {
		try {
			const lists = await Promise.all(
				COLLECTIONS.map(async (collection) => {
					const result = await store.dispatch<Promise<{ payload?: { hits?: { slug: string; data: Record<string, unknown> }[] } }>>(
						query(`zorgmerk-${collection}`, collection, SEARCH_FIELDS[collection]!, ''),
					);
					return (result?.payload?.hits ?? []).map((hit) => ({ collection, slug: hit.slug, data: hit.data }));
				}),
			);
			known = lists.flat();
			readings += 1;
			for (const listener of listeners) listener();
		} finally {
			reading = undefined;
		}
	})();
	return reading;
}

/** Reads the entries once an editor has logged in, and again on every visit to an entry or the overview. */
export function keepKnownEntriesFresh(): void {
	const isLoggedIn = () => Boolean(store.getState().auth?.user);
	const refresh = () => {
		if (isLoggedIn() && /^#\/(collections\/[^/]+\/(entries|new)|toestemming)/.test(location.hash)) void readKnownEntries();
	};
	let wasLoggedIn = false;
	store.subscribe(() => {
		if (!wasLoggedIn && isLoggedIn()) {
			wasLoggedIn = true;
			void readKnownEntries();
		}
	});
	window.addEventListener('hashchange', refresh);
}

/** Every other item signed on the same consent form (the same consent.reference), by the rule `npm run consent` uses. */
export function sameForm(reference: string | undefined, except: { collection: string; slug?: string }): KnownEntry[] {
	const wanted = reference?.trim();
	if (!wanted) return [];
	return known.filter(
		(entry) =>
			!(entry.collection === except.collection && entry.slug === except.slug) &&
			((entry.data.consent as { reference?: string } | undefined)?.reference ?? '').trim() === wanted,
	);
}
