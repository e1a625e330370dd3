import { analyticsOrigins, statsApiUrl } from '../analytics/analytics.ts';
import type { Settings } from '../schemas/settings.ts';
import { backendImageOrigins, backendOrigins, backendSettings, localCmsOrigins } from '../settings/cms-backend.ts';

/**
 * The HTTP headers every host should send with the site, in one place, and
 * written out in each host's format. Public pages get a strict policy: scripts
 * only from the site itself (Pagefind needs WebAssembly), no inline scripts or
 * styles, no frames, no plugins. The CMS at /admin/ gets a policy of its own,
 * as strict as Decap allows: its bundled script from the site only (no inline
 * script, no CDN), eval (Decap compiles its config schema with ajv), inline
 * styles (its CSS-in-JS), its Git host's API and avatars, and blob: and data:
 * pictures (uploads and the media library). Both policies are also written
 * into the pages themselves, as a <meta> tag ({@link metaPolicy}).
 */
export interface SecurityPolicy {
	/** Sent with every response. */
	common: Record<string, string>;
	/** Content-Security-Policy for the public site. */
	site: string;
	/** Content-Security-Policy for /admin/. */
	admin: string;
	/** The site's base path, e.g. "/" or "/zorgmerk/". */
	base: string;
}

export interface PolicyInputs {
	base: string;
	/** Origins of the cookie-less statistics service, if any. */
	analyticsOrigins?: string[];
	/** Where the share-your-story form may send to, besides the site itself (an https origin or "mailto:"). */
	formTargets?: string[];
	/** The origins the CMS fetches from: its Git host's API and login, decap-server, the statistics API, e.g. "https://api.github.com". */
	cmsOrigins?: string[];
	/** Where the CMS shows pictures from besides the site, blob: and data:: its Git host's avatars, e.g. "https://avatars.githubusercontent.com". */
	cmsImageOrigins?: string[];
}

const directives = (entries: Record<string, string[]>) =>
	Object.entries(entries)
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');

const unique = (values: string[]) => [...new Set(values)];

/**
 * Both policies and the common headers for a site.
 * @returns the policies as header values ("default-src 'none'; script-src …")
 */
export function securityPolicy({ base, analyticsOrigins = [], formTargets = [], cmsOrigins = [], cmsImageOrigins = [] }: PolicyInputs): SecurityPolicy {
	const site = directives({
		'default-src': ["'none'"],
		'script-src': unique(["'self'", "'wasm-unsafe-eval'", ...analyticsOrigins]),
		'style-src': ["'self'"],
		'img-src': unique(["'self'", ...analyticsOrigins]),
		'font-src': ["'self'"],
		'connect-src': unique(["'self'", ...analyticsOrigins]),
		'manifest-src': ["'self'"],
		'base-uri': ["'self'"],
		'form-action': unique(["'self'", ...formTargets]),
		'frame-ancestors': ["'none'"],
	});
	// Measured with Decap 3.16 in Chromium: tests/browser/cms.test.ts runs the editor's whole journey under it and fails
	// on any violation; without 'unsafe-eval' Decap does not start, without blob: in connect-src a photo is never saved.
	// No frame-src: Decap's preview frame is about:blank, which frame-src does not govern. Anything else is refused.
	const admin = directives({
		'default-src': ["'none'"],
		// The bundle from the site itself (admin/assets/); eval for ajv, which Decap compiles its config schema with.
		'script-src': ["'self'", "'unsafe-eval'"],
		// Decap's styles are CSS-in-JS (emotion), written into <style> elements as it renders.
		'style-src': ["'self'", "'unsafe-inline'"],
		// A picture an editor picked is shown from a blob: URL; Decap draws a few as data: (the colour swatch's checkerboard,
		// the code editor's drag image); the Git host's avatars.
		'img-src': unique(["'self'", 'data:', 'blob:', ...cmsImageOrigins]),
		'font-src': ["'self'"],
		// blob:: Decap reads a picture an editor picked, from its blob: URL, to send it to the Git host.
		'connect-src': unique(["'self'", 'blob:', ...cmsOrigins]),
		'object-src': ["'none'"],
		'base-uri': ["'self'"],
		'form-action': ["'none'"],
		'frame-ancestors': ["'none'"],
	});
	return {
		common: {
			'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
			'X-Frame-Options': 'DENY',
		},
		site,
		admin,
		base,
	};
}

/** The policy for a site with these settings; `env` may point the CMS at another Git host (CMS_*). */
export function policyFor(settings: Settings, base: string, env: Record<string, string | undefined> = {}): SecurityPolicy {
	// The CMS's "Bezoekers" page asks the statistics service for its figures.
	const statsOrigins = settings.analytics ? [new URL(statsApiUrl(settings.analytics)).origin] : [];
	const backend = backendSettings(settings, env);
	const cmsOrigins = [...backendOrigins(backend), ...localCmsOrigins(env), ...statsOrigins];
	const endpoint = settings.shareYourStory.endpoint;
	// Only an https:// handler gets a form; a mailto: address (the default) is a link, which form-action does not govern.
	const formTargets = endpoint?.startsWith('https:') ? [new URL(endpoint).origin] : [];
	return securityPolicy({ base, analyticsOrigins: analyticsOrigins(settings.analytics), formTargets, cmsOrigins, cmsImageOrigins: backendImageOrigins(backend) });
}

const CSP = 'Content-Security-Policy';

/**
 * A policy for a <meta http-equiv> tag: the public one (default) in every
 * page, the admin's in /admin/ (src/admin/admin-page.ts). It protects pages on
 * hosts that cannot send headers (GitHub Pages, a bare bucket) and error pages
 * the host's header rules do not reach. Browsers ignore frame-ancestors there
 * (and say so in the console), so it is left out and the header stays the
 * main defence against framing. Where a host sends the header too, the
 * browser enforces both: they are the same policy.
 *
 * @param options.page which policy: "site" (default) or "admin"
 * @param options.development the public policy while developing (astro dev, npm run cms): inline styles and scripts
 *   allowed; the admin's never changes, as the development server serves the same page and bundle as a build
 */
export function metaPolicy(policy: SecurityPolicy, { development = false, page = 'site' }: { development?: boolean; page?: 'site' | 'admin' } = {}): string {
	return policy[page]
		.split('; ')
		.filter((directive) => !directive.startsWith('frame-ancestors'))
		// While developing (astro dev, npm run cms) Vite puts the site's styles in <style> elements and Astro adds inline
		// scripts of its own; a build links every style and script as a file.
		.map((directive) => (development && page === 'site' && /^(style|script)-src /.test(directive) ? `${directive} 'unsafe-inline'` : directive))
		.join('; ');
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages). Both apply every rule whose
 * path matches, so the two policies must never match the same path: the
 * public one is set per top-level folder and page of the built site, every
 * one except the admin's.
 */
export function headersFile(policy: SecurityPolicy, topLevel: string[]): string {
	const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	const sitePaths = topLevel.filter((entry) => entry !== 'admin' && !entry.startsWith('_headers')).map((entry) => `${policy.base}${entry.endsWith('.html') || !isFolder(entry) ? entry : `${entry}/*`}`);
	return [
		'# Written by the build from src/security/headers.ts; edit that file, not this one.',
		block(`${policy.base}*`, policy.common),
		block(policy.base, { [CSP]: policy.site }),
		...sitePaths.map((path) => block(path, { [CSP]: policy.site })),
		block(`${policy.base}admin/*`, { [CSP]: policy.admin }),
		'',
	].join('\n\n');
}

/** Top-level entries are files when they have an extension. */
const isFolder = (entry: string) => !/\.[a-z0-9]+$/i.test(entry);

/** An nginx snippet for a `server { }` block. add_header in a location replaces the outer ones, so /admin/ repeats them. */
export function nginxSnippet(policy: SecurityPolicy): string {
	const lines = (headers: Record<string, string>, indent: string) => Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
	return [
		'# Zorgmerk security headers: include this in the server { } block that serves dist/.',
		'# Generated by `npm run headers -- nginx` from src/security/headers.ts.',
		...lines({ ...policy.common, [CSP]: policy.site }, ''),
		'',
		`location ${policy.base}admin/ {`,
		...lines({ ...policy.common, [CSP]: policy.admin }, '\t'),
		'}',
		'',
	].join('\n');
}

/** An .htaccess for Apache (mod_headers): put it in the folder that serves dist/. */
export function apacheConfig(policy: SecurityPolicy): string {
	const set = (name: string, value: string, indent = '') => `${indent}Header always set ${name} "${value}"`;
	const adminPattern = `^${policy.base.replace(/\./g, '\\.')}admin/`;
	return [
		'# Zorgmerk security headers for Apache (needs mod_headers).',
		'# Generated by `npm run headers -- apache` from src/security/headers.ts.',
		'<IfModule mod_headers.c>',
		...Object.entries(policy.common).map(([name, value]) => set(name, value, '\t')),
		`\t<If "%{REQUEST_URI} =~ m#${adminPattern}#">`,
		set(CSP, policy.admin, '\t\t'),
		'\t</If>',
		'\t<Else>',
		set(CSP, policy.site, '\t\t'),
		'\t</Else>',
		'</IfModule>',
		'',
	].join('\n');
}

/** A vercel.json: the public policy on every path except /admin/ (a negative lookahead), so the two never overlap. */
export function vercelConfig(policy: SecurityPolicy): string {
	const list = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
	const base = policy.base.replace(/\/$/, '');
	return `${JSON.stringify(
		{
			headers: [
				{ source: `${base}/(.*)`, headers: list(policy.common) },
				{ source: `${base}/((?!admin/).*)`, headers: list({ [CSP]: policy.site }) },
				{ source: `${base}/admin/(.*)`, headers: list({ [CSP]: policy.admin }) },
			],
		},
		null,
		2,
	)}\n`;
}

export const HOST_FORMATS = { nginx: nginxSnippet, apache: apacheConfig, vercel: vercelConfig } as const;
