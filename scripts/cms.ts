/**
 * `npm run cms`: edit the content of this working tree through the CMS.
 * Starts the site in development and decap-server, both on 127.0.0.1 only:
 * decap-server has no login, so it must never be reachable from the network.
 * Decap's editorial workflow is not available locally (changes are written
 * straight to content/).
 *
 * The CMS is the bundle a build uses (src/admin/), made first if cms/ changed
 * since (or taken from another copy of the project that made it: see
 * ZORGMERK_CMS_CACHE in the README), so /admin/ opens in seconds and a save
 * does not reload it.
 *
 *   CMS_PORT=4322 npm run cms          the site and the CMS on another port (default 4321)
 *   CMS_PROXY_PORT=8082 npm run cms    decap-server on another port (default 8081); the CMS follows
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { adminBundle } from '../src/admin/admin-bundle.ts';
import { message } from '../src/messages/index.ts';
import { useSettingsEditorLanguage } from '../src/settings/read.ts';
import { localProxyPort, portNumber } from '../src/settings/cms-backend.ts';
import { contentDir } from '../src/settings/paths.ts';

// Messages in the editor's language (settings: editorLanguage).
useSettingsEditorLanguage();

const root = process.cwd();
const host = '127.0.0.1';

/** Messages for the person who runs `npm run cms`, in Dutch and English. */
const messages = {
	badPort: (variable: string, value: string | undefined) => message('cmsScript.badPort', { variable, value: String(value) }),
	portTaken: (port: number, what: 'proxy' | 'site', variable: string) => message('cmsScript.portTaken', { port, what, variable, next: port + 1 }),
	bundling: () => message('cmsScript.bundling'),
	ready: (url: string) => message('cmsScript.ready', { url }),
	stopped: (name: string, code: number | null) => message('cmsScript.stopped', { name, code: String(code) }),
	notContent: (folder: string) => message('cmsScript.notContent', { folder }),
	notStarted: (url: string) => message('cmsScript.notStarted', { url }),
};

function fail(message: string): never {
	console.error(`\n${message}\n`);
	process.exit(1);
}

/** Whether something already listens on 127.0.0.1:port (or on every interface). */
function isTaken(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = net.createServer();
		probe.once('error', () => resolve(true));
		probe.once('listening', () => probe.close(() => resolve(false)));
		probe.listen(port, host);
	});
}

const sitePort = portNumber(process.env.CMS_PORT, 4321);
const proxyPort = localProxyPort(process.env);
if (!sitePort) fail(messages.badPort('CMS_PORT', process.env.CMS_PORT));
if (!proxyPort) fail(messages.badPort('CMS_PROXY_PORT', process.env.CMS_PROXY_PORT));
if (await isTaken(proxyPort)) fail(messages.portTaken(proxyPort, 'proxy', 'CMS_PROXY_PORT'));
if (await isTaken(sitePort)) fail(messages.portTaken(sitePort, 'site', 'CMS_PORT'));

// decap-server edits the repository whose content/ the site is built from (ZORGMERK_CONTENT_DIR, default ./content).
if (path.basename(contentDir) !== 'content') fail(messages.notContent(contentDir));
const repository = path.dirname(contentDir);

// The bundle a build made, here or in another copy of the project (src/admin/shared-bundles.ts); made only when neither has it.
adminBundle(root, path.join(root, '.zorgmerk', 'admin'), { onBundling: () => console.log(messages.bundling()) });

const env = { ...process.env, CMS_PROXY_PORT: String(proxyPort) };
const children: [string, ChildProcess][] = [
	['decap-server', spawn(path.join(root, 'node_modules', '.bin', 'decap-server'), [], { stdio: 'inherit', env: { ...env, MODE: 'fs', BIND_HOST: host, PORT: String(proxyPort), GIT_REPO_DIRECTORY: repository } })],
	[
		'astro dev',
		spawn(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', host, '--port', String(sitePort)], {
			stdio: 'inherit',
			env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		}),
	],
];

let stopping = false;
const stop = (code: number) => {
	stopping = true;
	for (const [, child] of children) child.kill('SIGTERM');
	process.exit(code);
};
for (const [name, child] of children) {
	child.on('exit', (code) => {
		if (stopping) return;
		console.error(`\n${messages.stopped(name, code)}\n`);
		stop(code || 1);
	});
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Say where to go once the CMS answers, not before.
const url = `http://${host}:${sitePort}/admin/`;
const started = Date.now();
while (!stopping) {
	const answered = await fetch(url).then(
		(response) => response.ok,
		() => false,
	);
	if (answered) {
		console.log(`\n${messages.ready(url)}\n`);
		break;
	}
	if (Date.now() - started > 60_000) {
		console.error(`\n${messages.notStarted(url)}\n`);
		break;
	}
	await new Promise((resolve) => setTimeout(resolve, 250));
}
