/**
 * `npm run cms`: edit the content of this working tree through the CMS.
 * Starts the site in development and decap-server, both on 127.0.0.1 only:
 * decap-server has no login, so it must never be reachable from the network.
 * Open http://127.0.0.1:4321/admin/ ; Decap's editorial workflow is not
 * available locally (changes are written straight to content/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const children: ChildProcess[] = [
	spawn(bin('decap-server'), [], { stdio: 'inherit', env: { ...process.env, MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: process.env.CMS_PROXY_PORT ?? '8081', GIT_REPO_DIRECTORY: root } }),
	spawn(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }),
];
console.log('\nThe CMS: http://127.0.0.1:4321/admin/  (stop with Ctrl+C)\n');

const stop = (code: number) => {
	for (const child of children) child.kill('SIGTERM');
	process.exit(code);
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
