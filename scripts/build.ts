/**
 * `npm run build`: builds the site into a staging folder and moves it to
 * dist/ only when every step and every check has passed. A failed build
 * removes dist/, so nothing half-built, and nothing an earlier build published
 * that should now be gone (a withdrawn testimonial), can be deployed by mistake.
 *
 * Extra arguments are passed to `astro build` (e.g. `npm run build -- --force`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const dist = path.resolve(process.env.ZORGMERK_DIST ?? 'dist');
// One staging folder per build, so builds running side by side (tests, a developer) never mix.
const staging = path.join(root, '.zorgmerk', 'staging', String(process.pid));
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

fs.rmSync(staging, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, ZORGMERK_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
	fs.rmSync(staging, { recursive: true, force: true });
	fs.rmSync(dist, { recursive: true, force: true });
	console.error(`\nThe build failed; ${path.relative(root, dist) || dist}/ was removed so that nothing half-built can be deployed.`);
	process.exit(result.status ?? 1);
}

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(path.dirname(dist), { recursive: true });
try {
	fs.renameSync(staging, dist);
} catch {
	// dist/ on another disk (e.g. a temporary folder in tests): copy instead of moving.
	fs.cpSync(staging, dist, { recursive: true });
	fs.rmSync(staging, { recursive: true, force: true });
}
console.log(`\nThe site is ready in ${path.relative(root, dist) || dist}/`);
