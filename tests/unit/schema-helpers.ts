import { z } from 'astro/zod';
import { describeIssues } from '../../src/errors/index.ts';
import type { ImageHelper } from '../../src/schemas/image.ts';

/**
 * Shared by the schema tests. Not a test file itself (vitest collects *.test.ts only).
 */

/** The content check's approach to Astro's image(): a stand-in schema; here any path is fine. */
export const image = (() => z.string()) as unknown as ImageHelper;

/** The "field: message" lines an editor would read for `input`, or [] when it is valid. */
export function problems(schema: z.ZodType, input: unknown): string[] {
	const result = schema.safeParse(input);
	return result.success ? [] : describeIssues(result.error.issues);
}

/** A valid consent block as an editor writes it. */
export const consentInput = { reference: 'TOE-2025-031', grantedOn: '2025-03-01', expiresOn: '2028-03-01', channels: ['website'] };

/** The fewest settings an organisation must write, as in content/settings/site.yaml: every other key has a default. */
export const settingsInput = {
	organisation: { name: 'Kliniek', type: 'clinic', tagline: { nl: 'Een kliniek.', en: 'A clinic.' }, logo: '/logo.svg', brandColor: '#0b6e69' },
	siteUrl: 'https://www.kliniek.example',
	locales: ['nl', 'en'],
	contact: { phone: '+31 88 555 01 00', email: 'info@kliniek.example', mainLocation: 'hoofdgebouw' },
	navigation: [{ section: 'stories' }],
};
