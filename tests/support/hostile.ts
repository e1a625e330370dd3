import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { projectRoot } from './build.ts';
import { fixtureCopy } from './fixtures.ts';

/** The hostile corpus: files an attacker or a careless upload could put in content/ (tests/fixtures/hostile/). */
export const hostileFixture = path.join(projectRoot, 'tests', 'fixtures', 'hostile');

/**
 * The basic fixture with the hostile corpus laid over it, plus what git
 * cannot keep in a fixture or what is better made than stored: symbolic links
 * (to a story outside content/ and to a folder), a FIFO, a JPEG cut in half,
 * a HEIC photo named .jpg, an animated GIF, a panorama over the pixel
 * limit, a photo marked executable, a page over the size limit and names
 * with a line break or a direction-reversing mark. `canary` is the file any code from content/ would write if it ran.
 */
export async function hostileContent(): Promise<{ content: string; outside: string; canary: string }> {
	const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-outside-'));
	const canary = path.join(outside, 'canary-ran');
	const content = fixtureCopy((dir) => fs.cpSync(hostileFixture, dir, { recursive: true }));
	fs.writeFileSync(
		path.join(outside, 'geheim.mdx'),
		`---\ntitle: Geheim\ndescription: Een verhaal van buiten content/, via een symbolische koppeling binnengehaald.\npublishedOn: 2025-07-01\nkind: staff\nspecialties: [liesbreukcentrum]\n---\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(canary)}, 'a symlinked story ran')\n`,
	);
	fs.mkdirSync(path.join(outside, 'folder'));
	fs.copyFileSync(path.join(outside, 'geheim.mdx'), path.join(outside, 'folder', 'geheim.mdx'));
	fs.symlinkSync(path.join(outside, 'geheim.mdx'), path.join(content, 'stories', 'nl', 'link.mdx'));
	fs.symlinkSync(path.join(outside, 'folder'), path.join(content, 'stories', 'en-kopie'));
	execFileSync('mkfifo', [path.join(content, 'media', 'pijp.jpg')]);

	const photo = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
	fs.writeFileSync(path.join(content, 'media', 'half.jpg'), photo.subarray(0, Math.floor(photo.length / 2)));
	fs.writeFileSync(path.join(content, 'media', 'iphone.jpg'), Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(256)]));
	const frame = (colour: string) => sharp({ create: { width: 10, height: 10, channels: 3, background: colour } }).png().toBuffer();
	fs.writeFileSync(path.join(content, 'media', 'bewegend.gif'), await sharp([await frame('#f00'), await frame('#0f0')], { join: { animated: true } }).gif().toBuffer());
	const panorama = Buffer.from(await sharp({ create: { width: 17, height: 16, channels: 3, background: '#888' } }).jpeg().toBuffer());
	const frameHeader = panorama.indexOf(Buffer.from([0xff, 0xc0]));
	panorama.writeUInt16BE(16000, frameHeader + 5);
	panorama.writeUInt16BE(17000, frameHeader + 7);
	fs.writeFileSync(path.join(content, 'media', 'panorama.jpg'), panorama);
	// A picture whose name holds a line break and a GitHub Actions workflow command (red-team finding 12), and a folder with a
	// direction-reversing mark in its name.
	fs.copyFileSync(path.join(content, 'media', 'hero.png'), path.join(content, 'media', 'x\n::error title=Beveiliging::Alles in orde.png'));
	fs.mkdirSync(path.join(content, 'media', 'omgekeerd\u202egnp.exe'));
	fs.copyFileSync(path.join(content, 'media', 'hero.png'), path.join(content, 'media', 'omgekeerd\u202egnp.exe', 'foto.png'));
	// A page over the size limit for a content file (200 KB): a paste gone wrong.
	const page = fs.readFileSync(path.join(content, 'pages', 'nl', 'about.md'), 'utf8');
	fs.writeFileSync(path.join(content, 'pages', 'nl', 'te-groot.md'), `${page}\n${'Een zin die per ongeluk vaak is geplakt. '.repeat(6000)}\n`);
	// A real photo marked executable (Git keeps the mark; a copy from a USB stick often has it).
	fs.writeFileSync(path.join(content, 'media', 'uitvoerbaar.jpg'), photo, { mode: 0o755 });
	fs.chmodSync(path.join(content, 'media', 'uitvoerbaar.jpg'), 0o755);
	return { content, outside, canary };
}
