import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { listFiles } from '../lib/files.ts';
import { exifHasGps } from './metadata.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;
const TEXT = /\.(html|xml|json|css|js|txt|webmanifest)$/i;

const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The kinds of camera or editing metadata sharp finds in an image. */
async function metadataIn(file: string): Promise<string[]> {
	const found = await sharp(file).metadata();
	return [
		found.exif && 'EXIF',
		found.xmp && 'XMP',
		found.iptc && 'IPTC',
		found.tifftagPhotoshop && 'Photoshop data',
		found.comments?.length && 'text comments',
	].filter((kind): kind is string => Boolean(kind));
}

export interface PublishedImagesReport {
	/** Unprocessed copies of originals that no page uses, removed from the build. */
	removed: string[];
	/** What must be fixed before the site may be published, one line per file. */
	problems: string[];
}

/**
 * Makes sure no image in the build carries camera metadata, and that no
 * original from content/ is published as it was uploaded. Astro copies an
 * original into the build when its size is read, even if only resized
 * versions are shown, and it does so for photos the consent gate left out
 * too: such unused copies are removed here. A file a page does use may equal
 * its original only when re-encoding gave the same bytes; the metadata check
 * covers it like every other image.
 */
export async function checkPublishedImages(buildDir: string, contentDir: string): Promise<PublishedImagesReport> {
	const originals = new Set(
		listFiles(contentDir)
			.filter((file) => IMAGE.test(file))
			.map((file) => hashOf(path.join(contentDir, file))),
	);
	const files = listFiles(buildDir);
	const texts = files.filter((file) => TEXT.test(file)).map((file) => fs.readFileSync(path.join(buildDir, file), 'utf8'));
	const isReferenced = (file: string) => texts.some((text) => text.includes(path.posix.basename(file)));

	const removed: string[] = [];
	const problems: string[] = [];
	for (const file of files.filter((candidate) => IMAGE.test(candidate))) {
		const absolute = path.join(buildDir, file);
		if (originals.has(hashOf(absolute)) && !isReferenced(file)) {
			fs.rmSync(absolute);
			removed.push(file);
			continue;
		}
		const metadata = await metadataIn(absolute);
		if (metadata.length > 0) problems.push(`${file}: carries ${metadata.join(', ')}; published images must not`);
	}
	return { removed, problems };
}

/** Originals in content/ that still carry the GPS position where they were taken, as warnings for editors. */
export async function gpsWarnings(contentDir: string): Promise<string[]> {
	const warnings: string[] = [];
	for (const file of listFiles(contentDir).filter((candidate) => IMAGE.test(candidate))) {
		const { exif } = await sharp(path.join(contentDir, file)).metadata();
		if (exif && exifHasGps(exif)) {
			warnings.push(
				`${file}: deze foto bevat nog de plek waar hij is gemaakt (GPS). De site publiceert die niet, maar de foto staat zo in de repository; haal het weg met npm run media:scrub / this photo still carries the GPS position where it was taken. The site does not publish it, but the repository holds it; remove it with npm run media:scrub`,
			);
		}
	}
	return warnings;
}
