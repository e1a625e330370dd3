import path from 'node:path';
import { message } from '../messages/index.ts';

/**
 * Where a picture reference written by an editor leads, decided before Astro
 * or Vite see it. Astro turns every local picture (a `hero.image`, a
 * testimonial's `photo`, a Markdown picture in any body, the picture in a
 * Figure) into an `import` that Vite resolves and loads: a path to a module
 * (`plattegrond.mjs`) runs it while the site is built, `../../../elders/x.jpg`
 * publishes any file the build machine can read, and a `?raw`, `?url` or
 * `?inline` suffix picks another Vite loader (issue 17). So a reference is
 * accepted only when it names, after every normalisation a resolver could
 * apply, one regular file in content/media/ whose name is a raster picture's.
 * Whether its bytes are that picture is checked by src/images/inspect.ts.
 *
 * Pure: works on the one list of content files (src/lib/files.ts), reads no disk.
 */

/** The picture formats the build's image pipeline (sharp, via astro:assets) publishes. */
export const RASTER_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** The folder in content/ that holds pictures. */
export const MEDIA_FOLDER = 'media';

export type PictureReference =
	| { ok: true; /** Relative to content/, e.g. "media/wandelpad.jpg". */ file: string }
	| { ok: false; /** What is wrong, in the editor's language (src/messages/). */ problem: string };

export interface PictureReferenceOptions {
	/** The entry that names the picture, relative to content/ with forward slashes, e.g. "stories/nl/x.mdx". */
	from: string;
	/** Every regular file in content/, relative, as listContentFiles() gives them. */
	files: ReadonlySet<string>;
	/**
	 * Where the reference is written. Astro reads a picture in a Markdown body
	 * URI-decoded (`foto%201.jpg` is "foto 1.jpg", via decodeURI), a front-matter
	 * value as it is; `%` in front matter is refused so that no resolver can
	 * read it otherwise.
	 */
	in: 'body' | 'front matter';
}

/**
 * Resolves a picture reference.
 *
 * @param value the reference as written, e.g. "../../media/wandelpad.jpg".
 * @returns the file in content/media/ it names, or the problem in Dutch and English.
 */
export function resolvePictureReference(value: string, options: PictureReferenceOptions): PictureReference {
	const fail = (problem: string): PictureReference => ({ ok: false, problem });
	if (value.trim() === '') return fail(noPicture());
	if (/[\u0000-\u001f\u007f]/.test(value)) return fail(invisibleCharacters(value));

	let name = value;
	if (options.in === 'body') {
		try {
			name = decodeURI(value);
		} catch {
			return fail(percentCodes(value));
		}
		if (/%[0-9a-f]{2}/i.test(name)) return fail(percentCodes(value));
	} else if (/%/.test(value)) {
		return fail(percentCodes(value));
	}

	if (/^[a-z][a-z0-9+.-]*:/i.test(name) || name.startsWith('//')) return fail(notALocalPicture(value));
	if (name.includes('\\')) return fail(backslash(value));
	if (name.startsWith('/') || name.startsWith('~')) return fail(absolutePath(value));
	if (/[?#]/.test(name)) return fail(suffix(value));

	const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(options.from), name));
	if (resolved === '..' || resolved.startsWith('../')) return fail(outsideContent(value));
	if (!resolved.startsWith(`${MEDIA_FOLDER}/`)) return fail(outsideMedia(value, resolved));

	const extension = path.posix.extname(resolved).slice(1).toLowerCase();
	if (!(RASTER_EXTENSIONS as readonly string[]).includes(extension)) return fail(notARasterName(value));

	if (!options.files.has(resolved)) {
		const sameLooking = [...options.files].find((file) => file.normalize('NFC') === resolved.normalize('NFC'));
		return fail(sameLooking ? differentlyEncoded(value, sameLooking) : notFound(value, resolved));
	}
	return { ok: true, file: resolved };
}

// ---- Messages, one per kind of problem ----

function noPicture(): string {
	return message('pictureRef.missing');
}

function invisibleCharacters(value: string): string {
	return message('pictureRef.invisibleCharacters', { value: JSON.stringify(value).slice(1, -1) });
}

function percentCodes(value: string): string {
	return message('pictureRef.percentCodes', { value });
}

function notALocalPicture(value: string): string {
	return message('pictureRef.notLocal', { value });
}

function backslash(value: string): string {
	return message('pictureRef.backslash', { value });
}

function absolutePath(value: string): string {
	return message('pictureRef.absolute', { value });
}

function suffix(value: string): string {
	return message('pictureRef.suffix', { value });
}

function outsideContent(value: string): string {
	return message('pictureRef.outsideContent', { value });
}

function outsideMedia(value: string, resolved: string): string {
	return message('pictureRef.outsideMedia', { value, resolved });
}

function notARasterName(value: string): string {
	return message('pictureRef.notRaster', { value });
}

function differentlyEncoded(value: string, existing: string): string {
	return message('pictureRef.differentlyEncoded', { value, existing });
}

function notFound(value: string, resolved: string): string {
	return message('pictureRef.notFound', { value, resolved });
}
