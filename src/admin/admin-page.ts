import { cmsConfig } from '../../cms/config.ts';
import { interfaceLanguage } from '../../cms/interface/index.ts';
import { cmsText } from '../../cms/text/index.ts';
import type { VisitorsSetup } from '../../cms/visitors/setup.ts';
import { visitorsSetup } from '../analytics/analytics.ts';
import { jsonForScriptTag } from '../lib/script-json.ts';
import { withBase } from '../routing/urls.ts';
import type { Settings } from '../schemas/settings.ts';
import { metaPolicy, policyFor } from '../security/headers.ts';
import { editorLanguage } from '../settings/editor-language.ts';

/**
 * The page of the CMS at /admin/: one HTML file carrying the configuration
 * derived from settings (cms/config.ts) and the bundled script (cms/admin.ts,
 * see admin-bundle.ts). The build writes it into the site; `astro dev` and
 * `npm run cms` serve the same page (dev-server.ts).
 *
 * Not a page for visitors: no index, not in the sitemap or the search index.
 * It carries the admin's Content-Security-Policy (src/security/headers.ts) as
 * its first element after the character set, before any script, so the
 * policy holds on hosts that send no headers, as the public pages' does.
 */

/** What cms/admin.ts reads from the page (the element #zorgmerk-cms). */
export interface AdminData {
	/** Decap's configuration (CMS.init). */
	config: Record<string, unknown>;
	/** The organisation's colour, #rrggbb, for the previews. */
	brandColor: string;
	/** The organisation's time zone (IANA name): "today" in the CMS is the day there, as in the build. */
	timeZone: string;
	/** settings consent.maxYears */
	maxYears: number;
	/** The site's languages, the first the default. */
	locales: string[];
	/** What the "Bezoekers" page needs to ask the statistics service; absent when statistics are off. */
	visitors?: VisitorsSetup;
	/** The editor's language (settings editorLanguage, src/settings/editor-language.ts): the save check's messages are in it. */
	editorLanguage: string;
}

export function adminData(settings: Settings, env: Record<string, string | undefined> = {}, base = '/'): AdminData {
	const visitors = visitorsSetup(settings, base);
	return {
		config: cmsConfig(settings, env),
		brandColor: settings.organisation.brandColor,
		timeZone: settings.timeZone,
		maxYears: settings.consent.maxYears,
		locales: [...settings.locales],
		...(visitors ? { visitors } : {}),
		editorLanguage: editorLanguage(settings),
	};
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface AdminPageOptions {
	settings: Settings;
	/** The site's base path, e.g. "/" or "/zorgmerk/". */
	base: string;
	/** The entry script, relative to admin/ ("assets/cms-a1b2c3.js"). */
	script: string;
	/** Environment variables: CMS_* choose another Git host, CMS_PROXY_PORT the local server's port. */
	env?: Record<string, string | undefined>;
}

/** The whole HTML document of /admin/. */
export function adminPage({ settings, base, script, env = {} }: AdminPageOptions): string {
	// The page speaks the CMS's language: the editor's, or the fallback for a language without CMS texts (cms/config.ts).
	const language = interfaceLanguage(editorLanguage(settings));
	const words = cmsText(language).adminPage;
	const organisation = settings.organisation.names[language] ?? settings.organisation.name;
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(language)}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(metaPolicy(policyFor(settings, base, env), { page: 'admin' }))}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="robots" content="noindex, nofollow">',
		`<title>${escapeHtml(words.title)} — ${escapeHtml(organisation)}</title>`,
		`<link rel="icon" href="${escapeHtml(withBase(settings.organisation.logo, base))}" type="image/svg+xml">`,
		`<script type="application/json" id="zorgmerk-cms">${jsonForScriptTag(adminData(settings, env, base))}</script>`,
		`<script type="module" src="${escapeHtml(withBase(`/admin/${script}`, base))}"></script>`,
		'</head>',
		'<body>',
		`<noscript>${escapeHtml(words.noScript)}</noscript>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
