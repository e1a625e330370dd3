/**
 * Modules inside Decap's packages that the CMS reads (they carry no types of
 * their own). Pinned by package-lock.json; the CMS bundle imports the very
 * modules Decap itself uses, so they share one store.
 */
/** Decap's phrases for one language (en, fr, de…): nested Polyglot strings. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
	type Phrases = { [key: string]: string | Phrases };
	const phrases: Phrases;
	export default phrases;
}

declare module 'decap-cms-core/dist/esm/redux/index.js' {
	export const store: {
		getState(): Record<string, unknown> & { auth?: { user?: unknown }; config: unknown; collections: { get(name: string): unknown } };
		dispatch<T>(action: unknown): T;
		subscribe(listener: () => void): () => void;
	};
}

declare module 'decap-cms-core/dist/esm/backend.js' {
	/** The backend Decap itself uses for `config` (one instance per page). */
	export function currentBackend(config: unknown): {
		/** Every entry of `collection` (Decap's collection from the store), read from the backend on each call, through the collection's format. */
		listAllEntries(collection: unknown): Promise<{ slug: string; data: Record<string, unknown>; i18n?: Record<string, { data?: Record<string, unknown> }> }[]>;
	};
}

declare module 'decap-cms-widget-relation/dist/esm/RelationCache.js' {
	/** The relation field's choices per collection and search, kept for the page's lifetime (one instance, shared by every relation field). */
	const relationCache: {
		/** Forgets every reading of `collection` (its name): the next relation field that asks reads it afresh. */
		invalidateCollection(collection: string): void;
	};
	export default relationCache;
}

declare module 'decap-cms-core/dist/esm/lib/formatters.js' {
	/** The file name Decap makes for a new entry from the collection's slug template and the entry's data (Immutable), before "-1" for a name taken. */
	export function slugFormatter(collection: unknown, entryData: unknown, slugConfig: unknown): string;
}

declare module 'decap-cms-core/dist/esm/actions/search.js' {
	/** Empties Decap's search state, the answers it keeps for ten seconds included. */
	export function clearSearch(): { type: string };
}
