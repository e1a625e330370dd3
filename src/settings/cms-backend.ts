import type { Settings } from '../schemas/settings.ts';

export type Backend = NonNullable<Settings['cms']>;

/** The Git host the CMS saves to: settings `cms`, overridden by CMS_* environment variables (e.g. for a staging site). */
export function backendSettings(settings: Settings, env: Record<string, string | undefined> = {}): Backend | undefined {
	const fromEnv = {
		...(env.CMS_BACKEND ? { backend: env.CMS_BACKEND as Backend['backend'] } : {}),
		...(env.CMS_REPO ? { repo: env.CMS_REPO } : {}),
		...(env.CMS_BRANCH ? { branch: env.CMS_BRANCH } : {}),
		...(env.CMS_BASE_URL ? { baseUrl: env.CMS_BASE_URL } : {}),
		...(env.CMS_API_ROOT ? { apiRoot: env.CMS_API_ROOT } : {}),
		...(env.CMS_APP_ID ? { appId: env.CMS_APP_ID } : {}),
	};
	const merged = { branch: 'main', ...settings.cms, ...fromEnv };
	return merged.backend && merged.repo ? (merged as Backend) : undefined;
}

/** The API origins the admin talks to: the Content-Security-Policy of /admin/ allows exactly these. */
export function backendOrigins(backend: Backend | undefined): string[] {
	if (!backend) return [];
	const defaults = { github: 'https://api.github.com', gitlab: 'https://gitlab.com', forgejo: undefined, gitea: undefined };
	const api = backend.apiRoot ?? (backend.backend === 'github' ? defaults.github : (backend.baseUrl ?? defaults[backend.backend]));
	return api ? [new URL(api).origin] : [];
}

/** decap-server of `npm run cms`; Decap only calls it when the admin is opened on localhost. */
export const LOCAL_CMS_ORIGINS = ['http://localhost:8081', 'http://127.0.0.1:8081'];
