/**
 * Which Chromium the browser tests and Lighthouse start (src/quality/chromium.ts): CHROMIUM_PATH, else a system
 * Chromium or Chrome, else the one @sparticuz/chromium brings. The last is proven by tests/browser/bundled-chromium.test.ts;
 * here the order and the errors, with stand-in programs in a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_FLAGS_LEFT_OUT, COMMON_FLAGS, findChromium, isSnapLauncher, systemChromiums } from '../../src/quality/chromium.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-chromium-test-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A stand-in program (a shell script) at `name` in the temporary folder. */
function program(name: string, text = '#!/bin/sh\nexit 0\n'): string {
	const file = path.join(folder, name);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text, { mode: 0o755 });
	return file;
}

describe.skipIf(process.platform === 'win32')('finding Chromium', () => {
	const debian = program('usr/bin/chromium', '#!/bin/sh\nexec /usr/lib/chromium/chromium "$@"\n');
	const chrome = program('usr/bin/google-chrome');
	const custom = program('opt/my-chromium/chrome');

	it('takes CHROMIUM_PATH first, with the flags that keep Chromium quiet and in software rendering', async () => {
		const found = await findChromium({ env: { CHROMIUM_PATH: custom }, systemPaths: [debian, chrome] });
		expect(found).toEqual({ executablePath: custom, source: 'CHROMIUM_PATH', args: ['--headless=new', ...COMMON_FLAGS], env: {} });
		expect(COMMON_FLAGS).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-sandbox']));
	});

	it('then the first Chromium or Chrome installed on the system', async () => {
		expect(await findChromium({ env: {}, systemPaths: [path.join(folder, 'missing'), debian, chrome] })).toMatchObject({ executablePath: debian, source: 'system' });
		expect(await findChromium({ env: {}, systemPaths: [path.join(folder, 'missing'), chrome] })).toMatchObject({ executablePath: chrome, source: 'system' });
	});

	it('passes over a file that is not executable, and Ubuntu’s stand-in for the snap Chromium', async () => {
		const notExecutable = path.join(folder, 'usr/bin/chromium-plain');
		fs.writeFileSync(notExecutable, '', { mode: 0o644 });
		const snap = program('usr/bin/chromium-browser', '#!/bin/sh\n# Ubuntu\nexec /snap/bin/chromium "$@"\n');
		expect(isSnapLauncher(snap)).toBe(true);
		expect(isSnapLauncher(debian)).toBe(false);
		expect(await findChromium({ env: {}, systemPaths: [notExecutable, snap, chrome] })).toMatchObject({ executablePath: chrome, source: 'system' });
	});

	it('refuses a CHROMIUM_PATH where there is no program, rather than quietly taking another', async () => {
		await expect(findChromium({ env: { CHROMIUM_PATH: path.join(folder, 'nowhere', 'chromium') }, systemPaths: [debian] })).rejects.toThrow(/^CHROMIUM_PATH is .*nowhere\/chromium, but there is no program there/);
	});

	it('refuses a ZORGMERK_BROWSER it does not know, and ZORGMERK_BROWSER=system where there is none', async () => {
		await expect(findChromium({ env: { ZORGMERK_BROWSER: 'chrome' }, systemPaths: [debian] })).rejects.toThrow('ZORGMERK_BROWSER is "chrome": leave it unset, or set it to "bundled"');
		await expect(findChromium({ env: { ZORGMERK_BROWSER: 'system' }, systemPaths: [path.join(folder, 'missing')] })).rejects.toThrow(/^ZORGMERK_BROWSER=system, but no Chromium or Chrome is installed where this looked: .*missing/);
		expect(await findChromium({ env: { ZORGMERK_BROWSER: 'system', CHROMIUM_PATH: custom }, systemPaths: [] })).toMatchObject({ source: 'CHROMIUM_PATH' });
	});

	it('looks where each operating system installs Chromium and Chrome', () => {
		expect(systemChromiums('linux', {})).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome']);
		expect(systemChromiums('darwin', { HOME: '/Users/anna' })).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
		expect(systemChromiums('darwin', { HOME: '/Users/anna' })).toContain('/Users/anna/Applications/Chromium.app/Contents/MacOS/Chromium');
		expect(systemChromiums('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' })).toEqual([
			'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
			'C:\\Program Files\\Chromium\\Application\\chrome.exe',
			'C:\\Users\\anna\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
			'C:\\Users\\anna\\AppData\\Local\\Chromium\\Application\\chrome.exe',
		]);
	});

	it('leaves out the bundled Chromium’s Lambda flags that change what a page may do', async () => {
		const { default: chromium } = await import('@sparticuz/chromium');
		const kept = chromium.args.filter((flag) => !BUNDLED_FLAGS_LEFT_OUT.includes(flag.split('=')[0]!));
		expect(kept.filter((flag) => /web-security|single-process|insecure-content|site-isolation|swiftshader/.test(flag))).toEqual([]);
		// Still there: the headless shell it is built as.
		expect(kept).toContain("--headless='shell'");
	});
});
