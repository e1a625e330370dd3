import { z } from 'astro/zod';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError, describeIssues } from '../errors/index.ts';
import { compilerViewProblems } from '../mdx/compiler-view.ts';
import { inspectMdx, markdownProblems, sayAtLine } from '../mdx/safety.ts';
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from '../schemas/collections.ts';
import { CheckCache } from './check-cache.ts';
import { isUntranslated } from './untranslated.ts';
import type { ImageHelper } from '../schemas/image.ts';
import { say } from '../schemas/primitives.ts';
import type { Settings } from '../schemas/settings.ts';
import { displayPath } from '../settings/paths.ts';

/**
 * The content check that runs before every build: it reads every file in
 * content/ the way an editor wrote it, validates it against the same schemas
 * Astro uses, and checks every reference between entries. It reports all
 * problems at once, each naming the file and the field, before Astro compiles
 * anything.
 */

export interface CheckedEntry {
	collection: CollectionName;
	/** Absolute path of the file. */
	file: string;
	/** The language folder, for translated collections. */
	locale?: string;
	/** The file name without extension. */
	slug: string;
	data: Record<string, unknown>;
	/** The Markdown after the front matter. */
	body: string;
}

export interface ContentCheck {
	entries: CheckedEntry[];
	errors: ContentError[];
	/** Files in a language nobody has translated into yet: left out, not errors (see untranslated.ts). */
	untranslated: string[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Reads the YAML front matter of a Markdown/MDX file. */
export function readFrontMatter(source: string): unknown {
	return parseFrontMatter(frontMatterYaml(source));
}

/** The YAML between the two "---" lines at the top of a file. */
function frontMatterYaml(source: string): string {
	const match = FRONT_MATTER.exec(source);
	if (match) return match[1] ?? '';
	throw new Error(
		say(
			'Het bestand begint niet met gegevens tussen twee regels "---"',
			'The file does not start with data between two "---" lines',
		),
	);
}

/** The data in a front matter's YAML; an error an editor can act on when it cannot be read. */
function parseFrontMatter(yaml: string): unknown {
	try {
		// YAML 1.2 keeps "2025-13-01" a string, so the schema can reject it instead of a parser silently rolling it over.
		return parseYaml(yaml) ?? {};
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		// The parser's own words mean little to an editor; say where, and what usually causes it.
		const line = (error.linePos?.[0].line ?? 0) + 1;
		throw new Error(
			say(
				`De gegevens bovenaan het bestand zijn niet te lezen (regel ${line}). Staat er een dubbele punt of aanhalingsteken in een tekst? Zet de hele tekst dan tussen dubbele aanhalingstekens "…".`,
				`The data at the top of the file cannot be read (line ${line}). Is there a colon or quotation mark in a text? Then put the whole text between double quotes "…".`,
			),
		);
	}
}

const imageNotFound = (file: string): [nl: string, en: string] => [`Afbeelding niet gevonden: ${displayPath(file)}`, `Image not found: ${displayPath(file)}`];

/**
 * A stand-in for Astro's image(): checks that the file exists next to the
 * entry and is a picture. `file` names the entry being checked when a value is
 * checked, so that one schema per collection serves every file (building a
 * schema per file cost more than the check itself at thousands of files).
 */
function imageChecker(file: () => string): ImageHelper {
	const checker = () =>
		z.string().superRefine((value, ctx) => {
			const resolved = path.resolve(path.dirname(file()), value);
			if (!IMAGE_EXTENSIONS.test(value)) {
				ctx.addIssue({ code: 'custom', message: say(`"${value}" is geen afbeelding (jpg, png, webp of avif)`, `"${value}" is not an image (jpg, png, webp or avif)`) });
			} else if (!fs.existsSync(resolved)) {
				ctx.addIssue({ code: 'custom', message: say(...imageNotFound(resolved)) });
			}
		});
	return checker as unknown as ImageHelper;
}

function listEntryFiles(contentDir: string, definition: CollectionDefinition): { file: string; locale?: string }[] {
	const base = path.join(contentDir, definition.folder);
	if (!fs.existsSync(base)) return [];
	const inFolder = (folder: string) =>
		fs
			.readdirSync(folder, { withFileTypes: true })
			.filter((item) => item.isFile() && item.name.endsWith(`.${definition.extension}`))
			.map((item) => path.join(folder, item.name))
			.sort();
	if (!definition.localized) return inFolder(base).map((file) => ({ file }));
	return fs
		.readdirSync(base, { withFileTypes: true })
		.filter((item) => item.isDirectory())
		.flatMap((item) => inFolder(path.join(base, item.name)).map((file) => ({ file, locale: item.name })));
}

/** Which fields point at entries of another collection. */
const REFERENCES: { from: CollectionName; field: string; to: CollectionName }[] = [
	{ from: 'stories', field: 'specialties', to: 'specialties' },
	{ from: 'stories', field: 'author', to: 'team' },
	{ from: 'stories', field: 'reviewedBy', to: 'team' },
	{ from: 'testimonials', field: 'specialties', to: 'specialties' },
	{ from: 'specialties', field: 'team', to: 'team' },
	{ from: 'specialties', field: 'contact.location', to: 'locations' },
	{ from: 'team', field: 'specialties', to: 'specialties' },
];

function valueAt(data: Record<string, unknown>, field: string): unknown {
	return field.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

function entryFile(contentDir: string, collection: CollectionName, locale: string | undefined, slug: string): string {
	const definition = COLLECTIONS[collection];
	return path.join(contentDir, definition.folder, ...(definition.localized && locale ? [locale] : []), `${slug}.${definition.extension}`);
}
const expectedFile = (...args: Parameters<typeof entryFile>) => displayPath(entryFile(...args));

/** `"<target>" does not exist: <file> is missing`, in Dutch and English. */
const notFound = (target: string, missing: string): [nl: string, en: string] => [
	`"${target}" bestaat niet: ${missing} ontbreekt`,
	`"${target}" does not exist: ${missing} is missing`,
];
const doesNotExist = (target: string, missing: string) => say(...notFound(target, missing));

/**
 * The problems in an MDX body, as "body: Regel n: …" lines that name the line
 * in the file: anything but Markdown and the allowed building blocks (as both
 * the check in src/mdx/ and the build's compiler read it; nothing is compiled
 * or run), then testimonials and pictures it names that do not exist.
 */
export function bodyProblems(contentDir: string, file: string, source: string, body: string, cache = new CheckCache()): string[] {
	const firstLine = firstLineOf(source, body);
	const { unsafe, testimonials, images } = cache.answer('mdx', `${firstLine}\0${body}`, () => {
		const { problems, testimonials, images } = inspectMdx(body, { firstLine });
		return { unsafe: problems.length > 0 ? problems : compilerViewProblems(body, { firstLine }), testimonials, images };
	});
	if (unsafe.length > 0) return unsafe.map((problem) => `body: ${problem}`);

	const missing: string[] = [];
	for (const { value, line } of testimonials) {
		const testimonial = entryFile(contentDir, 'testimonials', undefined, value);
		if (SLUG.test(value) && fs.existsSync(testimonial)) continue;
		missing.push(`body: ${sayAtLine(line, ...notFound(value, displayPath(testimonial)))}`);
	}
	for (const { value, line } of images) {
		const picture = path.resolve(path.dirname(file), safeDecodeUri(value));
		if (fs.existsSync(picture)) continue;
		missing.push(`body: ${sayAtLine(line, ...imageNotFound(picture))}`);
	}
	return missing;
}

/** {@link bodyProblems} of a story file, from its whole text. */
export function storyFileProblems(contentDir: string, file: string, source: string): string[] {
	return bodyProblems(contentDir, file, source, source.replace(FRONT_MATTER, ''));
}

/** The line of the file the body starts on, after the front matter. */
function firstLineOf(source: string, body: string): number {
	return source.slice(0, source.length - body.length).split('\n').length;
}

/** Astro reads a Markdown picture's path URI-decoded ("x%20y.jpg" is "x y.jpg"). */
function safeDecodeUri(value: string): string {
	try {
		return decodeURI(value);
	} catch {
		return value;
	}
}

/**
 * Checks every reference between entries; a reference resolves within the entry's own language.
 * A reference to a file that exists but has mistakes of its own is fine here: that file's errors say what to fix.
 */
export function checkReferences(contentDir: string, entries: CheckedEntry[], settings: Settings): ContentError[] {
	const exists = (collection: CollectionName, locale: string | undefined, slug: string) => fs.existsSync(entryFile(contentDir, collection, locale, slug));
	const problems = new Map<string, string[]>();
	const report = (file: string, problem: string) => problems.set(file, [...(problems.get(file) ?? []), problem]);

	for (const entry of entries) {
		// A testimonial is in one language, given by its `locale` field.
		const locale = entry.locale ?? (typeof entry.data.locale === 'string' ? entry.data.locale : undefined);
		for (const reference of REFERENCES.filter((ref) => ref.from === entry.collection)) {
			const value = valueAt(entry.data, reference.field);
			const slugs = Array.isArray(value) ? value : value === undefined ? [] : [value];
			slugs.forEach((target, index) => {
				if (typeof target !== 'string' || exists(reference.to, locale, target)) return;
				const field = Array.isArray(value) ? `${reference.field}[${index}]` : reference.field;
				const missing = expectedFile(contentDir, reference.to, locale, target);
				report(
					displayPath(entry.file),
					`${field}: ${doesNotExist(target, missing)}`,
				);
			});
		}
	}

	const settingsFile = displayPath(path.join(contentDir, 'settings', 'site.yaml'));
	const defaultLocale = settings.locales[0];
	if (!exists('locations', defaultLocale, settings.contact.mainLocation)) {
		const missing = expectedFile(contentDir, 'locations', defaultLocale, settings.contact.mainLocation);
		report(settingsFile, `contact.mainLocation: ${doesNotExist(settings.contact.mainLocation, missing)}`);
	}
	const logo = path.resolve('public', `.${settings.organisation.logo}`);
	if (!fs.existsSync(logo)) {
		report(settingsFile, `organisation.logo: ${say(`${displayPath(logo)} bestaat niet; zet het logo in de map public/`, `${displayPath(logo)} does not exist; put the logo in the public/ folder`)}`);
	}
	settings.navigation.forEach((item, index) => {
		if (!item.page) return;
		for (const locale of settings.locales) {
			if (exists('pages', locale, item.page)) continue;
			const missing = expectedFile(contentDir, 'pages', locale, item.page);
			report(settingsFile, `navigation[${index}].page: ${doesNotExist(item.page, missing)}`);
		}
	});

	return [...problems].map(([file, list]) => new ContentError(file, list));
}

export interface ContentCheckOptions {
	/** Where to keep what the check read from each file's text, for the next build (see check-cache.ts). Default: nowhere. */
	cacheFile?: string;
}

/** Reads and checks all content. Returns every entry that passed and every error found. */
export function checkContent(contentDir: string, settings: Settings, options: ContentCheckOptions = {}): ContentCheck {
	const cache = new CheckCache(options.cacheFile);
	const entries: CheckedEntry[] = [];
	const errors: ContentError[] = [];
	const untranslated: string[] = [];
	/** Each collection's schema, made once; `current` is the file it is checking. */
	const schemas: Partial<Record<CollectionName, z.ZodType>> = {};
	let current = '';

	for (const [name, definition] of Object.entries(COLLECTIONS) as [CollectionName, CollectionDefinition][]) {
		for (const { file, locale } of listEntryFiles(contentDir, definition)) {
			const shown = displayPath(file);
			const slug = path.basename(file, `.${definition.extension}`);
			const problems: string[] = [];
			if (!SLUG.test(slug)) {
				problems.push(
					say(
						`De bestandsnaam "${slug}" mag alleen kleine letters, cijfers en streepjes bevatten`,
						`The file name "${slug}" may only contain lower-case letters, digits and hyphens`,
					),
				);
			}
			if (locale !== undefined && !(settings.locales as string[]).includes(locale)) {
				problems.push(
					say(
						`De map "${locale}" is geen taal van deze site (${settings.locales.join(', ')})`,
						`The folder "${locale}" is not a language of this site (${settings.locales.join(', ')})`,
					),
				);
			}
			const source = fs.readFileSync(file, 'utf8');
			if (locale !== undefined && locale !== settings.locales[0] && definition.ownField && isUntranslated(source, definition.ownField)) {
				untranslated.push(shown);
				continue;
			}
			let raw: unknown;
			try {
				raw = cache.answer('front matter', frontMatterYaml(source), parseFrontMatter);
			} catch (error) {
				errors.push(new ContentError(shown, [...problems, (error as Error).message.split('\n')[0] ?? '']));
				continue;
			}
			current = file;
			schemas[name] ??= definition.schema({ image: imageChecker(() => current), maxYears: settings.consent.maxYears });
			const result = schemas[name].safeParse(raw);
			if (!result.success) problems.push(...describeIssues(result.error.issues));
			const body = source.replace(FRONT_MATTER, '');
			if (definition.extension === 'mdx') problems.push(...bodyProblems(contentDir, file, source, body, cache));
			else {
				const firstLine = firstLineOf(source, body);
				problems.push(...cache.answer('markdown', `${firstLine}\0${body}`, () => markdownProblems(body, { firstLine })).map((problem) => `body: ${problem}`));
			}
			if (problems.length > 0) {
				errors.push(new ContentError(shown, problems));
				continue;
			}
			entries.push({ collection: name, file, ...(locale ? { locale } : {}), slug, data: result.data as Record<string, unknown>, body });
		}
	}

	for (const testimonial of entries.filter((entry) => entry.collection === 'testimonials')) {
		const locale = testimonial.data.locale as string;
		if (!(settings.locales as string[]).includes(locale)) {
			errors.push(
				new ContentError(displayPath(testimonial.file), [
					`locale: ${say(`"${locale}" is geen taal van deze site (${settings.locales.join(', ')})`, `"${locale}" is not a language of this site (${settings.locales.join(', ')})`)}`,
				]),
			);
		}
	}

	errors.push(...checkReferences(contentDir, entries, settings));
	cache.save();
	return { entries, errors, untranslated };
}
