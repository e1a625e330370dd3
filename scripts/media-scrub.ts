/**
 * `npm run media:scrub`: removes camera metadata (EXIF with the GPS position,
 * XMP, IPTC, comments, a motion photo's video) from every JPEG, PNG and WebP
 * in content/, in place and without re-encoding. The site never publishes
 * metadata, but the repository holds the originals and may be public.
 *
 * The orientation stays (a phone's portrait is stored turned, with a tag that
 * says how to turn it back), and so does the colour profile: see
 * src/images/metadata.ts. A PNG or WebP whose tag says to turn it gets its
 * pixels turned instead, losslessly, since browsers and Astro do not all
 * honour the tag there (src/images/upright.ts).
 *
 *   npm run media:scrub               clean every image in content/
 *   npm run media:scrub -- --check    only list what would be cleaned; exit 1 if anything would
 *
 * Exit 1 also when a picture cannot be cleaned (damaged, AVIF or HEIC with
 * metadata, a PNG or WebP that cannot be turned losslessly), naming the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { DamagedImageError, imageFormat, metadataKindKey, stripMetadata, UnclearOrientationError, type MetadataKind, type Stripped } from '../src/images/metadata.ts';
import { turnedUpright } from '../src/images/upright.ts';
import { listFiles } from '../src/lib/files.ts';
import { contentDir, displayPath } from '../src/settings/paths.ts';
import { message, metadataKindName } from '../src/messages/index.ts';
import { useSettingsEditorLanguage } from '../src/settings/read.ts';

// Messages in the editor's language (settings: editorLanguage).
useSettingsEditorLanguage();

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

/** A picture's metadata, named in the editor's language, each kind once ("EXIF, XMP"). */
const kindsOf = (removed: readonly MetadataKind[]) => [...new Set(removed.map(metadataKindKey))].map(metadataKindName).join(', ');
const cleaned = (file: string, { removed, orientation }: Stripped, check: boolean) =>
	`${file}: ${message('scrub.cleaned', { kinds: kindsOf(removed), check, ...(orientation ? { orientation } : {}) })}`;
const turned = (file: string, orientation: number, check: boolean) => `${file}: ${message('scrub.turned', { orientation, check })}`;
const notTurnable = (file: string, orientation: number) =>
	`${file}: ${message('scrub.cannotTurn', { orientation })}`;
const damaged = (file: string, error: Error) =>
	`${file}: ${message('scrub.damaged', { detail: error.message })}`;
const notCleanable = (file: string, format: string) =>
	`${file}: ${message('scrub.cannotClean', { format: format.toUpperCase() })}`;

let found = 0;
let problems = 0;
for (const file of listFiles(contentDir).filter((name) => /\.(jpe?g|png|webp|avif|heic|heif)$/i.test(name))) {
	const absolute = path.join(contentDir, file);
	const shown = displayPath(absolute);
	let result: Stripped;
	try {
		result = stripMetadata(fs.readFileSync(absolute));
	} catch (error) {
		if (!(error instanceof DamagedImageError || error instanceof UnclearOrientationError)) throw error;
		problems += 1;
		// A note readers read differently cannot be kept or dropped safely: the editor saves the picture again.
		if (error instanceof UnclearOrientationError) console.error(`${shown}: ${message('picture.turnNoteUnclear', { format: imageFormat(fs.readFileSync(absolute)).toUpperCase() })}`);
		else console.error(damaged(shown, error));
		continue;
	}
	if (result.format === 'avif' || result.format === 'heic') {
		const metadata = await sharp(absolute).metadata().catch(() => undefined);
		if (metadata?.exif || metadata?.xmp) {
			problems += 1;
			console.error(notCleanable(shown, result.format));
		}
		continue;
	}
	if ((result.format === 'png' || result.format === 'webp') && result.orientation) {
		const upright = await turnedUpright(result.bytes, result.format);
		if (!upright) {
			problems += 1;
			console.error(notTurnable(shown, result.orientation));
			continue;
		}
		found += 1;
		if (!values.check) fs.writeFileSync(absolute, upright);
		console.log(turned(shown, result.orientation, values.check));
		continue;
	}
	if (result.removed.length === 0) continue;
	found += 1;
	if (!values.check) fs.writeFileSync(absolute, result.bytes);
	console.log(cleaned(shown, result, values.check));
}
if (found > 0) console.log(message('scrub.summary', { count: found, check: values.check }));
else if (problems === 0) console.log(message('scrub.allClean'));
if (problems > 0) console.error(message('scrub.failed', { count: problems }));
process.exit(problems > 0 || (values.check && found > 0) ? 1 : 0);
