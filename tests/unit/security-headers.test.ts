import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyticsOrigins, matomoPixel, statsApiUrl } from '../../src/analytics/analytics.ts';
import { adminPage } from '../../src/admin/admin-page.ts';
import { HOST_FORMATS, headersFile, metaPolicy, policyFor, securityPolicy } from '../../src/security/headers.ts';
import { settings } from '../../src/settings/index.ts';

const directive = (policy: string, name: string) => policy.split('; ').find((entry) => entry.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
	it('allows on public pages only the site itself, and WebAssembly for search', () => {
		const { site } = securityPolicy({ base: '/' });
		expect(directive(site, 'default-src')).toBe("default-src 'none'");
		expect(directive(site, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
		expect(directive(site, 'style-src')).toBe("style-src 'self'");
		expect(directive(site, 'frame-ancestors')).toBe("frame-ancestors 'none'");
		expect(site).not.toContain('unsafe-inline');
	});

	it('lets the admin run Decap, and only the admin, with nothing Decap does not use', () => {
		const { site, admin } = securityPolicy({ base: '/', cmsOrigins: ['https://api.github.com'], cmsImageOrigins: ['https://avatars.githubusercontent.com'] });
		expect(admin.split('; ')).toEqual([
			"default-src 'none'",
			// Its own bundle: never inline, never from another site.
			"script-src 'self' 'unsafe-eval'",
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob: https://avatars.githubusercontent.com",
			"font-src 'self'",
			"connect-src 'self' blob: https://api.github.com",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'none'",
			"frame-ancestors 'none'",
		]);
		expect(site).not.toContain('api.github.com');
		expect(site).not.toContain("'unsafe-eval'");
	});

	it('gives the admin page its own policy as a <meta> tag, the same as its header but for frame-ancestors, also while developing', () => {
		const policy = policyFor(settings, '/');
		expect(metaPolicy(policy, { page: 'admin' })).toBe(policy.admin.replace("; frame-ancestors 'none'", ''));
		expect(metaPolicy(policy, { page: 'admin', development: true })).toBe(metaPolicy(policy, { page: 'admin' }));
		expect(metaPolicy(policy, { page: 'admin' })).toContain("connect-src 'self' blob: https://api.github.com http://localhost:8081 http://127.0.0.1:8081");
		// In the page before any script, for the Git host and decap-server port this build was made for.
		const page = adminPage({ settings, base: '/', script: 'assets/cms-x.js', env: { CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_PROXY_PORT: '8082' } });
		const tag = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
		expect(tag?.[1]).toBe(metaPolicy(policyFor(settings, '/', { CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_PROXY_PORT: '8082' }), { page: 'admin' }));
		expect(tag?.[1]).toContain("connect-src 'self' blob: https://gitlab.com http://localhost:8082 http://127.0.0.1:8082");
		expect(page.indexOf('<meta http-equiv="Content-Security-Policy"')).toBeLessThan(page.indexOf('<script'));
	});

	it('adds the statistics service and the form handler the organisation chose, nothing else', () => {
		const withStats = policyFor(
			{ ...settings, analytics: { provider: 'matomo', url: 'https://statistiek.ziekenhuis.example/matomo', siteId: 3 }, shareYourStory: { endpoint: 'https://formulier.ziekenhuis.example/verhaal' } },
			'/',
		);
		expect(directive(withStats.site, 'img-src')).toBe("img-src 'self' https://statistiek.ziekenhuis.example");
		expect(directive(withStats.site, 'form-action')).toBe("form-action 'self' https://formulier.ziekenhuis.example");
		// With a mailto: address (the default) the page has no form, only a link that opens an e-mail.
		expect(directive(policyFor(settings, '/').site, 'form-action')).toBe("form-action 'self'");
	});

	it('leaves frame-ancestors out of the <meta> version, where browsers ignore it', () => {
		const policy = securityPolicy({ base: '/' });
		expect(metaPolicy(policy)).not.toContain('frame-ancestors');
		expect(metaPolicy(policy)).toContain("default-src 'none'");
		// Only while developing, where Vite injects the site's styles as <style> elements; a build keeps style-src 'self'.
		expect(metaPolicy(policy)).toContain("style-src 'self';");
		expect(metaPolicy(policy, { development: true })).toContain("style-src 'self' 'unsafe-inline';");
		expect(metaPolicy(policy, { development: true }).replaceAll(" 'unsafe-inline'", '')).toBe(metaPolicy(policy));
		expect(metaPolicy(policy)).not.toContain('unsafe-inline');
	});
});

describe('the host formats', () => {
	it('never give a path both policies in _headers, where every matching rule applies', () => {
		const file = headersFile(securityPolicy({ base: '/zorgmerk/' }), ['nl', 'en', 'admin', 'index.html', '_astro', 'sitemap.xml']);
		const paths = file.split('\n').filter((line) => line.startsWith('/'));
		expect(paths).toEqual(['/zorgmerk/*', '/zorgmerk/', '/zorgmerk/nl/*', '/zorgmerk/en/*', '/zorgmerk/index.html', '/zorgmerk/_astro/*', '/zorgmerk/sitemap.xml', '/zorgmerk/admin/*']);
		expect(file.match(/Content-Security-Policy/g)).toHaveLength(paths.length - 1);
	});

	it('are in docs/hosting exactly as `npm run headers` writes them for the demo', () => {
		const policy = policyFor(settings, '/');
		expect(fs.readFileSync('docs/hosting/nginx.conf', 'utf8')).toBe(HOST_FORMATS.nginx(policy));
		expect(fs.readFileSync('docs/hosting/apache.htaccess', 'utf8')).toBe(HOST_FORMATS.apache(policy));
		expect(fs.readFileSync('docs/hosting/vercel.json', 'utf8')).toBe(HOST_FORMATS.vercel(policy));
	});

	it('keep the public policy off /admin/ on Vercel with a lookahead that really excludes it', () => {
		const config = JSON.parse(HOST_FORMATS.vercel(securityPolicy({ base: '/' }))) as { headers: { source: string }[] };
		const publicSource = new RegExp(`^${config.headers[1]!.source}$`);
		expect(publicSource.test('/nl/verhalen/')).toBe(true);
		expect(publicSource.test('/admin/')).toBe(false);
	});
});

describe('cookie-less statistics', () => {
	it('count a page with Matomo through an image address holding the page and its title', () => {
		const pixel = new URL(matomoPixel({ provider: 'matomo', url: 'https://statistiek.ziekenhuis.example/matomo', siteId: 3 }, { url: 'https://www.ziekenhuis.example/nl/', title: 'Home — Ziekenhuis' }));
		expect(pixel.origin + pixel.pathname).toBe('https://statistiek.ziekenhuis.example/matomo/matomo.php');
		expect(Object.fromEntries(pixel.searchParams)).toEqual({ idsite: '3', rec: '1', url: 'https://www.ziekenhuis.example/nl/', action_name: 'Home — Ziekenhuis', send_image: '1' });
	});

	it('are off unless set', () => {
		expect(analyticsOrigins(undefined)).toEqual([]);
		expect(analyticsOrigins({ provider: 'plausible', domain: 'www.ziekenhuis.example', script: 'https://plausible.io/js/script.js' })).toEqual(['https://plausible.io']);
	});

	it("are read by the CMS's Bezoekers page at the service's API, which the admin's policy lets it reach, and only the admin's", () => {
		const matomo = { provider: 'matomo', url: 'https://statistiek.ziekenhuis.example/matomo', siteId: 3 } as const;
		const plausible = { provider: 'plausible', domain: 'www.ziekenhuis.example', script: 'https://plausible.io/js/script.js' } as const;
		expect(statsApiUrl(matomo)).toBe('https://statistiek.ziekenhuis.example/matomo/index.php');
		expect(statsApiUrl(plausible)).toBe('https://plausible.io/api/v2/query');
		expect(statsApiUrl({ ...plausible, statsApi: 'https://www.ziekenhuis.example/statistiek-api/v2/query' })).toBe('https://www.ziekenhuis.example/statistiek-api/v2/query');
		const policy = policyFor({ ...settings, analytics: matomo }, '/');
		const connect = (csp: string) => csp.split('; ').find((directive) => directive.startsWith('connect-src'));
		expect(connect(policy.admin)).toContain('https://statistiek.ziekenhuis.example');
		expect(policyFor({ ...settings, analytics: { ...plausible, statsApi: 'https://stats-proxy.ziekenhuis.example/v2/query' } }, '/').site).not.toContain('stats-proxy');
	});
});
