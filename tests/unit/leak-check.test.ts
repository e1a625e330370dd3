import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeLeaks, fingerprint, leakNeedles, leaksIn, normalizeText } from '../../src/consent/leak-check.ts';
import type { ConsentItem } from '../../src/consent/register.ts';
import type { Consent } from '../../src/schemas/consent.ts';

const consent = (reference: string, overrides: Partial<Consent> = {}): Consent => ({
	reference,
	grantedOn: '2025-01-01',
	expiresOn: '2028-01-01',
	channels: ['website'],
	photo: false,
	guardian: false,
	...overrides,
});
const today = '2026-11-23';
const items: ConsentItem[] = [
	{ file: 'content/testimonials/marieke.md', type: 'testimonial', slug: 'marieke', data: { quote: 'Binnen een week stond ik weer op de tennisbaan.', consent: consent('TOE-1') } },
	{ file: 'content/testimonials/jos.md', type: 'testimonial', slug: 'jos', data: { quote: "Ik voelde me er thuis, en dat zeg ik niet snel.", consent: consent('TOE-2', { withdrawnOn: '2026-10-01' }) } },
	{ file: 'content/stories/nl/thuis-sterven.mdx', type: 'story', slug: 'thuis-sterven', data: { kind: 'patient', title: 'Thuis sterven', consent: consent('TOE-3', { withdrawnOn: '2026-10-01' }) } },
	{ file: 'content/stories/en/thuis-sterven.mdx', type: 'story', slug: 'thuis-sterven', data: { kind: 'patient', title: 'Dying at home', consent: consent('TOE-3') } },
];
const needles = leakNeedles(items, today);
const leaks = (file: string, text: string) => leaksIn(file, Buffer.from(text), needles).map(({ needle }) => `${needle.what}: ${needle.value}`);

describe('the leak check', () => {
	it('looks for every consent reference, and the words, title and address of what may not be published', () => {
		expect(needles.map((needle) => `${needle.what}: ${needle.value}`)).toEqual([
			'consent reference: TOE-1',
			'consent reference: TOE-2',
			'slug: jos',
			"quote: Ik voelde me er thuis, en dat zeg ik niet snel.",
			'consent reference: TOE-3',
			'slug: thuis-sterven',
			'title: Thuis sterven',
			// Withdrawn in one language means withdrawn in all.
			'title: Dying at home',
		]);
	});

	it('finds a withdrawn quote however the page escapes it', () => {
		expect(leaks('nl/index.html', '<p>Ik voelde me er thuis, en dat zeg ik <em>niet</em> snel.</p>')).toEqual(["quote: Ik voelde me er thuis, en dat zeg ik niet snel."]);
		expect(leaks('nl/index.html', '<p>Ik voelde me er thuis, en dat zeg ik niet&nbsp;snel.</p>')).toHaveLength(1);
		expect(leaks('search/index.json', '{"text":"ik voelde me er thuis, en dat zeg ik niet snel"}')).toHaveLength(1);
		expect(leaks('nl/ervaringen/index.html', '<q>Ik voelde me er thuis, en dat zeg ik niet snel.</q>'.replace("'", '&#39;'))).toHaveLength(1);
	});

	it('finds the address of a withheld story in links and file names, but not the words in running text', () => {
		expect(leaks('nl/index.html', '<a href="/nl/verhalen/thuis-sterven/">Lees</a>')).toEqual(['slug: thuis-sterven']);
		expect(leaks('social-cards/nl/thuis-sterven.png', '')).toEqual(['slug: thuis-sterven']);
		expect(leaks('nl/index.html', '<p>Jos en Marieke</p>')).toEqual([]);
	});

	it('finds a consent reference anywhere, even in a compressed search fragment', () => {
		expect(leaks('pagefind/fragment/nl_1.pf_fragment', gzipSync(Buffer.from('{"meta":{"ref":"TOE-1"}}')).toString('latin1'))).toEqual([]);
		expect(leaksIn('pagefind/fragment/nl_1.pf_fragment', gzipSync(Buffer.from('{"meta":{"ref":"TOE-1"}}')), needles).map(({ needle }) => needle.value)).toEqual(['TOE-1']);
	});

	it('passes a page that shows only what may be published', () => {
		expect(leaks('nl/index.html', '<blockquote>Binnen een week stond ik weer op de tennisbaan.</blockquote>')).toEqual([]);
	});

	it('normalizes what a reader would see as the same text', () => {
		expect(normalizeText('Dat&#39;s   <b>“mooi”</b> \\u00e9n &amp; goed')).toBe(`dat s mooi én goed`);
	});

	it('tells the editor which page holds what, and where it comes from', () => {
		const found = leaksIn('nl/verhalen/een-dag/index.html', Buffer.from('TOE-2'), needles);
		expect(describeLeaks(found)).toMatchInlineSnapshot(`
			"De site is niet gepubliceerd: deze bestanden bevatten iets dat er niet in mag / The site was not published: these files contain what they must not:
			  - /nl/verhalen/een-dag/index.html bevat het toestemmingskenmerk "TOE-2" uit content/testimonials/jos.md / contains the consent reference "TOE-2" from content/testimonials/jos.md
			Zoek de tekst in content/ en haal hem weg (vaak is een citaat naar een ander verhaal gekopieerd) / Search content/ for this text and remove it (often a quote was copied into another story)."
		`);
	});
});

describe('the fingerprint of a quote', () => {
	it('is its first whole words up to 60 characters', () => {
		expect(fingerprint('Binnen een week stond ik weer op de tennisbaan, en dat had ik nooit gedacht na zo’n operatie.')).toBe(' binnen een week stond ik weer op de tennisbaan en dat had ik ');
	});

	it('matches whole words only, and skips texts too short to identify anyone', () => {
		expect(fingerprint('Heel tevreden!')).toBeUndefined();
		const short: ConsentItem = { file: 'content/testimonials/kort.md', type: 'testimonial', slug: 'kort', data: { quote: 'Top zorg hier', consent: consent('TOE-9', { withdrawnOn: '2026-01-01' }) } };
		const shortNeedles = leakNeedles([short], today);
		expect(leaksIn('nl/index.html', Buffer.from('<p>Stop zorg hiervoor</p>'), shortNeedles)).toEqual([]);
		expect(leaksIn('nl/index.html', Buffer.from('<p>Top zorg hier!</p>'), shortNeedles)).toHaveLength(1);
	});
});
