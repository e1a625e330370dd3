/**
 * The hostile corpus (tests/fixtures/hostile/ plus symlinks, a FIFO and
 * damaged pictures made at run time, see tests/support/hostile.ts), run through
 * `npm run check-content` and `npm run build` once each: both stop before
 * Astro compiles anything, with every problem named by file, field and (for
 * bodies) line, in Dutch and English, the same list from both; no code from
 * content/ runs (issues 17 and 19).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/schemas/primitives.ts';
import { buildSite, cleanEnvironment, projectRoot, type BuildResult } from '../support/build.ts';
import { edit, fixtureCopy } from '../support/fixtures.ts';
import { hostileContent } from '../support/hostile.ts';

let content: string;
let canary: string;
let build: BuildResult;
let check: { status: number; output: string };

function checkContent(dir: string, env: Record<string, string> = {}): { status: number; output: string } {
	const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'check-content.ts')], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...cleanEnvironment(), ZORGMERK_CONTENT_DIR: dir, ZORGMERK_CACHE_DIR: path.join(dir, '..', `${path.basename(dir)}-cache`), FORCE_COLOR: '0', ...env },
	});
	return { status: run.status ?? 1, output: `${run.stdout}\n${run.stderr}` };
}

/** The problem lines of a report ("file\n  - problem"), with the fixture's folder left out, sorted. */
function problemLines(output: string): string[] {
	const shown = path.relative(projectRoot, content).split(path.sep).join('/');
	const lines: string[] = [];
	let file = '';
	for (const line of output.split('\n')) {
		const clean = line.replace(/^\d\d:\d\d:\d\d \[[^\]]+\] (\[[^\]]+\] )?/, '');
		if (clean.startsWith(`${shown}/`)) file = clean.slice(shown.length + 1).trim();
		else if (/^\s+- /.test(clean) && file) lines.push(`${file}: ${clean.replace(/^\s+- /, '')}`);
	}
	return lines.sort();
}

beforeAll(async () => {
	({ content, canary } = await hostileContent());
	check = checkContent(content, { ZORGMERK_CANARY_FILE: canary });
	build = buildSite({ name: 'hostile-content', contentDir: content, env: { ZORGMERK_CANARY_FILE: canary } });
}, 300_000);

describe('the hostile corpus', () => {
	it('stops npm run check-content and npm run build, and leaves no dist folder', () => {
		expect(check.status).toBe(1);
		expect(build.status).not.toBe(0);
		expect(fs.existsSync(build.dist)).toBe(false);
	});

	it('runs no code from content/: the canary modules (one in a folder named like a picture), the module named .jpg, the symlinked story and the story with export never ran', () => {
		expect(fs.existsSync(canary)).toBe(false);
		expect(build.output).not.toContain('canary');
	});

	it('is refused before Astro compiles anything, with no stack trace', () => {
		// Astro's first compiling step is syncing content (loaders) and building the server bundle.
		expect(build.output).not.toMatch(/\[content\] Sync|\[build\] Building static entrypoints|\[vite\]/);
		expect(build.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
		expect(check.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
	});

	it('prints nothing from content that starts a line of its own: no GitHub Actions workflow command', () => {
		for (const output of [check.output, build.output]) expect(output.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
		expect(check.output).not.toMatch(/[\u001b\u202e]/);
	});

	it('gives the same findings from npm run check-content as from the build', () => {
		expect(problemLines(check.output).length).toBeGreaterThan(40);
		expect(problemLines(check.output)).toEqual(problemLines(build.output));
	});

	it.each([
		// Issue 17, case 1: a picture that is a module.
		['stories/nl/module-als-foto.mdx', 'body: Regel 10: "../../media/plattegrond.mjs" is geen foto', '[pictureRef.notRaster]'],
		['stories/nl/module-in-voorwerk.mdx', 'hero.image: "../../media/plattegrond.mjs" is geen foto', '[pictureRef.notRaster]'],
		['media/nep.jpg', 'dit bestand is geen foto (JPEG, PNG, WebP, AVIF of GIF), ook al heet het zo', 'Gebruikt door: '],
		['stories/nl/foto-als-loader.mdx', 'body: Regel 8: "../../media/hero.png?raw" bevat een "?" of "#"', '[pictureRef.suffix]'],
		['stories/nl/foto-als-loader.mdx', 'body: Regel 12: "../../media/hero.png?inline"', '[pictureRef.suffix]'],
		['stories/nl/foto-als-loader.mdx', 'body: Regel 14: "..%2F..%2Fmedia%2Fhero.png" bevat %-codes', '[pictureRef.percentCodes]'],
		['stories/nl/foto-als-loader.mdx', 'body: Regel 16: "../../media/plattegrond%2Emjs" is geen foto', '[pictureRef.notRaster]'],
		['stories/nl/foto-als-loader.mdx', 'body: Regel 20: "../../media/tekening.svg" is geen foto', '[pictureRef.notRaster]'],
		['stories/nl/foto-als-loader.mdx', 'body: Regel 22: "../../media/script.js" is geen foto', '[pictureRef.notRaster]'],
		['stories/nl/foto-als-loader.mdx', 'body: Regel 24: "../../media/gegevens.json" is geen foto', '[pictureRef.notRaster]'],
		// Case 2: a picture from outside content/.
		['stories/nl/foto-van-buiten.mdx', 'body: Regel 10: "../../../../elders/geheim.jpg" wijst naar een bestand buiten de map content/', '[pictureRef.outsideContent]'],
		['stories/nl/foto-van-buiten.mdx', 'body: Regel 12: "/etc/passwd.jpg" begint bij de wortel van de computer', '[pictureRef.absolute]'],
		['stories/nl/foto-van-buiten.mdx', 'body: Regel 14: de link "file:///etc/hostname.jpg" kan niet', '[mdx.link]'],
		['stories/nl/foto-van-buiten.mdx', 'body: Regel 16: "https://elders.example/foto.jpg" is een webadres', '[pictureRef.notLocal]'],
		['stories/nl/foto-van-buiten.mdx', 'body: Regel 18: "../../media/../../../elders/geheim.jpg" wijst naar een bestand buiten de map content/', '[pictureRef.outsideContent]'],
		// Case 3: symbolic links, and what else is not a regular file.
		['stories/nl/link.mdx', 'dit is een symbolische koppeling (symlink)', '[file.notRegular]'],
		['stories/en-kopie', 'dit is een symbolische koppeling (symlink)', '[file.notRegular]'],
		['media/pijp.jpg', 'dit is een pijp (FIFO)', '[file.notRegular]'],
		// Case 4: raw HTML in Markdown bodies, whatever construct it hides in.
		['pages/nl/html-in-tabel.md', 'body: Regel 8: "<img src="/x.png" alt="x" onerror="aler…" is HTML-code', '[mdx.html]'],
		['pages/nl/html-meta.md', 'body: Regel 8: "<meta http-equiv="refresh"', '[mdx.html]'],
		['pages/nl/html-meta.md', 'body: Regel 10: "<form action="https://elders.example/">…" is HTML-code', '[mdx.html]'],
		['pages/nl/html-overal.md', 'body: Regel 6: "<script>alert(\'eerste regel\')</script>" is HTML-code', '[mdx.html]'],
		['pages/nl/html-overal.md', 'body: Regel 11: "<details open ontoggle=alert(1)>" is HTML-code', '[mdx.html]'],
		['pages/nl/html-overal.md', 'body: Regel 13: "<b onmouseover="alert(1)">" is HTML-code', '[mdx.html]'],
		['pages/nl/html-overal.md', 'body: Regel 15: "<svg onload=alert(1)>" is HTML-code', '[mdx.html]'],
		['pages/nl/html-overal.md', 'body: Regel 17: "<!-- <script>alert(1)</script> -->" is HTML-code', '[mdx.html]'],
		['pages/nl/html-overal.md', 'body: Regel 19: de link "javascript:alert(1)" kan niet', '[mdx.link]'],
		['pages/nl/html-overal.md', 'body: Regel 23: "<b onmouseover="alert(1)">" is HTML-code', '[mdx.html]'],
		['stories/nl/html-in-tabel.mdx', 'body: Regel 10: <img> is HTML of code en mag niet in een verhaal', '[mdx.htmlInStory]'],
		['stories/nl/html-in-tabel.mdx', 'body: Regel 10: onerror="…" in <img> is een script', '[mdx.eventHandler]'],
		// Alt text in bodies (issue 19, case 7).
		['pages/nl/html-overal.md', 'body: Regel 21: de foto "../../media/hero.png" heeft geen beschrijving', '[mdx.pictureWithoutAlt]'],
		['stories/nl/module-in-voorwerk.mdx', 'body: Regel 13: de foto "../../media/hero.png" heeft geen beschrijving', '[mdx.pictureWithoutAlt]'],
		// Astro's internal picture marker in any text (red-team findings 01, 09, 11): never an import.
		['testimonials/astro-beeld.md', 'author.detail: regel 5: "__ASTRO_IMAGE_./hulp.png" begint met een teken dat de bouw van de site zelf gebruikt', '[content.internalMarker]'],
		['team/nl/astro-beeld.md', 'credentials[1]: regel 11: "__ASTRO_IMAGE_../../../../elders/geheim…" begint met een teken', '[content.internalMarker]'],
		['team/nl/astro-beeld.md', 'credentials[2]: regel 12: "__ASTRO_IMAGE_../../media/tekening.svg"', '[content.internalMarker]'],
		['pages/nl/astro-beeld-in-code.md', 'body: Regel 10: "__ASTRO_IMAGE_=" begint met een teken', '[content.internalMarker]'],
		['pages/nl/astro-beeld-in-code.md', 'body: Regel 12: "__ASTRO_IMAGE_=" begint met een teken', '[content.internalMarker]'],
		// What content/ may hold is an allowlist.
		['testimonials/hulp.png', 'deze map heeft een naam als van een bestand', '[file.folderNamedLikeFile]'],
		['testimonials/hulp.png/index.js', 'dit is programmacode', '[file.code]'],
		['media/plattegrond.mjs', 'dit is programmacode', '[file.code]'],
		['media/script.js', 'dit is programmacode', '[file.code]'],
		['media/gegevens.json', 'dit is programmacode', '[file.code]'],
		['media/tekening.svg', 'dit is een SVG-tekening', '[file.svg]'],
		['stories/nl/plattegrond.svg', 'dit is een SVG-tekening', '[file.svg]'],
		['stories/nl/verkeerde-extensie.md', 'in content/stories/ staan alleen bestanden als content/stories/<taal>/<naam>.mdx', '[file.notAnEntry]'],
		['media/folder.pdf', "in content/media/ staan alleen foto's", '[file.notAPictureInMedia]'],
		['media/uitvoerbaar.jpg', 'dit bestand is gemarkeerd als uitvoerbaar programma', 'git update-index --chmod=-x content/media/uitvoerbaar.jpg (en chmod -x op uw eigen computer). [file.executable]'],
		// Text made to hang or crash the check (red-team findings 02, 03, 07) and a file over the size limit.
		['testimonials/kring.md', 'specialties: regel 8: verwijzingen in YAML', '[yaml.reference]'],
		['testimonials/lachen.md', 'extra.a: regel 12: verwijzingen in YAML', '[yaml.reference]'],
		['testimonials/lachen.md', 'extra.j: regel 21: verwijzingen in YAML', '[yaml.reference]'],
		['stories/nl/diep-citaat.mdx', 'body: Regel 12: de tekst is hier te diep genest', '[mdx.nestedTooDeeply]'],
		['pages/nl/te-groot.md', 'dit bestand is 24', '[file.tooLarge]'],
		// YAML and bytes that would change text, dates or letters without a word (red-team finding 06).
		['testimonials/afgebroken-regel.md', 'quote: regel 3 begint met # en leest de site als opmerking, zodat de tekst stopt bij "Ik lag op kamer"', '[yaml.textCutAtCommentLine]'],
		['testimonials/citaat-opmerking.md', 'quote: regel 2: na de tekst "Ik lag op kamer" tussen aanhalingstekens staat nog " #12', '[yaml.commentAfterQuotedText]'],
		['testimonials/tijdzone.md', 'consent.grantedOn: regel 11: "2030-01-01T00:30:00+01:00" is een datum met een tijd (de site zou 2029-12-31 lezen)', 'Schrijf 2030-01-01. [yaml.dateWithTime]'],
		['testimonials/latin1.md', 'dit bestand is niet als UTF-8 opgeslagen (regel 2: "quote: "Gül was er elke ochtend', '[file.notUtf8]'],
		['testimonials/onzichtbaar.md', 'quote: "\\u200b" bestaat alleen uit onzichtbare tekens', '[text.invisibleOnly]'],
		// Names that would write their own lines in the build log (red-team finding 12), shown escaped.
		['media/x\\n::error title=Beveiliging::Alles in orde.png', 'de naam bevat tekens die in een bestands- of mapnaam niet kunnen', '[file.unsafeName]'],
		['media/omgekeerd\\u202egnp.exe', 'de naam bevat tekens die in een bestands- of mapnaam niet kunnen', '[file.unsafeName]'],
		// Code in a story.
		['stories/nl/code-in-verhaal.mdx', 'body: Regel 8: een regel die begint met "import" of "export" is programmacode', '[mdx.importExport]'],
		// Issue 19, case 1 and YAML's other traps.
		['testimonials/afgebroken.md', 'quote: regel 2: na "Ik lag op kamer" staat " #"', '[yaml.textCutAtComment]'],
		['testimonials/labels.md', 'quote: regel 2: een YAML-label zoals !!js/function kan niet', '[yaml.tag]'],
		['testimonials/verwijzingen.md', 'quote: regel 2: verwijzingen in YAML (&naam, *naam, <<) kunnen niet', '[yaml.reference]'],
		['testimonials/dubbel.md', 'het veld quote staat twee keer in het bestand (regel 3)', '[yaml.duplicateField]'],
		['testimonials/toml.md', 'tussen "+++" (TOML)', '[yaml.toml]'],
		['stories/nl/datum.mdx', 'publishedOn: "2025-13-01" is geen geldige datum', '[date.invalid]'],
		// Issue 19, case 2: messages by what went wrong.
		['locations/nl/postcode.md', 'address.postalCode: "9000" leest de site als een getal, maar hier hoort tekst: zet het tussen dubbele aanhalingstekens, "9000"', '[value.textExpected]'],
		['locations/nl/postcode.md', 'phone: "092345678" leest de site als een getal', '[value.textExpected]'],
		['testimonials/getallen.md', 'consent.reference: "2025104" leest de site als een getal', '[value.textExpected]'],
		['testimonials/getallen.md', 'author.detail: "54" leest de site als een getal', '[value.textExpected]'],
		['testimonials/getallen.md', 'compensated: "nee" kan hier niet: schrijf true (ja) of false (nee)', '[value.booleanExpected]'],
		// Issue 19, case 4: pictures that are not pictures, each naming who uses it.
		['media/ochtendwandeling.jpg', 'dit is geen foto maar een verwijzing van Git LFS', 'stories/nl/nep-fotos.mdx (body (regel 11))'],
		['media/ochtendwandeling.jpg', 'git lfs pull', 'testimonials/foto-lfs.md (photo). [picture.lfsPointer]'],
		['media/half.jpg', 'deze foto is beschadigd of maar half opgeslagen', 'stories/nl/nep-fotos.mdx (body (regel 13)). [picture.damaged]'],
		['media/iphone.jpg', 'dit is een HEIC-foto', '[picture.heic]'],
	])('%s: %s', (file, words, code) => {
		// The words in the demo's editor language (Dutch), and the message's code (or what else the line must say).
		const lines = problemLines(build.output).filter((line) => line.startsWith(`${file}: `));
		expect(lines, `${file} in:\n${problemLines(build.output).join('\n')}`).toContainEqual(expect.stringContaining(words));
		expect(lines.find((line) => line.includes(words))).toContain(code);
	});

	it('warns, without stopping on them alone, about pictures nobody uses: a panorama over the pixel limit, an animation', () => {
		expect(check.output).toMatch(/media\/panorama\.jpg: deze foto is te groot: 17000 × 16000 pixels.*Geen pagina gebruikt dit bestand.* \[picture\.tooLarge\]/);
		expect(check.output).toMatch(/media\/bewegend\.gif: dit is een bewegende afbeelding.*Geen pagina gebruikt dit bestand.* \[picture\.animated\]/);
		expect(build.output).toMatch(/\[WARN\] \[zorgmerk\]\S* .*media\/panorama\.jpg: deze foto is te groot/);
	});
});

describe('bad settings', () => {
	it('give npm run check-content the same clean list as the build, not a stack dump', () => {
		const dir = fixtureCopy((copy) => {
			// A language the kit has no file for in src/i18n/languages/.
			edit(copy, 'settings/site.yaml', 'locales: [nl, en]', 'locales: [nl, en, xx]');
			fs.appendFileSync(path.join(copy, 'settings', 'site.yaml'), 'shareYourStory:\n  endpoint: https://www.testkliniek.example@verzamel.derde-partij.example/collect\n');
		});
		const run = checkContent(dir);
		expect(run.status).toBe(1);
		expect(run.output).toContain(`settings/site.yaml\n  - locales[2]: "xx" kan niet als de taal; kies uit: ${SUPPORTED_LOCALES.join(', ')}`);
		expect(run.output).toMatch(/- shareYourStory\.endpoint: .* bevat een @ vóór de naam van de website: een browser gaat dan naar verzamel\.derde-partij\.example/);
		expect(run.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
	});

	it('a form handler on another host is refused unless trusted, and the check says where the form sends its data', () => {
		const withEndpoint = (lines: string) => fixtureCopy((copy) => fs.appendFileSync(path.join(copy, 'settings', 'site.yaml'), lines));
		const foreign = checkContent(withEndpoint('shareYourStory:\n  endpoint: https://verzamel.derde-partij.example/collect\n'));
		expect(foreign.status).toBe(1);
		expect(foreign.output).toContain('shareYourStory.endpoint: het formulier zou de verhalen van patiënten naar verzamel.derde-partij.example sturen');
		const trusted = checkContent(withEndpoint('shareYourStory:\n  endpoint: https://formulieren.testkliniek-groep.example/verhaal\n  trustedFormHandlers: [formulieren.testkliniek-groep.example]\n'));
		expect(trusted.status, trusted.output).toBe(0);
		expect(trusted.output).toContain('Het formulier "Deel uw verhaal" stuurt naar formulieren.testkliniek-groep.example [check.formDestination]');
	});
});
