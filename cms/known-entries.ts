import { currentBackend } from 'decap-cms-core/dist/esm/backend.js';
import { slugFormatter } from 'decap-cms-core/dist/esm/lib/formatters.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { freshReadings } from './fresh-readings.ts';

/**
 * The testimonials and stories the CMS knows of, for what one entry shows
 * about others: an embedded testimonial's quote and consent in a story's
 * preview, the other items signed on the same consent form, the consent
 * overview. Read through Decap's own backend (the one it lists and saves
 * with), so it works with every backend; read again whenever the editor opens
 * an entry or the overview.
 *
 * Every reading asks the backend itself. Decap's search action (`query`,
 * which the "Welke ervaring?" chooser uses) answers a repeated search with the
 * previous answer for ten seconds (`state.search.requests`, see
 * packages/decap-cms-core/src/actions/search.ts, added with
 * https://github.com/decaporg/decap-cms/pull/6902), so a testimonial published
 * less than ten seconds before opening a story was missing from its preview:
 * "niet gevonden".
 */
export interface KnownEntry {
	collection: string;
	/** The file name without extension, e.g. "wim-2026-11-20". */
	slug: string;
	/** The first language's fields, as the CMS reads them (with list-view.ts's values). */
	data: Record<string, unknown>;
}

const COLLECTIONS = ['testimonials', 'stories'];

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

/** Every entry of the collections that carry consent, as Decap's backend lists them now. */
async function readAll(): Promise<KnownEntry[]> {
	const { config, collections } = store.getState();
	const backend = currentBackend(config);
	const lists = await Promise.all(
		COLLECTIONS.map(async (name) => {
			const collection = collections.get(name);
			const entries = collection ? await backend.listAllEntries(collection) : [];
			return entries.map((entry) => ({ collection: name, slug: entry.slug, data: entry.data }));
		}),
	);
	return lists.flat();
}

/**
 * Reads every testimonial and story again, one reading at a time; a request made while one is under way gets the
 * next reading (fresh-readings.ts), which sees what was saved in the meantime. Needs a logged-in editor.
 */
export const readKnownEntries: () => Promise<void> = freshReadings(async () => {
	known = await readAll();
	readings += 1;
	for (const listener of listeners) listener();
});

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

/** Every entry of `collection` (its name) as the backend lists it now, with its translations; [] for a collection of files. */
export async function entriesOf(collection: string): Promise<{ slug: string; data: Record<string, unknown>; i18n?: Record<string, { data?: Record<string, unknown> }> }[]> {
	const { config, collections } = store.getState();
	const found = collections.get(collection);
	return found ? currentBackend(config).listAllEntries(found) : [];
}

/**
 * The file name Decap proposes for a new entry of `collection` with `data` (an Immutable Map, as the entry holds it),
 * before it adds "-1" for a name taken; undefined while the field it is made from is empty.
 */
export function proposedFileName(collection: string, data: unknown): string | undefined {
	const { config, collections } = store.getState() as unknown as { config: { slug?: unknown }; collections: { get(name: string): unknown } };
	try {
		return slugFormatter(collections.get(collection), data, config.slug);
	} catch {
		return undefined;
	}
}
