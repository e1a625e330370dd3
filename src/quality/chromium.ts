/**
 * The Chromium that the browser tests (tests/support/browser.ts) and `npm run lighthouse` drive, found the same way
 * for both, so that `npm install && npm test` works on a machine with no browser installed. In order:
 *
 * 1. `CHROMIUM_PATH`, when set. Nothing there is an error: a path set by hand is never silently replaced.
 * 2. A Chromium or Chrome installed on the system ({@link systemChromiums}): Debian's /usr/bin/chromium, Fedora's
 *    chromium-browser, Google Chrome on Linux, macOS and Windows. Ubuntu's snap Chromium is passed over: its
 *    confinement keeps it from the temporary profile folders a test gives it
 *    (https://github.com/microsoft/playwright/issues/6485).
 * 3. The Chromium inside the `@sparticuz/chromium` devDependency (its headless shell, brotli-compressed in the npm
 *    package itself: nothing is downloaded). It exists for Linux x64 only. It is unpacked once per version into the
 *    temporary folder (~210 MB, ~3 s), with the NSS libraries it needs and a few fonts, so it runs on a Linux
 *    machine that has neither a browser nor a browser's libraries.
 *
 * `ZORGMERK_BROWSER=bundled` skips 1 and 2 (how CI proves the fallback on a machine that has a system Chromium);
 * `ZORGMERK_BROWSER=system` skips 3.
 *
 * The bundled Chromium sees only its own fonts (Open Sans) and the site's web fonts, never the machine's, so that
 * it renders alike everywhere.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a Chromium was found. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'bundled';

/** A Chromium to start, and how. */
export interface Chromium {
	executablePath: string;
	source: ChromiumSource;
	/** Command-line flags to start it headless without any request to Google's hosts; add a debugging port or let playwright add its own. */
	args: string[];
	/** Environment variables to start it with (the bundled one's libraries and fonts), on top of the process's own. */
	env: Record<string, string>;
}

/**
 * Flags every Chromium gets: no requests to Google's hosts (on machines without internet it otherwise tries them
 * and gets refused), running as root in containers, and drawing in software. With GPU compositing, the bundled
 * Chromium's SwiftShader limits a texture to 8,192 px, and a full-page screenshot of a taller page repeats its top.
 */
export const COMMON_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** Where operating systems put Chromium and Chrome, most likely first. On Windows, under each of the program folders. */
export function systemChromiums(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
	if (platform === 'darwin') {
		const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];
		return [...apps.map((app) => `/Applications/${app}`), ...(env.HOME ? apps.map((app) => `${env.HOME}/Applications/${app}`) : [])];
	}
	if (platform === 'win32') {
		const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
		return roots.flatMap((root) => [path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(root, 'Chromium', 'Application', 'chrome.exe')]);
	}
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];
}

/** True when `file` is Ubuntu's stand-in that starts the snap Chromium (a link into /snap, or a small script naming it). */
export function isSnapLauncher(file: string): boolean {
	if (fs.realpathSync(file).startsWith('/snap/')) return true;
	const { size } = fs.statSync(file);
	return size < 64 * 1024 && /\/snap\/bin\/|\bsnap run\b/.test(fs.readFileSync(file, 'latin1'));
}

/** An executable file (on Windows: a file). */
function isExecutable(file: string): boolean {
	try {
		fs.accessSync(file, process.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

/**
 * Finds the Chromium to use, in the order of this module's description, unpacking the bundled one when it comes to
 * that. `prefer` overrides ZORGMERK_BROWSER: "bundled" for a test that must run the fallback. `env` (default
 * process.env) is where CHROMIUM_PATH and ZORGMERK_BROWSER are read; `systemPaths` (default systemChromiums()) are
 * the places a system Chromium is looked for.
 *
 * @throws Error when CHROMIUM_PATH names no executable, when ZORGMERK_BROWSER has another value than "bundled"
 *   or "system", or when no Chromium was found, naming where it looked and what to do.
 */
export async function findChromium(options: { prefer?: 'bundled' | 'system'; env?: NodeJS.ProcessEnv; systemPaths?: string[] } = {}): Promise<Chromium> {
	const env = options.env ?? process.env;
	const systemPaths = options.systemPaths ?? systemChromiums(process.platform, env);
	const prefer = options.prefer ?? (env.ZORGMERK_BROWSER || undefined);
	if (prefer !== undefined && prefer !== 'bundled' && prefer !== 'system') {
		throw new Error(`ZORGMERK_BROWSER is "${prefer}": leave it unset, or set it to "bundled" (the Chromium of @sparticuz/chromium) or "system" (a Chromium or Chrome installed on this machine).`);
	}
	if (prefer !== 'bundled') {
		if (env.CHROMIUM_PATH) {
			if (!isExecutable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, but there is no program there. Correct it, or unset it to use the Chromium found on this machine.`);
			return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', args: systemArgs(), env: {} };
		}
		const installed = systemPaths.find((file) => isExecutable(file) && !isSnapLauncher(file));
		if (installed) return { executablePath: installed, source: 'system', args: systemArgs(), env: {} };
		if (prefer === 'system') throw new Error(`ZORGMERK_BROWSER=system, but no Chromium or Chrome is installed where this looked: ${systemPaths.join(', ')}.`);
	}
	return bundledChromium(systemPaths);
}

/** A system Chromium runs the "new" headless mode, the one that renders exactly as a visible window does. */
const systemArgs = () => ['--headless=new', ...COMMON_FLAGS];

/**
 * The flags of @sparticuz/chromium's `chromium.args` that Zorgmerk leaves out, by name: they serve AWS Lambda, and
 * would make a page in the tests behave otherwise than in a visitor's browser (no same-origin policy, mixed content,
 * no site isolation, SharedArrayBuffer without cross-origin isolation, one process for everything), draw text
 * otherwise (no font hinting) or composite on SwiftShader's GPU (see COMMON_FLAGS).
 */
export const BUNDLED_FLAGS_LEFT_OUT = [
	'--single-process',
	'--disable-web-security',
	'--allow-running-insecure-content',
	'--disable-site-isolation-trials',
	'--disable-features',
	'--enable-features',
	'--font-render-hinting',
	'--use-gl',
	'--use-angle',
	'--enable-unsafe-swiftshader',
	'--in-process-gpu',
	'--ignore-gpu-blocklist',
];

/** The folder of the installed @sparticuz/chromium, and its version. */
function bundledPackage(): { root: string; version: string } {
	let entry: string;
	try {
		entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
	} catch {
		throw new Error('No Chromium was found on this machine, and @sparticuz/chromium (a devDependency that brings one) is not installed: run npm install.');
	}
	const root = path.resolve(path.dirname(entry), '..');
	const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
	return { root, version };
}

/**
 * The Chromium of @sparticuz/chromium, unpacked into `<temp>/zorgmerk-chromium-<version>/` on first use. Its own
 * `executablePath()` unpacks into the temporary folder itself, shared with any other user of the package and
 * whatever version unpacked first; here it runs in a child process whose temporary folder is a fresh one, which is
 * renamed into place only when complete, so tests and Lighthouse started together never start half a browser.
 */
async function bundledChromium(systemPaths: string[]): Promise<Chromium> {
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(
			`No Chromium or Chrome is installed on this machine (looked at ${systemPaths.join(', ')}), and the one that comes with npm install (@sparticuz/chromium) is for Linux x64 only, not ${process.platform} ${process.arch}. Install Google Chrome or Chromium, or set CHROMIUM_PATH to one.`,
		);
	}
	const { root, version } = bundledPackage();
	const folder = path.join(os.tmpdir(), `zorgmerk-chromium-${version}`);
	const executablePath = path.join(folder, 'chromium');
	if (!isExecutable(executablePath)) unpackBundled(root, folder);
	const libraries = path.join(folder, 'al2023', 'lib');
	const { default: chromium } = await import('@sparticuz/chromium');
	const args = chromium.args.filter((flag) => !BUNDLED_FLAGS_LEFT_OUT.includes(flag.split('=')[0]!));
	return {
		executablePath,
		source: 'bundled',
		args: [...args, ...COMMON_FLAGS.filter((flag) => !args.includes(flag))],
		env: {
			// Its own NSS and expat, for machines without a browser's libraries; the system's come after them.
			LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
			FONTCONFIG_FILE: fontConfiguration(folder),
		},
	};
}

/**
 * The fontconfig file the bundled Chromium reads: the machine's own fonts and settings first, as a visitor's
 * browser has them (the site sets no web font for text: it asks for the system's sans-serif), then the Open Sans
 * that @sparticuz/chromium brings, so that text renders also where the machine has no fonts at all. Written next
 * to the browser when missing or different; returns its path.
 */
function fontConfiguration(folder: string): string {
	const file = path.join(folder, 'fonts', 'zorgmerk-fonts.conf');
	const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(folder, 'fonts', 'fonts')}</dir>
  <cachedir>${path.join(folder, 'fonts-cache')}</cachedir>
</fontconfig>
`;
	if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
		const draft = `${file}.${process.pid}`;
		fs.writeFileSync(draft, text);
		fs.renameSync(draft, file);
	}
	return file;
}

/** Unpacks @sparticuz/chromium's browser, libraries and fonts into `folder`, all or nothing. */
function unpackBundled(packageRoot: string, folder: string): void {
	const staging = fs.mkdtempSync(`${folder}-unpacking-`);
	try {
		const script = `
			import chromium, { inflate } from '@sparticuz/chromium';
			await chromium.executablePath();
			await inflate(${JSON.stringify(path.join(packageRoot, 'bin', 'al2023.tar.br'))});
		`;
		const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
			cwd: path.resolve(packageRoot, '..', '..', '..'),
			env: { ...process.env, TMPDIR: staging, TMP: staging, TEMP: staging },
			encoding: 'utf8',
		});
		if (run.status !== 0) throw new Error(`Unpacking the Chromium of @sparticuz/chromium into ${staging} failed:\n${run.stderr || run.error}`);
		try {
			fs.renameSync(staging, folder);
		} catch (error) {
			// Another process finished first: use its copy.
			if (!isExecutable(path.join(folder, 'chromium'))) throw error;
		}
	} finally {
		fs.rmSync(staging, { recursive: true, force: true });
	}
}
