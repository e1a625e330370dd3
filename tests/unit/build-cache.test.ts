import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetWithheld } from '../../src/consent/build-cache.ts';

/** A cache folder with `cards` kept (name → bytes) and a built site whose og/ holds `built` (file → bytes). */
function scene(cards: Record<string, string>, built: Record<string, string>): { cache: string; buildDir: string; kept: string } {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-build-cache-'));
	const cache = path.join(root, 'cache');
	const kept = path.join(cache, 'social-cards');
	const buildDir = path.join(root, 'dist');
	fs.mkdirSync(kept, { recursive: true });
	fs.mkdirSync(path.join(buildDir, 'og'), { recursive: true });
	for (const [name, bytes] of Object.entries(cards)) fs.writeFileSync(path.join(kept, name), bytes);
	for (const [file, bytes] of Object.entries(built)) fs.writeFileSync(path.join(buildDir, 'og', file), bytes);
	return { cache, buildDir, kept };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the social cards the build cache forgets (red team, ogcopy)', () => {
	it('keeps the cards the site uses and removes the others, such as a withdrawn story’s', () => {
		const { cache, buildDir, kept } = scene({ 'a.png': 'published story', 'b.png': 'withdrawn story' }, { 'nl.png': 'published story' });
		expect(forgetWithheld(cache, buildDir, []).cards).toEqual(['b.png']);
		expect(fs.readdirSync(kept)).toEqual(['a.png']);
	});

	it('is not stopped by a link to nothing in the cache: it removes the link', () => {
		const { cache, buildDir, kept } = scene({ 'a.png': 'published story' }, { 'nl.png': 'published story' });
		fs.symlinkSync(path.join(os.tmpdir(), 'zorgmerk-nothing-here'), path.join(kept, 'gone.png'));
		expect(forgetWithheld(cache, buildDir, []).cards).toEqual(['gone.png']);
		expect(fs.readdirSync(kept)).toEqual(['a.png']);
	});

	it('removes a link to a file elsewhere without touching that file', () => {
		const { cache, buildDir, kept } = scene({}, { 'nl.png': 'published story' });
		const elsewhere = path.join(path.dirname(cache), 'elsewhere.png');
		fs.writeFileSync(elsewhere, 'published story');
		fs.symlinkSync(elsewhere, path.join(kept, 'linked.png'));
		expect(forgetWithheld(cache, buildDir, []).cards).toEqual(['linked.png']);
		expect(fs.readFileSync(elsewhere, 'utf8')).toBe('published story');
	});

	it('is not stopped by a file another build sharing the cache removed or renamed after it was listed', () => {
		const { cache, buildDir, kept } = scene({ 'a.png': 'published story', 'b.png': 'withdrawn story' }, { 'nl.png': 'published story' });
		// Another build's temporary file, renamed to its card's name between this listing and the next look at it.
		const readdir = fs.readdirSync;
		vi.spyOn(fs, 'readdirSync').mockImplementation(((dir: fs.PathLike, options?: unknown) => {
			const names = readdir(dir, options as never) as unknown as string[];
			return path.resolve(String(dir)) === kept ? [...names, '.c.png.4242.tmp'] : names;
		}) as typeof fs.readdirSync);
		expect(forgetWithheld(cache, buildDir, []).cards).toEqual(['b.png']);
	});
});
