import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetStoreOfOtherSchemas } from '../../src/integrations/content-store.ts';

describe("Astro's content store", () => {
	it('is forgotten when a schema changes, and kept while none does', () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-store-'));
		const [cache, schemas] = [path.join(root, 'cache'), path.join(root, 'schemas')];
		fs.mkdirSync(schemas);
		fs.writeFileSync(path.join(schemas, 'story.ts'), 'export const fields = ["title"];');
		const store = path.join(cache, 'data-store.json');
		expect(forgetStoreOfOtherSchemas(cache, [schemas])).toBe(false);
		fs.writeFileSync(store, '{"entries":[]}');
		expect(forgetStoreOfOtherSchemas(cache, [schemas])).toBe(false);
		expect(fs.existsSync(store)).toBe(true);
		// A new field with a default: entries Astro parsed before lack it.
		fs.writeFileSync(path.join(schemas, 'story.ts'), 'export const fields = ["title", "socialPosts"];');
		expect(forgetStoreOfOtherSchemas(cache, [schemas])).toBe(true);
		expect(fs.existsSync(store)).toBe(false);
		fs.writeFileSync(store, '{"entries":[]}');
		expect(forgetStoreOfOtherSchemas(cache, [schemas])).toBe(false);
	});
});
