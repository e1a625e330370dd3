import { webAddressProblem, type Settings } from '../schemas/settings.ts';

export type Backend = NonNullable<Settings['cms']>;

/** The environment variables that override a web address of settings `cms`, by the field they override. */
const ADDRESS_VARIABLES = { baseUrl: 'CMS_BASE_URL', apiRoot: 'CMS_API_ROOT' } as const;

/**
 * What is wrong with the web addresses given by CMS_BASE_URL and CMS_API_ROOT, checked as the settings' own
 * `cms.baseUrl` and `cms.apiRoot` are (webAddressProblem, src/schemas/settings.ts): the admin's
 * Content-Security-Policy is built from them (backendOrigins), so "https://*" or a quote must not get in.
 *
 * @returns one line per bad variable, "cms.baseUrl (CMS_BASE_URL): <message>"; empty when both are fine or unset
 */
export function backendEnvProblems(env: Record<string, string | undefined> = {}): string[] {
	return Object.entries(ADDRESS_VARIABLES).flatMap(([field, variable]) => {
		const value = env[variable];
		const problem = value ? webAddressProblem(value) : undefined;
		return problem ? [`cms.${field} (${variable}): ${problem}`] : [];
	});
}

/**
 * The Git host the CMS saves to: settings `cms`, overridden by CMS_* environment variables (e.g. for a staging site).
 * @throws Error when CMS_BASE_URL or CMS_API_ROOT is not a valid web address ({@link backendEnvProblems}; reading
 *   the settings, src/settings/read.ts, reports the same problems first, naming the settings file)
 */
export function backendSettings(settings: Settings, env: Record<string, string | undefined> = {}): Backend | undefined {
	const problems = backendEnvProblems(env);
	if (problems.length > 0) throw new Error(problems.join('\n'));
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

/**
 * The origins the admin fetches from at its Git host: the Content-Security-Policy of /admin/ allows exactly these
 * (connect-src). The API (apiRoot, or Decap's default for the host); for GitLab, Gitea and Forgejo also baseUrl, where
 * their PKCE login exchanges its code for a token. GitHub's baseUrl is an OAuth proxy that Decap opens in a pop-up
 * window and never fetches from, so it is not listed.
 *
 * @returns origins such as "https://api.github.com"; empty without a Git host (only `npm run cms` saves then)
 */
export function backendOrigins(backend: Backend | undefined): string[] {
	if (!backend) return [];
	const defaults = { github: 'https://api.github.com', gitlab: 'https://gitlab.com', forgejo: undefined, gitea: undefined };
	const api = backend.apiRoot ?? (backend.backend === 'github' ? defaults.github : (backend.baseUrl ?? defaults[backend.backend]));
	const login = backend.backend === 'github' ? undefined : backend.baseUrl;
	return [...new Set([api, login].filter((address) => address !== undefined).map((address) => new URL(address).origin))];
}

/**
 * Where the admin shows the logged-in editor's picture from (img-src of /admin/): the avatar address the Git host's
 * API gives. GitHub serves every avatar from avatars.githubusercontent.com; GitLab, Gitea and Forgejo from their own
 * address (an uploaded avatar) or from Gravatar (gitlab.com's picture for editors who uploaded none; Gitea and
 * Forgejo may be set up to use it too). An avatar from anywhere else is not shown: the header then has an empty
 * circle, and nothing else changes.
 */
export function backendImageOrigins(backend: Backend | undefined): string[] {
	if (!backend) return [];
	if (backend.backend === 'github') return ['https://avatars.githubusercontent.com'];
	return [...new Set([...backendOrigins(backend), 'https://secure.gravatar.com'])];
}

/** decap-server's port by default, as Decap itself assumes. */
export const DEFAULT_PROXY_PORT = 8081;

/**
 * The port of decap-server, the local server of `npm run cms`: CMS_PROXY_PORT,
 * or 8081. Undefined when CMS_PROXY_PORT is not a port number (1–65535).
 */
export function localProxyPort(env: Record<string, string | undefined> = {}): number | undefined {
	return portNumber(env.CMS_PROXY_PORT, DEFAULT_PROXY_PORT);
}

/** A TCP port written as text ("8081"), `fallback` when empty; undefined when it is not a whole number from 1 to 65535. */
export function portNumber(value: string | undefined, fallback: number): number | undefined {
	const text = value?.trim() || String(fallback);
	const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
	return port >= 1 && port <= 65535 ? port : undefined;
}

/** decap-server's API, as the admin calls it. Decap only calls it when the admin is opened on localhost or 127.0.0.1. */
export function localProxyUrl(env: Record<string, string | undefined> = {}): string {
	return `http://localhost:${localProxyPort(env) ?? DEFAULT_PROXY_PORT}/api/v1`;
}

/** The origins of decap-server (see localProxyPort) the admin may call. */
export function localCmsOrigins(env: Record<string, string | undefined> = {}): string[] {
	const port = localProxyPort(env) ?? DEFAULT_PROXY_PORT;
	return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}
