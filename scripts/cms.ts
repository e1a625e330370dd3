/**
 * `npm run cms`: edit the content of this working tree through the CMS.
 * Starts the site in development and decap-server, both on 127.0.0.1 only:
 * decap-server has no login, so it must never be reachable from the network.
 * Decap's editorial workflow is not available locally (changes are written
 * straight to content/).
 *
 * The CMS is the bundle a build uses (src/admin/), made first if cms/ changed
 * since, so /admin/ opens in seconds and a save does not reload it.
 *
 *   CMS_PORT=4322 npm run cms          the site and the CMS on another port (default 4321)
 *   CMS_PROXY_PORT=8082 npm run cms    decap-server on another port (default 8081); the CMS follows
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { adminBundle, keptBundle } from '../src/admin/admin-bundle.ts';
import { say } from '../src/schemas/primitives.ts';
import { localProxyPort, portNumber } from '../src/settings/cms-backend.ts';
import { contentDir } from '../src/settings/paths.ts';

const root = process.cwd();
const host = '127.0.0.1';

/** Messages for the person who runs `npm run cms`, in Dutch and English. */
const messages = {
	badPort: (variable: string, value: string | undefined) =>
		say(`${variable}="${value}" is geen poortnummer; kies een getal van 1 tot 65535`, `${variable}="${value}" is not a port number; choose a number from 1 to 65535`),
	portTaken: (port: number, what: { nl: string; en: string }, variable: string) =>
		say(
			`Poort ${port} is al in gebruik, waarschijnlijk door een ${what.nl} die nog draait (in een ander venster?). Sluit die af met Ctrl+C, of kies een andere poort: ${variable}=${port + 1} npm run cms`,
			`Port ${port} is already in use, probably by a ${what.en} that is still running (in another window?). Stop it with Ctrl+C, or choose another port: ${variable}=${port + 1} npm run cms`,
		),
	bundling: () => say('De redactieomgeving wordt klaargezet (alleen na een wijziging in cms/, een paar seconden)…', 'Preparing the CMS (only after a change in cms/, a few seconds)…'),
	ready: (url: string) => say(`De redactieomgeving staat klaar: ${url}  (stoppen met Ctrl+C)`, `The CMS is ready: ${url}  (stop with Ctrl+C)`),
	stopped: (name: string, code: number | null) => say(`${name} is gestopt (code ${code}); de redactieomgeving stopt ook.`, `${name} stopped (code ${code}); the CMS stops too.`),
	notContent: (folder: string) =>
		say(`De CMS bewerkt een map die content heet; ZORGMERK_CONTENT_DIR wijst naar ${folder}`, `The CMS edits a folder named content; ZORGMERK_CONTENT_DIR points to ${folder}`),
	notStarted: (url: string) => say(`De site startte niet binnen een minuut op ${url}; zie de meldingen hierboven.`, `The site did not start within a minute at ${url}; see the messages above.`),
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
if (await isTaken(proxyPort)) fail(messages.portTaken(proxyPort, { nl: 'andere `npm run cms` of decap-server', en: 'another `npm run cms` or decap-server' }, 'CMS_PROXY_PORT'));
if (await isTaken(sitePort)) fail(messages.portTaken(sitePort, { nl: 'andere `npm run cms` of `npm run dev`', en: 'another `npm run cms` or `npm run dev`' }, 'CMS_PORT'));

// decap-server edits the repository whose content/ the site is built from (ZORGMERK_CONTENT_DIR, default ./content).
if (path.basename(contentDir) !== 'content') fail(messages.notContent(contentDir));
const repository = path.dirname(contentDir);

const adminCache = path.join(root, '.zorgmerk', 'admin');
if (!keptBundle(root, adminCache)) {
	console.log(messages.bundling());
	adminBundle(root, adminCache);
}

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
