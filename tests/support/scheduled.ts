import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './build.ts';
import { edit, fixtureCopy } from './fixtures.ts';

/**
 * Content for the scheduled-build tests (tests/build/scheduled-build.test.ts): the basic fixture on a morning when
 * main holds problems a strict build stops on, next to its testimonial whose consent has expired.
 */

/** The day the scenarios are built on: the basic fixture's "verlopen" testimonial expired on 2024-01-01. */
export const SCHEDULED_TODAY = '2026-06-15';

/** A malformed testimonial: a date that does not exist. Its words, reference and name must be nowhere in the site. */
export const MALFORMED = {
	slug: 'kapotte-datum',
	quote: 'Na de operatie liep ik binnen twee weken weer met de hond door het park.',
	reference: 'TOE-FIXTURE-KAPOT',
	detail: 'Weidebroek, wandelaar',
};

/**
 * Writes the {@link MALFORMED} testimonial into a content folder (the basic fixture's or the demo's: it names the
 * specialty liesbreukcentrum, which both have) as content/testimonials/kapotte-datum.md; returns its path there.
 * Its consent is valid until 2028-03-01: only its date of giving (givenOn: 2025-13-01) is wrong.
 */
export function writeMalformedTestimonial(contentDir: string): string {
	const file = path.join('testimonials', `${MALFORMED.slug}.md`);
	fs.writeFileSync(
		path.join(contentDir, file),
		`---\nquote: "${MALFORMED.quote}"\nauthor:\n  name: Joost\n  role: patient\n  detail: "${MALFORMED.detail}"\nlocale: nl\nspecialties: [liesbreukcentrum]\ngivenOn: 2025-13-01\nconsent:\n  reference: "${MALFORMED.reference}"\n  grantedOn: 2025-03-01\n  expiresOn: 2028-03-01\n  channels: [website]\n---\n`,
	);
	return file;
}

/** The basic fixture's expired testimonial (content/testimonials/verlopen.md). */
export const EXPIRED = { slug: 'verlopen', quote: 'Deze ervaring is verlopen en mag nergens meer staan.', reference: 'TOE-FIXTURE-EXPIRED' };

/** Words of a made-up language, in an order no compressor can predict: a story text far over the 20 KB budget. */
function longText(words: number): string {
	const syllables = [...'bdfghjklmnprstvz'].flatMap((consonant) => [...'aeiou'].map((vowel) => `${consonant}${vowel}`));
	// mulberry32: a small generator whose every bit is unpredictable (a plain LCG's low bits repeat, and compress).
	let seed = 20260615;
	const next = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return (t ^ (t >>> 14)) >>> 0;
	};
	const paragraphs: string[] = [];
	for (let made = 0; made < words; made += 60) {
		const sentence = Array.from({ length: 60 }, () => Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join(''));
		paragraphs.push(`${sentence.join(' ')}.`);
	}
	return paragraphs.join('\n\n');
}

/**
 * The morning: one malformed testimonial (a date that does not exist), one page over its budget (a story
 * of 8,000 words), one SEO defect (a new story with the title of another), next to the fixture's expired
 * testimonial. A staff story shows the malformed testimonial and a published one with the building block.
 */
export function scheduledMorning(): string {
	return fixtureCopy((dir) => {
		writeMalformedTestimonial(dir);
		fs.writeFileSync(
			path.join(dir, 'stories', 'nl', 'een-heel-lang-verhaal.mdx'),
			`---\ntitle: Een heel lang verhaal over de afdeling\ndescription: Een verpleegkundige vertelt heel uitgebreid over het werk op de afdeling, van de ochtend tot de avond.\npublishedOn: 2025-06-02\nkind: staff\nspecialties: [liesbreukcentrum]\n---\n${longText(8_000)}\n`,
		);
		fs.writeFileSync(
			path.join(dir, 'stories', 'nl', 'nog-een-dag.mdx'),
			`---\ntitle: Een dag op de afdeling\ndescription: Nog een verpleegkundige vertelt over haar werkdag, met de titel van een ander verhaal.\npublishedOn: 2025-06-03\nkind: staff\nspecialties: [liesbreukcentrum]\n---\n## De middag\nOm twee uur komt de volgende patiënt.\n`,
		);
		edit(dir, 'stories/nl/een-dag-op-de-afdeling.mdx', 'Om zeven uur begint de dag.', `Om zeven uur begint de dag.\n\n<Testimonial slug="${MALFORMED.slug}" />\n\n<Testimonial slug="marieke" />\n`);
	});
}

/**
 * A morning on which what other entries name is broken: a team member (author and reviewer of stories, in a
 * specialty's team), a page in the menu, a specialty a story names, a location (the main one, and a specialty's),
 * one language version of a patient story, and a photo a testimonial uses, all in Dutch; the English versions,
 * which have no problem of their own, are published except the patient story's.
 */
export function brokenDependencies(): string {
	return fixtureCopy((dir) => {
		edit(dir, 'team/nl/anna-jansen.md', 'number: "12345678901"', 'number: 12345678901');
		edit(dir, 'pages/nl/about.md', 'slug: over-ons', 'slug: over-ons\nsllug: typo');
		edit(dir, 'locations/nl/hoofdgebouw.md', 'latitude: 52.1', 'latitude: noord');
		edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', 'lastReviewedOn: 2025-05-01', 'lastReviewedOn: 2025-05-32');
		for (const locale of ['nl', 'en']) {
			const specialty = fs.readFileSync(path.join(dir, 'specialties', locale, 'liesbreukcentrum.md'), 'utf8').replace(/^name: .*$/m, `name: ${locale === 'nl' ? 'Hartcentrum' : 'Heart Centre'}`);
			fs.writeFileSync(path.join(dir, 'specialties', locale, 'hartcentrum.md'), specialty.replace(/^summary: .*$/m, `summary: ${locale === 'nl' ? 'Het hartcentrum onderzoekt en behandelt klachten van het hart, van ritmestoornis tot hartfalen.' : 'The heart centre examines and treats heart conditions, from an irregular heartbeat to heart failure.'}`).replace('team: [anna-jansen]', locale === 'nl' ? 'team: anna' : 'team: []'));
			edit(dir, `stories/${locale}/een-dag-op-de-afdeling.mdx`, 'specialties: [liesbreukcentrum]', 'specialties: [liesbreukcentrum, hartcentrum]');
		}
		// A photo cut short by an upload.
		const photo = fs.readFileSync(path.join(dir, 'media', 'portrait.png'));
		fs.writeFileSync(path.join(dir, 'media', 'sanne.png'), photo.subarray(0, Math.floor(photo.length / 2)));
		fs.writeFileSync(
			path.join(dir, 'testimonials', 'sanne.md'),
			`---\nquote: "De nazorg was zo goed geregeld dat ik nergens over hoefde te bellen."\nauthor:\n  name: Sanne\n  role: patient\nlocale: nl\nspecialties: [liesbreukcentrum]\ngivenOn: 2025-04-01\nphoto: ../media/sanne.png\nphotoAlt: "Sanne in de tuin"\nconsent:\n  reference: "TOE-FIXTURE-SANNE"\n  grantedOn: 2025-04-01\n  expiresOn: 2028-04-01\n  channels: [website]\n  photo: true\n---\n`,
		);
	});
}

/** The files of a build whose bytes contain `text` (gzipped files, such as the search index, read unpacked), or whose path does. */
export function filesContaining(dist: string, text: string): string[] {
	return listFiles(dist).filter((file) => {
		if (file.includes(text)) return true;
		const bytes = fs.readFileSync(path.join(dist, file));
		const content = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
		return content.includes(text);
	});
}
