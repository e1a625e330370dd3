import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, describeIssues, printable } from '../../src/errors/index.ts';
import { message, useEditorLanguage } from '../../src/messages/index.ts';
import { inspectPicture, PIXEL_LIMIT, sniffFormat } from '../../src/images/inspect.ts';
import { listContentFiles } from '../../src/lib/files.ts';
import { markdownProblems, RENDERER_FEATURES } from '../../src/mdx/compiler-view.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { settingsSchema, webAddressProblem } from '../../src/schemas/settings.ts';
import { readContentText, refusedContentFiles } from '../../src/validation/content-files.ts';
import { logoProblem } from '../../src/validation/content-report.ts';
import { readContentFile, readYamlFile } from '../../src/validation/front-matter.ts';
import { resolvePictureReference } from '../../src/validation/picture-reference.ts';
import { projectRoot } from '../support/build.ts';

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-intake-'));

// A test that reads settings sets the editor's language; each test starts again from the fallback (src/messages/).
afterEach(() => useEditorLanguage(undefined));

describe('the one list of files in content/', () => {
	it('keeps regular files and names every symlink (to a file or a folder), FIFO and socket, without following any', () => {
		const dir = temporary();
		const outside = temporary();
		fs.writeFileSync(path.join(outside, 'geheim.mdx'), 'export const x = 1');
		fs.mkdirSync(path.join(dir, 'stories', 'nl'), { recursive: true });
		fs.writeFileSync(path.join(dir, 'stories', 'nl', 'echt.mdx'), '---\n---\n');
		fs.symlinkSync(path.join(outside, 'geheim.mdx'), path.join(dir, 'stories', 'nl', 'link.mdx'));
		fs.symlinkSync(outside, path.join(dir, 'stories', 'fr'));
		execFileSync('mkfifo', [path.join(dir, 'stories', 'pijp')]);
		const list = listContentFiles(dir);
		expect(list.files).toEqual(['stories/nl/echt.mdx']);
		expect(list.irregular).toEqual([
			{ file: 'stories/fr', kind: 'symlink' },
			{ file: 'stories/nl/link.mdx', kind: 'symlink' },
			{ file: 'stories/pijp', kind: 'fifo' },
		]);
		expect(list.executable).toEqual([]);
	});

	it('names every file and folder whose name is not safe in a URL or a log, without reading or entering it (red-team finding 12)', () => {
		const dir = temporary();
		fs.mkdirSync(path.join(dir, 'media'));
		const names = ['x\n::error title=a::b.png', 'x\r.png', 'kleur\u001b[31m.png', 'omgekeerd\u202egnp.js', 'nul\u200b.jpg', 'a#b.jpg', 'a%2e.jpg', 'a:b.jpg', 'a?.jpg', 'a"b.jpg', 'a<b>.jpg', 'a|b.jpg', 'a*b.jpg', 'a\\b.jpg'];
		for (const name of names) fs.writeFileSync(path.join(dir, 'media', name), 'x');
		fs.mkdirSync(path.join(dir, 'stories\n::warning::x'));
		fs.writeFileSync(path.join(dir, 'stories\n::warning::x', 'verhaal.mdx'), 'x');
		fs.writeFileSync(path.join(dir, 'media', 'Gewone foto (1) — café.jpg'), 'x');
		const list = listContentFiles(dir);
		expect(list.files).toEqual(['media/Gewone foto (1) — café.jpg']);
		expect(list.irregular.map((item) => item.kind)).toEqual(Array(names.length + 1).fill('unsafe-name'));
		expect(list.irregular.map((item) => item.file).sort()).toEqual([...names.map((name) => `media/${name}`), 'stories\n::warning::x'].sort());
	});

	it('names the files marked executable', () => {
		const dir = temporary();
		fs.mkdirSync(path.join(dir, 'media'));
		fs.writeFileSync(path.join(dir, 'media', 'foto.jpg'), 'x', { mode: 0o755 });
		fs.writeFileSync(path.join(dir, 'media', 'gewoon.jpg'), 'x', { mode: 0o644 });
		expect(listContentFiles(dir).executable).toEqual(['media/foto.jpg']);
	});

	it('names content/ itself when it is a symlink', () => {
		const dir = temporary();
		fs.symlinkSync(temporary(), path.join(dir, 'content'));
		expect(listContentFiles(path.join(dir, 'content'))).toEqual({ files: [], irregular: [{ file: '.', kind: 'symlink' }], executable: [] });
	});
});

describe('what comes from content is printed on one line of the log (red-team finding 12)', () => {
	it('escapes line breaks, escape sequences and direction marks', () => {
		expect(printable('media/x\n::error title=Beveiliging::Alles in orde.png')).toBe('media/x\\n::error title=Beveiliging::Alles in orde.png');
		expect(printable('a\r\tb\u001b[31mc\u0085d\u2028e\u202ef\u2066g')).toBe('a\\r\\tb\\u001b[31mc\\u0085d\\u2028e\\u202ef\\u2066g');
		expect(printable('Ayşe, Łucja, محمد, 👩‍⚕️')).toBe('Ayşe, Łucja, محمد, 👩‍⚕️');
	});

	it('in every content error, its file and each problem', () => {
		const error = new ContentError('content/media/x\n::error::y.png', ['een\nprobleem']);
		expect(error.message).toBe('content/media/x\\n::error::y.png\n  - een\\nprobleem');
		expect(error.message.split('\n').some((line) => line.startsWith('::'))).toBe(false);
	});

	it('and content holds no control characters: refused in a file’s text and in YAML’s escapes', () => {
		const file = path.join(temporary(), 'x.md');
		fs.writeFileSync(file, '---\ntitle: "Rood"\n---\nTekst \u001b[31mrood.\n');
		expect(readContentText(file)).toEqual({ problem: expect.stringMatching(/^line 4 contains an invisible control character \(\\u001b\).* \[file\.controlCharacter\]$/) });
		expect(readContentFile('---\nquote: "Rood\\e[31m"\nauthor:\n  detail: "\\x85"\n---\n').problems).toEqual([
			expect.stringMatching(/^quote: line 2: the text contains an invisible control character \(\\u001b\).* \[yaml\.controlCharacter\]$/),
			expect.stringMatching(/^author\.detail: line 4: the text contains an invisible control character \(\\u0085\)/),
		]);
	});
});

describe('a content file’s bytes are read as UTF-8, or refused (red-team finding 06)', () => {
	const bytesOf = (bytes: Buffer) => {
		const file = path.join(temporary(), 'x.md');
		fs.writeFileSync(file, bytes);
		return readContentText(file);
	};

	it('reads UTF-8, with or without a byte-order mark, in every alphabet', () => {
		const text = '---\nquote: "Ayşe, Łucja en Gül"\n---\n';
		expect(bytesOf(Buffer.from(text))).toEqual({ text });
		expect(bytesOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text });
	});

	it('refuses a file saved as Latin-1 or Windows-1252, naming the line as such an editor shows it', () => {
		expect(bytesOf(Buffer.from('---\nquote: "Gül was er elke ochtend."\n---\n', 'latin1'))).toEqual({
			problem:
				'this file is not saved as UTF-8 (line 2: "quote: "Gül was er elke ochtend.""); the site would show letters such as ë, ü or ş wrongly. Open it in a text editor and save it as UTF-8 (in Notepad: Save as > Encoding: UTF-8). [file.notUtf8]',
		});
	});

	it('refuses UTF-16 and a half UTF-8 character', () => {
		expect(bytesOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\n', 'utf16le')]))).toEqual({ problem: expect.stringMatching(/^this file is not saved as UTF-8 \(line 1:.* \[file\.notUtf8\]$/) });
		expect(bytesOf(Buffer.concat([Buffer.from('---\ntitle: Ay'), Buffer.from([0xc5])]))).toEqual({ problem: expect.stringMatching(/^this file is not saved as UTF-8 \(line 2: "title: Ay/) });
	});

	it('refuses a replacement character that an earlier conversion left', () => {
		expect(bytesOf(Buffer.from('---\nquote: "G\uFFFDl"\n---\n'))).toEqual({ problem: expect.stringMatching(/^line 2 contains the character \uFFFD: a letter was lost there before.* \[file\.replacementCharacter\]$/) });
	});
});

describe('what content/ may hold is an allowlist', () => {
	const refused = (files: string[], executable: string[] = []) => Object.fromEntries(refusedContentFiles({ files, executable }).map(({ file, problem }) => [file, problem]));

	it('allows entries in their collection’s folder with its extension, the settings, pictures in media/ and what systems leave behind', () => {
		expect(
			refused([
				'stories/nl/x.mdx',
				'testimonials/marieke.md',
				'pages/en/about.md',
				'settings/site.yaml',
				'media/foto.jpg',
				'media/2025/foto.JPEG',
				'media/iphone.heic',
				'media/.gitkeep',
				'.DS_Store',
				'media/Thumbs.db',
			]),
		).toEqual({});
	});

	it('refuses a folder named like a file and the module in it (finding 01)', () => {
		expect(refused(['testimonials/hulp.png/index.js'])).toEqual({
			'testimonials/hulp.png': expect.stringMatching(/^this folder is named like a file/),
			'testimonials/hulp.png/index.js': expect.stringMatching(/^this is program code/),
		});
		expect(refused(['media/x.jpg/foto.jpg'])).toEqual({ 'media/x.jpg': expect.stringMatching(/named like a file/) });
	});

	it.each(['media/plattegrond.mjs', 'media/x.js', 'media/x.cjs', 'stories/nl/x.ts', 'x.mts', 'pages/nl/x.tsx', 'media/x.json', 'media/x.wasm', 'media/index.html', 'team/nl/x.astro', 'media/x.node', 'settings/x.sh'])(
		'refuses code anywhere: %s',
		(file) => {
			expect(refused([file])).toEqual({ [file]: expect.stringMatching(/^this is program code/) });
		},
	);

	it.each(['media/plattegrond.svg', 'stories/nl/plattegrond.svg', 'media/x.SVGZ'])('refuses SVG anywhere: %s', (file) => {
		expect(refused([file])).toEqual({ [file]: expect.stringMatching(/^this is an SVG drawing; it can contain code/) });
	});

	// Red-team finding: a picture name Astro could not name its versions after (ENAMETOOLONG at the end of a build).
	it('refuses a picture whose name is longer than 200 bytes, counting a letter with an accent as two', () => {
		const name = (stem: string) => `media/2025/${stem}.jpg`;
		const at = name('w'.repeat(196));
		const over = name('w'.repeat(197));
		const accents = name(`fietsroute-${'é'.repeat(93)}`);
		expect(refused([at, over, accents])).toEqual({
			[over]: message('file.nameTooLong', { length: 201, maximum: 200 }),
			[accents]: message('file.nameTooLong', { length: 201, maximum: 200 }),
		});
		expect(message('file.nameTooLong', { length: 201, maximum: 200 })).toMatch(/^The file name is 201 characters long: at most 200, as the site names other files after it/);
	});

	it('refuses a file marked executable, saying how to remove the mark', () => {
		expect(refused(['media/foto.jpg'], ['media/foto.jpg'])).toEqual({ 'media/foto.jpg': expect.stringContaining('git update-index --chmod=-x content/media/foto.jpg') });
	});

	it.each([
		['stories/nl/x.md', /content\/stories\/ holds only files such as content\/stories\/<language>\/<name>\.mdx/],
		['stories/x.mdx', /content\/stories\/<language>\/<name>\.mdx/],
		['stories/nl/oud/x.mdx', /content\/stories\/<language>\/<name>\.mdx/],
		['testimonials/nl/x.md', /content\/testimonials\/<name>\.md/],
		['testimonials/x.mdx', /content\/testimonials\/<name>\.md/],
		['stories/nl/foto.jpg', /^pictures belong in content\/media\//],
		['foto.png', /^pictures belong in content\/media\//],
		['media/verslag.pdf', /^content\/media\/ holds only pictures/],
		['media/notities.txt', /^content\/media\/ holds only pictures/],
		['README.md', /^the site does not read this file: content\/ holds only the content folders \(stories, testimonials/],
		['settings/oud.yaml', /^the site does not read this file/],
	])('refuses what the site would never read, saying where it belongs: %s', (file, expected) => {
		expect(refused([file])).toEqual({ [file]: expect.stringMatching(expected) });
	});
});

describe('a picture reference resolves into content/media/ or is refused', () => {
	const files = new Set(['media/wandelpad.jpg', 'media/plattegrond.mjs', 'media/tekening.svg', 'media/café.jpg', 'media/foto 1.jpg', 'stories/nl/x.mdx']);
	const resolve = (value: string, where: 'body' | 'front matter' = 'body', from = 'stories/nl/x.mdx') => resolvePictureReference(value, { from, files, in: where });
	const refused = (value: string, where: 'body' | 'front matter' = 'body') => {
		const result = resolve(value, where);
		return result.ok ? `accepted as ${result.file}` : result.problem;
	};

	it('accepts a picture in content/media/, however the path gets there', () => {
		for (const value of ['../../media/wandelpad.jpg', './../../media/wandelpad.jpg', '../../media/../media/wandelpad.jpg', '../..//media/wandelpad.jpg', '../../media/./wandelpad.jpg']) {
			expect(resolve(value), value).toEqual({ ok: true, file: 'media/wandelpad.jpg' });
		}
		expect(resolve('../media/wandelpad.jpg', 'front matter', 'testimonials/marieke.md')).toEqual({ ok: true, file: 'media/wandelpad.jpg' });
		// A body is URI-decoded by Astro, front matter is not.
		expect(resolve('../../media/foto%201.jpg')).toEqual({ ok: true, file: 'media/foto 1.jpg' });
		expect(resolve('%2e%2e/%2e%2e/media/wandelpad.jpg')).toEqual({ ok: true, file: 'media/wandelpad.jpg' });
	});

	it.each([
		['../../media/plattegrond.mjs', /is not a picture: .*no SVG, no code/],
		['../../media/tekening.svg', /is not a picture/],
		['../../media/plattegrond%2Emjs', /is not a picture/],
		['../../media/x.js', /is not a picture/],
		['../../media/x.json', /is not a picture/],
		['../../media/x.wasm', /is not a picture/],
		['../../media/x.ts', /is not a picture/],
		['../../media/x.jpg.mjs', /is not a picture/],
		['../../../../elders/geheim.jpg', /outside the content\/ folder/],
		['../../media/../../../elders/geheim.jpg', /outside the content\/ folder/],
		['../../media/sub/../../../../geheim.jpg', /outside the content\/ folder/],
		['..', /points to content\/stories, not into the folder content\/media\//],
		['../../stories/nl/x.jpg', /not into the folder content\/media\//],
		['../../media/wandelpad.jpg/..', /not into the folder content\/media\/|not a picture/],
		['../../media/wandelpad.jpg?raw', /contains a "\?" or "#"/],
		['../../media/wandelpad.jpg?url', /contains a "\?" or "#"/],
		['../../media/wandelpad.jpg?inline', /contains a "\?" or "#"/],
		['../../media/wandelpad.jpg#x', /contains a "\?" or "#"/],
		['../../media/wandelpad.jpg%3Fraw', /%-codes/],
		['..%2F..%2Fmedia%2Fwandelpad.jpg', /%-codes/],
		['../../media/%252e%252e.jpg', /%-codes/],
		['../../media/%E0%A4%A.jpg', /%-codes/],
		['/etc/passwd.jpg', /starts at the root/],
		['~/foto.jpg', /starts at the root/],
		['//elders.example/x.jpg', /web address/],
		['file:///etc/x.jpg', /web address/],
		['https://elders.example/x.jpg', /web address/],
		['http://elders.example/x.jpg', /web address/],
		['data:image/png;base64,iVBORw0KGgo=', /web address/],
		['javascript:alert(1)', /web address/],
		['C:\\foto.jpg', /web address|\\/],
		['..\\..\\media\\wandelpad.jpg', /contains a \\/],
		['\\\\server\\share\\x.jpg', /contains a \\/],
		['../../media/wandel\u0000pad.jpg', /invisible characters/],
		['../../media/weg.jpg', /image not found/],
		['', /fill in the path/],
	])('refuses %j', (value, message) => {
		expect(refused(value)).toMatch(message);
	});

	it('refuses %-codes in front matter, which no resolver may read differently', () => {
		expect(refused('../../media/foto%201.jpg', 'front matter')).toMatch(/%-codes/);
	});

	it('says so when a name only differs in how its accents are stored', () => {
		expect(refused('../../media/cafe\u0301.jpg')).toMatch(/accented letters are stored differently/);
	});
});

describe('front matter is read as Astro reads it, and YAML’s traps are named', () => {
	const read = (yaml: string) => readContentFile(`---\n${yaml}\n---\nTekst.\n`);

	it('gives the data Astro gives, and the body with its lines', () => {
		const file = readContentFile('---\ntitle: "Over ons"\ndraft: false\n---\n## Kop\n');
		expect(file.data).toEqual({ title: 'Over ons', draft: false });
		expect(file.problems).toEqual([]);
		expect(file.body).toBe('## Kop\n');
		expect(file.bodyLine).toBe(5);
		expect(file.compiled.split('\n')[4]).toBe('## Kop');
	});

	it.each([
		['quote: Ik lag op kamer #12 en elke ochtend kwam dezelfde verpleegkundige even zitten.', /^quote: line 2: " #" follows "Ik lag op kamer".* Put the whole text between double quotes: "Ik lag op kamer #…"\. \[yaml\.textCutAtComment\]$/],
		['publishedOn: 2025-13-01', /^publishedOn: "2025-13-01" is not a valid date.* \[date\.invalid\]$/],
		['publishedOn: 2025-02-30', /^publishedOn: "2025-02-30" is not a valid date/],
		['title: A\ntitle: B', /the field title appears twice.* \[yaml\.duplicateField\]$/],
		['a: &x tekst\nb: *x', /^a: line 2: YAML references .* \[yaml\.reference\]\nb: line 3: YAML references/],
		['basis: &b { x: 1 }\nander:\n  <<: *b', /ander\.<<: line 4: YAML references/],
		['photo: !!binary aGVsbG8=', /^photo: line 2: a YAML tag such as !!binary is not allowed.* \[yaml\.tag\]$/],
		['quote: !!js/function "function () { return 1 }"', /^quote: line 2: a YAML tag such as !!js\/function is not allowed/],
		['quote: !vreemd tekst', /a YAML tag such as !vreemd is not allowed/],
		['title: "Over ons: wie', /cannot be read \(line 3\).* \[yaml\.unreadable\]$/],
	])('%j', (yaml, message) => {
		expect(read(yaml).problems.join('\n')).toMatch(message);
	});

	it('leaves alone what reads as written: a comment on its own line, or after a number, a date or a list', () => {
		expect(read('# uitleg\nquote: "Ik lag op kamer #12."\n# nog een uitleg\nmaxYears: 5 # jaar\ngivenOn: 2025-03-01 # zie formulier\nkind: [a, b] # lijst\nauthor:\n  name: Ayşe\n# over de toestemming\nconsent:\n  reference: "TOE-1"\n  # niet het formulier zelf').problems).toEqual([]);
	});

	describe('text, dates and letters that YAML would change without a word (red-team finding 06)', () => {
		it.each([
			[
				'a comment on the next line, indented as a continuation: the text is cut before it',
				'quote: Ik lag op kamer\n  #12 en elke ochtend kwam dezelfde verpleegkundige even zitten.\nlocale: nl',
				'quote: line 3 starts with # and the site reads it as a comment, so the text stops at "Ik lag op kamer". Put the whole text on one line between double quotes: "Ik lag op kamer #12 en elke ochtend kwam dezelfde verpleegk…". [yaml.textCutAtCommentLine]',
			],
			[
				'the same in a list, after a blank line',
				'credentials:\n  - Chirurg in\n\n    # het Liesbreukcentrum',
				/^credentials\[0\]: line 5 starts with # .* stops at "Chirurg in".* \[yaml\.textCutAtCommentLine\]$/,
			],
			[
				'the same after a quoted part',
				'author:\n  detail: "54,"\n    # Gent',
				/^author\.detail: line 4 starts with # .* stops at "54,"/,
			],
			[
				'a comment after a quoted part on its line',
				'quote: "Ik lag op kamer" #12 en elke ochtend kwam dezelfde verpleegkundige even zitten.',
				/^quote: line 2: after the text "Ik lag op kamer" between quotes comes " #12 en elke ochtend .*Put the whole text between the quotes: "Ik lag op kamer #12 en elke.* \[yaml\.commentAfterQuotedText\]$/,
			],
			[
				'a date with a time and an offset, that would be read as the day before',
				'consent:\n  grantedOn: 2030-01-01T00:30:00+01:00',
				'consent.grantedOn: line 3: "2030-01-01T00:30:00+01:00" is a date with a time (the site would read 2029-12-31); this takes the day only. Write 2030-01-01. [yaml.dateWithTime]',
			],
			['a date with a time that cannot be', 'publishedOn: 2025-06-01 99:99:99', /^publishedOn: line 2: "2025-06-01 99:99:99" is a date with a time \(the site would read 2025-06-05\).* Write 2025-06-01\. \[yaml\.dateWithTime\]$/],
			['a date with a time that shifts nothing, still only the day', 'givenOn: 2025-3-1 12:00:00', /^givenOn: line 2: "2025-3-1 12:00:00" is a date with a time; this takes the day only\. Write 2025-03-01\./],
			[
				'a # in a key: one message, at the line of the #, not one per line after it',
				'quote #x: Ik lag op kamer 12\nauthor:\n  name: Ayse\n  role: patient\nlocale: nl\nspecialties: [a]',
				'The data at the top of the file cannot be read: on line 2, " #" starts a comment, so the rest of that line is left out. Is # part of a name or text? Then put the whole text between double quotes "…". [yaml.unreadableAtComment]',
			],
		])('%s', (_, yaml, message) => {
			const { problems } = read(yaml);
			expect(problems).toHaveLength(1);
			expect(problems[0]).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
		});
	});

	it('refuses TOML front matter and a file without front matter', () => {
		expect(readContentFile('+++\ntitle = "x"\n+++\n').problems[0]).toMatch(/TOML.* \[yaml\.toml\]$/);
		expect(readContentFile('Tekst zonder gegevens.').problems[0]).toMatch(/does not start with data.* \[yaml\.noFrontMatter\]$/);
	});

	it('reads the same way Astro does where a naive reading would not: a closing line with text after it', () => {
		// Astro's delimiter needs no line break after the closing ---: the rest of that line is body, 4 spaces in.
		const file = readContentFile('---\ntitle: x\n---    <script>alert(1)</script>\n');
		expect(file.data).toEqual({ title: 'x' });
		expect(file.compiled).toContain('<script>');
	});

	it('reads the settings file with the same parser and traps', () => {
		const settings = readYamlFile('organisation:\n  name: Ziekenhuis #1\n');
		expect(settings.problems).toEqual([expect.stringMatching(/^organisation\.name: line 2: " #" follows "Ziekenhuis"/)]);
	});
});

describe('a value of the wrong type says what was read and what to write', () => {
	const problems = (collection: 'locations' | 'testimonials', yaml: string) => {
		const file = readContentFile(yaml);
		const schema = COLLECTIONS[collection].schema({ image: (() => z.string()) as never, maxYears: 5 });
		const result = schema.safeParse(file.data);
		return result.success ? [] : describeIssues(result.error.issues, { data: file.data, sources: file.sources });
	};
	const location = (field: string) => fs.readFileSync(path.join(projectRoot, 'tests/fixtures/basic/locations/nl/hoofdgebouw.md'), 'utf8').replace(field.startsWith('phone') ? /^phone: .*$/m : /^  postalCode: .*$/m, field);
	const testimonial = fs.readFileSync(path.join(projectRoot, 'tests/fixtures/basic/testimonials/marieke.md'), 'utf8');

	it('a number where text is meant: the text as written, between quotes', () => {
		expect(problems('locations', location('  postalCode: 9000'))).toEqual([
			'address.postalCode: "9000" is read as a number, but this takes text: put it between double quotes, "9000" [value.textExpected]',
		]);
		// The leading zero YAML drops is kept in the message, as the editor wrote it.
		expect(problems('locations', location('phone: 092345678'))[0]).toMatch(/^phone: "092345678" is read as a number.*"092345678" \[value\.textExpected\]$/);
		expect(problems('testimonials', testimonial.replace('reference: "TOE-FIXTURE-001"', 'reference: 2025104'))[0]).toMatch(/^consent\.reference: "2025104" is read as a number.* \[value\.textExpected\]$/);
		expect(problems('testimonials', testimonial.replace('detail: "54, Gent"', 'detail: 54'))).toEqual([
			'author.detail: "54" is read as a number, but this takes text: put it between double quotes, "54" [value.textExpected]',
		]);
	});

	it('a date where text is meant, yes/no in Dutch where true or false is meant', () => {
		expect(problems('testimonials', testimonial.replace('detail: "54, Gent"', 'detail: 2025-03-01'))[0]).toMatch(/^author\.detail: "2025-03-01" is read as a date.* \[value\.textExpected\]$/);
		expect(problems('testimonials', testimonial.replace('compensated: false', 'compensated: nee'))).toEqual([
			'compensated: "nee" is not possible here: write true (yes) or false (no), without quotes [value.booleanExpected]',
		]);
		expect(problems('testimonials', testimonial.replace('specialties: [liesbreukcentrum]', 'specialties: liesbreukcentrum'))[0]).toMatch(/^specialties: this takes a list, not text: write \[liesbreukcentrum\].* \[value\.listExpected\]$/);
	});

	it('"fill in" only for what is really missing', () => {
		expect(problems('testimonials', testimonial.replace('quote: "Binnen een week stond ik weer op de tennisbaan."\n', ''))).toEqual(['quote: Fill in the quote [text.missing]']);
		expect(problems('testimonials', testimonial.replace('quote: "Binnen een week stond ik weer op de tennisbaan."', 'quote:'))).toEqual(['quote: Fill in the quote [text.missing]']);
		expect(problems('testimonials', testimonial.replace('quote: "Binnen een week stond ik weer op de tennisbaan."', 'quote: 12'))[0]).toMatch(/^quote: "12" is read as a number.* \[value\.textExpected\]$/);
	});
});

describe('settings addresses are checked like content', () => {
	it.each([
		['https://www.ziekenhuis-lindeveld.example@verzamel.derde-partij.example/collect', /has an @ before the website's name: a browser then goes to verzamel\.derde-partij\.example/],
		['https://user:pass@ziekenhuis.example/', /has an @ before/],
		['http://www.ziekenhuis.example/', /does not start with https:\/\//],
		['javascript:alert(1)', /does not start with https:\/\//],
		['www.ziekenhuis.example', /is not a full address/],
		['https://www.zieken huis.example/', /is not a full address/],
		['mailto:verhalen@ziekenhuis.example', /does not start with https:\/\//],
		// Characters the URL parser lets through in a host: in the Content-Security-Policy made from these settings, "*"
		// allows every site, and ";", quotes and "," break it or the hosts' configuration files written from it.
		['https://*/js/script.js', /"\*" is not the name of a website/],
		['https://*.plausible.example/js/script.js', /"\*\.plausible\.example" is not the name of a website/],
		['https://git.example;script-src/', /is not the name of a website/],
		['https://git.example"always/', /is not the name of a website/],
		["https://'unsafe-inline'/", /is not the name of a website/],
		['https://a,b.example/', /is not the name of a website/],
		['https://$host.example/', /is not the name of a website/],
	])('refuses %j', (value, message) => {
		expect(webAddressProblem(value)).toMatch(message);
	});

	it('accepts https, and mailto where an address is meant', () => {
		expect(webAddressProblem('https://www.ziekenhuis.example/pad?x=1')).toBeUndefined();
		for (const value of ['https://zïekenhuis.example/', 'https://git_intern.ziekenhuis.example/', 'https://192.0.2.10:8443/', 'https://[2001:db8::1]/', 'https://ziekenhuis.example./']) {
			expect(webAddressProblem(value)).toBeUndefined();
		}
		expect(webAddressProblem('mailto:verhalen@ziekenhuis.example', { mailto: true })).toBeUndefined();
		expect(webAddressProblem('mailto:geen-adres', { mailto: true })).toMatch(/not a valid e-mail address/);
	});

	const settings = (shareYourStory: unknown) => {
		const base = readYamlFile(fs.readFileSync(path.join(projectRoot, 'tests/fixtures/basic/settings/site.yaml'), 'utf8')).data;
		const result = settingsSchema.safeParse({ ...base, shareYourStory });
		return result.success ? [] : describeIssues(result.error.issues);
	};

	it('refuses a form handler on another host unless it is listed as trusted', () => {
		expect(settings({ endpoint: 'https://www.testkliniek.example/verhaal' })).toEqual([]);
		expect(settings({ endpoint: 'https://verzamel.derde-partij.example/collect' })).toEqual([
			expect.stringMatching(/^shareYourStory\.endpoint: the form would send patients' stories to verzamel\.derde-partij\.example, .*list verzamel\.derde-partij\.example in shareYourStory\.trustedFormHandlers \[settings\.formEndpointElsewhere\]$/),
		]);
		expect(settings({ endpoint: 'https://formulieren.testkliniek-groep.example/x', trustedFormHandlers: ['formulieren.testkliniek-groep.example'] })).toEqual([]);
		expect(settings({ endpoint: 'https://www.testkliniek.example@verzamel.derde-partij.example/collect' })[0]).toMatch(/^shareYourStory\.endpoint: .*@/);
	});
});

describe('the logo', () => {
	it('is the demo’s SVG in public/, which carries no script', () => {
		expect(logoProblem('/logo.svg', path.join(projectRoot, 'public'))).toBeUndefined();
	});

	it('is refused outside public/, with a query, or as an SVG that carries a script', () => {
		const dir = temporary();
		fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
		fs.writeFileSync(path.join(dir, 'code.svg'), 'export default 1');
		expect(logoProblem('/logo.svg', dir)).toMatch(/contains a script, an event handler/);
		expect(logoProblem('/code.svg', dir)).toMatch(/is not a picture/);
		expect(logoProblem('/../logo.svg', dir)).toMatch(/is not a path in public\//);
		expect(logoProblem('/logo.svg?raw', dir)).toMatch(/is not a path in public\//);
		expect(logoProblem('https://elders.example/logo.svg', dir)).toMatch(/is not a path in public\//);
		expect(logoProblem('/weg.svg', dir)).toMatch(/does not exist/);
	});
});

describe('every picture is opened by its bytes', () => {
	const still = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif') => sharp({ create: { width: 32, height: 24, channels: 3, background: '#0b6e69' } }).toFormat(format).toBuffer();

	it('accepts the five raster formats by their bytes, with their size', async () => {
		for (const [format, extension] of [['jpeg', 'jpg'], ['png', 'png'], ['webp', 'webp'], ['avif', 'avif'], ['gif', 'gif']] as const) {
			expect(await inspectPicture(await still(format), extension)).toEqual({ format, width: 32, height: 24, hasGps: false });
		}
	});

	it('names what is not one: LFS pointer, HEIC, SVG, code, empty, another format under a picture’s name', async () => {
		const lfs = Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n');
		const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);
		expect(await inspectPicture(lfs, 'jpg')).toEqual({ hasGps: false, problem: 'lfs-pointer' });
		expect(await inspectPicture(heic, 'jpg')).toEqual({ hasGps: false, problem: 'heic' });
		expect(await inspectPicture(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'jpg')).toEqual({ hasGps: false, problem: 'svg' });
		expect(await inspectPicture(Buffer.from('export default "tuin.jpg"; globalThis.ran = true;'), 'jpg')).toEqual({ hasGps: false, problem: 'not-a-picture' });
		expect(await inspectPicture(Buffer.alloc(0), 'jpg')).toEqual({ hasGps: false, problem: 'empty' });
		expect(await inspectPicture(await still('png'), 'jpg')).toMatchObject({ problem: 'wrong-extension', detail: 'png' });
		expect(sniffFormat(await still('avif'))).toBe('avif');
	});

	it('decodes strictly: a JPEG cut short is damaged, not a grey block', async () => {
		const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
		expect((await inspectPicture(photo, 'jpg')).problem).toBeUndefined();
		expect(await inspectPicture(photo.subarray(0, Math.floor(photo.length / 2)), 'jpg')).toMatchObject({ problem: 'damaged', detail: expect.stringMatching(/premature end/) });
	});

	it('refuses more pixels than sharp’s own limit, reading only the header, and animations', async () => {
		// A small JPEG whose header says 17000 × 16000: the size is read from the header, before any pixel is decoded.
		const panorama = Buffer.from(await sharp({ create: { width: 17, height: 16, channels: 3, background: '#888' } }).jpeg().toBuffer());
		const frameHeader = panorama.indexOf(Buffer.from([0xff, 0xc0]));
		panorama.writeUInt16BE(16000, frameHeader + 5);
		panorama.writeUInt16BE(17000, frameHeader + 7);
		expect(17000 * 16000).toBeGreaterThan(PIXEL_LIMIT);
		expect(await inspectPicture(panorama, 'jpg')).toEqual({ format: 'jpeg', width: 17000, height: 16000, hasGps: false, problem: 'too-large' });
		// A panorama under the limit builds: 16,000 × 1,200 px.
		const wide = await sharp({ create: { width: 16000, height: 1200, channels: 3, background: '#888' } }).jpeg({ quality: 10 }).toBuffer();
		expect((await inspectPicture(wide, 'jpg')).problem).toBeUndefined();
		const frame = (colour: string) => sharp({ create: { width: 10, height: 10, channels: 3, background: colour } }).png().toBuffer();
		const animation = await sharp([await frame('#f00'), await frame('#0f0')], { join: { animated: true } }).gif().toBuffer();
		expect(await inspectPicture(animation, 'gif')).toMatchObject({ problem: 'animated', height: 10 });
	});
});

describe('raw HTML in a Markdown body, whatever construct it hides in', () => {
	/** What the renderer itself publishes: any element Markdown does not make, or any on… attribute. */
	const MARKDOWN_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'code', 'pre', 'blockquote', 'hr', 'br', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'input', 'sup', 'section']);
	const publishesHtml = async (markdown: string) => {
		const { html } = markdownToHtml(markdown, { features: RENDERER_FEATURES });
		// The renderer escapes every < of text as &lt;: a literal < starts a tag. Any tag Markdown does not make, any on… attribute.
		const tags = [...html.replace(/="[^"]*"/g, '=""').matchAll(/<\/?([a-z][a-z0-9-]*|[!?])([^>]*)>?/gi)];
		return tags.some(([, name = '', attributes = '']) => !MARKDOWN_ELEMENTS.has(name.toLowerCase()) || /\son[a-z]+\s*=/i.test(attributes) || (name === 'input' && !/type="checkbox"/.test(attributes)));
	};

	const HOSTILE = [
		['a GFM table cell that a parser without GFM reads as a code span', '| a | b |\n|---|---|\n| `x | <img src="/x.png" alt="x" onerror="alert(1)"> ` | y |'],
		['a meta refresh', '<meta http-equiv="refresh" content="3;url=https://elders.example/">'],
		['a form asking for a BSN', '<form action="https://elders.example/"><input name="bsn"></form>'],
		['a footnote', 'Tekst[^1]\n\n[^1]: <b onmouseover="alert(1)">x</b>'],
		['a list item', '- <img src=x onerror=alert(1)>'],
		['a blockquote', '> <script>alert(1)</script>'],
		['a heading', '## Kop <span onclick="alert(1)">x</span>'],
		['a setext heading', '<iframe src="https://elders.example"></iframe>\n==='],
		['emphasis', '*<img src=x onerror=alert(1)>*'],
		['link text', '[<img src=x onerror=alert(1)>](/nl/)'],
		['a task list', '- [ ] <details open ontoggle=alert(1)>'],
		['strikethrough', '~~<svg onload=alert(1)>~~'],
		['an HTML comment', '<!-- <script>alert(1)</script> -->'],
		['a processing instruction', '<?php echo 1; ?>'],
		['a CDATA block', '<![CDATA[ <script>alert(1)</script> ]]>'],
		['a line break inside a tag', 'Tekst <img\nsrc=x onerror=alert(1)>'],
		['an HTML block after a paragraph', 'Tekst\n<div onclick="alert(1)">x</div>'],
		['a first line indented as code, which Astro trims', '    <script>alert(1)</script>'],
	] as const;

	it.each(HOSTILE)('%s: the renderer publishes HTML, and the check names the line', async (_name, markdown) => {
		const text = `Eerste regel.\n\n${markdown.startsWith('    ') ? markdown.trim() : markdown}`;
		expect(await publishesHtml(text)).toBe(true);
		expect(markdownProblems(text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Line \d+: .* is HTML code and is not allowed in this text.* \[mdx\.html\]$/)]));
	});

	const HARMLESS = [
		['entities decoded into text', '&lt;script&gt;alert(1)&lt;/script&gt; en &#60;b&#62;'],
		['a code span', '`<script>`'],
		['a fenced code block', '```html\n<script>alert(1)</script>\n```'],
		['a link title with angle brackets', '[x](/nl/ "<b>titel</b>")'],
		['an escaped angle bracket', 'a \\< b'],
		['an autolink', '<https://www.ziekenhuis.example/>'],
	] as const;

	it.each(HARMLESS)('%s: published as text, and accepted', async (_name, markdown) => {
		expect(await publishesHtml(markdown)).toBe(false);
		expect(markdownProblems(markdown)).toEqual([]);
	});

	it('refuses an autolink or link with a script scheme', () => {
		expect(markdownProblems('<javascript:alert(1)>')[0] ?? '').toMatch(/javascript:alert\(1\)/);
		expect(markdownProblems('[x](JaVaScRiPt:alert(1))')[0]).toMatch(/is not allowed: a link goes to a page/);
	});
});

describe('the one content check, run twice', () => {
	it('opens every picture the first time and none the second, when nothing changed', async () => {
		const { runContentCheck } = await import('../../src/validation/content-report.ts');
		const { fixtureCopy } = await import('../support/fixtures.ts');
		const content = fixtureCopy();
		const options = { contentDir: content, publicDir: path.join(projectRoot, 'public'), cacheFile: path.join(temporary(), 'content-check.bin') };
		const first = await runContentCheck(options);
		expect(first.errors).toEqual([]);
		expect(first.pictures).toEqual({ decoded: 2, known: 0 });
		expect((await runContentCheck(options)).pictures).toEqual({ decoded: 0, known: 2 });
		// A changed picture is opened again, by its new bytes.
		fs.writeFileSync(path.join(content, 'media', 'hero.png'), await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } }).png().toBuffer());
		expect((await runContentCheck(options)).pictures).toEqual({ decoded: 1, known: 1 });
	});
});

describe('the site address given by the environment', () => {
	it('is checked like the setting, naming it', async () => {
		const { parseSettings } = await import('../../src/settings/read.ts');
		const raw = readYamlFile(fs.readFileSync(path.join(projectRoot, 'tests/fixtures/basic/settings/site.yaml'), 'utf8')).data;
		expect(parseSettings(raw, 'settings/site.yaml', { SITE_URL: 'https://preview.testkliniek.example/' }).siteUrl).toBe('https://preview.testkliniek.example');
		expect(() => parseSettings(raw, 'settings/site.yaml', { SITE_URL: 'preview.testkliniek.example' })).toThrow(/siteUrl \(SITE_URL\): "preview\.testkliniek\.example" is geen volledig adres/);
	});

	// The red team: CMS_BASE_URL and CMS_API_ROOT were merged after the schema, so "https://*" widened the admin's
	// Content-Security-Policy to every site. Checked as settings cms.baseUrl and cms.apiRoot are, with their message.
	it('for the CMS (CMS_BASE_URL, CMS_API_ROOT) is checked like the settings, with the same message, before any policy is built', async () => {
		const { parseSettings } = await import('../../src/settings/read.ts');
		const { webAddressProblem } = await import('../../src/schemas/settings.ts');
		const { policyFor } = await import('../../src/security/headers.ts');
		const raw = readYamlFile(fs.readFileSync(path.join(projectRoot, 'tests/fixtures/basic/settings/site.yaml'), 'utf8')).data as Record<string, unknown>;
		const settings = parseSettings({ ...raw, cms: { backend: 'gitlab', repo: 'ziekenhuis/site' } }, 'settings/site.yaml', {});
		for (const [variable, field, value] of [
			['CMS_BASE_URL', 'baseUrl', 'https://*'],
			['CMS_API_ROOT', 'apiRoot', "https://gitlab.example';"],
			['CMS_API_ROOT', 'apiRoot', 'https://*.example'],
			['CMS_BASE_URL', 'baseUrl', 'http://gitlab.ziekenhuis.example'],
			['CMS_BASE_URL', 'baseUrl', 'https://gitlab.ziekenhuis.example@elders.example'],
		] as const) {
			const env = { [variable]: value };
			const expected = `cms.${field} (${variable}): ${webAddressProblem(value)}`;
			expect(webAddressProblem(value)).toBeDefined();
			expect(() => parseSettings({ ...raw, cms: { backend: 'gitlab', repo: 'ziekenhuis/site' } }, 'settings/site.yaml', env)).toThrow(expected);
			// Also where the policy is built from settings read with another environment.
			expect(() => policyFor(settings, '/', env)).toThrow(expected);
		}
		const env = { CMS_BASE_URL: 'https://gitlab.ziekenhuis.example', CMS_API_ROOT: 'https://gitlab.ziekenhuis.example/api/v4' };
		expect(parseSettings({ ...raw, cms: { backend: 'gitlab', repo: 'ziekenhuis/site' } }, 'settings/site.yaml', env).cms).toMatchObject({ repo: 'ziekenhuis/site' });
		expect(policyFor(settings, '/', env).admin).toContain('https://gitlab.ziekenhuis.example');
	});
});

describe('putting a finished build in dist/’s place', () => {
	it('leaves dist/ the old site whole, the new one whole, or absent, at every step, also when dist/ is on another disk', async () => {
		const { replaceFolder } = await import('../../src/lib/files.ts');
		const root = temporary();
		const project = path.join(root, 'project');
		const otherDisk = path.join(root, 'other-disk');
		const staged = path.join(project, 'staging');
		const dist = path.join(otherDisk, 'dist');
		const site = (dir: string, version: string) => {
			fs.mkdirSync(path.join(dir, 'nl'), { recursive: true });
			for (const page of ['index.html', 'nl/index.html', 'nl/verhaal.html']) fs.writeFileSync(path.join(dir, page), version);
		};
		site(staged, 'new');
		site(dist, 'old');
		const states: string[] = [];
		const state = () => {
			if (!fs.existsSync(dist)) return 'absent';
			const pages = ['index.html', 'nl/index.html', 'nl/verhaal.html'].map((page) => (fs.existsSync(path.join(dist, page)) ? fs.readFileSync(path.join(dist, page), 'utf8') : 'missing'));
			return new Set(pages).size === 1 ? pages[0]! : `mixed: ${pages.join(', ')}`;
		};
		const disk = (target: string) => (target.startsWith(otherDisk) ? 'other' : 'project');
		const renames: string[] = [];
		const ops = {
			renameSync(from: string, to: string) {
				// rename(2) cannot cross disks.
				if (disk(from) !== disk(to)) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
				renames.push(`${path.relative(root, from)} -> ${path.relative(root, to)}`);
				fs.renameSync(from, to);
				states.push(state());
			},
			cpSync(from: string, to: string, options: { recursive: true }) {
				fs.cpSync(from, to, options);
				states.push(state());
			},
			rmSync(target: string, options: { recursive: true; force: true }) {
				fs.rmSync(target, options);
				states.push(state());
			},
			existsSync: fs.existsSync,
			mkdirSync: fs.mkdirSync,
		};
		replaceFolder(staged, dist, '42', ops);
		expect(state()).toBe('new');
		expect(states.every((seen) => ['old', 'new', 'absent'].includes(seen)), states.join(' | ')).toBe(true);
		expect(renames).toEqual(['other-disk/dist -> other-disk/.dist.old-42', 'other-disk/.dist.new-42 -> other-disk/dist']);
		expect(fs.readdirSync(otherDisk)).toEqual(['dist']);
		expect(fs.existsSync(staged)).toBe(false);
	});
});

describe('type messages without the file’s data (as the CMS asks)', () => {
	it('still say what the field takes, in the editor’s language, never zod’s English', () => {
		const result = z.object({ compensated: z.boolean(), detail: z.string() }).safeParse({ compensated: 'nee', detail: 54 });
		const lines = result.success ? [] : describeIssues(result.error.issues);
		expect(lines).toEqual([
			expect.stringMatching(/^compensated: .*true \(yes\) or false \(no\).* \[field\.missingOrWrong\]$/),
			expect.stringMatching(/^detail: .*text.* \[field\.missingOrWrong\]$/),
		]);
		expect(lines.join('\n')).not.toContain('Invalid input');
	});
});

describe('front matter that is not closed', () => {
	it('is named, rather than read as a body by the build', () => {
		expect(readContentFile('---\ntitle: x\n').problems).toEqual([expect.stringMatching(/does not start with data between two "---" lines/)]);
		expect(readContentFile('---\r\ntitle: x\r\n---\r\nTekst\r\n')).toMatchObject({ data: { title: 'x' }, problems: [], bodyLine: 4 });
		expect(readContentFile('\uFEFF---\ntitle: x\n---\nTekst')).toMatchObject({ data: { title: 'x' }, problems: [], body: 'Tekst' });
	});
});
