import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANY_NUMBER, ANY_TEXT, buildSite, cleanEnvironment, editorLanguageOfContent, listFiles, logged, projectRoot } from '../support/build.ts';
import { packOf } from '../../src/i18n/packs.ts';
import { edit, fixtureCopy } from '../support/fixtures.ts';
import { searchBundles } from '../support/html.ts';

/** Every file of a build as text (images too: a reference could hide in metadata). */
const everyFile = (dist: string) => listFiles(dist).map((file) => [file, fs.readFileSync(path.join(dist, file), 'latin1')] as const);
const filesContaining = (dist: string, text: string) => everyFile(dist).filter(([file, content]) => content.includes(text) || file.includes(text)).map(([file]) => file);

/** A testimonial file in the contract's shape; `consent` lines replace the defaults. */
function testimonial(quote: string, consent: string, extra = ''): string {
	return `---\nquote: "${quote}"\nauthor:\n  role: patient\nlocale: nl\nspecialties: [liesbreukcentrum]\ngivenOn: 2025-01-10\n${extra}consent:\n${consent}---\n`;
}

const TODAY = '2026-06-15';
const withdrawnPhoto = path.join(projectRoot, 'tests', 'fixtures', 'photos', 'telefoonfoto-met-gps.jpg');

/** One testimonial per state the gate knows, judged on TODAY. */
const MIX = {
	'geldig-tot-morgen': { quote: 'Geldig tot en met vandaag, morgen niet meer.', consent: '  reference: "REF-LAST-DAY"\n  grantedOn: 2025-01-10\n  expiresOn: 2026-06-16\n  channels: [website]\n', published: true },
	'vandaag-gegeven': { quote: 'Vandaag gegeven en meteen zichtbaar.', consent: '  reference: "REF-GRANTED-TODAY"\n  grantedOn: 2026-06-15\n  expiresOn: 2027-06-15\n  channels: [website]\n', published: true },
	'verloopt-vandaag': { quote: 'Vandaag verlopen, dus vandaag niet meer zichtbaar.', consent: '  reference: "REF-EXPIRES-TODAY"\n  grantedOn: 2025-01-10\n  expiresOn: 2026-06-15\n  channels: [website]\n', published: false },
	'pas-morgen-geldig': { quote: 'Pas vanaf morgen geldig en nog niet te zien.', consent: '  reference: "REF-FUTURE"\n  grantedOn: 2026-06-16\n  expiresOn: 2027-06-16\n  channels: [website]\n', published: false },
	'gisteren-ingetrokken': { quote: 'Gisteren ingetrokken en nergens meer te lezen.', consent: '  reference: "REF-WITHDRAWN"\n  grantedOn: 2025-01-10\n  expiresOn: 2028-01-10\n  channels: [website]\n  withdrawnOn: 2026-06-14\n', published: false },
	'alleen-drukwerk': { quote: 'Alleen voor de folder, niet voor de website.', consent: '  reference: "REF-PRINT-ONLY"\n  grantedOn: 2025-01-10\n  expiresOn: 2028-01-10\n  channels: [social, print]\n', published: false },
} as const;

describe('a build with testimonials in every consent state', () => {
	const content = fixtureCopy((dir) => {
		for (const [slug, item] of Object.entries(MIX)) fs.writeFileSync(path.join(dir, 'testimonials', `${slug}.md`), testimonial(item.quote, item.consent));
		// The same photo, once with photo consent and once without.
		const photo = 'photo: ../media/portrait.png\nphotoAlt: "Getekend portret van een vrouw met een sjaal"\n';
		fs.writeFileSync(path.join(dir, 'testimonials', 'met-foto.md'), testimonial('Met foto en met toestemming voor de foto.', '  reference: "REF-PHOTO-YES"\n  grantedOn: 2025-01-10\n  expiresOn: 2028-01-10\n  channels: [website]\n  photo: true\n', photo));
		fs.writeFileSync(path.join(dir, 'testimonials', 'zonder-foto.md'), testimonial('Met foto maar zonder toestemming voor de foto.', '  reference: "REF-PHOTO-NO"\n  grantedOn: 2025-01-10\n  expiresOn: 2028-01-10\n  channels: [website]\n', photo.replace('sjaal', 'hoed')));
		// A phone photo (with its GPS position) of a patient who withdrew: not one byte of it may be published.
		fs.copyFileSync(withdrawnPhoto, path.join(dir, 'media', 'ingetrokken-foto.jpg'));
		fs.writeFileSync(
			path.join(dir, 'testimonials', 'ingetrokken-met-foto.md'),
			testimonial('Ingetrokken, met foto.', '  reference: "REF-PHOTO-WITHDRAWN"\n  grantedOn: 2025-01-10\n  expiresOn: 2028-01-10\n  channels: [website]\n  photo: true\n  withdrawnOn: 2026-06-01\n', 'photo: ../media/ingetrokken-foto.jpg\nphotoAlt: "Foto van de patiënt in de tuin"\n'),
		);
		// A story showing a testimonial that may be published: on its page, but never in the search index.
		fs.appendFileSync(path.join(dir, 'stories', 'nl', 'een-dag-op-de-afdeling.mdx'), '\n<Testimonial slug="geldig-tot-morgen" />\n');
		// A patient story whose withdrawal was recorded in the Dutch file only: no language may show it.
		edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', '  channels: [website]\n', '  channels: [website]\n  withdrawnOn: 2026-06-01\n');
	});
	const build = buildSite({ name: 'consent-mix', contentDir: content, env: { ZORGMERK_TODAY: TODAY } });
	const testimonialsPage = () => fs.readFileSync(path.join(build.dist, 'nl', 'ervaringen', 'index.html'), 'utf8');

	it('builds, and says in one line what it left out', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toMatch(logged(content, 'consent.summary', { date: '2026-06-15', published: ANY_NUMBER, leftOut: `${ANY_TEXT}${packOf(editorLanguageOfContent(content)).messageParts.consentLeftOut('expired', ANY_NUMBER)}${ANY_TEXT}` }));
	});

	for (const [slug, item] of Object.entries(MIX)) {
		it(`${item.published ? 'publishes' : 'leaves out'} ${slug}`, () => {
			expect(testimonialsPage().includes(item.quote)).toBe(item.published);
			if (!item.published) expect(filesContaining(build.dist, item.quote)).toEqual([]);
		});
	}

	it('shows a photo only with photo consent', () => {
		const html = testimonialsPage();
		expect(html).toContain('Met foto en met toestemming voor de foto.');
		expect(html).toContain('met een sjaal');
		expect(html).toContain('Met foto maar zonder toestemming voor de foto.');
		expect(html).not.toContain('met een hoed');
	});

	/** Files of a build that are, or are named after, the withdrawn patient's photo. */
	const withdrawnPhotoFiles = (dist: string) => {
		const photo = fs.readFileSync(withdrawnPhoto);
		return listFiles(dist).filter((file) => file.includes('ingetrokken-foto') || fs.readFileSync(path.join(dist, file)).equals(photo));
	};

	it('publishes no file of a withdrawn patient’s photo, not even the unused original', () => {
		expect(withdrawnPhotoFiles(build.dist)).toEqual([]);
	});

	it('publishes none of it either when the next build writes the same site and relies on this one’s checks', () => {
		const again = buildSite({ name: 'consent-mix-again', contentDir: content, env: { ZORGMERK_TODAY: TODAY, ZORGMERK_CACHE_DIR: path.join(projectRoot, '.zorgmerk', 'cache', 'consent-mix') } });
		expect(again.status, again.output).toBe(0);
		expect(again.output).toMatch(logged(content, 'picture.checked', { removed: ANY_NUMBER, same: true }));
		expect(again.output).toMatch(logged(content, 'search.indexed', { pages: ANY_NUMBER, languages: 2, copied: ['en', 'nl'] }));
		expect(withdrawnPhotoFiles(again.dist)).toEqual([]);
		expect(listFiles(again.dist)).toEqual(listFiles(build.dist));
	});

	it('warns that the original in content/ still holds a GPS position, naming the file', () => {
		expect(build.output).toMatch(new RegExp(`media/ingetrokken-foto\\.jpg: ${logged(content, 'picture.gps', { format: 'JPEG' }).source}`));
	});

	it('withholds a patient story in every language when one version is withdrawn', () => {
		expect(filesContaining(build.dist, 'herstel-na-een-liesbreuk')).toEqual([]);
		expect(filesContaining(build.dist, 'Herstel na een liesbreuk')).toEqual([]);
	});

	it('shows a testimonial inside a story, and keeps it out of the search index', () => {
		const story = fs.readFileSync(path.join(build.dist, 'nl', 'verhalen', 'een-dag-op-de-afdeling', 'index.html'), 'utf8');
		expect(story).toContain(MIX['geldig-tot-morgen'].quote);
		const fragments = Object.values(searchBundles(build.dist)).flatMap((bundle) => bundle.fragments);
		const storyFragment = fragments.find((fragment) => fragment.includes('"url":"/nl/verhalen/een-dag-op-de-afdeling/"'));
		expect(storyFragment).toContain('Om zeven uur begint de dag.');
		expect(fragments.filter((fragment) => fragment.includes('morgen niet meer'))).toEqual([]);
	});

	it('puts no consent reference in any file, published or not', () => {
		const references = [...Object.values(MIX).map((item) => /reference: "([^"]+)"/.exec(item.consent)![1]!), 'REF-PHOTO-YES', 'REF-PHOTO-NO', 'REF-PHOTO-WITHDRAWN', 'TOE-FIXTURE-001', 'FIXTURE-PATIENT-STORY-REF'];
		expect(references.flatMap((reference) => filesContaining(build.dist, reference))).toEqual([]);
	});
});

describe('a build where an expired quote was copied into a story', () => {
	const content = fixtureCopy((dir) => {
		fs.appendFileSync(path.join(dir, 'stories', 'en', 'een-dag-op-de-afdeling.mdx'), '\nA patient once told us: “Deze ervaring is verlopen en mag nergens meer staan.”\n');
	});
	const build = buildSite({ name: 'planted-leak', contentDir: content });

	it('fails, naming the page and where the quote comes from', () => {
		expect(build.status).not.toBe(0);
		// The words found, with "…" where the page's text goes on before or after them.
		expect(build.output).toMatch(/en\/stories\/een-dag-op-de-afdeling\/ — tekst: '… deze ervaring is verlopen en mag nergens meer staan …' komt uit .*testimonials\/verlopen\.md \(quote\), verlopen op 2024-01-01/);
	});

	it('fails the same way when built with a plain `astro build`, which runs the checks in its own last step', () => {
		const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-plain-astro-'));
		const plain = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd: projectRoot,
			encoding: 'utf8',
			env: { ...cleanEnvironment(), ZORGMERK_CONTENT_DIR: content, ZORGMERK_OUT_DIR: outDir, ZORGMERK_CACHE_DIR: path.join(projectRoot, '.zorgmerk', 'cache', 'planted-leak'), FORCE_COLOR: '0' },
		});
		expect(plain.status).not.toBe(0);
		expect(`${plain.stdout}${plain.stderr}`).toMatch(/komt uit .*testimonials\/verlopen\.md \(quote\), verlopen op 2024-01-01 \[consent\.leak\]/);
	}, 120_000);

	it('leaves nothing that could be deployed', () => {
		expect(fs.existsSync(build.dist)).toBe(false);
	});
});

describe('the demo after `npm run consent -- withdraw marieke`', () => {
	const content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-demo-'));
	fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
	const withdraw = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'consent.ts'), 'withdraw', 'marieke'], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, ZORGMERK_CONTENT_DIR: content, ZORGMERK_TODAY: '2026-11-23' },
	});
	const quote = 'Binnen een week stond ik weer op de tennisbaan.';
	const before = buildSite({ name: 'demo' });
	const after = buildSite({ name: 'demo-withdrawn', contentDir: content });

	it('records the withdrawal in the file and says what to do next', () => {
		expect(withdraw.status, withdraw.stderr).toBe(0);
		expect(fs.readFileSync(path.join(content, 'testimonials', 'marieke.md'), 'utf8')).toContain('  withdrawnOn: 2026-11-23\n');
		expect(withdraw.stdout).toContain('deploy the site right away');
	});

	it('shows the testimonial before, and nowhere after', () => {
		expect(before.status, before.output).toBe(0);
		expect(filesContaining(before.dist, quote).length).toBeGreaterThan(0);
		expect(after.status, after.output).toBe(0);
		expect(filesContaining(after.dist, quote)).toEqual([]);
	});
});
