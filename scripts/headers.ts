/**
 * `npm run headers -- <nginx|apache|vercel>`: prints the security headers for
 * this site's settings in that host's format. Netlify and Cloudflare Pages
 * need nothing: the build writes dist/_headers. See docs/deploying.md.
 *
 *   npm run --silent headers -- nginx > /etc/nginx/snippets/zorgmerk-headers.conf
 *   BASE_PATH=/zorgmerk/ npm run --silent headers -- vercel > vercel.json
 */
import { HOST_FORMATS, policyFor } from '../src/security/headers.ts';
import { settings } from '../src/settings/index.ts';

const host = process.argv[2] as keyof typeof HOST_FORMATS | undefined;
if (!host || !(host in HOST_FORMATS)) {
	console.error(`Name the host: npm run headers -- ${Object.keys(HOST_FORMATS).join('|')}`);
	process.exit(2);
}
process.stdout.write(HOST_FORMATS[host](policyFor(settings, process.env.BASE_PATH || '/', process.env)));
