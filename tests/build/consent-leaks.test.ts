/**
 * The leak proof on a whole build (issue 18): one small fixture site with
 * every kind of leak planted at once, built once. The build must stop, and
 * its report must name, for each planted leak, the page, the place, the words
 * and the content file and field they come from.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANY_NUMBER, ANY_TEXT, buildSite, editorLanguageOfContent, logged, type BuildResult } from '../support/build.ts';
import { packOf } from '../../src/i18n/packs.ts';
import { edit, fixtureCopy } from '../support/fixtures.ts';

const TODAY = '2026-11-30';
const QUOTE = 'Ik zag er als een berg tegenop. De verpleegkundige legde alles rustig uit, en om drie uur zat ik alweer thuis in mijn eigen stoel.';
const PATIENT_PARAGRAPH = 'Mijn vader wilde thuis sterven, in de kamer met uitzicht op de dijk waar hij zijn hele leven had gewerkt.';
const GREET = 'Mijn kleindochter Noor las me elke avond voor uit de krant, ook toen ik niets meer terugzei.';
/** Published stories that each quote two withdrawn testimonials: Greet's (in these three stories only) and the second sentence of Henk-Jan's (also in a fourth). */
const SHARED = ['gedeeld-een', 'gedeeld-twee', 'gedeeld-drie'];

/** A picture of the withdrawn patient: shapes and colours of its own, so it is like no other picture of the fixture. */
function portrait(): Promise<Buffer> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect width="600" height="800" fill="#c9732e"/><circle cx="300" cy="300" r="170" fill="#f2d0a9"/><rect x="120" y="520" width="360" height="280" fill="#1d4e89"/><rect x="0" y="0" width="600" height="90" fill="#3a7d44"/></svg>`;
	return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

const testimonial = (quote: string, extra: string, consent: string) =>
	`---\nquote: "${quote}"\nauthor:\n  name: "Henk-Jan"\n  role: patient\n  detail: "62, Weidebroek"\nlocale: nl\nspecialties: [liesbreukcentrum]\ngivenOn: 2025-04-14\n${extra}consent:\n${consent}---\n`;

describe('a build with every kind of leak planted in one site', () => {
	let build: BuildResult;
	let report: string[];
	let content: string;
	beforeAll(async () => {
		const photo = await portrait();
		const reencoded = await sharp(photo).resize(280).webp({ quality: 55 }).toBuffer();
		content = fixtureCopy((dir) => {
			fs.writeFileSync(path.join(dir, 'media', 'henk-jan.jpg'), photo);
			// The same photo, smaller and as WebP, under another name, in a Figure of a published story.
			fs.writeFileSync(path.join(dir, 'media', 'tuin-van-de-kliniek.webp'), reencoded);
			fs.writeFileSync(
				path.join(dir, 'testimonials', 'henk-jan.md'),
				testimonial(QUOTE, 'photo: ../media/henk-jan.jpg\nphotoAlt: "Portret van Henk-Jan in zijn blauwe trui voor de oranje muur"\n', '  reference: "TOE-2025-011"\n  grantedOn: 2025-04-14\n  expiresOn: 2030-04-14\n  channels: [website]\n  photo: true\n  withdrawnOn: 2026-11-30\n'),
			);
			// A withdrawn patient story (consent withdrawn in the Dutch file only) and a breakthrough story on the same form as the testimonial.
			edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', 'Het begon met pijn in de lies.', `Het begon met pijn in de lies.\n\n${PATIENT_PARAGRAPH}`);
			edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', 'title: Herstel na een liesbreuk', 'title: "Herstel na een liesbreuk: hoe Ria haar vader thuis liet sterven aan de dijk"');
			edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', '  channels: [website]\n', '  channels: [website]\n  withdrawnOn: 2026-11-02\n');
			fs.writeFileSync(
				path.join(dir, 'stories', 'nl', 'nieuwe-aanpak.mdx'),
				'---\ntitle: "Een nieuwe aanpak bij liesbreuken in onze kliniek"\ndescription: "Hoe het team een nieuwe, minder belastende aanpak bij liesbreuken ontwikkelde, met een patiënt."\npublishedOn: 2025-07-01\nkind: breakthrough\nspecialties: [liesbreukcentrum]\nconsent:\n  reference: "TOE-2025-011"\n  grantedOn: 2025-04-14\n  expiresOn: 2030-04-14\n  channels: [website]\n---\nHet team werkte twee jaar aan de nieuwe aanpak voor liesbreuken.\n',
			);
			// A breakthrough story quoting a patient who withdrew: the gate must leave it out (issue 17, case 6).
			fs.writeFileSync(
				path.join(dir, 'stories', 'nl', 'doorbraak-met-citaat.mdx'),
				'---\ntitle: "Een doorbraak in de pijnbestrijding na een operatie"\ndescription: "Hoe het team de pijn na een operatie anders aanpakt, met de woorden van een patiënt die het meemaakte."\npublishedOn: 2025-07-02\nkind: breakthrough\nspecialties: [liesbreukcentrum]\nconsent:\n  reference: "TOE-2025-077"\n  grantedOn: 2025-04-14\n  expiresOn: 2030-04-14\n  channels: [website]\n  withdrawnOn: 2026-11-20\n---\nDe patiënt vertelde hoe zij de eerste nacht na de operatie voor het eerst goed sliep.\n',
			);
			// A person's own words are never common wording: one withdrawn quote pasted into three published stories, another into four.
			fs.writeFileSync(
				path.join(dir, 'testimonials', 'greet.md'),
				`---\nquote: "${GREET}"\nauthor:\n  name: "Greet"\n  role: patient\n  detail: "81, Kleiburg"\nlocale: nl\nspecialties: [liesbreukcentrum]\ngivenOn: 2025-02-03\nconsent:\n  reference: "TOE-2025-031"\n  grantedOn: 2025-02-03\n  expiresOn: 2030-02-03\n  channels: [website]\n  withdrawnOn: 2026-11-15\n---\n`,
			);
			SHARED.forEach((slug, index) => {
				fs.writeFileSync(
					path.join(dir, 'stories', 'nl', `${slug}.mdx`),
					`---\ntitle: "Wat patiënten ons vertellen, deel ${index + 1}"\ndescription: "Verpleegkundigen van de afdeling vertellen wat patiënten hun na een opname zeggen, deel ${index + 1} van een serie."\npublishedOn: 2025-08-0${index + 1}\nkind: staff\nspecialties: [liesbreukcentrum]\n---\nOp de afdeling horen we veel.\n\nEen patiënte zei: “${GREET}”\n\nEen patiënt vertelde: “${QUOTE.split('. ')[1]}”\n`,
				);
			});
			// The leaks, all in the published staff story "een-dag-op-de-afdeling" (nl).
			edit(dir, 'stories/nl/een-dag-op-de-afdeling.mdx', /^title: .*$/m, 'title: "Herstel na een liesbreuk: hoe Ria haar vader thuis liet sterven"');
			edit(dir, 'stories/nl/een-dag-op-de-afdeling.mdx', /^description: .*$/m, 'description: "Een patiënt zei het zo: de verpleegkundige legde alles rustig uit, en om drie uur zat ik alweer thuis."');
			fs.appendFileSync(
				path.join(dir, 'stories', 'nl', 'een-dag-op-de-afdeling.mdx'),
				[
					'',
					'Een patiënt vertelde ons: “om drie uur zat ik al&shy;weer thuis in mijn eigen stoel.”',
					'',
					`Een collega las voor: ${PATIENT_PARAGRAPH.toLowerCase()}`,
					'',
					'Zo zei Henk-Jan, 62, Weidebroek het ons na afloop.',
					'',
					'Ons kenmerk voor dit gesprek is TOE-FIXTURE-001.',
					'',
					'<Figure caption="Ik zag er als een berg tegenop, zei een patiënt ooit">',
					'',
					'![De verpleegkundige legde alles rustig uit en om drie uur](../../media/tuin-van-de-kliniek.webp)',
					'',
					'</Figure>',
					'',
				].join('\n'),
			);
		});
		build = buildSite({ name: 'consent-leaks', contentDir: content, env: { ZORGMERK_TODAY: TODAY } });
		report = build.output.split('\n').filter((line) => line.startsWith('  - '));
	}, 600_000);

	const line = (page: string, place: string, source: string) => report.filter((entry) => entry.includes(`${page} — `) && entry.includes(place) && entry.includes(source));

	it('stops, and publishes nothing', () => {
		expect(build.status, build.output).not.toBe(0);
		expect(build.output).toContain('De site is niet gepubliceerd');
		expect(fs.existsSync(build.dist)).toBe(false);
	});

	it('finds the second sentence of the withdrawn quote in the text, split by a soft hyphen, with page, words and source', () => {
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', "tekst: '", 'testimonials/henk-jan.md (quote), ingetrokken op 2026-11-30').join('\n')).toMatch(/om drie uur zat ik alweer thuis in mijn eigen stoel/);
	});

	it('finds the quote in the meta description, the Figure caption and a picture’s alt text', () => {
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', 'meta description', 'henk-jan.md (quote)')).toHaveLength(1);
		expect(report.some((entry) => entry.includes('meta og:description') && entry.includes('henk-jan.md (quote)'))).toBe(true);
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', 'alt-tekst van afbeelding', 'henk-jan.md (quote)')).toHaveLength(1);
		expect(report.join('\n')).toMatch(/ik zag er als een berg tegenop/);
	});

	it('finds a shortened title of the withdrawn story in the page title, JSON-LD and the feed', () => {
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', 'paginatitel', 'herstel-na-een-liesbreuk.mdx (title), ingetrokken op 2026-11-02')).toHaveLength(1);
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', 'gestructureerde gegevens (JSON-LD)', 'herstel-na-een-liesbreuk.mdx (title)')).toHaveLength(1);
		expect(report.some((entry) => entry.startsWith('  - nl/verhalen/rss.xml') && entry.includes('herstel-na-een-liesbreuk.mdx (title)'))).toBe(true);
	});

	it('finds a paragraph of the withdrawn patient story, in its page and its search fragment', () => {
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', "tekst: '… mijn vader wilde thuis sterven", 'herstel-na-een-liesbreuk.mdx (body), ingetrokken op 2026-11-02')).toHaveLength(1);
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', 'zoekindex (content)', 'herstel-na-een-liesbreuk.mdx (body)')).toHaveLength(1);
	});

	it('finds a withdrawn quote pasted into three published stories, and one pasted into four, on each of their pages', () => {
		for (const slug of SHARED) {
			expect(line(`nl/verhalen/${slug}/`, "tekst: '", 'testimonials/greet.md (quote), ingetrokken op 2026-11-15'), slug).toHaveLength(1);
			expect(line(`nl/verhalen/${slug}/`, "tekst: '", 'testimonials/henk-jan.md (quote), ingetrokken op 2026-11-30'), slug).toHaveLength(1);
		}
	});

	it('finds the person by name and detail', () => {
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', "tekst: '… henk jan 62 weidebroek …'", 'henk-jan.md (author)')).toHaveLength(1);
	});

	it('finds a consent reference of a published item', () => {
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', 'tekst: het toestemmingskenmerk "TOE-FIXTURE-001"', 'een toestemmingskenmerk wordt nooit gepubliceerd')).toHaveLength(1);
	});

	it('recognises the withdrawn photo, re-encoded at another size under another name, by its pixels', () => {
		expect(line('nl/verhalen/een-dag-op-de-afdeling/', 'afbeelding /_astro/tuin-van-de-kliniek', 'henk-jan.md (photo: henk-jan.jpg)')).toHaveLength(1);
	});

	it('leaves out a breakthrough story whose consent was withdrawn: nothing of it on any page, not even its own', () => {
		expect(report.filter((entry) => entry.includes('doorbraak-met-citaat'))).toEqual([]);
		expect(build.output).toMatch(logged(content, 'consent.summary', { date: '2026-11-30', published: ANY_NUMBER, leftOut: `${ANY_TEXT}${packOf(editorLanguageOfContent(content)).messageParts.consentLeftOut('withdrawn', ANY_NUMBER)}${ANY_TEXT}` }));
	});

	it('stops at a story on the same consent form as the withdrawn testimonial, where the withdrawal was recorded in the testimonial only', () => {
		expect(line('nl/verhalen/nieuwe-aanpak/', 'paginatitel', 'op hetzelfde formulier, vastgelegd in')).toHaveLength(1);
	});
});

describe('a translation at an address of its own, whose consent expired', () => {
	/** The English translation's own address: the leak proof must look for it as for the file name. */
	const ADDRESS = 'back-to-work-after-a-hernia';
	let build: BuildResult;
	let report: string[];
	beforeAll(() => {
		const content = fixtureCopy((dir) => {
			for (const locale of ['nl', 'en']) edit(dir, `stories/${locale}/herstel-na-een-liesbreuk.mdx`, 'expiresOn: 2029-04-01', 'expiresOn: 2026-11-01');
			edit(dir, 'stories/en/herstel-na-een-liesbreuk.mdx', 'title: Recovering from a hernia\n', `title: Recovering from a hernia\nslug: ${ADDRESS}\n`);
			// A published story links to the address, and a published page names it.
			fs.appendFileSync(path.join(dir, 'stories', 'en', 'een-dag-op-de-afdeling.mdx'), `\nSome of our patients tell their own story, like [this one](/en/stories/${ADDRESS}/).\n`);
			fs.appendFileSync(path.join(dir, 'pages', 'nl', 'about.md'), `\nIn het Engels stond het verhaal op /en/stories/${ADDRESS}/.\n`);
		});
		build = buildSite({ name: 'consent-leaks-translated-address', contentDir: content, env: { ZORGMERK_TODAY: TODAY } });
		report = build.output.split('\n').filter((line) => line.startsWith('  - '));
	}, 600_000);

	it('stops the build at a link to that address and at the address written in a text, naming the file and its slug', () => {
		expect(build.status, build.output).not.toBe(0);
		expect(fs.existsSync(build.dist)).toBe(false);
		const leaks = report.filter((line) => line.includes(`het adres "${ADDRESS}" komt uit`) && line.includes('stories/en/herstel-na-een-liesbreuk.mdx (slug), verlopen op 2026-11-01'));
		expect([...new Set(leaks.map((line) => line.split(' — ')[0]!.trim()))].sort(), build.output).toEqual(['- en/stories/een-dag-op-de-afdeling/', '- nl/over-ons/']);
	});
});
