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
		getState(): Record<string, unknown> & { auth?: { user?: unknown } };
		dispatch<T>(action: unknown): T;
		subscribe(listener: () => void): () => void;
	};
}

declare module 'decap-cms-core/dist/esm/actions/search.js' {
	/** Lists the entries of `collection` matching `term` (all of them for ''); the result's payload holds them as hits. */
	export function query(namespace: string, collection: string, searchFields: string[], term: string, file?: string, limit?: number): unknown;
}
