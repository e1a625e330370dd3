import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { NeedleSearch } from '../consent/needle-search.ts';
import { fileHash, listFiles, readJsonFile } from '../lib/files.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;
const TEXT = /\.(html|xml|json|css|js|txt|webmanifest)$/i;


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

export interface PublishedImagesOptions {
	/**
	 * A file that keeps what the metadata check found per image content
	 * (by SHA-256), so a second build does not open every unchanged image
	 * again. Default: no cache.
	 */
	cacheFile?: string;
}

/** The SHA-256 of every picture in content/, to recognise a copy of an original in the build. */
export function originalImages(contentDir: string): Set<string> {
	return new Set(
		listFiles(contentDir)
			.filter((file) => IMAGE.test(file))
			.map((file) => fileHash(path.join(contentDir, file))),
	);
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
export async function checkPublishedImages(buildDir: string, originals: ReadonlySet<string>, options: PublishedImagesOptions = {}): Promise<PublishedImagesReport> {
	const files = listFiles(buildDir);
	const images = files.filter((file) => IMAGE.test(file)).map((file) => ({ file, absolute: path.join(buildDir, file), hash: fileHash(path.join(buildDir, file)) }));

	// Which copies of originals a page, feed or stylesheet names: every text file is read once, for all of them together.
	const copies = images.filter((image) => originals.has(image.hash));
	const referenced = new Set<string>();
	if (copies.length > 0) {
		const names = new NeedleSearch([...new Set(copies.map((image) => path.posix.basename(image.file)))]);
		for (const file of files.filter((candidate) => TEXT.test(candidate))) {
			for (const at of names.matches(fs.readFileSync(path.join(buildDir, file), 'utf8'))) referenced.add(names.needles[at]!);
		}
	}

	const known = readCache(options.cacheFile);
	const checked: Record<string, string[]> = {};
	const removed: string[] = [];
	const problems: string[] = [];
	for (const { file, absolute, hash } of images) {
		if (originals.has(hash) && !referenced.has(path.posix.basename(file))) {
			fs.rmSync(absolute);
			removed.push(file);
			continue;
		}
		const metadata = known[hash] ?? (await metadataIn(absolute));
		checked[hash] = metadata;
		if (metadata.length > 0) problems.push(`${file}: carries ${metadata.join(', ')}; published images must not`);
	}
	if (options.cacheFile) {
		fs.mkdirSync(path.dirname(options.cacheFile), { recursive: true });
		fs.writeFileSync(options.cacheFile, JSON.stringify({ version: CHECK_VERSION, images: checked }));
	}
	return { removed, problems };
}

// Bump when metadataIn() looks for more, so that cached results are checked again.
const CHECK_VERSION = 1;

/** What an earlier build found in each image, by content hash; nothing when there is no cache (yet). */
function readCache(file: string | undefined): Record<string, string[]> {
	const cache = file ? (readJsonFile(file) as { version?: number; images?: Record<string, string[]> } | undefined) : undefined;
	return cache?.version === CHECK_VERSION && cache.images ? cache.images : {};
}

/**
 * The warning for an original in content/ that still carries the GPS position
 * where it was taken (found by src/images/inspect.ts, which opens every
 * picture once before the build).
 *
 * @param file the picture as shown to editors, e.g. "content/media/x.jpg".
 */
export function gpsWarning(file: string): string {
	return `${file}: deze foto bevat nog de plek waar hij is gemaakt (GPS). De site publiceert die niet, maar de foto staat zo in de repository; haal het weg met npm run media:scrub / this photo still carries the GPS position where it was taken. The site does not publish it, but the repository holds it; remove it with npm run media:scrub`;
}
