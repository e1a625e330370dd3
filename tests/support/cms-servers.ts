import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cleanEnvironment, projectRoot } from './build.ts';
import { serveStatic } from './serve.ts';

/**
 * The two ways an editor reaches the CMS on their own computer, each on a
 * copy of the demo's content (never this working tree) and on ports of its
 * own, so a developer's `npm run cms` on 4321 and 8081 is left alone:
 * `npm run cms` itself, and the built site's /admin/ with decap-server.
 */
export interface CmsServer {
	/** The address of /admin/. */
	adminUrl: string;
	/** The copy of the repository the CMS edits: its content/ holds what the editor saved. */
	repo: string;
	/** Makes a page talk to this server's decap-server (the built admin looks for it on port 8081). */
	connect(page: Page): Promise<void>;
	stop(): Promise<void>;
}

/** A copy of the demo's content in a repository folder of its own. */
export function contentCopy(): string {
	const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-cms-'));
	fs.cpSync(path.join(projectRoot, 'content'), path.join(repo, 'content'), { recursive: true });
	return repo;
}

/** A TCP port nobody listens on now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

async function waitFor(url: string, child: ChildProcess, output: () => string, seconds = 240): Promise<void> {
	for (let waited = 0; waited < seconds * 4; waited += 1) {
		if (child.exitCode !== null) throw new Error(`${url}: the server stopped (code ${child.exitCode}):\n${output()}`);
		const ok = await fetch(url).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${url} did not answer within ${seconds} s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		// The process group: npm run cms starts astro dev and decap-server of its own.
		process.kill(-child.pid!, 'SIGTERM');
		setTimeout(() => {
			try {
				if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
			} catch {
				// Gone in the meantime.
			}
		}, 5000).unref();
	});
}

/** `npm run cms` (scripts/cms.ts) on a copy of the content, with CMS_PORT and CMS_PROXY_PORT of its own. */
export async function startNpmRunCms(): Promise<CmsServer> {
	const repo = contentCopy();
	const [sitePort, proxyPort] = [await freePort(), await freePort()];
	let output = '';
	const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'cms.ts')], {
		cwd: projectRoot,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...cleanEnvironment(), ZORGMERK_CONTENT_DIR: path.join(repo, 'content'), CMS_PORT: String(sitePort), CMS_PROXY_PORT: String(proxyPort), FORCE_COLOR: '0' },
	});
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
	const adminUrl = `http://127.0.0.1:${sitePort}/admin/`;
	await waitFor(adminUrl, child, () => output);
	return { adminUrl, repo, connect: async () => {}, stop: () => stopChild(child) };
}

/** The built site's /admin/ (dist) served as a host would, and decap-server on a copy of the content. */
export async function startBuiltAdmin(dist: string): Promise<CmsServer> {
	const repo = contentCopy();
	const proxyPort = await freePort();
	let output = '';
	const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'decap-server'), [], {
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...cleanEnvironment(), MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: String(proxyPort), GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
	});
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
	const api = `http://127.0.0.1:${proxyPort}/api/v1`;
	for (let attempt = 0; ; attempt += 1) {
		const answered = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
			(response) => response.ok,
			() => false,
		);
		if (answered) break;
		if (attempt > 200) throw new Error(`decap-server did not start:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const site = await serveStatic(dist);
	return {
		adminUrl: new URL('admin/', site.url).href,
		repo,
		// The built admin calls decap-server where a build without CMS_PROXY_PORT says: 8081. This one is elsewhere.
		connect: async (page) => {
			await page.route(/^http:\/\/(127\.0\.0\.1|localhost):8081\//, (route) => route.continue({ url: route.request().url().replace(/:8081\//, `:${proxyPort}/`) }));
		},
		stop: async () => {
			await site.close();
			await stopChild(child);
		},
	};
}

/** Every file under content/ of `repo` that is new or differs from the demo's, with its bytes. */
export function changedContent(repo: string): Map<string, Buffer> {
	const changed = new Map<string, Buffer>();
	const root = path.join(repo, 'content');
	for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
		const absolute = path.join(root, file);
		if (!fs.statSync(absolute).isFile()) continue;
		const original = path.join(projectRoot, 'content', file);
		const bytes = fs.readFileSync(absolute);
		if (!fs.existsSync(original) || !fs.readFileSync(original).equals(bytes)) changed.set(file.split(path.sep).join('/'), bytes);
	}
	return changed;
}
