import path from 'node:path';
import sharp from 'sharp';
import { NeedleSearch } from '../consent/needle-search.ts';
import { fileHash, listFiles } from '../lib/files.ts';
import { BuiltSite, FindingsCache } from '../lib/findings-cache.ts';

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
	 * A folder where the check keeps what it found in each built file (see
	 * src/lib/findings-cache.ts): the metadata of each image, by its content,
	 * so a second build does not open every unchanged image again, and the
	 * names of copied originals each text file names. Default: nothing kept.
	 */
	findings?: string;
	/** The build's files, when another check has read them already. */
	site?: BuiltSite;
}

/** The code that makes the findings kept (see FindingsCache): this check and the search for names. */
const CODE = [new URL('published-images.ts', import.meta.url), new URL('../consent/needle-search.ts', import.meta.url)];

/**
 * Every picture in content/ with the SHA-256 of its bytes, `[file relative to content/, hash]`, sorted by file:
 * which bytes lie at which path. The consent check's picture needles name pictures by path, so a build that
 * judges a site "the same as the last one" must see a picture that changed places with another (see
 * unchanged-site.ts), not only the same set of pictures.
 */
export function originalImageFiles(contentDir: string): [string, string][] {
	return listFiles(contentDir)
		.filter((file) => IMAGE.test(file))
		.sort()
		.map((file) => [file, fileHash(path.join(contentDir, file))]);
}

/** The SHA-256 of every picture in content/, to recognise a copy of an original in the build. */
export function originalImages(contentDir: string, files: [string, string][] = originalImageFiles(contentDir)): Set<string> {
	return new Set(files.map(([, hash]) => hash));
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
	const site = options.site ?? new BuiltSite(buildDir);
	const files = site.files();
	const images = files.filter((file) => IMAGE.test(file)).map((file) => ({ file, hash: site.hash(file) }));

	// Which copies of originals a page, feed or stylesheet names: every text file that changed is read once, for all of them together.
	const copies = images.filter((image) => originals.has(image.hash));
	const referenced = new Set<string>();
	if (copies.length > 0) {
		const wanted = [...new Set(copies.map((image) => path.posix.basename(image.file)))].sort();
		const names = new NeedleSearch(wanted);
		const kept = new FindingsCache<string[]>(options.findings && path.join(options.findings, 'image-references.json'), { code: CODE, inputs: wanted });
		for (const file of files.filter((candidate) => TEXT.test(candidate))) {
			const key = kept.key(file, site.hash(file));
			let found = kept.get(key);
			if (!found) {
				found = [...names.matches(site.read(file).toString('utf8'))].map((at) => names.needles[at]!);
				kept.set(key, found);
			}
			for (const name of found) referenced.add(name);
		}
		kept.save();
	}

	// What sharp found in an image depends on its bytes alone: kept by content, wherever the image is.
	const metadataFound = new FindingsCache<string[]>(options.findings && path.join(options.findings, 'image-metadata.json'), { code: CODE, inputs: null });
	const removed: string[] = [];
	const problems: string[] = [];
	for (const { file, hash } of images) {
		if (originals.has(hash) && !referenced.has(path.posix.basename(file))) {
			site.remove(file);
			removed.push(file);
			continue;
		}
		const key = metadataFound.key('', hash);
		const metadata = metadataFound.get(key) ?? (await metadataIn(path.join(buildDir, file)));
		metadataFound.set(key, metadata);
		if (metadata.length > 0) problems.push(`${file}: carries ${metadata.join(', ')}; published images must not`);
	}
	metadataFound.save();
	return { removed, problems };
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
