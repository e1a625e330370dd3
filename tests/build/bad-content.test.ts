import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { edit, fixtureCopy } from '../support/fixtures.ts';

describe('a build with a mistake in the content', () => {
	const content = fixtureCopy((dir) => {
		edit(dir, 'stories/nl/herstel-na-een-liesbreuk.mdx', 'publishedOn: 2025-05-01', 'publishedOn: 2025-13-01');
		edit(dir, 'testimonials/marieke.md', 'specialties: [liesbreukcentrum]', 'specialties: [hartcentrum]');
		// A page at the address of the stories listing: refused by the content check, before Astro renders anything.
		edit(dir, 'pages/nl/about.md', 'slug: over-ons', 'slug: verhalen');
	});
	const build = buildSite({ name: 'bad-content', contentDir: content });

	it('fails', () => {
		expect(build.status).not.toBe(0);
	});

	it('names each file and field, and what to do, in the editor’s language, with each message’s code', () => {
		expect(build.output).toContain('stories/nl/herstel-na-een-liesbreuk.mdx');
		expect(build.output).toContain('publishedOn: "2025-13-01" is geen geldige datum');
		expect(build.output).toContain('is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-01 [date.invalid]');
		expect(build.output).toContain('testimonials/marieke.md');
		expect(build.output).toMatch(/specialties\[0\]: "hartcentrum" bestaat niet: .*specialties\/nl\/hartcentrum\.md ontbreekt \[reference\.missing\]/);
		expect(build.output).toContain('pages/nl/about.md');
		expect(build.output).toContain('slug: "verhalen" geeft het adres /nl/verhalen/, en daar staat al het overzicht van de verhalen. Kies een andere slug [address.slugTaken]');
	});

	it('shows the editor no stack trace', () => {
		expect(build.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
	});

	it('leaves no dist folder that could be deployed', () => {
		expect(fs.existsSync(build.dist)).toBe(false);
	});
});
