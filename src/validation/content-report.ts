import fs from 'node:fs';
import path from 'node:path';
import { identifyingDetailWarnings } from '../consent/identifying-details.ts';
import { consentItemsFrom } from '../consent/register.ts';
import { buildDate } from '../consent/today.ts';
import { ContentError, ContentErrors, printable } from '../errors/index.ts';
import { inspectPicture, type PictureInspection, type PictureProblem } from '../images/inspect.ts';
import { pictureProblemMessage } from '../images/picture-problems.ts';
import { CLEANABLE_FORMATS } from '../images/metadata.ts';
import { fileHash, isRegularFile, listContentFiles } from '../lib/files.ts';
import type { Settings } from '../schemas/settings.ts';
import { readSettings } from '../settings/read.ts';
import { displayPath } from '../settings/paths.ts';
import { CheckCache } from './check-cache.ts';
import { approveEntries, checkContent, type CheckedEntry, type ContentCheck, type PictureUse, type RejectedEntry } from './check-content.ts';
import { PICTURE_NAME } from './content-files.ts';
import { leaveOut, publishedWithoutLinks, type LeftOutEntry } from './left-out.ts';
import { staleReviewWarnings } from './medical-review.ts';
import { MEDIA_FOLDER, RASTER_EXTENSIONS } from './picture-reference.ts';
import { message, messagePart, withSentence, titled } from '../messages/index.ts';

/**
 * The one content check (issue 19): what `npm run build` runs before Astro
 * starts and what `npm run check-content` prints, the same findings with the
 * same exit code. It reads the settings, checks every content file
 * (check-content.ts), opens every picture in content/media/ once by its bytes
 * (src/images/inspect.ts; kept by content hash, so a second build decodes
 * nothing), checks the logo, and gathers the warnings an editor should see.
 */
export interface ContentReport {
	/** The settings, when they could be read. */
	settings?: Settings;
	/** The content check, when the settings could be read. */
	check?: ContentCheck;
	/** The entries the site is built from: every entry that passed, less what `leaveOut` left out. */
	entries: CheckedEntry[];
	/** What must be fixed before the site can be built, per file. */
	errors: ContentError[];
	/**
	 * With `leaveOut`: the entries left out of the site instead of stopping the build, each with why
	 * (see src/validation/left-out.ts). Astro is given only `entries`.
	 */
	leftOut: LeftOutEntry[];
	/** With `leaveOut`: files in content/ that are not regular files, left out and named (never read in any build). */
	ignored: ContentError[];
	/** With `leaveOut`: each place a published page goes without its link to a left-out entry, one line each. */
	withoutLinks: string[];
	/** What an editor should know but does not stop the build, one line each. */
	warnings: string[];
	/** Facts for the build log (where the form sends its data, how many pictures were decoded). */
	notes: string[];
	/** Pictures opened: how many were decoded now, how many were known from the last build by their content hash. */
	pictures: { decoded: number; known: number };
}

export interface ContentReportOptions {
	/** content/ (or a fixture's). */
	contentDir: string;
	/** Default content/settings/site.yaml in `contentDir`. */
	settingsFile?: string;
	/** Where the logo lives. Default public/ in the working folder. */
	publicDir?: string;
	/** Where to keep what was read and decoded, for the next run (see check-cache.ts). Default: nowhere. */
	cacheFile?: string;
	/**
	 * Leave entries with problems out of the site instead of reporting them as errors: the scheduled build
	 * (see src/validation/left-out.ts). What makes a safe site impossible stays an error: the settings (which
	 * decide the day consent is judged on, the languages and the addresses), the logo, and a content/ or
	 * settings folder that is not a real folder. Default false: every problem is an error.
	 */
	leaveOut?: boolean;
}

/** Runs the whole content check; never throws for anything an editor can write. */
export async function runContentCheck(options: ContentReportOptions): Promise<ContentReport> {
	const report: ContentReport = { entries: [], errors: [], leftOut: [], ignored: [], withoutLinks: [], warnings: [], notes: [], pictures: { decoded: 0, known: 0 } };
	const settingsFile = options.settingsFile ?? path.join(options.contentDir, 'settings', 'site.yaml');
	try {
		report.settings = readSettings(settingsFile);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		report.errors.push(error);
		return report;
	}
	const settings = report.settings;
	const check = checkContent(options.contentDir, settings, { cacheFile: options.cacheFile });
	report.check = check;
	report.errors.push(...check.errors);
	report.warnings.push(...check.untranslated.map((file) => `${file}: ${message('check.untranslated')}`));

	const logo = logoProblem(settings.organisation.logo, options.publicDir ?? path.resolve('public'));
	if (logo) report.errors.push(new ContentError(displayPath(settingsFile), [`organisation.logo: ${logo}`]));

	const broken = await checkPictures(options, check, report);
	report.entries = check.entries;
	if (options.leaveOut) leaveOutWhatFailed(options, settings, check, broken, report);

	const items = consentItemsFrom(report.entries);
	const texts = items.map(({ file, type, data, body }) => ({
		file,
		fields: type === 'testimonial' ? { quote: data.quote } : { title: data.title, description: data.description, body },
	}));
	report.warnings.push(...identifyingDetailWarnings(texts));
	report.warnings.push(...staleReviewWarnings(report.entries, settings.medicalReview.maxAge, buildDate(settings.timeZone)));

	const endpoint = settings.shareYourStory.endpoint ?? `mailto:${settings.contact.email}`;
	report.notes.push(
		endpoint.startsWith('mailto:')
			? message('check.storiesByEmail', { address: endpoint.slice('mailto:'.length) })
			: message('check.formDestination', { destination: new URL(endpoint).host }),
	);
	// Printed one per line: what comes from content (file names, quoted text) cannot start a line of its own.
	for (const lines of [report.warnings, report.notes, report.withoutLinks]) lines.splice(0, lines.length, ...lines.map(printable));
	return report;
}

/** A picture an entry uses that cannot be published: its file as shown to editors, what is wrong, and who uses it. */
interface BrokenPicture {
	file: string;
	problem: string;
	uses: PictureUse[];
}

/**
 * The code whose answers the pictures' cache keeps (relative to src/validation/, see CheckCache): the inspection,
 * what it reads from the metadata, and how it tells a picture from something else by its first bytes. Every module
 * that inspectPicture() loads is here (tests/unit/check-cache-attack.test.ts).
 */
export const PICTURE_CHECK_CODE: readonly string[] = ['../images/inspect.ts', '../images/metadata.ts', '../images/recognise.ts'];

/** Opens every picture in content/media/ once; used ones that cannot be published are errors (and returned), unused ones warnings. */
async function checkPictures(options: ContentReportOptions, check: ContentCheck, report: ContentReport): Promise<BrokenPicture[]> {
	const broken: BrokenPicture[] = [];
	// Kept as long as the inspection's own code and the lockfile (sharp's version, and Astro's, whose reader decides `turned`) are the same.
	const cache = new CheckCache(options.cacheFile ? `${options.cacheFile}.pictures` : undefined, PICTURE_CHECK_CODE);
	// Every file in content/media/ named as a picture (anything else there, or a picture elsewhere, is refused by content-files.ts).
	const media = check.files.files.filter((file) => file.startsWith(`${MEDIA_FOLDER}/`) && PICTURE_NAME.test(file));
	for (const file of media) {
		const absolute = path.join(options.contentDir, file);
		const shown = displayPath(absolute);
		const uses = check.pictures.get(file) ?? [];
		const extension = path.posix.extname(file).slice(1);
		const { answer, known } = await cache.answerAsync(`picture ${extension.toLowerCase()}`, fileHash(absolute), () => inspectPicture(fs.readFileSync(absolute), extension));
		report.pictures[known ? 'known' : 'decoded']++;
		if (answer.hasGps) report.warnings.push(`${shown}: ${gpsWarning(answer)}`);
		// Code or text under a picture's name, or an SVG, is never kept in content/, used or not; a picture that cannot be published only when used.
		if (answer.problem && (uses.length > 0 || answer.problem === 'not-a-picture' || answer.problem === 'svg')) {
			report.errors.push(new ContentError(shown, [pictureProblem(answer, uses)]));
			broken.push({ file: shown, problem: pictureProblemMessage({ ...answer, problem: answer.problem }), uses });
		}
		else if (answer.problem) report.warnings.push(`${shown}: ${pictureProblem(answer, [])}`);
		else if (uses.length === 0 && (RASTER_EXTENSIONS as readonly string[]).includes(extension.toLowerCase())) report.warnings.push(`${shown}: ${unusedPicture()}`);
	}
	cache.save();
	report.notes.push(message('check.picturesRead', { decoded: report.pictures.decoded, known: report.pictures.known }));
	return broken;
}

/**
 * The scheduled build's way with problems (`leaveOut`): each entry with a
 * problem of its own, or using a broken picture (named with the field that
 * uses it), is left out with what depends on it (left-out.ts), and only the
 * rest is given to Astro; a file that is not a regular file was never going
 * to be read and is named. What remains in `errors` still stops the build.
 */
function leaveOutWhatFailed(options: ContentReportOptions, settings: Settings, check: ContentCheck, broken: BrokenPicture[], report: ContentReport): void {
	const rejected = new Map<string, RejectedEntry>(check.rejected.map((entry) => [displayPath(entry.file), { ...entry, problems: [...entry.problems] }]));
	const entries = new Map(check.entries.map((entry) => [displayPath(entry.file), entry]));
	for (const picture of broken) {
		for (const use of picture.uses) {
			const problem = `${use.field}: ${picture.file}: ${picture.problem}`;
			const earlier = rejected.get(use.file);
			const entry = entries.get(use.file);
			if (earlier) earlier.problems.push(problem);
			else if (entry) rejected.set(use.file, { collection: entry.collection, file: entry.file, ...(entry.locale ? { locale: entry.locale } : {}), slug: entry.slug, data: entry.data, problems: [problem] });
		}
	}
	// A content/ or settings folder that is a link to elsewhere would make the whole site, or its settings, come from there.
	const settingsFile = path.relative(options.contentDir, options.settingsFile ?? path.join(options.contentDir, 'settings', 'site.yaml')).split(path.sep).join('/');
	// What content/ may not hold is never read by the site: named and left out.
	const ignorable = new Set(
		[...check.files.irregular, ...check.refused]
			.filter((item) => item.file !== '.' && settingsFile !== item.file && !settingsFile.startsWith(`${item.file}/`))
			.map((item) => displayPath(path.join(options.contentDir, item.file))),
	);
	const pictures = new Set(broken.map((picture) => picture.file));
	const stillErrors: ContentError[] = [];
	for (const error of report.errors) {
		if (ignorable.has(error.file)) report.ignored.push(error);
		else if (!rejected.has(error.file) && !pictures.has(error.file)) stillErrors.push(error);
	}
	report.errors = stillErrors;

	const { kept, leftOut } = leaveOut(check.entries, [...rejected.values()]);
	report.entries = kept;
	report.leftOut = leftOut;
	report.withoutLinks = publishedWithoutLinks(kept, leftOut, settings, options.contentDir);
	approveEntries(options.contentDir, kept);
}

/** What is wrong with a picture, in an editor's words, naming the entries and fields that use it. */
export function pictureProblem(inspection: PictureInspection, uses: readonly PictureUse[]): string {
	const problem = pictureProblemMessage({ ...inspection, problem: inspection.problem as PictureProblem });
	const list = uses.map((use) => `${use.file} (${use.field})`).join(', ');
	return withSentence(problem, messagePart('pictureUses', list));
}

/**
 * The warning for an original in content/ that still carries the GPS position where it was taken, with advice
 * that fits its format: npm run media:scrub cleans JPEG, PNG and WebP ({@link CLEANABLE_FORMATS}), not AVIF.
 */
export function gpsWarning(inspection: Pick<PictureInspection, 'format'>): string {
	const format = inspection.format?.toUpperCase() ?? '';
	return inspection.format && CLEANABLE_FORMATS.includes(inspection.format) ? message('picture.gps', { format }) : message('picture.gpsCannotScrub', { format });
}

function unusedPicture(): string {
	return message('picture.unused');
}

/**
 * The logo (settings organisation.logo) must be a regular file in public/,
 * reached without `..`, %-codes, a query or another scheme, and be a raster
 * picture or an SVG without scripts. SVG is allowed here, unlike in content/:
 * the logo is a developer's file in public/ that pages show with <img> and
 * as the icon, where browsers run no script; it is still refused when it
 * carries any, because opened on its own it would run on the site's address.
 */
export function logoProblem(logo: string, publicDir: string): string | undefined {
	if (!logo.startsWith('/') || logo.startsWith('//') || /[\\?#%\u0000-\u001f]/.test(logo) || logo.split('/').some((part) => part === '..' || part === '.')) {
		return message('logo.notAPath', { logo });
	}
	const file = path.join(publicDir, logo.slice(1));
	if (!isRegularFile(file) || listContentFiles(publicDir).irregular.some((item) => logo.slice(1).startsWith(item.file))) {
		return message('logo.missing', { file: displayPath(file) });
	}
	const bytes = fs.readFileSync(file);
	const text = bytes.subarray(0, 4096).toString('utf8');
	const isSvg = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text);
	if (isSvg) {
		const whole = bytes.toString('utf8');
		if (/<script|<foreignObject|<iframe|<embed|<object|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["']\s*(?!#)/i.test(whole)) {
			return message('logo.svgWithCode', { file: displayPath(file) });
		}
		return undefined;
	}
	const raster = /^(\xff\xd8\xff|\x89PNG|GIF8)/.test(bytes.subarray(0, 4).toString('latin1')) || bytes.subarray(8, 12).toString('latin1') === 'WEBP';
	return raster ? undefined : message('logo.notAPicture', { file: displayPath(file) });
}

/** The report's errors as one error for the build, or undefined when there are none. */
export function reportError(report: ContentReport): ContentErrors | undefined {
	const count = report.errors.length;
	if (count === 0) return undefined;
	return new ContentErrors(
		titled(message('check.problems', { count })),
		report.errors,
	);
}
