/**
 * The checks after a build look again only at what changed (src/lib/findings-cache.ts,
 * src/integrations/site-checks.ts), and must find exactly what checking every
 * file finds. The demo is built once; then its built site and content are
 * changed step by step as edits, withdrawals and the passing of days change
 * them, and after each step the checks with the kept findings of the steps
 * before are compared with the checks run afresh, without any cache.
 *
 * The built pages are edited in place of a new build (a build per step would
 * take minutes): a withdrawal or a later day then changes what may be
 * published while the pages still show it, the case where a stale finding
 * would let a leak through.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/consent/today.ts';
import { findProblems, siteNeedles, type SiteChecksJob, type SiteFindings } from '../../src/integrations/site-checks.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { listFiles } from '../../src/lib/files.ts';
import { BuiltSite } from '../../src/lib/findings-cache.ts';
import { currentEditorLanguage, message, messageIn } from '../../src/messages/index.ts';
import { settings } from '../../src/settings/index.ts';
import { runContentCheck } from '../../src/validation/content-report.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { demoLocales } from '../support/demo.ts';

const today = buildDate(settings.timeZone);
const made: string[] = [];
const temporary = (name: string) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zorgmerk-incremental-${name}-`));
	made.push(dir);
	return dir;
};
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

let site: string;
/** The demo as built, untouched by the steps. */
let built: string;
let content: string;
/** The incremental checks' cache, kept from step to step as a build keeps it. */
let kept: string;
const quiet = { info: () => {}, warn: () => {} };

/** What may not be published on `day`, from the content as it is now. */
async function needlesOn(day: string) {
	const report = await runContentCheck({ contentDir: content, publicDir: path.join(projectRoot, 'public'), leaveOut: false });
	return siteNeedles(report, day, temporary('needles'));
}

/** What the checks report, without the means to keep the build (nor which search bundles were copied from it). */
const findings = ({ keep: _keep, unchanged: _unchanged, searchBundles, ...rest }: SiteFindings) => ({ ...rest, searchBundles: searchBundles.map(({ copied: _copied, ...bundle }) => bundle) });

/** The checks with the cache of the steps before, then afresh; both must find the same. */
async function checkBoth(day = today) {
	const needles = await needlesOn(day);
	const job: SiteChecksJob = { buildDir: site, root: projectRoot, base: '/', needles, mode: 'strict', content: { leftOut: [], withoutLinks: [] } };
	const incremental = await findProblems(job, quiet, { cacheDir: kept });
	const found = findings(incremental);
	// As a build does: a site that passed every check is kept as the last build.
	if (found.images.problems.length + found.leaks.length + found.defects.length + found.breaches.length === 0) incremental.keep();
	const full = findings(await findProblems(job, quiet, { cacheDir: temporary('full') }));
	expect(found).toEqual(full);
	return full;
}

const page = (file: string) => path.join(site, file);
function edit(file: string, from: string | RegExp, to: string) {
	const text = fs.readFileSync(page(file), 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`${file} does not contain ${String(from)}`);
	fs.writeFileSync(page(file), changed);
}
/** Text as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleOf = (file: string) => /<title>([^<]*)<\/title>/.exec(fs.readFileSync(page(file), 'utf8'))![1]!;

describe('the checks after a build, with what they found in the last build kept', () => {
	let stories: string[];
	beforeAll(() => {
		const demo = buildSite({ name: 'demo' });
		expect(demo.status, demo.output).toBe(0);
		built = demo.dist;
		site = temporary('site');
		fs.cpSync(demo.dist, site, { recursive: true });
		content = temporary('content');
		fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
		kept = temporary('kept');
		const [locale] = demoLocales;
		const section = listFiles(site).find((file) => new RegExp(`^${locale}/[^/]+/[^/]+/index\\.html$`).test(file) && fs.readFileSync(page(file), 'utf8').includes('"Article"'))!.split('/')[1];
		stories = listFiles(site).filter((file) => file.startsWith(`${locale}/${section}/`) && /^[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(file));
		expect(stories.length).toBeGreaterThan(2);
	});

	it('find exactly what a full check finds, after every edit, withdrawal and change of day', { timeout: 600_000 }, async () => {
		// The demo as built: nothing to find, the first time and from the kept findings.
		expect(await checkBoth()).toMatchObject({ leaks: [], defects: [], breaches: [], images: { problems: [] } });
		expect(fs.readdirSync(path.join(kept, 'checks'))).toEqual(expect.arrayContaining(['budgets.json', 'consent.json', 'image-metadata.json', 'seo-audit.json']));
		await checkBoth();

		// A paragraph of one story changed.
		edit(stories[0]!, /<p>[^<]{20,}<\/p>/, '<p>Een nieuwe alinea over de zorg op de afdeling, die de redactie vandaag schreef.</p>');
		expect(await checkBoth()).toMatchObject({ leaks: [], defects: [] });

		// A testimonial the pages show is withdrawn: its words are now a leak wherever they still are.
		const testimonials = path.join(content, 'testimonials');
		const shown = fs.readdirSync(testimonials).find((file) => {
			const quote = /^quote: "(.{30,}?)"/m.exec(fs.readFileSync(path.join(testimonials, file), 'utf8'))?.[1];
			return quote !== undefined && listFiles(site).some((built) => built.endsWith('.html') && fs.readFileSync(page(built), 'utf8').includes(quote.slice(0, 30)));
		})!;
		const original = fs.readFileSync(path.join(testimonials, shown), 'utf8');
		fs.writeFileSync(path.join(testimonials, shown), original.replace(/^consent:\n/m, `consent:\n  withdrawnOn: ${today}\n`));
		const withdrawn = await checkBoth();
		expect(withdrawn.leaks.some((leak) => leak.needle.source.endsWith(`testimonials/${shown}`))).toBe(true);
		fs.writeFileSync(path.join(testimonials, shown), original);
		expect(await checkBoth()).toMatchObject({ leaks: [] });

		// Years later, consent has run out: the same pages now hold what may not be published.
		const later = await checkBoth('2040-01-01');
		expect(later.leaks.length).toBeGreaterThan(withdrawn.leaks.length);
		expect(await checkBoth()).toMatchObject({ leaks: [] });

		// A story left out of the sitemap: the page, which did not change, is named.
		const address = `${settings.siteUrl.replace(/\/$/, '')}/${stories[0]!.replace(/index\.html$/, '')}`;
		edit('sitemap.xml', new RegExp(`<url>\\s*<loc>${escape(address)}</loc>[\\s\\S]*?</url>`), '');
		expect((await checkBoth()).defects).toEqual([{ page: stories[0], code: 'seo.notInSitemap', problem: message('seo.notInSitemap', { url: address }) }]);

		// Advice, which never stops a build: a title search engines cut off, a heading that repeats the <h1>.
		const longTitle = `${titleOf(stories[0]!)} — een titel die veel langer is dan zoekmachines tonen`;
		edit(stories[0]!, /<title>[^<]*<\/title>/, `<title>${longTitle}</title>`);
		const mainHeading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(fs.readFileSync(page(stories[0]!), 'utf8'))![1]!.replace(/<[^>]+>/g, '');
		edit(stories[0]!, /<\/h1>/, `</h1><h2>${mainHeading}</h2>`);
		const advised = await checkBoth();
		expect(advised.defects.filter((defect) => defect.advice).map(({ page, code, problem }) => [page, code, problem])).toEqual([
			[stories[0], 'seo.titleTooLong', expect.stringMatching(/^de titel ".*" is \d+ tekens/)],
			[stories[0], 'seo.headingRepeated', expect.stringMatching(/^een <h2> herhaalt de hoofdkop/)],
		]);

		// A story's title changed to another's: both pages are named, the one that did not change too.
		edit(stories[1]!, /<title>[^<]*<\/title>/, `<title>${titleOf(stories[2]!)}</title>`);
		const duplicated = await checkBoth();
		expect(duplicated.defects.filter((defect) => defect.code === 'seo.duplicateTitle').map((defect) => defect.page).sort()).toEqual([stories[1], stories[2]].sort());

		// A broken link in one page, and a page removed that unchanged pages link to.
		edit(stories[0]!, /href="\/([^"#]+)\/"/, 'href="/$1-bestaat-niet/"');
		const linked = stories[2]!;
		fs.rmSync(page(linked));
		const broken = await checkBoth();
		expect(broken.defects.filter((defect) => defect.code === 'seo.brokenLink').map((defect) => defect.page)).toContain(stories[0]);
		expect(broken.defects.some((defect) => defect.page !== stories[0] && defect.problem.includes(`/${linked.replace(/index\.html$/, '')}`))).toBe(true);

		// Another editor's language (editorLanguage in settings, read with the content): the kept findings hold no
		// words, so the same defects are reported, each in the new language.
		const siteSettings = path.join(content, 'settings', 'site.yaml');
		const originalSettings = fs.readFileSync(siteSettings, 'utf8');
		const other = SUPPORTED_LOCALES.find((code) => code !== currentEditorLanguage())!;
		try {
			fs.writeFileSync(siteSettings, `${originalSettings.replace(/^editorLanguage:.*\n/m, '')}\neditorLanguage: ${other}\n`);
			const worded = await checkBoth();
			expect(currentEditorLanguage()).toBe(other);
			expect(worded.defects.map(({ page, code }) => [page, code])).toEqual(broken.defects.map(({ page, code }) => [page, code]));
			const link = worded.defects.find((defect) => defect.page === stories[0] && defect.code === 'seo.brokenLink')!.problem;
			const [before, after] = messageIn(other, 'seo.brokenLink', { href: '\0' }).split('\0') as [string, string];
			expect(link.startsWith(before) && link.endsWith(after), link).toBe(true);
		} finally {
			fs.writeFileSync(siteSettings, originalSettings);
		}

		// The stylesheet every story links grows past the stories' budget: every story breaks it, none of which changed.
		const stylesheet = /<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/.exec(fs.readFileSync(page(stories[0]!), 'utf8'))?.[1] ?? /href="\/([^"]+\.css)"/.exec(fs.readFileSync(page(stories[0]!), 'utf8'))![1]!;
		fs.appendFileSync(page(stylesheet), `/* ${crypto.randomBytes(40_000).toString('hex')} */`);
		const heavy = await checkBoth();
		expect(heavy.breaches.filter((breach) => breach.budget === 'story-weight').length).toBeGreaterThan(1);

		// Plausible's script on a page: allowed while the settings choose Plausible at that address, a breach
		// of the page that did not change once they do not (the scripts are judged on every build, not kept).
		const script = 'https://plausible.io/js/script.js';
		edit(stories[1]!, /<\/head>/, `<script defer data-domain="www.lindeveld.example" src="${script}"></script></head>`);
		const chosen = settings.analytics;
		const scripts = (found: Awaited<ReturnType<typeof checkBoth>>) => found.breaches.filter((breach) => breach.budget === 'scripts').map((breach) => breach.file);
		try {
			settings.analytics = { provider: 'plausible', domain: 'www.lindeveld.example', script };
			expect(scripts(await checkBoth())).toEqual([]);
			settings.analytics = { provider: 'plausible', domain: 'www.lindeveld.example', script: 'https://plausible.io/js/script.tagged-events.js' };
			expect(scripts(await checkBoth())).toEqual([stories[1]]);
			settings.analytics = { provider: 'plausible', domain: 'www.lindeveld.example', script };
			expect(scripts(await checkBoth())).toEqual([]);
			settings.analytics = chosen;
			expect(scripts(await checkBoth())).toEqual([stories[1]]);
		} finally {
			settings.analytics = chosen;
		}
	});

	it('parse a page once for every check that must look at it again, and a page none of them must look at not at all', { timeout: 600_000 }, async () => {
		// A copy of the demo as built, with a cache of its own: the steps above changed theirs.
		const own = temporary('parsed');
		fs.cpSync(built, own, { recursive: true });
		const cache = temporary('parsed-kept');
		const parsedBy = async (needles: Awaited<ReturnType<typeof needlesOn>>) => {
			const files = new BuiltSite(own);
			const job: SiteChecksJob = { buildDir: own, root: projectRoot, base: '/', needles, mode: 'strict', content: { leftOut: [], withoutLinks: [] } };
			await findProblems(job, quiet, { cacheDir: cache, site: files });
			return Object.fromEntries(files.parseCounts());
		};
		const needles = await needlesOn(today);
		const pages = listFiles(own).filter((file) => file.endsWith('.html'));
		const once = (files: string[]) => Object.fromEntries(files.map((file) => [file, 1]));

		// The first check: every page, each once for the consent check, the SEO audit and the budgets together.
		expect(await parsedBy(needles)).toEqual(once(pages));
		// Nothing changed: what each check found in each page is kept, and no page is parsed.
		expect(await parsedBy(needles)).toEqual({});
		// One story edited: that page alone, once.
		const story = pages.find((file) => /^[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(file) && fs.readFileSync(path.join(own, file), 'utf8').includes('"Article"'))!;
		const text = fs.readFileSync(path.join(own, story), 'utf8');
		fs.writeFileSync(path.join(own, story), text.replace(/<p>[^<]{20,}<\/p>/, '<p>Een nieuwe alinea over de zorg op de afdeling, die de redactie vandaag schreef.</p>'));
		expect(await parsedBy(needles)).toEqual(once([story]));
		// Another day's verdicts: the consent check looks at every page again, the SEO audit and the budgets at none; each page once.
		expect(await parsedBy(await needlesOn('2040-01-01'))).toEqual(once(pages));
	});
});
