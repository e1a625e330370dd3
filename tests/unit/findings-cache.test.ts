/**
 * What a check found in a built file is reused only for the same file, bytes,
 * code and inputs (src/lib/findings-cache.ts): anything else, and the file is
 * looked at again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText } from '../../src/consent/site-text.ts';
import { BuiltSite, FindingsCache } from '../../src/lib/findings-cache.ts';
import { textOf } from '../../src/lib/html-document.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function setUp() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-findings-'));
	made.push(dir);
	const code = path.join(dir, 'check.ts');
	fs.writeFileSync(code, 'export const version = 1;');
	const file = path.join(dir, 'cache', 'check.json');
	const open = (inputs: unknown = { needles: ['TOE-1'], today: '2026-11-30' }) => new FindingsCache<string[]>(file, { code: [pathToFileURL(code)], inputs });
	const first = open();
	const key = first.key('nl/index.html', 'abc');
	first.set(key, ['a finding']);
	first.save();
	return { dir, code, file, open, key };
}

describe('the findings kept per built file', () => {
	it('gives back what was found in a file with the same path and bytes, on the same terms', () => {
		const { open, key } = setUp();
		const cache = open();
		expect(cache.get(key)).toEqual(['a finding']);
		expect(cache.get(cache.key('nl/index.html', 'abd'))).toBeUndefined();
		expect(cache.get(cache.key('en/index.html', 'abc'))).toBeUndefined();
	});

	it('forgets everything when an input changes: another needle, another day', () => {
		const { open, key } = setUp();
		expect(open({ needles: ['TOE-1', 'TOE-2'], today: '2026-11-30' }).get(key)).toBeUndefined();
		expect(open({ needles: ['TOE-1'], today: '2026-12-01' }).get(key)).toBeUndefined();
		expect(open().get(key)).toEqual(['a finding']);
	});

	it("forgets everything when the check's code changes", () => {
		const { open, key, code } = setUp();
		fs.writeFileSync(code, 'export const version = 2;');
		expect(open().get(key)).toBeUndefined();
	});

	it('keeps only what the last build used, and nothing without a file or code', () => {
		const { open, key, file, dir } = setUp();
		const cache = open();
		cache.set(cache.key('en/index.html', 'def'), []);
		cache.save();
		expect(Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { files: object }).files)).toEqual([cache.key('en/index.html', 'def')]);
		expect(open().get(key)).toBeUndefined();
		const none = new FindingsCache<string[]>(undefined, { code: [], inputs: null });
		none.set('x', []);
		expect(none.get('x')).toBeUndefined();
		const missing = new FindingsCache<string[]>(path.join(dir, 'other.json'), { code: [pathToFileURL(path.join(dir, 'gone.ts'))], inputs: null });
		missing.set('x', []);
		missing.save();
		expect(missing.terms).toBeUndefined();
		expect(fs.existsSync(path.join(dir, 'other.json'))).toBe(false);
	});

	it('starts afresh from a damaged file', () => {
		const { open, key, file } = setUp();
		fs.writeFileSync(file, '{"terms":');
		expect(open().get(key)).toBeUndefined();
	});
});

describe('the built site', () => {
	it('hashes each file once per build, and sees files added and removed after changed()', () => {
		const { dir } = setUp();
		const site = path.join(dir, 'site');
		fs.mkdirSync(site);
		fs.writeFileSync(path.join(site, 'a.html'), 'a');
		const built = new BuiltSite(site);
		expect(built.files()).toEqual(['a.html']);
		expect(built.hash('a.html')).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
		fs.writeFileSync(path.join(site, 'b.html'), 'b');
		expect(built.files()).toEqual(['a.html']);
		built.changed();
		expect(built.files()).toEqual(['a.html', 'b.html']);
		built.remove('a.html');
		expect(built.files()).toEqual(['b.html']);
	});

	it('parses the file in hand once however many checks ask, and again only once another file was read', () => {
		const { dir } = setUp();
		const site = path.join(dir, 'site');
		fs.mkdirSync(site);
		fs.writeFileSync(path.join(site, 'a.html'), '<title>A</title>');
		fs.writeFileSync(path.join(site, 'b.html'), '<title>B</title>');
		const built = new BuiltSite(site);
		const first = built.parsed('a.html');
		expect(built.parsed('a.html')).toBe(first);
		expect(built.read('a.html').toString()).toBe('<title>A</title>');
		expect(built.parsed('a.html')).toBe(first);
		expect(built.hash('b.html')).toHaveLength(64);
		expect(built.parsed('a.html')).not.toBe(first);
		expect(Object.fromEntries(built.parseCounts())).toEqual({ 'a.html': 2 });
	});

	it('parses a page decoded as the consent check reads its text: a UTF-16 page of public/ as UTF-16', () => {
		const { dir } = setUp();
		const site = path.join(dir, 'site');
		fs.mkdirSync(site);
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<title>Eén dag</title><p>Thuis in mijn eigen stoel.</p>', 'utf16le')]);
		fs.writeFileSync(path.join(site, 'u.html'), bytes);
		const built = new BuiltSite(site);
		expect(textOf(built.parsed('u.html'))).toBe('Eén dagThuis in mijn eigen stoel.');
		expect(fileText('u.html', bytes, () => built.parsed('u.html')).segments).toEqual(fileText('u.html', bytes).segments);
		expect(fileText('u.html', bytes).segments[0]!.text).toContain('Thuis in mijn eigen stoel.');
	});
});
