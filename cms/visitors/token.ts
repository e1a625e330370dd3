/**
 * Where the editor's read-only token is kept: in this browser only, never in
 * the repository, the site or Git. By default in sessionStorage, which the
 * browser forgets when the tab closes; in localStorage only when the editor
 * ticks "Onthoud de sleutel op deze computer". One per service and site.
 */
import type { VisitorsSetup } from './setup.ts';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TokenStore {
	/** The token, from this tab or remembered on this computer. */
	get(): string | undefined;
	/** Whether the token is remembered on this computer. */
	remembered(): boolean;
	set(token: string, remember: boolean): void;
	/** Forgets it in both places. */
	forget(): void;
}

export function tokenStore(setup: Pick<VisitorsSetup, 'provider' | 'site'>, storage: { session: KeyValue; local: KeyValue }): TokenStore {
	const key = `zorgmerk.bezoekers.${setup.provider}.${setup.site}`;
	return {
		get: () => storage.session.getItem(key) ?? storage.local.getItem(key) ?? undefined,
		remembered: () => storage.local.getItem(key) !== null,
		set(token, remember) {
			const clean = token.trim();
			(remember ? storage.local : storage.session).setItem(key, clean);
			(remember ? storage.session : storage.local).removeItem(key);
		},
		forget() {
			storage.session.removeItem(key);
			storage.local.removeItem(key);
		},
	};
}
