import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { NeedleSearch } from '../consent/needle-search.ts';
import { fileHash, listFiles } from '../lib/files.ts';
import { BuiltSite, FindingsCache } from '../lib/findings-cache.ts';
import { message, metadataKindName, titled, type MessageParams, type MetadataKind } from '../messages/index.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;
const TEXT = /\.(html|xml|json|css|js|txt|webmanifest)$/i;


/** The kinds of camera or editing metadata sharp finds in an image, as keys (named in words by messageParts.metadataKind). */
async function metadataIn(file: string): Promise<MetadataKind[]> {
	const found = await sharp(file).metadata();
	return [
		found.exif && 'exif',
		found.xmp && 'xmp',
		found.iptc && 'iptc',
		found.tifftagPhotoshop && 'photoshop',
		found.comments?.length && 'comments',
	].filter((kind): kind is MetadataKind => Boolean(kind));
}

export interface PublishedImagesReport {
	/** Unprocessed copies of originals that no page uses, removed from the build. */
	removed: string[];
	/**
	 * What must be fixed before the site may be published, one message per picture in the editor's language
	 * (`picture.metadataPublished`: which picture, where it came from, what to do), each ending with its code.
	 */
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
	/**
	 * The pictures in content/, as [the file as editors see it ("content/media/tuin.jpg"), SHA-256 of its bytes], to
	 * say where a picture with metadata came from: a copy of one, or made from one (by its name). Default: none.
	 */
	sources?: readonly (readonly [string, string])[];
	/** The folder whose files the site publishes as they are (public/), to say that a picture came from there. Default: none. */
	publicDir?: string;
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
	// Kept as keys ('exif'…), never as words: a build in another editor's language reuses them and names them in its own.
	const metadataFound = new FindingsCache<MetadataKind[]>(options.findings && path.join(options.findings, 'image-metadata.json'), { code: CODE, inputs: null });
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
		if (metadata.length > 0) {
			const kinds = metadata.map(metadataKindName).join(', ');
			problems.push(message('picture.metadataPublished', { file, kinds, ...sourceOf(file, hash, options) }));
		}
	}
	metadataFound.save();
	return { removed, problems };
}

/**
 * Where a picture of the build (`file`, relative to the build folder, with the SHA-256 `hash` of its bytes) came
 * from, for picture.metadataPublished: an original in content/ with the same bytes; a file of public/ with the
 * same bytes (published as it is); an original in content/ whose name, without its extension, starts the
 * picture's name before a dot or an underscore, as Astro names what it makes of it ("tuin.jpg" →
 * "_astro/tuin.Bx7aZ1_2dLk9.webp"), every such original when several could be; or else the build itself.
 */
export function sourceOf(file: string, hash: string, { sources = [], publicDir }: Pick<PublishedImagesOptions, 'sources' | 'publicDir'>): Pick<MessageParams['picture.metadataPublished'], 'from' | 'source'> {
	const copied = sources.filter(([, original]) => original === hash).map(([shown]) => shown);
	if (copied.length > 0) return { from: 'original', source: copied.join(', ') };
	const published = publicDir && path.join(publicDir, file);
	if (published && fs.statSync(published, { throwIfNoEntry: false })?.isFile() && fileHash(published) === hash) return { from: 'public', source: `public/${file}` };
	const name = path.posix.basename(file);
	const madeFrom = sources
		.map(([shown]) => shown)
		.filter((shown) => {
			const stem = path.posix.basename(shown).replace(/\.[^.]*$/, '');
			return name.startsWith(`${stem}.`) || name.startsWith(`${stem}_`);
		});
	if (madeFrom.length > 0) return { from: 'madeFrom', source: madeFrom.join(', ') };
	return { from: 'build', source: '' };
}

/** The image check's report when pictures with metadata stop the build: its title (picture.metadataFound), then one message per picture. */
export function describeImageProblems(problems: readonly string[]): string {
	return [titled(message('picture.metadataFound', { count: problems.length })), ...problems.map((problem) => `  - ${problem}`)].join('\n');
}

