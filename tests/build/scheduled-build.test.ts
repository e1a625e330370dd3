/**
 * The daily build that a minor check cannot block (issue 16, item 4): on a morning when main holds a malformed
 * testimonial, a story over its budget and an SEO defect, the scheduled build still publishes the site without
 * what lost its consent overnight, leaves out what is broken and says so, and marks the run as failed; a strict
 * build of the same content stops.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANY_NUMBER, ANY_TEXT, buildSite, editorLanguageOfContent, logged } from '../support/build.ts';
import { packOf } from '../../src/i18n/packs.ts';
import { edit } from '../support/fixtures.ts';
import { brokenInternalLinks, readPages } from '../support/html.ts';
import { brokenDependencies, EXPIRED, filesContaining, MALFORMED, SCHEDULED_TODAY, scheduledMorning } from '../support/scheduled.ts';

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-build-report-'));
const env = (name: string, extra: Record<string, string> = {}) => ({ ZORGMERK_TODAY: SCHEDULED_TODAY, ZORGMERK_BUILD_REPORT: path.join(reports, `${name}.txt`), ...extra });
const reportOf = (name: string) => {
	const file = path.join(reports, `${name}.txt`);
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
};
const page = (dist: string, file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

describe('a scheduled build on a morning with a malformed testimonial, a story over budget and an SEO defect', () => {
	const content = scheduledMorning();
	const build = buildSite({ name: 'scheduled-morning', contentDir: content, env: env('scheduled-morning', { ZORGMERK_BUILD: 'scheduled' }) });
	const report = reportOf('scheduled-morning');

	it('publishes the site (exit 0, dist/ in place)', () => {
		expect(build.status, build.output).toBe(0);
		expect(fs.existsSync(path.join(build.dist, 'nl', 'index.html'))).toBe(true);
	});

	it('takes down the testimonial whose consent expired: no byte of its words, reference or name in any file', () => {
		expect(build.output).toMatch(logged(content, 'consent.summary', { date: '2026-06-15', published: ANY_NUMBER, leftOut: `${packOf(editorLanguageOfContent(content)).messageParts.consentLeftOut('expired', 1)}${ANY_TEXT}` }));
		for (const text of [EXPIRED.quote, EXPIRED.reference, `/${EXPIRED.slug}`]) expect(filesContaining(build.dist, text), text).toEqual([]);
	});

	it('leaves the malformed testimonial out: no byte of its words, reference, name or file name in any file', () => {
		for (const text of [MALFORMED.quote, MALFORMED.quote.slice(0, 30), MALFORMED.reference, MALFORMED.detail, MALFORMED.slug]) expect(filesContaining(build.dist, text), text).toEqual([]);
	});

	it('says loudly what it left out, naming the file and the field', () => {
		expect(build.output).toMatch(new RegExp(`WEGGELATEN \\(dagelijkse bouw\\) \\[build\\.leftOut\\]: \\S*testimonials/${MALFORMED.slug}\\.md\\n  - givenOn: "2025-13-01" is geen geldige datum`));
	});

	it('publishes the story that shows it, with the other testimonial and without this one', () => {
		const story = page(build.dist, 'nl/verhalen/een-dag-op-de-afdeling/index.html');
		expect(story).toContain('Binnen een week stond ik weer op de tennisbaan.');
		expect(story).not.toContain(MALFORMED.quote);
	});

	it('publishes the story over budget and the story with a duplicate title, and reports both as warnings', () => {
		expect(fs.existsSync(path.join(build.dist, 'nl', 'verhalen', 'een-heel-lang-verhaal', 'index.html'))).toBe(true);
		expect(fs.existsSync(path.join(build.dist, 'nl', 'verhalen', 'nog-een-dag', 'index.html'))).toBe(true);
		expect([0, 1, ANY_NUMBER].some((advice) => logged(content, 'seo.audited', { pages: ANY_NUMBER, defects: 2, advice, same: false }).test(build.output)), build.output).toBe(true);
		expect(build.output).toMatch(logged(content, 'budget.warned', { count: 1 }));
		expect(build.output).toMatch(logged(content, 'build.scheduled'));
	});

	it('writes a report that marks the run as failed and lists what was left out and every warning; the expired item, a normal end of consent, is not a problem', () => {
		expect(report).toBeDefined();
		expect(report!.split('\n')[0]).toBe('ZORGMERK: DE DAGELIJKSE BOUW IS MISLUKT [report.title]');
		expect(report).toContain('Weggelaten tot het is opgelost (1) [report.leftOut]:');
		expect(report).toMatch(new RegExp(`testimonials/${MALFORMED.slug}\\.md\\n  - givenOn: "2025-13-01" is geen geldige datum`));
		expect(report).toContain('een bouw na een wijziging stopt hierop (3) [report.warnings]:');
		expect(report).toMatch(/ {2}- Boven het budget \[budget\.over\]: \/nl\/verhalen\/een-heel-lang-verhaal\/ .*meer dan 20\.0 KB.* \[budget\.storyWeight\]/);
		expect(report).toMatch(/ {2}- SEO-fout \[seo\.defect\]: \/nl\/verhalen\/nog-een-dag\/index\.html: de titel "Een dag op de afdeling — Testkliniek Oost" staat ook op \/nl\/verhalen\/een-dag-op-de-afdeling\/index\.html; .* \[seo\.duplicateTitle\]/);
		expect(report).not.toContain(`testimonials/${EXPIRED.slug}.md`);
		// The build prints the same report, after the site is in place.
		expect(build.output).toContain(report!.trim());
		expect(build.output).toContain('zonder wat is weggelaten; deze bouw telt als mislukt (zie het verslag). [build.readyWithoutLeftOut]');
	});

	it('with the same content, a strict build (every build on a push) stops, names the file and field, and leaves neither a site nor a report', () => {
		const strict = buildSite({ name: 'scheduled-morning-strict', contentDir: content, env: env('scheduled-morning-strict') });
		expect(strict.status).not.toBe(0);
		expect(strict.output).toMatch(new RegExp(`testimonials/${MALFORMED.slug}\\.md\\n  - givenOn: "2025-13-01" is geen geldige datum`));
		expect(fs.existsSync(strict.dist)).toBe(false);
		expect(reportOf('scheduled-morning-strict')).toBeUndefined();
	});
});

describe('a scheduled build whose malformed testimonial was also pasted into a story', () => {
	const content = scheduledMorning();
	edit(content, 'stories/nl/een-dag-op-de-afdeling.mdx', 'Om zeven uur begint de dag.', `Om zeven uur begint de dag. Een patiënt zei: "${MALFORMED.quote}"`);
	const build = buildSite({ name: 'scheduled-leak', contentDir: content, env: env('scheduled-leak', { ZORGMERK_BUILD: 'scheduled' }) });

	it('stops: the leak proof stops every build, and what was left out may appear nowhere, as what lost its consent', () => {
		expect(build.status).not.toBe(0);
		// The leak report names the page by its address, the words and where they come from, and why they may not be there.
		expect(build.output).toMatch(
			new RegExp(`  - nl/verhalen/een-dag-op-de-afdeling/ — tekst: '[^']*met de hond door het park[^']*' komt uit \\S*testimonials/${MALFORMED.slug}\\.md \\(quote\\), weggelaten omdat het een fout heeft \\[consent\\.leak\\]\n`),
		);
		expect(fs.existsSync(build.dist)).toBe(false);
		expect(reportOf('scheduled-leak')).toBeUndefined();
	});
});

describe('a scheduled build on a morning when what other entries name is broken', () => {
	const { status, output, dist } = buildSite({ name: 'scheduled-dependencies', contentDir: brokenDependencies(), env: env('scheduled-dependencies', { ZORGMERK_BUILD: 'scheduled' }) });
	const report = reportOf('scheduled-dependencies') ?? '';
	/** The files the report lists as left out: each on a line of its own. */
	const leftOut = () => [...report.matchAll(/^\S+\/((?:stories|testimonials|specialties|team|locations|pages)\/\S+\.mdx?)$/gm)].map((match) => match[1]);

	it('publishes the site, with no link to anything it left out', () => {
		expect(status, output).toBe(0);
		expect(brokenInternalLinks(dist)).toEqual([]);
	});

	it('leaves out each broken file, and the other language version of the broken patient story with it, saying why', () => {
		expect(leftOut().sort()).toEqual(
			['locations/nl/hoofdgebouw.md', 'pages/nl/about.md', 'specialties/nl/hartcentrum.md', 'stories/en/herstel-na-een-liesbreuk.mdx', 'stories/nl/herstel-na-een-liesbreuk.mdx', 'team/nl/anna-jansen.md', 'testimonials/sanne.md'].sort(),
		);
		expect(report).toMatch(/stories\/en\/herstel-na-een-liesbreuk\.mdx\n {2}- weggelaten omdat \S*stories\/nl\/herstel-na-een-liesbreuk\.mdx is weggelaten: toestemming geldt voor de persoon/);
		expect(report).toMatch(/testimonials\/sanne\.md\n {2}- photo: \S*media\/sanne\.png: deze foto is beschadigd/);
	});

	it('publishes no version of the patient story whose Dutch version is broken: no page, title or address of it anywhere', () => {
		for (const text of ['herstel-na-een-liesbreuk', 'Recovering from a hernia', 'Herstel na een liesbreuk', 'FIXTURE-PATIENT-STORY-REF']) expect(filesContaining(dist, text), text).toEqual([]);
	});

	it('leaves out the testimonial whose photo is broken, words and all', () => {
		for (const text of ['De nazorg was zo goed geregeld', 'TOE-FIXTURE-SANNE', 'sanne']) expect(filesContaining(dist, text), text).toEqual([]);
	});

	it('publishes the English versions of the team member, page, location and specialty, which have no problem', () => {
		for (const file of ['en/team/anna-jansen/index.html', 'en/about/index.html', 'en/locations/hoofdgebouw/index.html', 'en/specialties/hartcentrum/index.html']) expect(fs.existsSync(path.join(dist, file)), file).toBe(true);
		for (const file of ['nl/team/anna-jansen/index.html', 'nl/over-ons/index.html', 'nl/locaties/hoofdgebouw/index.html', 'nl/specialismen/hartcentrum/index.html']) expect(fs.existsSync(path.join(dist, file)), file).toBe(false);
	});

	it('shows what names a left-out entry without the link: the menu without the page, the specialty without its team member and location, the story under its other specialty only', () => {
		expect(page(dist, 'nl/index.html')).not.toContain('over-ons');
		expect(page(dist, 'en/index.html')).toContain('href="/en/about/"');
		const specialty = page(dist, 'nl/specialismen/liesbreukcentrum/index.html');
		expect(specialty).not.toContain('Anna Jansen');
		expect(specialty).not.toContain('/nl/locaties/hoofdgebouw/');
		expect(page(dist, 'en/specialties/liesbreukcentrum/index.html')).toContain('Anna Jansen');
		expect(fs.existsSync(path.join(dist, 'nl', 'verhalen', 'een-dag-op-de-afdeling', 'index.html'))).toBe(true);
		expect(readPages(dist).filter(([, html]) => html.includes('/nl/specialismen/hartcentrum/'))).toEqual([]);
		expect(page(dist, 'en/specialties/hartcentrum/index.html')).toContain('/en/stories/een-dag-op-de-afdeling/');
	});

	it('names every place published without a link in the report', () => {
		expect(report).toContain('Gepubliceerd zonder verwijzing naar wat is weggelaten (5) [report.withoutLinks]:');
		for (const line of [
			/stories\/nl\/een-dag-op-de-afdeling\.mdx: specialties\[1\] "hartcentrum": gepubliceerd zonder deze verwijzing, want \S*specialties\/nl\/hartcentrum\.md is weggelaten/,
			/specialties\/nl\/liesbreukcentrum\.md: team\[0\] "anna-jansen": /,
			/specialties\/nl\/liesbreukcentrum\.md: contact\.location "hoofdgebouw": /,
			/settings\/site\.yaml: navigation\[2\]\.page "about" \(nl\): /,
			/settings\/site\.yaml: contact\.mainLocation "hoofdgebouw": /,
		]) {
			expect(report).toMatch(line);
		}
	});
});
