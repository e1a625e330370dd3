/**
 * Modules inside Decap's packages that the CMS reads (they carry no types of
 * their own). Pinned by package-lock.json; the CMS bundle imports the very
 * modules Decap itself uses, so they share one store.
 */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
	const phrases: Record<string, unknown>;
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
		listAllEntries(collection: unknown): Promise<{ slug: string; data: Record<string, unknown> }[]>;
	};
}

