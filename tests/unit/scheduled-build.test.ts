/**
 * The pure parts of the scheduled build (issue 16, item 4): which mode a build runs in, what it leaves out and what
 * goes with it, what is published without a link, what the leak proof is told, the report, and the content check
 * that leaves out instead of stopping. Whole builds are in tests/build/scheduled-build.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { whyNotLabel } from '../../src/consent/leak-check.ts';
import { leakNeedles } from '../../src/consent/needles.ts';
import { consentItemsFrom } from '../../src/consent/register.ts';
import { buildMode } from '../../src/integrations/build-mode.ts';
import { message } from '../../src/messages/index.ts';
import { formatBuildReport, hasProblems, recordBuildReport, type BuildFindings } from '../../src/integrations/build-report.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { parseSettings } from '../../src/settings/read.ts';
import { approvedEntryFiles, type CheckedEntry, type RejectedEntry } from '../../src/validation/check-content.ts';
import { runContentCheck } from '../../src/validation/content-report.ts';
import { leaveOut, leftOutReasons, mayCarryConsent, publishedWithoutLinks, withheldEntries } from '../../src/validation/left-out.ts';
import { basicFixture, edit, fixtureCopy } from '../support/fixtures.ts';
import { projectRoot } from '../support/build.ts';

/** A content folder inside the project, so that files are shown as editors see them ("content/…"); nothing is read from it. */
const contentDir = path.resolve('content');
const EXTENSION: Record<CollectionName, string> = { stories: 'mdx', testimonials: 'md', specialties: 'md', team: 'md', locations: 'md', pages: 'md' };
const fileOf = (collection: CollectionName, locale: string | undefined, slug: string) => path.join(contentDir, collection, ...(locale ? [locale] : []), `${slug}.${EXTENSION[collection]}`);
const checked = (collection: CollectionName, locale: string | undefined, slug: string, data: Record<string, unknown>, body = ''): CheckedEntry => ({
	collection,
	file: fileOf(collection, locale, slug),
	...(locale ? { locale } : {}),
	slug,
	data,
	body,
});
const rejected = (collection: CollectionName, locale: string | undefined, slug: string, data: Record<string, unknown>, problems = ['givenOn: wrong']): RejectedEntry => ({
	collection,
	file: fileOf(collection, locale, slug),
	...(locale ? { locale } : {}),
	slug,
	data,
	problems,
});
const shown = (entries: { file: string }[]) => entries.map((entry) => path.relative(contentDir, entry.file));
const settings = parseSettings(parse(fs.readFileSync(path.join(basicFixture, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});

describe('the build mode', () => {
	it('is strict unless ZORGMERK_BUILD says scheduled', () => {
		expect(buildMode({})).toBe('strict');
		expect(buildMode({ ZORGMERK_BUILD: '' })).toBe('strict');
		expect(buildMode({ ZORGMERK_BUILD: 'strict' })).toBe('strict');
		expect(buildMode({ ZORGMERK_BUILD: 'scheduled' })).toBe('scheduled');
		expect(buildMode({ ZORGMERK_BUILD: ' scheduled\n' })).toBe('scheduled');
	});

	it('refuses any other value, naming it, rather than quietly building another way', () => {
		expect(() => buildMode({ ZORGMERK_BUILD: 'Scheduled' })).toThrow(message('build.modeUnknown', { value: 'Scheduled' }));
		expect(() => buildMode({ ZORGMERK_BUILD: 'schedule' })).toThrow(/"schedule"/);
	});
});

describe('what a scheduled build leaves out', () => {
	const staff = (locale: string) => checked('stories', locale, 'een-dag', { kind: 'staff', title: `Een dag (${locale})` });
	const patient = (locale: string) => checked('stories', locale, 'herstel', { kind: 'patient', title: `Herstel (${locale})`, consent: { reference: 'TOE-1' } });

	it('leaves out an entry with a problem of its own, and keeps the rest in their order', () => {
		const entries = [checked('testimonials', undefined, 'marieke', { quote: 'Goed.' }), staff('nl'), staff('en')];
		const result = leaveOut(entries, [rejected('testimonials', undefined, 'kapot', { quote: 'Kapot.' })]);
		expect(shown(result.leftOut)).toEqual(['testimonials/kapot.md']);
		expect(result.leftOut[0]!.problems).toEqual(['givenOn: wrong']);
		expect(result.kept).toEqual(entries);
	});

	it('leaves out an entry that passed its own file’s checks but failed a reference or its picture (it is among the rejected too)', () => {
		const story = staff('nl');
		const result = leaveOut([story, staff('en')], [{ ...rejected('stories', 'nl', 'een-dag', story.data, ['specialties[0]: "x" does not exist']) }]);
		expect(shown(result.kept)).toEqual(['stories/en/een-dag.mdx']);
		expect(shown(result.leftOut)).toEqual(['stories/nl/een-dag.mdx']);
	});

	it('leaves out every other language version of a patient story when one is broken, saying why: consent belongs to the person', () => {
		const result = leaveOut([patient('en'), staff('en')], [rejected('stories', 'nl', 'herstel', { kind: 'patient', title: 'Herstel' })]);
		expect(shown(result.leftOut)).toEqual(['stories/nl/herstel.mdx', 'stories/en/herstel.mdx']);
		expect(result.leftOut[1]).toMatchObject({ with: 'content/stories/nl/herstel.mdx', body: '', data: patient('en').data });
		expect(result.leftOut[1]!.problems).toEqual([
			'weggelaten omdat content/stories/nl/herstel.mdx is weggelaten: toestemming geldt voor de persoon, niet voor één taalversie, dus geen versie wordt gepubliceerd zolang één ervan een fout heeft. Los de fout in content/stories/nl/herstel.mdx op. [leftOut.otherTranslation]',
		]);
		expect(shown(result.kept)).toEqual(['stories/en/een-dag.mdx']);
	});

	it('also when the broken version is the only one that says it needs consent, or is too broken to say what kind of story it is', () => {
		const english = staff('en');
		expect(shown(leaveOut([english], [rejected('stories', 'nl', 'een-dag', { kind: 'staff', consent: 'kapot' })]).kept)).toEqual([]);
		expect(shown(leaveOut([english], [rejected('stories', 'nl', 'een-dag', {})]).kept)).toEqual([]);
		expect(shown(leaveOut([english], [rejected('stories', 'nl', 'een-dag', { kind: 'patiënt' })]).kept)).toEqual([]);
	});

	it('also when another version carries a consent block', () => {
		const withConsent = checked('stories', 'en', 'een-dag', { kind: 'staff', consent: { reference: 'TOE-2' } });
		expect(shown(leaveOut([withConsent], [rejected('stories', 'nl', 'een-dag', { kind: 'staff' })]).leftOut)).toEqual(['stories/nl/een-dag.mdx', 'stories/en/een-dag.mdx']);
	});

	it('keeps the other versions of a story that carries no consent, of a page, a team member or a specialty: shown without the language link, as an untranslated one', () => {
		expect(shown(leaveOut([staff('en')], [rejected('stories', 'nl', 'een-dag', { kind: 'staff' })]).kept)).toEqual(['stories/en/een-dag.mdx']);
		for (const collection of ['pages', 'team', 'specialties', 'locations'] as const) {
			const english = checked(collection, 'en', 'x', { title: 'X' });
			expect(leaveOut([english], [rejected(collection, 'nl', 'x', {})]).kept, collection).toEqual([english]);
		}
	});

	it('leaves out a version withheld with two broken ones once, naming the first', () => {
		const result = leaveOut([patient('en')], [rejected('stories', 'nl', 'herstel', {}), rejected('stories', 'fr', 'herstel', {})]);
		expect(shown(result.leftOut)).toEqual(['stories/nl/herstel.mdx', 'stories/fr/herstel.mdx', 'stories/en/herstel.mdx']);
		expect(result.leftOut[2]!.with).toBe('content/stories/nl/herstel.mdx');
	});

	it('judges whether a version may carry consent from what could be read of it', () => {
		expect(mayCarryConsent('stories', { kind: 'patient' }, true)).toBe(true);
		expect(mayCarryConsent('stories', { kind: 'staff' }, true)).toBe(false);
		expect(mayCarryConsent('stories', { kind: 'staff' }, false)).toBe(false);
		expect(mayCarryConsent('stories', { kind: 42 }, false)).toBe(true);
		expect(mayCarryConsent('pages', {}, false)).toBe(false);
		expect(mayCarryConsent('pages', { consent: {} }, false)).toBe(true);
	});
});

describe('what is published without a link to a left-out entry', () => {
	it('names each reference to a left-out entry in its language: author, reviewer, specialties, a testimonial’s specialties, the menu and the main location', () => {
		const kept = [
			checked('stories', 'nl', 'herstel', { kind: 'staff', author: 'anna', reviewedBy: 'anna', specialties: ['liesbreukcentrum', 'hartcentrum'] }),
			checked('stories', 'en', 'herstel', { kind: 'staff', author: 'anna', reviewedBy: 'anna', specialties: ['liesbreukcentrum', 'hartcentrum'] }),
			checked('testimonials', undefined, 'marieke', { locale: 'nl', specialties: ['hartcentrum'] }),
			checked('specialties', 'nl', 'liesbreukcentrum', { team: ['anna', 'piet'], contact: { location: 'hoofdgebouw' } }),
		];
		const leftOut = leaveOut([], [
			rejected('team', 'nl', 'anna', {}),
			rejected('specialties', 'nl', 'hartcentrum', {}),
			rejected('pages', 'nl', 'about', {}),
			rejected('locations', 'nl', 'hoofdgebouw', {}),
		]).leftOut;
		expect(publishedWithoutLinks(kept, leftOut, settings, contentDir)).toEqual([
			'content/stories/nl/herstel.mdx: specialties[1] "hartcentrum": gepubliceerd zonder deze verwijzing, want content/specialties/nl/hartcentrum.md is weggelaten [leftOut.withoutLink]',
			'content/stories/nl/herstel.mdx: author "anna": gepubliceerd zonder deze verwijzing, want content/team/nl/anna.md is weggelaten [leftOut.withoutLink]',
			'content/stories/nl/herstel.mdx: reviewedBy "anna": gepubliceerd zonder deze verwijzing, want content/team/nl/anna.md is weggelaten [leftOut.withoutLink]',
			'content/testimonials/marieke.md: specialties[0] "hartcentrum": gepubliceerd zonder deze verwijzing, want content/specialties/nl/hartcentrum.md is weggelaten [leftOut.withoutLink]',
			'content/specialties/nl/liesbreukcentrum.md: team[0] "anna": gepubliceerd zonder deze verwijzing, want content/team/nl/anna.md is weggelaten [leftOut.withoutLink]',
			'content/specialties/nl/liesbreukcentrum.md: contact.location "hoofdgebouw": gepubliceerd zonder deze verwijzing, want content/locations/nl/hoofdgebouw.md is weggelaten [leftOut.withoutLink]',
			'content/settings/site.yaml: navigation[2].page "about" (nl): gepubliceerd zonder deze verwijzing, want content/pages/nl/about.md is weggelaten [leftOut.withoutLink]',
			'content/settings/site.yaml: contact.mainLocation "hoofdgebouw": gepubliceerd zonder deze verwijzing, want content/locations/nl/hoofdgebouw.md is weggelaten [leftOut.withoutLink]',
		]);
	});

	it('names nothing when nothing that is named was left out', () => {
		const kept = [checked('stories', 'nl', 'herstel', { kind: 'staff', author: 'anna', specialties: ['liesbreukcentrum'] })];
		expect(publishedWithoutLinks(kept, leaveOut([], [rejected('team', 'en', 'anna', {}), rejected('testimonials', undefined, 'anna', {})]).leftOut, settings, contentDir)).toEqual([]);
	});
});

describe('what the leak proof is told about what was left out', () => {
	const broken = [
		rejected('testimonials', undefined, 'kapot', { quote: 'Na de operatie liep ik binnen twee weken weer met de hond.', author: 'Joost', photo: '../media/joost.jpg', consent: { reference: 'TOE-KAPOT', withdrawnOn: new Date('2026-01-10') } }),
		rejected('testimonials', undefined, 'onleesbaar', { quote: 42, consent: { reference: 7 } }),
		rejected('stories', 'nl', 'herstel', { title: 'Herstel na een liesbreuk', kind: 'patiënt', hero: { image: '../../media/x.jpg', alt: 'Een foto' }, specialties: 'liesbreukcentrum' }),
		rejected('stories', 'nl', 'een-dag', { title: 'Een dag op de afdeling', kind: 'staff' }),
	];
	const english = checked('stories', 'en', 'herstel', { kind: 'patient', title: 'Recovering from a hernia', consent: { reference: 'TOE-HERSTEL' } }, 'The story.');
	const { leftOut } = leaveOut([english], broken);
	const withheld = withheldEntries(leftOut);

	it('withholds each as a draft, with only what is certainly text of a file that failed its checks, and all of a version left out with another', () => {
		expect(withheld.map((entry) => entry.data)).toEqual([
			{ quote: 'Na de operatie liep ik binnen twee weken weer met de hond.', consent: { reference: 'TOE-KAPOT', withdrawnOn: '2026-01-10' }, draft: true },
			{ quote: '', draft: true },
			{ title: 'Herstel na een liesbreuk', kind: 'patient', draft: true },
			{ title: 'Een dag op de afdeling', kind: 'staff', draft: true },
			{ ...english.data, draft: true },
		]);
		expect(withheld.map((entry) => entry.body)).toEqual(['', '', '', '', 'The story.']);
	});

	it('makes the testimonials and the (possible) patient stories items whose words, address and reference may appear in no built file', () => {
		const items = consentItemsFrom(withheld);
		expect(items.map((item) => item.slug)).toEqual(['kapot', 'onleesbaar', 'herstel', 'herstel']);
		const needles = JSON.stringify(leakNeedles(items, '2026-06-15'));
		for (const text of ['Na de operatie liep ik binnen twee weken weer met de hond.', 'TOE-KAPOT', '"kapot"', '"onleesbaar"', 'Herstel na een liesbreuk', '"herstel"', 'Recovering from a hernia', 'TOE-HERSTEL']) expect(needles).toContain(text);
		expect(needles).not.toContain('Een dag op de afdeling');
	});

	it('tells the leak proof why each may not be published: left out because of its own problem or another version’s, or withdrawn when its form says so', () => {
		const needles = leakNeedles(consentItemsFrom(withheld), '2026-06-15', { leftOut: leftOutReasons(leftOut) });
		const why = (source: string) => [...new Set(needles.filter((needle) => needle.source === source && needle.kind !== 'reference').map((needle) => JSON.stringify(needle.why)))].map((text) => JSON.parse(text));
		expect(why('content/testimonials/onleesbaar.md')).toEqual([{ state: 'left-out' }]);
		expect(why('content/stories/nl/herstel.mdx')).toEqual([{ state: 'left-out' }]);
		expect(why('content/stories/en/herstel.mdx')).toEqual([{ state: 'left-out', with: 'content/stories/nl/herstel.mdx' }]);
		expect(why('content/testimonials/kapot.md')).toEqual([{ state: 'withdrawn', on: '2026-01-10' }]);
		expect(whyNotLabel({ state: 'left-out' })).toBe('weggelaten omdat het een fout heeft');
		expect(whyNotLabel({ state: 'left-out', with: 'content/stories/nl/herstel.mdx' })).toBe('weggelaten omdat content/stories/nl/herstel.mdx een fout heeft');
	});
});

describe('the build report', () => {
	const findings: BuildFindings = {
		leftOut: [{ file: 'content/testimonials/kapot.md', problems: ['givenOn: "2025-13-01" is geen geldige datum / is not a valid date'] }],
		withoutLinks: ['content/stories/nl/x.mdx: author "anna": published without this link'],
		warnings: ['SEO-fout [seo.defect]: /nl/x/index.html: de pagina heeft geen beschrijving [seo.descriptionMissing]', 'Boven het budget [budget.over]: /nl/verhalen/y/ is te zwaar [budget.storyWeight]'],
	};

	it('marks the run as failed and lists what was left out, what lost a link and every warning, in the editor’s language', () => {
		expect(formatBuildReport(findings, 'dist/')).toBe(
			[
				'ZORGMERK: DE DAGELIJKSE BOUW IS MISLUKT [report.title]',
				'De site is wel gepubliceerd (dist/), zonder wat hieronder is weggelaten, zodat toestemming die is verlopen of ingetrokken van de site af is. Los op wat hieronder staat; tot dan blijft het weggelaten en eindigt elke dagelijkse bouw zo. [report.publishedAnyway]',
				'',
				'Weggelaten tot het is opgelost (1) [report.leftOut]:',
				'',
				'content/testimonials/kapot.md',
				'  - givenOn: "2025-13-01" is geen geldige datum / is not a valid date',
				'',
				'Gepubliceerd zonder verwijzing naar wat is weggelaten (1) [report.withoutLinks]:',
				'  - content/stories/nl/x.mdx: author "anna": published without this link',
				'',
				'Waarschuwingen; een bouw na een wijziging stopt hierop (2) [report.warnings]:',
				'  - SEO-fout [seo.defect]: /nl/x/index.html: de pagina heeft geen beschrijving [seo.descriptionMissing]',
				'  - Boven het budget [budget.over]: /nl/verhalen/y/ is te zwaar [budget.storyWeight]',
				'',
			].join('\n'),
		);
	});

	it('is written when there is anything to report, and an old one is removed when there is nothing', () => {
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-report-')), 'sub', 'build-report.txt');
		const none: BuildFindings = { leftOut: [], withoutLinks: [], warnings: [] };
		expect(hasProblems(none)).toBe(false);
		expect(hasProblems({ ...none, warnings: ['SEO: x'] })).toBe(true);
		expect(recordBuildReport(file, findings, 'dist/')).toBe(fs.readFileSync(file, 'utf8'));
		expect(recordBuildReport(file, none, 'dist/')).toBeUndefined();
		expect(fs.existsSync(file)).toBe(false);
	});
});

describe('the content check of a scheduled build', () => {
	const publicDir = path.join(projectRoot, 'public');
	const problems = (report: Awaited<ReturnType<typeof runContentCheck>>) => report.errors.flatMap((error) => error.problems.map((problem) => `${path.basename(error.file)}: ${problem}`));

	it('leaves out a malformed entry, one that uses a broken picture, and a symbolic link, instead of reporting errors; Astro is given the rest', async () => {
		const dir = fixtureCopy((content) => {
			edit(content, 'testimonials/marieke.md', 'givenOn: 2025-03-01', 'givenOn: 2025-13-01');
			const half = fs.readFileSync(path.join(content, 'media', 'portrait.png'));
			fs.writeFileSync(path.join(content, 'media', 'portrait.png'), half.subarray(0, half.length / 2));
			fs.symlinkSync('/etc/hostname', path.join(content, 'stories', 'nl', 'link.mdx'));
		});
		const strict = await runContentCheck({ contentDir: dir, publicDir });
		expect(problems(strict)).toEqual([
			expect.stringMatching(/^link\.mdx: dit is een symbolische koppeling/),
			expect.stringMatching(/^marieke\.md: givenOn: "2025-13-01" is geen geldige datum/),
			expect.stringMatching(/^portrait\.png: deze foto is beschadigd .* Gebruikt door: .*team\/en\/anna-jansen\.md \(photo\), .*team\/nl\/anna-jansen\.md \(photo\)/),
		]);

		const scheduled = await runContentCheck({ contentDir: dir, publicDir, leaveOut: true });
		expect(scheduled.errors).toEqual([]);
		expect(scheduled.leftOut.map((entry) => path.relative(dir, entry.file))).toEqual(['testimonials/marieke.md', 'team/en/anna-jansen.md', 'team/nl/anna-jansen.md']);
		expect(scheduled.leftOut.map((entry) => entry.problems)).toEqual([
			[expect.stringMatching(/^givenOn: "2025-13-01" is geen geldige datum/)],
			[expect.stringMatching(/^photo: \S*\/media\/portrait\.png: deze foto is beschadigd of maar half opgeslagen .*vanaf het origineel\. \[picture\.damaged\]$/)],
			[expect.stringMatching(/^photo: \S*\/media\/portrait\.png: deze foto is beschadigd/)],
		]);
		expect(scheduled.ignored.map((error) => path.basename(error.file))).toEqual(['link.mdx']);
		expect(approvedEntryFiles(dir, scheduled.settings!, 'testimonials')).toEqual(['verlopen.md']);
		expect(approvedEntryFiles(dir, scheduled.settings!, 'team')).toEqual([]);
		expect(scheduled.entries.map((entry) => entry.slug)).not.toContain('marieke');
	});

	it('still stops on what makes a safe site impossible: settings that fail their check, a settings folder that is a link elsewhere', async () => {
		const badSettings = fixtureCopy((content) => edit(content, 'settings/site.yaml', 'locales: [nl, en]', 'locales: [nl, xx]'));
		const report = await runContentCheck({ contentDir: badSettings, publicDir, leaveOut: true });
		expect(problems(report)[0]).toMatch(/^site\.yaml: locales\[1\]/);
		expect(report.leftOut).toEqual([]);

		const linkedSettings = fixtureCopy((content) => {
			const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-settings-'));
			fs.renameSync(path.join(content, 'settings'), path.join(elsewhere, 'settings'));
			fs.symlinkSync(path.join(elsewhere, 'settings'), path.join(content, 'settings'));
		});
		expect(problems(await runContentCheck({ contentDir: linkedSettings, publicDir, leaveOut: true }))).toEqual([expect.stringMatching(/^settings: dit is een symbolische koppeling/)]);
	});
});
