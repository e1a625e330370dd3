import type { Settings } from '../src/schemas/settings.ts';
import { backendSettings, localProxyUrl } from '../src/settings/cms-backend.ts';
import { collections, MEDIA_FOLDER } from './collections.ts';
import { editorLanguage } from './editor-language.ts';
import { interfaceLanguage } from './interface/index.ts';
import { cmsText } from './text/index.ts';

/**
 * Decap's configuration, written by the build into the admin page. Decap
 * loads no config.yml: everything is here, derived from settings, so the
 * languages and the consent limit are the site's own.
 */
export function cmsConfig(settings: Settings, env: Record<string, string | undefined> = {}): Record<string, unknown> {
	const backend = backendSettings(settings, env);
	const [defaultLocale] = settings.locales;
	// The interface in the editor's language (cms/interface/), English for a language without a file there.
	const language = interfaceLanguage(editorLanguage(settings));
	return {
		load_config_file: false,
		locale: language,
		// On localhost the CMS edits the working tree through `npm run cms` (decap-server, on CMS_PROXY_PORT); elsewhere it uses the Git host.
		local_backend: { url: localProxyUrl(env) },
		backend: backend
			? {
					name: backend.backend,
					repo: backend.repo,
					branch: backend.branch,
					...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
					...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
					...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' } : {}),
					// In the editor's language, like everything the CMS says (cms/text/<code>.ts, commits).
					commit_messages: { ...cmsText(language).commits },
				}
			: // Without a Git host, only `npm run cms` (decap-server on this computer) can save.
				{ name: 'proxy', proxy_url: localProxyUrl(env) },
		// Draft → in review → ready before anything goes live; Decap's Gitea connection cannot do this.
		...(backend?.backend === 'gitea' ? {} : { publish_mode: 'editorial_workflow' }),
		// Uploads from every collection (see MEDIA_FOLDER); each collection says how its entries refer to them.
		media_folder: MEDIA_FOLDER,
		site_url: settings.siteUrl,
		display_url: settings.siteUrl,
		i18n: { structure: 'multiple_folders', locales: settings.locales, default_locale: defaultLocale },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: collections(settings),
	};
}
