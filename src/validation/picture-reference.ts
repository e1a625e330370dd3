import path from 'node:path';
import { say } from '../schemas/primitives.ts';

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
	| { ok: false; /** In Dutch and English, joined by say(). */ problem: string; nl: string; en: string };

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
	const fail = ([nl, en]: Message): PictureReference => ({ ok: false, problem: say(nl, en), nl, en });
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

type Message = [nl: string, en: string];


const WHERE = {
	nl: 'Zet de foto in de map content/media/ en verwijs ernaar vanaf dit bestand, bijvoorbeeld ../../media/foto.jpg',
	en: 'Put the picture in the folder content/media/ and point to it from this file, for example ../../media/photo.jpg',
};

function noPicture(): Message {
	return [`vul het pad naar de foto in. ${WHERE.nl}.`, `fill in the path to the picture. ${WHERE.en}.`];
}

function invisibleCharacters(value: string): Message {
	return [`"${JSON.stringify(value).slice(1, -1)}" bevat onzichtbare tekens; typ het pad opnieuw.`, `"${JSON.stringify(value).slice(1, -1)}" contains invisible characters; type the path again.`];
}

function percentCodes(value: string): Message {
	return [
		`"${value}" bevat %-codes; schrijf de bestandsnaam zoals hij is, met alleen kleine letters, cijfers en streepjes (bijvoorbeeld ../../media/foto-1.jpg).`,
		`"${value}" contains %-codes; write the file name as it is, with lower-case letters, digits and hyphens only (for example ../../media/photo-1.jpg).`,
	];
}

function notALocalPicture(value: string): Message {
	return [
		`"${value}" is een webadres of ander soort adres; foto's op deze site komen uit de eigen map content/media/ (de site laadt niets van elders). ${WHERE.nl}.`,
		`"${value}" is a web address or another kind of address; pictures on this site come from its own folder content/media/ (the site loads nothing from elsewhere). ${WHERE.en}.`,
	];
}

function backslash(value: string): Message {
	return [`"${value}" bevat een \\; schrijf het pad met gewone schuine strepen: ../../media/foto.jpg.`, `"${value}" contains a \\; write the path with forward slashes: ../../media/photo.jpg.`];
}

function absolutePath(value: string): Message {
	return [`"${value}" begint bij de wortel van de computer; ${WHERE.nl.charAt(0).toLowerCase()}${WHERE.nl.slice(1)}.`, `"${value}" starts at the root of the computer; ${WHERE.en.charAt(0).toLowerCase()}${WHERE.en.slice(1)}.`];
}

function suffix(value: string): Message {
	return [
		`"${value}" bevat een ? of #; een foto is alleen het pad naar het bestand, zonder iets erachter.`,
		`"${value}" contains a ? or #; a picture is only the path to the file, with nothing after it.`,
	];
}

function outsideContent(value: string): Message {
	return [`"${value}" wijst naar een bestand buiten de map content/. ${WHERE.nl}.`, `"${value}" points to a file outside the content/ folder. ${WHERE.en}.`];
}

function outsideMedia(value: string, resolved: string): Message {
	return [`"${value}" wijst naar content/${resolved}, niet naar de map content/media/. ${WHERE.nl}.`, `"${value}" points to content/${resolved}, not into the folder content/media/. ${WHERE.en}.`];
}

function notARasterName(value: string): Message {
	return [
		`"${value}" is geen foto: de site publiceert JPEG, PNG, WebP, AVIF of GIF (.jpg, .png, .webp, .avif, .gif); geen SVG, geen programmacode. Sla de afbeelding als JPEG of PNG op.`,
		`"${value}" is not a picture: the site publishes JPEG, PNG, WebP, AVIF or GIF (.jpg, .png, .webp, .avif, .gif); no SVG, no code. Save the picture as JPEG or PNG.`,
	];
}

function differentlyEncoded(value: string, existing: string): Message {
	return [
		`"${value}" lijkt op content/${existing}, maar de letters met accenten zijn anders opgeslagen; geef het bestand een naam met alleen kleine letters, cijfers en streepjes.`,
		`"${value}" looks like content/${existing}, but its accented letters are stored differently; give the file a name with lower-case letters, digits and hyphens only.`,
	];
}

function notFound(value: string, resolved: string): Message {
	return [`afbeelding niet gevonden: "${value}" (content/${resolved} bestaat niet).`, `image not found: "${value}" (content/${resolved} does not exist).`];
}
