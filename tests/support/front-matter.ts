import { readFrontMatter } from '../../src/validation/check-content.ts';

/**
 * A file's front matter as the build's schemas hand it on: read as Astro
 * reads it, with its dates as the YYYY-MM-DD strings the schemas store
 * (calendarDate in src/schemas/primitives.ts) instead of the Dates the YAML
 * parser makes of them. For tests that judge generated content without
 * writing and checking thousands of files.
 */
export function frontMatterData(text: string): Record<string, unknown> {
	const days = (value: unknown): unknown => {
		if (value instanceof Date) return value.toISOString().slice(0, 10);
		if (Array.isArray(value)) return value.map(days);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, days(inner)]));
		return value;
	};
	return days(readFrontMatter(text) ?? {}) as Record<string, unknown>;
}
