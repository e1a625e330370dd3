/**
 * The search index keeps a Pagefind bundle per language and copies the bundle of a
 * language whose indexed pages did not change from the last build that passed
 * (src/search/index-site.ts). A kept bundle never outlives a withdrawal: the
 * language whose page went is indexed again without it, and a copied bundle is
 * read by the consent check under today's withheld items like any other file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/consent/today.ts';
import { findProblems, siteNeedles, type SiteChecksJob } from '../../src/integrations/site-checks.ts';
import { listFiles } from '../../src/lib/files.ts';
import { settings } from '../../src/settings/index.ts';
import { runContentCheck } from '../../src/validation/content-report.ts';
import { ANY_NUMBER, buildSite, logged, projectRoot } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';
import { searchBundles } from '../support/html.ts';

const made: string[] = [];
const temporary = (name: string) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zorgmerk-search-${name}-`));
	made.push(dir);
	return dir;
};
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const TODAY = '2026-06-15';
/** A patient story in Dutch only, with words no other page has. */
const DUTCH_ONLY = `---
title: Weer fietsen langs de kwartelkoning
description: Hoe een patiënt na haar operatie weer elke ochtend langs het weiland met de kwartelkoning fietste.
publishedOn: 2025-05-10
kind: patient
specialties: [liesbreukcentrum]
audiences: [patients]
consent:
  reference: FIXTURE-SEARCH-STORY-REF
  grantedOn: 2025-04-01
  expiresOn: 2029-04-01
  channels: [website]
---
## Elke ochtend
Na drie weken fietste ik weer elke ochtend langs het weiland waar de kwartelkoning roept.
`;

describe('a story of one language withdrawn between two builds', () => {
	const content = fixtureCopy((dir) => fs.writeFileSync(path.join(dir, 'stories', 'nl', 'weer-fietsen.mdx'), DUTCH_ONLY));
	// The two builds share a cache, as a hospital's daily builds do; none of an earlier test run's bundles.
	const cache = path.join(projectRoot, '.zorgmerk', 'cache', 'search-index');
	fs.rmSync(path.join(cache, 'search-index'), { recursive: true, force: true });
	const env = { ZORGMERK_TODAY: TODAY, ZORGMERK_CACHE_DIR: cache };
	const first = buildSite({ name: 'search-index', contentDir: content, env });
	const firstBundles = first.status === 0 ? searchBundles(first.dist) : {};
	const kept = (language: string) => Object.fromEntries(listFiles(path.join(first.dist, 'pagefind', language)).map((file) => [file, fs.readFileSync(path.join(first.dist, 'pagefind', language, file)).toString('base64')]));
	const englishBefore = first.status === 0 ? kept('en') : {};

	it('indexes the story in its own language’s bundle only', () => {
		expect(first.status, first.output).toBe(0);
		expect(first.output).toMatch(logged(content, 'search.indexed', { pages: ANY_NUMBER, languages: 2, copied: [] }));
		expect(firstBundles.nl!.fragments.filter((fragment) => fragment.includes('kwartelkoning'))).toHaveLength(1);
		expect(firstBundles.en!.fragments.filter((fragment) => fragment.includes('kwartelkoning'))).toEqual([]);
	});

	it('is gone from that language’s index in the next build, which copies the other language’s bundle as it was', () => {
		const story = path.join(content, 'stories', 'nl', 'weer-fietsen.mdx');
		fs.writeFileSync(story, DUTCH_ONLY.replace('  channels: [website]\n', '  channels: [website]\n  withdrawnOn: 2026-06-01\n'));
		const second = buildSite({ name: 'search-index-withdrawn', contentDir: content, env });
		expect(second.status, second.output).toBe(0);
		expect(second.output).toMatch(logged(content, 'search.indexed', { pages: ANY_NUMBER, languages: 2, copied: ['en'] }));
		const bundles = searchBundles(second.dist);
		expect(bundles.nl!.fragments.filter((fragment) => fragment.includes('kwartelkoning') || fragment.includes('weer-fietsen'))).toEqual([]);
		expect(bundles.nl!.entry.languages.nl!.page_count).toBe(firstBundles.nl!.entry.languages.nl!.page_count - 1);
		const englishAfter = Object.fromEntries(listFiles(path.join(second.dist, 'pagefind', 'en')).map((file) => [file, fs.readFileSync(path.join(second.dist, 'pagefind', 'en', file)).toString('base64')]));
		expect(englishAfter).toEqual(englishBefore);
	});
});

describe('a bundle copied from the last build that passed', () => {
	const quiet = { info: () => {}, warn: () => {} };

	it('is read by the consent check under today’s withheld items: a quote pasted into an English story is found in the English index once it is withdrawn', { timeout: 600_000 }, async () => {
		const demo = buildSite({ name: 'demo' });
		expect(demo.status, demo.output).toBe(0);
		const site = temporary('site');
		fs.cpSync(demo.dist, site, { recursive: true });
		const content = temporary('content');
		fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
		const cacheDir = temporary('kept');
		const today = buildDate(settings.timeZone);
		const check = async () => {
			const report = await runContentCheck({ contentDir: content, publicDir: path.join(projectRoot, 'public'), leaveOut: false });
			const needles = siteNeedles(report, today, temporary('needles'));
			const job: SiteChecksJob = { buildDir: site, root: projectRoot, base: '/', needles, mode: 'strict', content: { leftOut: [], withoutLinks: [] } };
			return findProblems(job, quiet, { cacheDir });
		};

		// A Dutch patient's quote, pasted into the text of an English story (a page that never shows her testimonial).
		const testimonial = fs.readdirSync(path.join(content, 'testimonials')).find((file) => /^locale: nl$/m.test(fs.readFileSync(path.join(content, 'testimonials', file), 'utf8')))!;
		const original = fs.readFileSync(path.join(content, 'testimonials', testimonial), 'utf8');
		const quote = /^quote: "(.{60,}?)"$/m.exec(original)![1]!;
		const story = listFiles(site).find((file) => /^en\/[^/]+\/[^/]+\/index\.html$/.test(file) && fs.readFileSync(path.join(site, file), 'utf8').includes('data-pagefind-body'))!;
		const html = fs.readFileSync(path.join(site, story), 'utf8');
		fs.writeFileSync(path.join(site, story), html.replace(/(<article[^>]*data-pagefind-body[^>]*>[\s\S]*?<p>)/, `$1${quote} `));
		const planted = await check();
		expect(planted.leaks).toEqual([]);
		expect(planted.searchBundles.find((bundle) => bundle.language === 'en')).toMatchObject({ copied: false });
		planted.keep();

		// Withdrawn: no page changed, so every bundle is copied, and the quote is found in the English one all the same.
		fs.writeFileSync(path.join(content, 'testimonials', testimonial), original.replace(/^consent:\n/m, `consent:\n  withdrawnOn: ${today}\n`));
		const withdrawn = await check();
		expect(withdrawn.searchBundles.every((bundle) => bundle.copied)).toBe(true);
		const inIndex = withdrawn.leaks.filter((leak) => leak.file.startsWith('pagefind/en/'));
		expect(inIndex.map((leak) => [leak.page, leak.place.kind, leak.needle.source.endsWith(`testimonials/${testimonial}`)])).toContainEqual([story.replace(/index\.html$/, ''), 'search', true]);
	});

	it('is published only as it was kept: a withdrawn patient’s words planted in a kept bundle never reach the site, though every page is the same and the last build’s checks are taken over', { timeout: 600_000 }, async () => {
		const demo = buildSite({ name: 'demo' });
		expect(demo.status, demo.output).toBe(0);
		const site = temporary('site');
		fs.cpSync(demo.dist, site, { recursive: true });
		// A patient who withdrew before anything of hers was built: her words are withheld, and on no page.
		const content = temporary('content');
		fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
		const quote = 'Na de withdrawn-operatie heb ik weken lang elke avond met de buren over de zeldzame tuinvogels gepraat.';
		fs.writeFileSync(
			path.join(content, 'testimonials', 'ingetrokken.md'),
			`---\nquote: "${quote}"\nauthor:\n  name: "Ingrid"\n  role: patient\n  detail: "61"\nlocale: nl\nspecialties: [maag-darm-lever]\ngivenOn: 2025-02-20\nconsent:\n  reference: "TOE-2025-099"\n  grantedOn: 2025-02-20\n  withdrawnOn: 2025-06-01\n  expiresOn: 2030-02-20\n  channels: [website]\n---\n`,
		);
		const cacheDir = temporary('kept');
		const today = buildDate(settings.timeZone);
		const report = await runContentCheck({ contentDir: content, publicDir: path.join(projectRoot, 'public'), leaveOut: false });
		const needles = siteNeedles(report, today, temporary('needles'));
		const check = () => findProblems({ buildDir: site, root: projectRoot, base: '/', needles, mode: 'strict', content: { leftOut: [], withoutLinks: [] } }, quiet, { cacheDir });

		const first = await check();
		expect(first.leaks).toEqual([]);
		first.keep();

		// Her words written into a kept Dutch fragment, in Pagefind's own format (gzip of "pagefind_dcd" and the page's JSON).
		const folder = path.join(cacheDir, 'search-index', 'bundles', 'nl', 'fragment');
		const name = fs.readdirSync(folder)[0]!;
		const fragment = JSON.parse(gunzipSync(fs.readFileSync(path.join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { content: string };
		fragment.content = `${quote} ${fragment.content}`;
		fs.writeFileSync(path.join(folder, name), gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(fragment)}`)));

		const second = await check();
		const published = listFiles(path.join(site, 'pagefind', 'nl', 'fragment')).filter((file) => gunzipSync(fs.readFileSync(path.join(site, 'pagefind', 'nl', 'fragment', file))).toString('utf8').includes('tuinvogels'));
		expect(published).toEqual([]);
		expect(second.leaks).toEqual([]);
		expect(second.searchBundles.find((bundle) => bundle.language === 'nl')).toMatchObject({ copied: false });
		expect(second.searchBundles.find((bundle) => bundle.language === 'en')).toMatchObject({ copied: true });
	});
});
