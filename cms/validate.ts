import { z } from 'astro/zod';
import { describeIssues } from '../src/errors/index.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/collections.ts';
import type { ImageHelper } from '../src/schemas/image.ts';
import { settingsSchema } from '../src/schemas/settings.ts';
import { withoutEmptyFields } from './entry-file.ts';

/** In the editor an image is a path the CMS just chose; the build checks that the file exists. */
const imagePath = (() => z.string()) as unknown as ImageHelper;

/**
 * The problems the build would report for an entry, checked with the site's
 * own schemas when an editor saves, so a mistake is caught in the form and
 * not in a failed build: consent without an expiry date, consent longer than
 * the organisation allows, a description that is too long.
 */
export function entryProblems(collection: string, data: Record<string, unknown>, maxYears: number): string[] {
	const schema =
		collection === 'settings' ? settingsSchema : collection in COLLECTIONS ? COLLECTIONS[collection as CollectionName].schema({ image: imagePath, maxYears }) : undefined;
	if (!schema) return [];
	const { body: _body, ...fields } = data;
	const result = schema.safeParse(withoutEmptyFields(fields) ?? {});
	return result.success ? [] : describeIssues(result.error.issues);
}
