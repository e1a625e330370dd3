/**
 * In development (`npm run cms`), editors keep saving while the site runs. A
 * story saved with code in it must be refused when it is compiled, with the
 * editor's message, and its code must never run. The development server
 * sends nothing from content/ but its pictures (red-team finding 13): the
 * content folder is inside the project here, as with `npm run cms`, where
 * Vite would serve it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnvironment, projectRoot } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';

const STORY = path.join('stories', 'nl', 'een-dag-op-de-afdeling.mdx');
const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-guard-')), 'the-code-ran');

let content: string;
let dev: ChildProcess;
let output = '';
let address: string;

async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function waitFor<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 60): Promise<T> {
	for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
		const result = await attempt().catch(() => undefined);
		if (result !== undefined) return result;
	}
	throw new Error(`${what} did not happen within ${seconds} s. The dev server said:\n${output}`);
}

beforeAll(async () => {
	const copy = fixtureCopy((dir) => {
		// Present from the start: a story that is a symlink to code outside content/, and one whose picture is a module.
		const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-outside-'));
		fs.writeFileSync(
			path.join(outside, 'geheim.mdx'),
			`---\ntitle: Geheim\ndescription: Een verhaal van buiten content/, via een symbolische koppeling binnengehaald.\npublishedOn: 2025-07-01\nkind: staff\nspecialties: [liesbreukcentrum]\n---\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n`,
		);
		fs.symlinkSync(path.join(outside, 'geheim.mdx'), path.join(dir, 'stories', 'nl', 'link.mdx'));
		fs.writeFileSync(path.join(dir, 'media', 'plattegrond.mjs'), `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`);
		fs.writeFileSync(
			path.join(dir, 'stories', 'nl', 'plattegrond.mdx'),
			'---\ntitle: Plattegrond\ndescription: Een verhaal waarvan de foto een programma is, dat nooit mag draaien.\npublishedOn: 2025-07-01\nkind: staff\nspecialties: [liesbreukcentrum]\n---\n![De tuin](../../media/plattegrond.mjs)\n',
		);
		// Astro's picture marker in a text field, and the module it would import (red-team finding 01).
		fs.mkdirSync(path.join(dir, 'testimonials', 'hulp.png'));
		fs.writeFileSync(path.join(dir, 'testimonials', 'hulp.png', 'index.js'), `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`);
		fs.writeFileSync(path.join(dir, 'testimonials', 'marieke.md'), fs.readFileSync(path.join(dir, 'testimonials', 'marieke.md'), 'utf8').replace('detail: "54, Gent"', 'detail: "__ASTRO_IMAGE_./hulp.png"'));
		// An SVG with a script, as decap-server could write one while the site runs.
		fs.writeFileSync(path.join(dir, 'media', 'plattegrond.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>\n');
	});
	// Inside the project, as content/ is: Vite serves files below its root.
	const parent = fs.mkdtempSync(path.join(projectRoot, '.zorgmerk', 'dev-guard-'));
	content = path.join(parent, 'content');
	fs.cpSync(copy, content, { recursive: true, verbatimSymlinks: true });
	const port = await freePort();
	address = `http://127.0.0.1:${port}/nl/verhalen/een-dag-op-de-afdeling/`;
	dev = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: projectRoot,
		env: { ...cleanEnvironment(), ZORGMERK_CONTENT_DIR: content, ZORGMERK_TODAY: '2026-06-15', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
	dev.stdout?.on('data', (chunk) => (output += chunk));
	dev.stderr?.on('data', (chunk) => (output += chunk));
	await waitFor('the story page', async () => ((await fetch(address)).status === 200 ? true : undefined), 120);
}, 150_000);

afterAll(() => {
	dev?.kill();
	if (content) fs.rmSync(path.dirname(content), { recursive: true, force: true });
});

describe('content that is refused when the development server starts', () => {
	it('is named in the log and never loaded or run: a symlinked story, a story whose picture is a module', async () => {
		expect(output).toContain('stories/nl/link.mdx\n  - dit is een symbolische koppeling (symlink)');
		expect(output).toMatch(/stories\/nl\/plattegrond\.mdx\n {2}- body: Regel 8: "\.\.\/\.\.\/media\/plattegrond\.mjs" is geen foto/);
		const base = address.replace('een-dag-op-de-afdeling/', '');
		expect((await fetch(`${base}link/`)).status).toBe(404);
		expect((await fetch(`${base}plattegrond/`)).status).toBe(404);
		expect(fs.existsSync(marker)).toBe(false);
	}, 60_000);
});

describe('what the development server sends from content/', () => {
	const origin = () => new URL(address).origin;
	const inProject = () => path.relative(projectRoot, content).split(path.sep).join('/');

	it('nothing but pictures: an SVG with a script, a story, the settings are not found, by any path', async () => {
		for (const url of [
			`/${inProject()}/media/plattegrond.svg`,
			`/@fs${content}/media/plattegrond.svg`,
			`/${inProject()}/stories/nl/een-dag-op-de-afdeling.mdx?raw`,
			`/@fs${content}/stories/nl/een-dag-op-de-afdeling.mdx`,
			`/${inProject()}/settings/site.yaml`,
			`/${inProject()}/testimonials/hulp.png/index.js`,
			`/_image?href=${encodeURIComponent(`/@fs${content}/media/plattegrond.svg`)}&w=100&f=webp`,
		]) {
			const response = await fetch(`${origin()}${url}`);
			expect(response.status, url).toBe(404);
			expect(await response.text(), url).not.toContain('<script>');
		}
	}, 60_000);

	it('a picture as a picture, that runs nothing even if it were not one', async () => {
		const response = await fetch(`${origin()}/${inProject()}/media/hero.png`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
	}, 60_000);

	it('the pages still show their pictures', async () => {
		const html = await (await fetch(address.replace('verhalen/een-dag-op-de-afdeling/', 'team/anna-jansen/'))).text();
		const sources = [...html.matchAll(/<(?:img|source)[^>]*?\ssrcset?="([^" ,]+)/g)].map((match) => match[1]!.replaceAll('&#38;', '&').replaceAll('&amp;', '&'));
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) {
			const response = await fetch(new URL(source, origin()));
			expect(response.status, source).toBe(200);
			expect(response.headers.get('content-type'), source).toMatch(/^image\//);
		}
	}, 60_000);

	it('Astro’s picture marker in a text field is refused and its module never runs (finding 01)', async () => {
		expect(output).toMatch(/testimonials\/marieke\.md\n {2}- author\.detail: regel \d+: "__ASTRO_IMAGE_\.\/hulp\.png" begint met een teken/);
		expect(output).toContain('testimonials/hulp.png\n  - deze map heeft een naam als van een bestand');
		expect((await fetch(address.replace('verhalen/een-dag-op-de-afdeling/', 'ervaringen/'))).status).toBe(200);
		expect((await fetch(address.replace('verhalen/een-dag-op-de-afdeling/', ''))).status).toBe(200);
		expect(fs.existsSync(marker)).toBe(false);
	}, 60_000);
});

describe('a Markdown page changed while the site runs in development', () => {
	it('is checked again before the loader reads it: HTML in a table cell never reaches the page', async () => {
		const page = path.join(content, 'pages', 'nl', 'about.md');
		const pageAddress = address.replace('verhalen/een-dag-op-de-afdeling/', 'over-ons/');
		expect((await fetch(pageAddress)).status).toBe(200);
		fs.appendFileSync(page, '\n| a | b |\n|---|---|\n| `x | <img src="/x.png" alt="x" onerror="alert(1)"> ` | y |\n');
		await waitFor('the refusal in the log', async () => (output.includes('pages/nl/about.md:\n  - body: Regel') ? true : undefined));
		expect(output).toMatch(/pages\/nl\/about\.md:\n {2}- body: Regel \d+: "<img src="\/x\.png" alt="x" onerror="aler…" is HTML-code/);
		expect(await (await fetch(pageAddress)).text()).not.toContain('onerror');
		fs.copyFileSync(path.join(projectRoot, 'tests', 'fixtures', 'basic', 'pages', 'nl', 'about.md'), page);
	}, 90_000);
});

describe('a story saved while the site runs in development', () => {
	it('is refused with the editor’s message, naming the file and the line, and its code never runs', async () => {
		const story = fs.readFileSync(path.join(content, STORY), 'utf8');
		const code = `export const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')`;
		fs.writeFileSync(path.join(content, STORY), story.replace('## De ochtend', `${code}\n\n## De ochtend`));
		const line = story.split('\n').indexOf('## De ochtend') + 1;

		await waitFor('the refusal', async () => ((await fetch(address)).status === 500 ? true : undefined));
		expect(output).toContain(`${STORY.split(path.sep).join('/')}:\n  body: Regel ${line}: een regel die begint met "import" of "export" is programmacode`);
		expect(fs.existsSync(marker)).toBe(false);
	}, 90_000);

	it('shows the story again once the editor has taken the code out', async () => {
		fs.copyFileSync(path.join(projectRoot, 'tests', 'fixtures', 'basic', STORY), path.join(content, STORY));
		const html = await waitFor('the story again', async () => {
			const response = await fetch(address);
			return response.status === 200 ? response.text() : undefined;
		});
		expect(html).toContain('Om zeven uur begint de dag.');
		expect(fs.existsSync(marker)).toBe(false);
	}, 90_000);
});
