import { describe, expect, it, vi } from 'vitest';

// src/data/site.ts loads the collections through astro:content, which only exists inside Astro; these tests hand
// the frame a site of their own.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const { pageFrame } = await import('../../src/layouts/page-frame.ts');
const { settings } = await import('../../src/settings/index.ts');
const { metaPolicy, policyFor } = await import('../../src/security/headers.ts');
type Site = import('../../src/data/site.ts').Site;

const page = (id: string, title: string) => ({ id, data: { title, draft: false } });
function siteWith(pages: ReturnType<typeof page>[]): Site {
	return { today: '2026-12-01', locales: ['nl', 'en'], testimonialsInAllLanguages: false, stories: [], testimonials: [], specialties: [], team: [], locations: [], pages } as unknown as Site;
}

describe('pageFrame', () => {
	it('is made once per published site and language, and holds what a page computed for itself before', () => {
		const site = siteWith([page('nl/privacy', 'Privacy'), page('nl/over-ons', 'Over ons'), page('en/about', 'About us')]);
		const frame = pageFrame(site, 'nl', settings, '/', false);
		expect(pageFrame(site, 'nl', settings, '/', false)).toBe(frame);
		expect(pageFrame(site, 'en', settings, '/', false)).not.toBe(frame);
		expect(frame.footerPages.map((link) => link.label)).toEqual(['Over ons', 'Privacy']);
		expect(frame.contentSecurityPolicy).toBe(metaPolicy(policyFor(settings, '/'), { development: false }));
		expect(pageFrame(site, 'nl', settings, '/', true).contentSecurityPolicy).toBe(metaPolicy(policyFor(settings, '/'), { development: true }));
		expect(Object.isFrozen(frame.footerPages)).toBe(true);
	});

	it('answers a site loaded again from that site alone: a page taken out of it is in no frame of it', () => {
		const before = siteWith([page('nl/privacy', 'Privacy'), page('nl/ingetrokken', 'Ingetrokken')]);
		expect(pageFrame(before, 'nl', settings, '/', false).footerPages.map((link) => link.label)).toContain('Ingetrokken');
		const after = siteWith([page('nl/privacy', 'Privacy')]);
		expect(pageFrame(after, 'nl', settings, '/', false).footerPages.map((link) => link.label)).toEqual(['Privacy']);
	});
});
