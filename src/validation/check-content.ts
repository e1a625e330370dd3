import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, describeIssues } from '../errors/index.ts';
import { listContentFiles, type ContentFileList } from '../lib/files.ts';
import { inspectAsRendered } from '../mdx/compiler-view.ts';
import { isRefusedLink, type MdxInspection } from '../mdx/safety.ts';
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from '../schemas/collections.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../schemas/primitives.ts';
import type { ImageHelper } from '../schemas/image.ts';
import type { Settings } from '../schemas/settings.ts';
import { displayPath } from '../settings/paths.ts';
import { checkAddresses } from './addresses.ts';
import { CheckCache } from './check-cache.ts';
import { readContentText, refusedContentFiles, type RefusedFile } from './content-files.ts';
import { fieldName, readContentFile, type ContentFile } from './front-matter.ts';
import { resolvePictureReference } from './picture-reference.ts';
import { isUntranslatedData } from './untranslated.ts';
import { atLine, message, messagePart } from '../messages/index.ts';

/**
 * The content check that runs before every build: it takes the one list of
 * files in content/ (src/lib/files.ts), reads every entry with the parsers
 * Astro's build uses (front-matter.ts, src/mdx/compiler-view.ts), validates it
 * against the same schemas, resolves every picture it names into
 * content/media/ (picture-reference.ts) and checks every reference between
 * entries. It reports all problems at once, each naming the file and the
 * field (and line, for bodies), before Astro compiles anything. Only the
 * entries it approves are given to Astro's loaders (src/content.config.ts).
 *
 * The pictures' bytes are checked by {@link runContentCheck} in
 * content-report.ts, which also gathers the warnings.
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

/** Where a picture in content/media/ is used: by which file, in which field (and line, for bodies). */
export interface PictureUse {
	/** The file as shown to editors, e.g. "content/stories/nl/x.mdx". */
	file: string;
	/** e.g. "hero.image", "photo", "body (regel 12)" (in the editor's language). */
	field: string;
}

export interface ContentCheck {
	entries: CheckedEntry[];
	errors: ContentError[];
	/** Files in a language nobody has translated into yet: left out, not errors (see untranslated.ts). */
	untranslated: string[];
	/** Every picture named by an entry, by its path relative to content/ ("media/x.jpg"), with who uses it. */
	pictures: Map<string, PictureUse[]>;
	/** The one list of files the check worked from. */
	files: ContentFileList;
	/** Regular files and folders content/ may not hold (see content-files.ts); each is in `errors` too. */
	refused: RefusedFile[];
	/**
	 * Every entry file with a problem of its own (also one whose only problem is a reference or its language),
	 * with what could be read of it: what a scheduled build leaves out instead of stopping (see left-out.ts).
	 * Their problems are in `errors` too.
	 */
	rejected: RejectedEntry[];
}

/** An entry file that failed its own checks. */
export interface RejectedEntry {
	collection: CollectionName;
	/** Absolute path of the file. */
	file: string;
	/** The language folder, for translated collections. */
	locale?: string;
	/** The file name without extension. */
	slug: string;
	/** Its front matter as far as it could be read ({} when not at all), not validated: any field may have any type. */
	data: Record<string, unknown>;
	/** What to fix, one line per problem ("field: message"). */
	problems: string[];
}

/** The data in a Markdown/MDX file's front matter, as Astro's build reads it (without the checks of front-matter.ts). Throws when it cannot be read. */
export function readFrontMatter(source: string): unknown {
	return parseFrontmatter(source).frontmatter;
}

/** The entries of one collection in the list of files: <folder>/<locale>/<slug>.<ext> or <folder>/<slug>.<ext>. */
function entryFiles(files: readonly string[], definition: CollectionDefinition): { file: string; locale?: string }[] {
	const prefix = `${definition.folder}/`;
	const found: { file: string; locale?: string }[] = [];
	for (const file of files) {
		if (!file.startsWith(prefix) || !file.endsWith(`.${definition.extension}`)) continue;
		const parts = file.slice(prefix.length).split('/');
		if (definition.localized && parts.length === 2) found.push({ file, locale: parts[0] });
		else if (!definition.localized && parts.length === 1) found.push({ file });
	}
	return found;
}

/** Which fields point at entries of another collection (a dotted path, e.g. "contact.location"). */
export const REFERENCES: readonly { from: CollectionName; field: string; to: CollectionName }[] = [
	{ from: 'stories', field: 'specialties', to: 'specialties' },
	{ from: 'stories', field: 'author', to: 'team' },
	{ from: 'stories', field: 'reviewedBy', to: 'team' },
	{ from: 'specialties', field: 'reviewedBy', to: 'team' },
	{ from: 'testimonials', field: 'specialties', to: 'specialties' },
	{ from: 'specialties', field: 'team', to: 'team' },
	{ from: 'specialties', field: 'contact.location', to: 'locations' },
	{ from: 'team', field: 'specialties', to: 'specialties' },
];

/** The value at a dotted field path ("contact.location"), or undefined. */
export function valueAt(data: Record<string, unknown>, field: string): unknown {
	return field.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

function entryFile(contentDir: string, collection: CollectionName, locale: string | undefined, slug: string): string {
	const definition = COLLECTIONS[collection];
	return path.join(contentDir, definition.folder, ...(definition.localized && locale ? [locale] : []), `${slug}.${definition.extension}`);
}
const expectedFile = (...args: Parameters<typeof entryFile>) => displayPath(entryFile(...args));

/** `"<target>" does not exist: <file> is missing`. */
const doesNotExist = (target: string, missing: string) => message('reference.missing', { target, missing });

/** "content/x: dit is een symbolische koppeling…": one message per kind of file that is not a regular file, or has a name that is not safe. */
function irregularFileProblem(kind: ContentFileList['irregular'][number]['kind']): string {
	return kind === 'unsafe-name' ? message('file.unsafeName') : message('file.notRegular', { kind });
}

/** Everything the check needs to check one entry file. */
export interface EntryCheckContext {
	contentDir: string;
	settings: Settings;
	/** The regular files in content/, relative (see listContentFiles). */
	files: ReadonlySet<string>;
	cache: CheckCache;
}

/** What the check found in one entry file. */
export interface EntryFileCheck {
	/** The entry, when it passed. */
	entry?: CheckedEntry;
	/** What to fix, one line per problem ("field: message"); empty when it passed or is untranslated. */
	problems: string[];
	/** Its front matter as far as it could be read ({} when not at all), not validated. */
	data: Record<string, unknown>;
	/** True for a file in another language that nobody translated yet (left out, not an error). */
	untranslated: boolean;
	/** The pictures it names that resolved into content/media/, and where. */
	pictures: { picture: string; field: string }[];
}

/** Each collection's schema, made once per context; `current` is the file being checked (see {@link pictureChecker}). */
const schemaCache = new WeakMap<EntryCheckContext, { schemas: Partial<Record<CollectionName, z.ZodType>>; current: PictureState }>();

/** The file being checked, and the pictures its front matter names that resolved (as written, and where they lead). */
interface PictureState {
	from: string;
	found: { value: string; file: string }[];
}

/**
 * A stand-in for Astro's image(): the value must name a picture in
 * content/media/ (see picture-reference.ts). One schema per collection serves
 * every file: `state.from` names the file being checked.
 */
function pictureChecker(context: EntryCheckContext, state: PictureState): ImageHelper {
	const checker = () =>
		z.string().superRefine((value, ctx) => {
			const resolved = resolvePictureReference(value, { from: state.from, files: context.files, in: 'front matter' });
			if (resolved.ok) state.found.push({ value, file: resolved.file });
			else ctx.addIssue({ code: 'custom', message: resolved.problem });
		});
	return checker as unknown as ImageHelper;
}

/**
 * Checks one entry file: its name, its front matter against its collection's
 * schema, its body, and the pictures and testimonials it names.
 *
 * @param relative the file relative to content/, e.g. "stories/nl/x.mdx".
 */
export function checkEntryFile(context: EntryCheckContext, collection: CollectionName, relative: string, locale: string | undefined): EntryFileCheck {
	const definition: CollectionDefinition = COLLECTIONS[collection];
	const { contentDir, settings, cache } = context;
	const file = path.join(contentDir, relative);
	const slug = path.posix.basename(relative, `.${definition.extension}`);
	const result: EntryFileCheck = { problems: [], data: {}, untranslated: false, pictures: [] };
	if (!SLUG_PATTERN.test(slug)) result.problems.push(message('file.nameNotASlug', { name: slug }));
	else if (slug.length > SLUG_MAX_LENGTH) result.problems.push(message('file.nameTooLong', { length: slug.length, maximum: SLUG_MAX_LENGTH }));
	if (locale !== undefined && !(settings.locales as string[]).includes(locale)) {
		result.problems.push(
			message('file.folderNotALanguage', { folder: locale, locales: settings.locales.join(', ') }),
		);
	}
	const text = readContentText(file);
	if ('problem' in text) return { ...result, problems: [...result.problems, text.problem] };
	const source = text.text;
	const read: ContentFile = cache.answer('content file', source, readContentFile);
	if (
		locale !== undefined &&
		locale !== settings.locales[0] &&
		definition.ownField &&
		read.problems.length === 0 &&
		read.body.trim() === '' &&
		isUntranslatedData(read.data, definition.ownField)
	) {
		return { ...result, untranslated: true };
	}
	result.problems.push(...read.problems);
	result.data = read.data;
	if (read.problems.length > 0 && Object.keys(read.data).length === 0) return result;

	let state = schemaCache.get(context);
	if (!state) {
		state = { schemas: {}, current: { from: '', found: [] } };
		schemaCache.set(context, state);
	}
	state.current.from = relative;
	state.current.found = [];
	const schema = (state.schemas[collection] ??= definition.schema({ image: pictureChecker(context, state.current), maxYears: settings.consent.maxYears }));
	const parsed = schema.safeParse(read.data);
	if (!parsed.success) result.problems.push(...describeIssues(parsed.error.issues, { data: read.data, sources: read.sources }));
	for (const { value, file: picture } of state.current.found) {
		for (const field of fieldsHolding(read.data, value)) result.pictures.push({ picture, field });
	}

	const body = bodyInspection(read.compiled, definition.extension, cache);
	result.problems.push(...body.problems.map((problem) => `body: ${problem}`));
	if (body.problems.length === 0) {
		for (const { value, line } of body.testimonials) {
			const testimonial = entryFile(contentDir, 'testimonials', undefined, value);
			if (SLUG_PATTERN.test(value) && context.files.has(path.relative(contentDir, testimonial).split(path.sep).join('/'))) continue;
			result.problems.push(`body: ${atLine(line, doesNotExist(value, displayPath(testimonial)))}`);
		}
		// A block's language is one the site publishes, as a testimonial's locale must be: the page has its quotation marks.
		const locales: readonly string[] = context.settings.locales;
		for (const { value, line } of body.languages) {
			if (!locales.includes(value)) result.problems.push(`body: ${atLine(line, message('language.notPublished', { language: value, locales: locales.join(', ') }))}`);
		}
	}
	// Every picture is resolved, also next to other problems, so that one run names them all; a picture with a
	// script scheme (javascript:, data:, file:) was already named as a link that is not allowed.
	for (const { value, line } of body.images) {
		const picture = resolvePictureReference(value, { from: relative, files: context.files, in: 'body' });
		if (picture.ok) result.pictures.push({ picture: picture.file, field: `body (${messagePart('line', line)})` });
		else if (!isRefusedLink(value)) result.problems.push(`body: ${atLine(line, picture.problem)}`);
	}
	// Problems in the text in the order of its lines, whichever check found them.
	const lineOf = (problem: string) => Number(/^body: Regel (\d+):/.exec(problem)?.[1] ?? 0);
	const firstBody = result.problems.findIndex((problem) => problem.startsWith('body: '));
	if (firstBody !== -1) result.problems.splice(firstBody, Infinity, ...result.problems.slice(firstBody).sort((a, b) => lineOf(a) - lineOf(b)));
	if (result.problems.length > 0) return result;
	result.entry = { collection, file, ...(locale ? { locale } : {}), slug, data: parsed.data as Record<string, unknown>, body: read.body };
	return result;
}

/**
 * The field paths in `data` whose value is exactly `value` (where a picture
 * reference was written). Visits each object once, with a stack of its own.
 */
function fieldsHolding(data: unknown, value: string): string[] {
	const found: string[] = [];
	const seen = new Set<object>();
	const stack: { item: unknown; at: (string | number)[] }[] = [{ item: data, at: [] }];
	while (stack.length > 0) {
		const { item, at } = stack.pop()!;
		if (item === value) found.push(fieldName(at));
		else if (item && typeof item === 'object' && !seen.has(item)) {
			seen.add(item);
			const entries: [string | number, unknown][] = Array.isArray(item) ? item.map((inner, index) => [index, inner]) : Object.entries(item);
			for (const [key, inner] of entries.reverse()) stack.push({ item: inner, at: [...at, key] });
		}
	}
	return found;
}

/**
 * A body as the build compiles it (`compiled`: the file with its front matter
 * blanked, so lines are the file's), checked on the tree of the build's own
 * parser, Sätteri, for .md and .mdx (compiler-view.ts). The testimonials and
 * pictures are those the compiler sees. remark-mdx (safety.ts inspectMdx),
 * which read stories first until now, is not used here: it took 38 s on
 * 20 KB of "*a" and grows faster than the square of the text, where Sätteri
 * took 85 ms (red-team finding 08); what the compiler reads is what counts.
 */
function bodyInspection(compiled: string, extension: 'md' | 'mdx', cache: CheckCache): MdxInspection {
	return cache.answer(`body ${extension}`, compiled, () => {
		if (extension === 'md') {
			// Astro's content layer renders a .md entry's body trimmed (markdownContentEntryType: `parsed.content.trim()`):
			// a first line indented as code in the file is no longer code once trimmed, so the check reads what is rendered.
			const leading = compiled.length - compiled.trimStart().length;
			return inspectAsRendered(compiled.trim(), 'md', { firstLine: compiled.slice(0, leading).split('\n').length });
		}
		return inspectAsRendered(compiled, 'mdx');
	});
}

/**
 * The problems of one file in content/ as the development server is about to
 * read it (src/mdx/dev-guard.ts before compiling a story, dev-watch.ts before
 * Astro's loader reloads a changed entry), as "field: message" lines: the
 * per-file check of the build, on the one list of files. A file that is not a
 * regular file, or sits in a symlinked folder, is refused; a file that is no
 * entry of any collection gives [].
 *
 * @param file an absolute path.
 */
export function entryFileProblems(contentDir: string, file: string, settings: Settings): string[] {
	const relative = path.relative(contentDir, file).split(path.sep).join('/');
	const files = listContentFiles(contentDir);
	const irregular = files.irregular.find((item) => relative === item.file || relative.startsWith(`${item.file}/`));
	if (irregular) return [irregularFileProblem(irregular.kind)];
	if (!files.files.includes(relative)) return [message('file.notInContent')];
	for (const [name, definition] of Object.entries(COLLECTIONS) as [CollectionName, CollectionDefinition][]) {
		const match = entryFiles([relative], definition)[0];
		if (match) return checkEntryFile({ contentDir, settings, files: new Set(files.files), cache: new CheckCache() }, name, relative, match.locale).problems;
	}
	return [];
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
				report(displayPath(entry.file), `${field}: ${doesNotExist(target, missing)}`);
			});
		}
	}

	const settingsFile = displayPath(path.join(contentDir, 'settings', 'site.yaml'));
	const defaultLocale = settings.locales[0];
	if (!exists('locations', defaultLocale, settings.contact.mainLocation)) {
		const missing = expectedFile(contentDir, 'locations', defaultLocale, settings.contact.mainLocation);
		report(settingsFile, `contact.mainLocation: ${doesNotExist(settings.contact.mainLocation, missing)}`);
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

/** The entries each check approved, by content folder: what Astro's loaders are given (see {@link approvedEntryFiles}). */
const APPROVED = Symbol.for('zorgmerk.approved-entry-files');
type ApprovedStore = Map<string, Map<CollectionName, string[]>>;
function approvedStore(): ApprovedStore {
	const holder = globalThis as { [APPROVED]?: ApprovedStore };
	return (holder[APPROVED] ??= new Map());
}

/**
 * The entry files of a collection that the content check approved, relative
 * to the collection's folder ("nl/x.mdx"), from the check that ran in this
 * process (the integration runs it before Astro loads content), or from a new
 * check when none ran. Astro's loaders are given exactly these files.
 */
export function approvedEntryFiles(contentDir: string, settings: Settings, collection: CollectionName): string[] {
	const key = path.resolve(contentDir);
	if (!approvedStore().has(key)) checkContent(contentDir, settings);
	return approvedStore().get(key)?.get(collection) ?? [];
}

/**
 * Gives Astro's loaders exactly these entries of `contentDir` (see
 * {@link approvedEntryFiles}): checkContent approves every entry that passed
 * its own checks; a scheduled build then approves fewer, leaving out those
 * that use a broken picture and the translations withheld with another
 * version (src/validation/left-out.ts), so that Astro never loads them.
 */
export function approveEntries(contentDir: string, entries: readonly Pick<CheckedEntry, 'collection' | 'file'>[]): void {
	const approved = new Map<CollectionName, string[]>(Object.keys(COLLECTIONS).map((name) => [name as CollectionName, []]));
	for (const entry of entries) {
		const folder = path.join(contentDir, COLLECTIONS[entry.collection].folder);
		approved.get(entry.collection)!.push(path.relative(folder, entry.file).split(path.sep).join('/'));
	}
	approvedStore().set(path.resolve(contentDir), approved);
}

/** Reads and checks all content. Returns every entry that passed and every error found. */
export function checkContent(contentDir: string, settings: Settings, options: ContentCheckOptions = {}): ContentCheck {
	const cache = new CheckCache(options.cacheFile);
	const files = listContentFiles(contentDir);
	const context: EntryCheckContext = { contentDir, settings, files: new Set(files.files), cache };
	const entries: CheckedEntry[] = [];
	const errors: ContentError[] = files.irregular.map((item) => new ContentError(displayPath(path.join(contentDir, item.file)), [irregularFileProblem(item.kind)]));
	const refused = refusedContentFiles(files);
	errors.push(...refused.map((item) => new ContentError(displayPath(path.join(contentDir, item.file)), [item.problem])));
	const untranslated: string[] = [];
	const pictures = new Map<string, PictureUse[]>();
	/** Entry files with problems of their own, by the path shown to editors. */
	const rejected = new Map<string, RejectedEntry>();

	for (const [name, definition] of Object.entries(COLLECTIONS) as [CollectionName, CollectionDefinition][]) {
		for (const { file, locale } of entryFiles(files.files, definition)) {
			const shown = displayPath(path.join(contentDir, file));
			const check = checkEntryFile(context, name, file, locale);
			for (const { picture, field } of check.pictures) pictures.set(picture, [...(pictures.get(picture) ?? []), { file: shown, field }]);
			if (check.untranslated) untranslated.push(shown);
			else if (check.entry) entries.push(check.entry);
			else {
				errors.push(new ContentError(shown, check.problems));
				const slug = path.posix.basename(file, `.${definition.extension}`);
				rejected.set(shown, { collection: name, file: path.join(contentDir, file), ...(locale ? { locale } : {}), slug, data: check.data, problems: check.problems });
			}
		}
	}

	const laterErrors: ContentError[] = [];
	for (const testimonial of entries.filter((entry) => entry.collection === 'testimonials')) {
		const locale = testimonial.data.locale as string;
		if (!(settings.locales as string[]).includes(locale)) {
			laterErrors.push(
				new ContentError(displayPath(testimonial.file), [
					`locale: ${message('language.notPublished', { language: locale, locales: settings.locales.join(', ') })}`,
				]),
			);
		}
	}
	laterErrors.push(...checkReferences(contentDir, entries, settings), ...checkAddresses(entries, settings));
	errors.push(...laterErrors);
	// An entry that passed its own file's checks but names what does not exist, is in no language of the site, or is at an address already taken.
	const byShownFile = new Map(entries.map((entry) => [displayPath(entry.file), entry]));
	for (const error of laterErrors) {
		const entry = byShownFile.get(error.file);
		if (!entry) continue;
		const earlier = rejected.get(error.file);
		if (earlier) earlier.problems.push(...error.problems);
		else rejected.set(error.file, { collection: entry.collection, file: entry.file, ...(entry.locale ? { locale: entry.locale } : {}), slug: entry.slug, data: entry.data, problems: [...error.problems] });
	}

	cache.save();
	// Only entries that passed reach Astro; a build with any error stops before Astro loads content at all.
	approveEntries(contentDir, entries);
	return { entries, errors, untranslated, pictures, files, refused, rejected: [...rejected.values()] };
}
