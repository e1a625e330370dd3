/** robots.txt: everything may be indexed; pages that must not be say so themselves (noindex). */
import type { APIRoute } from 'astro';
import { absolute } from '../routing/absolute.ts';
import { urls } from '../routing/urls.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(urls.sitemap())}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
