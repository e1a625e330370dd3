import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { renderReport, shortfalls, summarise } from '../../src/quality/lighthouse-report.ts';

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string };
type Ref = { id: string; weight: number; group?: string };

/** The parts of a Lighthouse result the report reads. */
function lhr(categories: Record<string, { score: number | null; auditRefs: Ref[] }>, audits: Audit[], extra: Partial<Result> = {}): Result {
	return {
		finalDisplayedUrl: 'http://127.0.0.1:4000/nl/',
		lighthouseVersion: '13.5.0',
		runWarnings: [],
		categories: Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, { id, title: id, ...category }])),
		audits: Object.fromEntries(audits.map((audit) => [audit.id, audit])),
		...extra,
	} as unknown as Result;
}

const METRICS: Audit[] = [
	{ id: 'largest-contentful-paint', title: 'Largest Contentful Paint', score: 0.8, scoreDisplayMode: 'numeric', numericValue: 2900, displayValue: '2.9 s' },
	{ id: 'cumulative-layout-shift', title: 'Cumulative Layout Shift', score: 1, scoreDisplayMode: 'numeric', numericValue: 0.0123 },
	{ id: 'total-blocking-time', title: 'Total Blocking Time', score: 1, scoreDisplayMode: 'numeric', numericValue: 12.4 },
	{ id: 'total-byte-weight', title: 'Avoid enormous network payloads', score: 1, scoreDisplayMode: 'numeric', numericValue: 61_440 },
	{ id: 'render-blocking-insight', title: 'Render blocking requests', score: 0, scoreDisplayMode: 'metricSavings' },
	{ id: 'cache-insight', title: 'Use efficient cache lifetimes', score: 0.95, scoreDisplayMode: 'metricSavings' },
	{ id: 'max-potential-fid', title: 'Max Potential First Input Delay', score: 0.5, scoreDisplayMode: 'numeric' },
	{ id: 'color-contrast', title: 'Background and foreground colors have a sufficient contrast ratio', score: 0, scoreDisplayMode: 'binary' },
	{ id: 'image-alt', title: 'Image elements have `[alt]` attributes', score: 1, scoreDisplayMode: 'binary' },
	{ id: 'canonical', title: 'Document has a valid `rel=canonical`', score: 0, scoreDisplayMode: 'binary' },
	{ id: 'structured-data', title: 'Structured data is valid', score: null, scoreDisplayMode: 'manual' },
];

const RESULT = lhr(
	{
		performance: {
			score: 0.94,
			auditRefs: [
				{ id: 'largest-contentful-paint', weight: 25, group: 'metrics' },
				{ id: 'cumulative-layout-shift', weight: 25, group: 'metrics' },
				{ id: 'render-blocking-insight', weight: 0, group: 'insights' },
				{ id: 'cache-insight', weight: 0, group: 'insights' },
				{ id: 'max-potential-fid', weight: 0, group: 'hidden' },
			],
		},
		accessibility: { score: 0.96, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }] },
		// Shown as 100 by Lighthouse: nothing to list, although an audit failed.
		'best-practices': { score: 0.996, auditRefs: [{ id: 'canonical', weight: 1 }] },
		seo: { score: 1, auditRefs: [{ id: 'structured-data', weight: 0 }] },
	},
	METRICS,
);

describe('the Lighthouse report', () => {
	const report = summarise({ name: 'Home page (nl)', path: 'nl/' }, RESULT);

	it('rounds scores as Lighthouse shows them and keeps the metrics', () => {
		expect(report.scores).toEqual({ performance: 94, accessibility: 96, 'best-practices': 100, seo: 100 });
		expect(report).toMatchObject({ lcp: 2900, cls: 0.0123, tbt: 12.4, transferBytes: 61_440 });
	});

	it('lists what cost points in a category below 100: weighted audits below 1, unweighted ones below 0.9, nothing hidden', () => {
		expect(report.failed.map((audit) => `${audit.category} ${audit.id} ${audit.counts}`)).toEqual([
			'performance largest-contentful-paint true',
			'performance render-blocking-insight false',
			'accessibility color-contrast true',
		]);
	});

	it('names each page and category below 100, and nothing when all are 100', () => {
		expect(shortfalls([report])).toEqual(['Home page (nl) (/nl/): Performance 94', 'Home page (nl) (/nl/): Accessibility 96']);
		const perfect = lhr(
			Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [id, { score: 1, auditRefs: [] }])),
			METRICS,
		);
		expect(shortfalls([summarise({ name: 'Story', path: 'nl/verhalen/x/' }, perfect)])).toEqual([]);
	});

	it('counts a category Lighthouse could not score, and a page it could not load, as failing', () => {
		const broken = lhr({ performance: { score: null, auditRefs: [] } }, [], { runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } } as Partial<Result>);
		const summary = summarise({ name: 'Story', path: 'nl/verhalen/x/' }, broken);
		expect(shortfalls([summary])).toEqual(['Story (/nl/verhalen/x/): not measured — NO_FCP: The page did not paint any content.']);
		expect(shortfalls([{ ...summary, error: undefined }])).toContain('Story (/nl/verhalen/x/): Performance not scored');
	});

	it('writes a table per page with the scores, metrics, versions, date and failed audits', () => {
		const markdown = renderReport([report], { date: '2026-01-05T10:00:00Z', lighthouseVersion: '13.5.0', chromiumVersion: '156.0.1', servedBy: 'Served from dist/.' });
		expect(markdown).toContain('- Date: 2026-01-05T10:00:00Z');
		expect(markdown).toContain('Lighthouse 13.5.0');
		expect(markdown).toContain('- Chromium 156.0.1');
		expect(markdown).toContain('| [Home page (nl)](#home-page-nl) | 94 | 96 | 100 | 100 |');
		expect(markdown).toContain('| Largest Contentful Paint | 2.9 s |');
		expect(markdown).toContain('| Cumulative Layout Shift | 0.012 |');
		expect(markdown).toContain('| Total Blocking Time | 12 ms |');
		expect(markdown).toContain('| Total transfer | 60.0 KiB (61440 bytes) |');
		expect(markdown).toContain('- `largest-contentful-paint` — Largest Contentful Paint (score 0.80, 2.9 s)');
		expect(markdown).toContain('- `render-blocking-insight` — Render blocking requests (score 0.00, advice, does not count towards the score)');
		expect(markdown).toContain('Failed audits in Accessibility (96):');
		expect(markdown).not.toContain('canonical');
		expect(markdown).toContain('- Home page (nl) (/nl/): Performance 94');
	});

	it('says which audit a page skipped and why', () => {
		const search = summarise({ name: 'search (nl)', path: 'nl/zoeken/', skippedAudits: [{ id: 'is-crawlable', reason: 'the page is kept out of search engines on purpose (noindex)' }] }, RESULT);
		const markdown = renderReport([search], { date: '2026-01-05T10:00:00Z', lighthouseVersion: '13.5.0', chromiumVersion: '156.0.1', servedBy: 'Served from dist/.' });
		expect(markdown).toContain('`/nl/zoeken/`\n\nNot audited here: `is-crawlable`, because the page is kept out of search engines on purpose (noindex).');
	});
});
