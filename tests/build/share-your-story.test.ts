/**
 * "Deel uw verhaal" with a form handler of the organisation's own
 * (settings shareYourStory.endpoint an https:// address): then, and only
 * then, the page has a form, posting to that address and nowhere else, and
 * says where the answers go. The default (a mailto: address: a prepared
 * e-mail, no form) is checked on the demo in tests/browser/visitors.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';

const ENDPOINT = 'https://www.testkliniek.example/formulieren/verhaal';
const content = fixtureCopy((dir) => {
	fs.appendFileSync(path.join(dir, 'settings', 'site.yaml'), `shareYourStory:\n  endpoint: ${ENDPOINT}\n`);
	fs.writeFileSync(
		path.join(dir, 'pages', 'nl', 'share-your-story.md'),
		'---\ntitle: Deel uw verhaal\ndescription: Heeft u een ervaring met onze kliniek die u wilt delen? Vertel het ons; wij vragen altijd eerst uw toestemming.\nslug: deel-uw-verhaal\ntemplate: share-your-story\n---\nVertel ons uw verhaal.\n',
	);
});

describe('sharing a story through a form handler of the organisation’s own', () => {
	const build = buildSite({ name: 'share-your-story-form', contentDir: content });

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain('Het formulier "Deel uw verhaal" stuurt naar www.testkliniek.example [check.formDestination]');
	});

	it('has a form that posts to that address only, and says where the answers go', () => {
		const page = parse(fs.readFileSync(path.join(build.dist, 'nl', 'deel-uw-verhaal', 'index.html'), 'utf8'));
		const forms = page.querySelectorAll('main form');
		expect(forms.map((form) => [form.getAttribute('action'), form.getAttribute('method'), form.getAttribute('enctype')])).toEqual([[ENDPOINT, 'post', undefined]]);
		expect(page.querySelectorAll('main a[href^="mailto:"]')).toHaveLength(0);
		expect(page.querySelector('.share')!.text).toContain('Uw antwoorden gaan naar het formulier van Testkliniek Oost op www.testkliniek.example en komen binnen bij het communicatieteam.');
		const headers = fs.readFileSync(path.join(build.dist, '_headers'), 'utf8');
		expect(headers).toContain("form-action 'self' https://www.testkliniek.example;");
	});
});
