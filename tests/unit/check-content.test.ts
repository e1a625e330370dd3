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
			'stories/en/een-dag-op-de-afdeling.mdx: specialties[1]: "hartcentrum" bestaat niet: specialties/en/hartcentrum.md ontbreekt / "hartcentrum" does not exist: specialties/en/hartcentrum.md is missing',
		]);
		expect(check((dir) => edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', 'reviewedBy: anna-jansen', 'reviewedBy: piet-pieters'))[0]).toMatch(
			/^stories\/nl\/herstel-na-een-liesbreuk\.mdx: reviewedBy: "piet-pieters" bestaat niet: team\/nl\/piet-pieters\.md ontbreekt/,
		);
		expect(check((dir) => edit(dir, 'specialties/nl/liesbreukcentrum.md', 'location: hoofdgebouw', 'location: bijgebouw'))[0]).toContain('contact.location: "bijgebouw" bestaat niet');
	});

	it('resolves a reference in the entry’s own language', () => {
		expect(check((dir) => fs.rmSync(path.join(dir, 'team', 'en', 'anna-jansen.md')))).toContain(
			'stories/en/herstel-na-een-liesbreuk.mdx: author: "anna-jansen" bestaat niet: team/en/anna-jansen.md ontbreekt / "anna-jansen" does not exist: team/en/anna-jansen.md is missing',
		);
	});

	it('checks a testimonial’s language: one the kit has a file for, and the site publishes', () => {
		expect(check((dir) => edit(dir, 'testimonials/marieke.md', 'locale: nl', 'locale: xx'))).toEqual([
			`testimonials/marieke.md: locale: "xx" kan niet als de taal; kies uit: ${SUPPORTED_LOCALES.join(', ')} / "xx" is not possible as the language; choose from: ${SUPPORTED_LOCALES.join(', ')}`,
		]);
		const unpublished = SUPPORTED_LOCALES.find((locale) => !['nl', 'en'].includes(locale));
		expect(unpublished).toBeDefined();
		expect(check((dir) => edit(dir, 'testimonials/marieke.md', 'locale: nl', `locale: ${unpublished}`))).toContain(
			`testimonials/marieke.md: locale: "${unpublished}" is geen taal van deze site (nl, en) / "${unpublished}" is not a language of this site (nl, en)`,
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
			'stories/de/een-dag-op-de-afdeling.mdx: De map "de" is geen taal van deze site (nl, en) / The folder "de" is not a language of this site (nl, en)',
			'stories/nl/Een dag.mdx: De bestandsnaam "Een dag" mag alleen kleine letters, cijfers en streepjes bevatten / The file name "Een dag" may only contain lower-case letters, digits and hyphens',
		]);
	});

	it('checks the settings’ main location and menu pages', () => {
		const problems = check((dir) => {
			edit(dir, 'settings/site.yaml', 'mainLocation: hoofdgebouw', 'mainLocation: bijgebouw');
			edit(dir, 'settings/site.yaml', '- page: about', '- page: over');
		});
		expect(problems).toEqual([
			'settings/site.yaml: contact.mainLocation: "bijgebouw" bestaat niet: locations/nl/bijgebouw.md ontbreekt / "bijgebouw" does not exist: locations/nl/bijgebouw.md is missing',
			'settings/site.yaml: navigation[2].page: "over" bestaat niet: pages/nl/over.md ontbreekt / "over" does not exist: pages/nl/over.md is missing',
			'settings/site.yaml: navigation[2].page: "over" bestaat niet: pages/en/over.md ontbreekt / "over" does not exist: pages/en/over.md is missing',
		]);
	});

	it('explains front matter it cannot read, with the line', () => {
		expect(check((dir) => edit(dir, 'pages/nl/about.md', 'title: Over ons', 'title: Over ons: wie wij zijn'))).toEqual([
			'pages/nl/about.md: De gegevens bovenaan het bestand zijn niet te lezen (regel 2). Staat er een dubbele punt of aanhalingsteken in een tekst? Zet de hele tekst dan tussen dubbele aanhalingstekens "…". / The data at the top of the file cannot be read (line 2). Is there a colon or quotation mark in a text? Then put the whole text between double quotes "…".',
		]);
	});

	it('reports a missing picture with the path it looked for', () => {
		expect(check((dir) => fs.rmSync(path.join(dir, 'media', 'hero.png')))).toContain(
			'stories/nl/herstel-na-een-liesbreuk.mdx: hero.image: afbeelding niet gevonden: "../../media/hero.png" (content/media/hero.png bestaat niet). / image not found: "../../media/hero.png" (content/media/hero.png does not exist).',
		);
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
});
