import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/schemas/primitives.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { edit, fixtureCopy } from '../support/fixtures.ts';

/** Checks a copy of the basic fixture after `change`; returns "file: problem" lines, with the temporary folder left out. */
function check(change: (dir: string) => void = () => {}): string[] {
	const dir = fixtureCopy(change);
	const settingsFile = path.join(dir, 'settings', 'site.yaml');
	const settings = parseSettings(parse(fs.readFileSync(settingsFile, 'utf8')), 'settings/site.yaml', {});
	const { errors } = checkContent(dir, settings);
	const shown = path.relative(process.cwd(), dir).split(path.sep).join('/');
	return errors.flatMap((error) => error.problems.map((problem) => `${error.file}: ${problem}`.replaceAll(`${shown}/`, '')));
}

describe('the content check', () => {
	it('finds nothing wrong in the basic fixture', () => {
		expect(check()).toEqual([]);
	});

	it('names both files and the field when a reference points nowhere', () => {
		expect(check((dir) => edit(dir, 'stories/en/een-dag-op-de-afdeling.mdx', 'specialties: [liesbreukcentrum]', 'specialties: [liesbreukcentrum, hartcentrum]'))).toEqual([
			'stories/en/een-dag-op-de-afdeling.mdx: specialties[1]: "hartcentrum" bestaat niet: specialties/en/hartcentrum.md ontbreekt [reference.missing]',
		]);
		expect(check((dir) => edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', 'reviewedBy: anna-jansen', 'reviewedBy: piet-pieters'))[0]).toMatch(
			/^stories\/nl\/herstel-na-een-liesbreuk\.mdx: reviewedBy: "piet-pieters" bestaat niet: team\/nl\/piet-pieters\.md ontbreekt/,
		);
		expect(check((dir) => edit(dir, 'specialties/nl/liesbreukcentrum.md', 'location: hoofdgebouw', 'location: bijgebouw'))[0]).toContain('contact.location: "bijgebouw" bestaat niet');
	});

	it('resolves a reference in the entry’s own language', () => {
		expect(check((dir) => fs.rmSync(path.join(dir, 'team', 'en', 'anna-jansen.md')))).toContain(
			'stories/en/herstel-na-een-liesbreuk.mdx: author: "anna-jansen" bestaat niet: team/en/anna-jansen.md ontbreekt [reference.missing]',
		);
	});

	it('checks a testimonial’s language: one the kit has a file for, and the site publishes', () => {
		expect(check((dir) => edit(dir, 'testimonials/marieke.md', 'locale: nl', 'locale: xx'))).toEqual([
			`testimonials/marieke.md: locale: "xx" kan niet als de taal; kies uit: ${SUPPORTED_LOCALES.join(', ')} [choice.invalid]`,
		]);
		const unpublished = SUPPORTED_LOCALES.find((locale) => !['nl', 'en'].includes(locale));
		expect(unpublished).toBeDefined();
		expect(check((dir) => edit(dir, 'testimonials/marieke.md', 'locale: nl', `locale: ${unpublished}`))).toContain(
			`testimonials/marieke.md: locale: "${unpublished}" is geen taal van deze site (nl, en) [language.notPublished]`,
		);
	});

	it('requires file names that can be addresses, and language folders the site has', () => {
		expect(
			check((dir) => {
				fs.renameSync(path.join(dir, 'stories', 'nl', 'een-dag-op-de-afdeling.mdx'), path.join(dir, 'stories', 'nl', 'Een dag.mdx'));
				fs.mkdirSync(path.join(dir, 'stories', 'de'));
				fs.copyFileSync(path.join(dir, 'stories', 'en', 'een-dag-op-de-afdeling.mdx'), path.join(dir, 'stories', 'de', 'een-dag-op-de-afdeling.mdx'));
			}),
		).toEqual([
			'stories/de/een-dag-op-de-afdeling.mdx: De map "de" is geen taal van deze site (nl, en) [file.folderNotALanguage]',
			'stories/nl/Een dag.mdx: De bestandsnaam "Een dag" mag alleen kleine letters, cijfers en streepjes bevatten [file.nameNotASlug]',
		]);
	});

	it('refuses a file name longer than a slug may be, as the field would be (the page’s link preview "<name>.png" must fit a file name)', () => {
		const long = `een-dag-op-de-afdeling-${'x'.repeat(217)}`;
		expect(long).toHaveLength(240);
		expect(
			check((dir) => {
				for (const locale of ['nl', 'en']) fs.renameSync(path.join(dir, 'stories', locale, 'een-dag-op-de-afdeling.mdx'), path.join(dir, 'stories', locale, `${long}.mdx`));
			}),
		).toEqual([`stories/en/${long}.mdx: De bestandsnaam is 240 tekens lang: maximaal 200, want de site noemt er andere bestanden naar (een letter met een accent of een ander bijzonder teken telt voor twee of meer). Kies een kortere naam [file.nameTooLong]`, `stories/nl/${long}.mdx: De bestandsnaam is 240 tekens lang: maximaal 200, want de site noemt er andere bestanden naar (een letter met een accent of een ander bijzonder teken telt voor twee of meer). Kies een kortere naam [file.nameTooLong]`]);
	});

	it('checks the settings’ main location and menu pages', () => {
		const problems = check((dir) => {
			edit(dir, 'settings/site.yaml', 'mainLocation: hoofdgebouw', 'mainLocation: bijgebouw');
			edit(dir, 'settings/site.yaml', '- page: about', '- page: over');
		});
		expect(problems).toEqual([
			'settings/site.yaml: contact.mainLocation: "bijgebouw" bestaat niet: locations/nl/bijgebouw.md ontbreekt [reference.missing]',
			'settings/site.yaml: navigation[2].page: "over" bestaat niet: pages/nl/over.md ontbreekt [reference.missing]',
			'settings/site.yaml: navigation[2].page: "over" bestaat niet: pages/en/over.md ontbreekt [reference.missing]',
		]);
	});

	it('explains front matter it cannot read, with the line', () => {
		expect(check((dir) => edit(dir, 'pages/nl/about.md', 'title: Over ons', 'title: Over ons: wie wij zijn'))).toEqual([
			'pages/nl/about.md: De gegevens bovenaan het bestand zijn niet te lezen (regel 2). Staat er een dubbele punt of aanhalingsteken in een tekst? Zet de hele tekst dan tussen dubbele aanhalingstekens "…". [yaml.unreadable]',
		]);
	});

	it('reports a missing picture with the path it looked for', () => {
		expect(check((dir) => fs.rmSync(path.join(dir, "media", "hero.png")))).toContain(
			'stories/nl/herstel-na-een-liesbreuk.mdx: hero.image: afbeelding niet gevonden: "../../media/hero.png" (content/media/hero.png bestaat niet). [pictureRef.notFound]',
		);
	});
});

describe('one address, one page', () => {
	const story = (title: string, extra = '') => `---\ntitle: "${title}"\ndescription: "Een verhaal dat alleen bestaat om te testen welk adres het krijgt op de site."\npublishedOn: 2025-06-01\nkind: staff\nspecialties: [liesbreukcentrum]\n${extra}---\nTekst.\n`;

	it('refuses a page whose slug is the address of a section the site makes, naming the file, the field, the address and what is there', () => {
		expect(check((dir) => edit(dir, 'pages/nl/about.md', 'slug: over-ons', 'slug: verhalen'))).toEqual([
			'pages/nl/about.md: slug: "verhalen" geeft het adres /nl/verhalen/, en daar staat al het overzicht van de verhalen. Kies een andere slug [address.slugTaken]',
		]);
		expect(check((dir) => edit(dir, 'pages/en/about.md', 'slug: about', 'slug: search'))).toEqual([
			'pages/en/about.md: slug: "search" geeft het adres /en/search/, en daar staat al de zoekpagina. Kies een andere slug [address.slugTaken]',
		]);
		// Another language's address word is no address in this one.
		expect(check((dir) => edit(dir, 'pages/en/about.md', 'slug: about', 'slug: verhalen'))).toEqual([]);
	});

	it('refuses a page whose file name is such an address when it has no slug of its own', () => {
		expect(
			check((dir) => {
				fs.copyFileSync(path.join(dir, 'pages', 'en', 'about.md'), path.join(dir, 'pages', 'en', 'stories.md'));
				edit(dir, 'pages/en/stories.md', 'slug: about\n', '');
				edit(dir, 'pages/en/stories.md', 'description: About the test clinic', 'description: The stories page of the test clinic');
			}),
		).toEqual([
			'pages/en/stories.md: slug: zonder slug is het adres de bestandsnaam "stories": /en/stories/, en daar staat al het overzicht van de verhalen. Geef dit bestand een eigen slug [address.fileNameTaken]',
		]);
	});

	it('refuses a translation whose slug is another item’s address in the same language, naming that file; the same slug in two languages is fine', () => {
		expect(check((dir) => edit(dir, 'stories/en/herstel-na-een-liesbreuk.mdx', 'title: Recovering from a hernia\n', 'title: Recovering from a hernia\nslug: een-dag-op-de-afdeling\n'))).toEqual([
			'stories/en/herstel-na-een-liesbreuk.mdx: slug: "een-dag-op-de-afdeling" geeft het adres /en/stories/een-dag-op-de-afdeling/, en daar staat al stories/en/een-dag-op-de-afdeling.mdx. Kies een andere slug [address.slugTaken]',
		]);
		expect(
			check((dir) => {
				for (const locale of ['nl', 'en']) edit(dir, `stories/${locale}/herstel-na-een-liesbreuk.mdx`, /^(title: .*)$/m, '$1\nslug: hernia');
			}),
		).toEqual([]);
	});

	it('is a problem of the file named alone, so that a scheduled build leaves out that file (left-out.ts) and keeps the rest', () => {
		const dir = fixtureCopy((copy) => edit(copy, 'pages/nl/about.md', 'slug: over-ons', 'slug: verhalen'));
		const settings = parseSettings(parse(fs.readFileSync(path.join(dir, 'settings', 'site.yaml'), 'utf8')), 'settings/site.yaml', {});
		const { rejected, entries } = checkContent(dir, settings);
		expect(rejected.map((entry) => path.relative(dir, entry.file))).toEqual([path.join('pages', 'nl', 'about.md')]);
		expect(entries.some((entry) => entry.file === path.join(dir, 'pages', 'en', 'about.md'))).toBe(true);
	});

	it('names the later of two files that set one slug, and counts a draft: it would collide once published', () => {
		expect(
			check((dir) => {
				fs.writeFileSync(path.join(dir, 'stories', 'en', 'a-first-story.mdx'), story('A first story', 'slug: our-ward\n'));
				fs.writeFileSync(path.join(dir, 'stories', 'en', 'b-second-story.mdx'), story('A second story', 'slug: our-ward\ndraft: true\n'));
			}),
		).toEqual([
			'stories/en/b-second-story.mdx: slug: "our-ward" geeft het adres /en/stories/our-ward/, en daar staat al stories/en/a-first-story.mdx. Kies een andere slug [address.slugTaken]',
		]);
	});
});

describe('a language nobody translated into yet', () => {
	it('is left out with a note when the file has none of its own words, and checked in full when it has', async () => {
		const { isUntranslated } = await import('../../src/validation/untranslated.ts');
		// What the CMS writes for English when a story is saved in Dutch only: the fields copied to every language.
		expect(isUntranslated('---\nkind: staff\npublishedOn: 2026-11-20\nspecialties:\n  - liesbreukcentrum\n---\n', 'title')).toBe(true);
		expect(isUntranslated('---\nkind: staff\n---\n\nA first paragraph, title still to come.\n', 'title')).toBe(false);
		expect(isUntranslated('---\ntitle: A morning at the outpatient clinic\n---\n', 'title')).toBe(false);
		expect(isUntranslated('---\ntitle: [broken\n---\n', 'title')).toBe(false);
	});

	it('is named in the content check’s warnings in the editor’s language, from the catalogue (not in Dutch and English at once)', async () => {
		const { runContentCheck } = await import('../../src/validation/content-report.ts');
		const dir = fixtureCopy((content) => {
			const folder = path.join(content, 'stories', 'en');
			const file = fs.readdirSync(folder).find((name) => name.endsWith('.mdx'))!;
			fs.writeFileSync(path.join(folder, file), '---\nkind: staff\n---\n');
		});
		const report = await runContentCheck({ contentDir: dir, publicDir: path.join(import.meta.dirname, '..', '..', 'public') });
		const warnings = report.warnings.filter((line) => line.includes('[check.untranslated]'));
		expect(warnings).toHaveLength(1);
		// The fixture's editor language is its first: Dutch.
		expect(warnings[0]).toMatch(/stories\/en\/[\w-]+\.mdx: nog niet vertaald, dus niet gepubliceerd in deze taal\. .* \[check\.untranslated\]$/);
		expect(warnings[0]).not.toMatch(/not translated yet/);
	});
});
