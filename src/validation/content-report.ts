import fs from 'node:fs';
import path from 'node:path';
import { identifyingDetailWarnings } from '../consent/identifying-details.ts';
import { consentItemsFrom } from '../consent/register.ts';
import { buildDate } from '../consent/today.ts';
import { ContentError, ContentErrors, printable } from '../errors/index.ts';
import { inspectPicture, type PictureInspection, type PictureProblem } from '../images/inspect.ts';
import { gpsWarning } from '../images/published-images.ts';
import { fileHash, isRegularFile, listContentFiles } from '../lib/files.ts';
import { say } from '../schemas/primitives.ts';
import type { Settings } from '../schemas/settings.ts';
import { readSettings } from '../settings/read.ts';
import { displayPath } from '../settings/paths.ts';
import { CheckCache } from './check-cache.ts';
import { approveEntries, checkContent, type CheckedEntry, type ContentCheck, type PictureUse, type RejectedEntry } from './check-content.ts';
import { PICTURE_NAME } from './content-files.ts';
import { leaveOut, publishedWithoutLinks, type LeftOutEntry } from './left-out.ts';
import { staleReviewWarnings } from './medical-review.ts';
import { MEDIA_FOLDER, RASTER_EXTENSIONS } from './picture-reference.ts';

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
	report.warnings.push(...check.untranslated.map((file) => `${file}: nog niet vertaald, dus niet gepubliceerd / not translated yet, so not published`));

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
			? `"Deel uw verhaal" vraagt bezoekers om een e-mail naar ${endpoint.slice('mailto:'.length)} / "Share your story" asks visitors for an e-mail to ${endpoint.slice('mailto:'.length)}`
			: `Het formulier "Deel uw verhaal" stuurt naar ${new URL(endpoint).host} / The share-your-story form sends its answers to ${new URL(endpoint).host}`,
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

/** Opens every picture in content/media/ once; used ones that cannot be published are errors (and returned), unused ones warnings. */
async function checkPictures(options: ContentReportOptions, check: ContentCheck, report: ContentReport): Promise<BrokenPicture[]> {
	const broken: BrokenPicture[] = [];
	// Kept as long as the inspection's own code and the lockfile (sharp's version) are the same.
	const cache = new CheckCache(options.cacheFile ? `${options.cacheFile}.pictures` : undefined, ['../images/inspect.ts', '../images/metadata.ts']);
	// Every file in content/media/ named as a picture (anything else there, or a picture elsewhere, is refused by content-files.ts).
	const media = check.files.files.filter((file) => file.startsWith(`${MEDIA_FOLDER}/`) && PICTURE_NAME.test(file));
	for (const file of media) {
		const absolute = path.join(options.contentDir, file);
		const shown = displayPath(absolute);
		const uses = check.pictures.get(file) ?? [];
		const extension = path.posix.extname(file).slice(1);
		const { answer, known } = await cache.answerAsync(`picture ${extension.toLowerCase()}`, fileHash(absolute), () => inspectPicture(fs.readFileSync(absolute), extension));
		report.pictures[known ? 'known' : 'decoded']++;
		if (answer.hasGps) report.warnings.push(gpsWarning(shown));
		// Code or text under a picture's name, or an SVG, is never kept in content/, used or not; a picture that cannot be published only when used.
		if (answer.problem && (uses.length > 0 || answer.problem === 'not-a-picture' || answer.problem === 'svg')) {
			report.errors.push(new ContentError(shown, [pictureProblem(answer, uses)]));
			broken.push({ file: shown, problem: say(...PICTURE_PROBLEMS[answer.problem](answer)), uses });
		}
		else if (answer.problem) report.warnings.push(`${shown}: ${pictureProblem(answer, [])}`);
		else if (uses.length === 0 && (RASTER_EXTENSIONS as readonly string[]).includes(extension.toLowerCase())) report.warnings.push(`${shown}: ${unusedPicture()}`);
	}
	cache.save();
	report.notes.push(`Foto's: ${report.pictures.decoded} geopend, ${report.pictures.known} ongewijzigd sinds de vorige keer / Pictures: ${report.pictures.decoded} decoded, ${report.pictures.known} unchanged since last time`);
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
	const [nl, en] = PICTURE_PROBLEMS[inspection.problem as PictureProblem](inspection);
	if (uses.length === 0) {
		return say(`${nl} Geen pagina gebruikt dit bestand; haal het weg of vervang het.`, `${en} No page uses this file; remove or replace it.`);
	}
	const list = uses.map((use) => `${use.file} (${use.field})`).join(', ');
	return say(`${nl} Gebruikt door: ${list}.`, `${en} Used by: ${list}.`);
}

const PICTURE_PROBLEMS: Record<PictureProblem, (inspection: PictureInspection) => [nl: string, en: string]> = {
	'lfs-pointer': () => [
		'dit is geen foto maar een verwijzing van Git LFS: de foto zelf is niet opgehaald. Haal hem op met git lfs pull (of zet LFS aan bij de bouwserver), of zet de foto zelf in de map.',
		'this is not a picture but a Git LFS pointer: the picture itself was not fetched. Fetch it with git lfs pull (or enable LFS on the build server), or put the picture itself in the folder.',
	],
	empty: () => ['dit bestand is leeg. Zet de foto opnieuw in de map.', 'this file is empty. Put the picture in the folder again.'],
	svg: () => [
		'dit is een SVG-tekening; die kan programmacode bevatten en wordt niet gepubliceerd vanuit content/. Sla de afbeelding op als PNG of JPEG.',
		'this is an SVG drawing; it can contain code and is not published from content/. Save the picture as PNG or JPEG.',
	],
	heic: () => [
		'dit is een HEIC-foto (zoals een iPhone ze bewaart), ook al heet het bestand anders; de site kan die niet lezen. Sla de foto op als JPEG (op de iPhone: Instellingen > Camera > Formaten > Meest compatibel).',
		'this is a HEIC photo (as iPhones save them), whatever its name says; the site cannot read it. Save the photo as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible).',
	],
	'not-a-picture': () => [
		'dit bestand is geen foto (JPEG, PNG, WebP, AVIF of GIF), ook al heet het zo; het kan tekst of programmacode zijn. Vervang het door de foto zelf.',
		'this file is not a picture (JPEG, PNG, WebP, AVIF or GIF), whatever its name says; it may be text or code. Replace it with the picture itself.',
	],
	'wrong-extension': (inspection) => [
		`dit is een ${inspection.detail?.toUpperCase()}-bestand met een andere extensie. Geef het de juiste: .${inspection.detail === 'jpeg' ? 'jpg' : inspection.detail}, en pas de verwijzingen aan.`,
		`this is a ${inspection.detail?.toUpperCase()} file with another extension. Give it the right one: .${inspection.detail === 'jpeg' ? 'jpg' : inspection.detail}, and update the references.`,
	],
	damaged: () => [
		'deze foto is beschadigd of maar half opgeslagen (de site zou er een grijs vlak van maken). Zet de foto opnieuw in de map, vanaf het origineel.',
		'this picture is damaged or only partly saved (the site would show a grey block). Put the picture in the folder again, from the original.',
	],
	'too-large': (inspection) => [
		`deze foto is te groot: ${inspection.width} × ${inspection.height} pixels, meer dan 268 miljoen. Verklein hem eerst, bijvoorbeeld tot 4000 pixels breed.`,
		`this picture is too large: ${inspection.width} × ${inspection.height} pixels, more than 268 million. Make it smaller first, for example 4000 pixels wide.`,
	],
	animated: () => [
		'dit is een bewegende afbeelding (animatie); de site toont alleen stilstaande foto\'s. Kies één beeld en sla het op als JPEG of PNG.',
		'this is a moving picture (an animation); the site shows only stills. Choose one frame and save it as JPEG or PNG.',
	],
};

function unusedPicture(): string {
	return say('geen pagina gebruikt deze foto; haal hem weg als hij niet meer nodig is.', 'no page uses this picture; remove it if it is no longer needed.');
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
	const fix = { nl: 'Zet het logo in de map public/ en schrijf /naam.svg', en: 'Put the logo in the public/ folder and write /name.svg' };
	if (!logo.startsWith('/') || logo.startsWith('//') || /[\\?#%\u0000-\u001f]/.test(logo) || logo.split('/').some((part) => part === '..' || part === '.')) {
		return say(`"${logo}" is geen pad in public/. ${fix.nl}.`, `"${logo}" is not a path in public/. ${fix.en}.`);
	}
	const file = path.join(publicDir, logo.slice(1));
	if (!isRegularFile(file) || listContentFiles(publicDir).irregular.some((item) => logo.slice(1).startsWith(item.file))) {
		return say(`${displayPath(file)} bestaat niet of is geen gewoon bestand. ${fix.nl}.`, `${displayPath(file)} does not exist or is not a regular file. ${fix.en}.`);
	}
	const bytes = fs.readFileSync(file);
	const text = bytes.subarray(0, 4096).toString('utf8');
	const isSvg = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text);
	if (isSvg) {
		const whole = bytes.toString('utf8');
		if (/<script|<foreignObject|<iframe|<embed|<object|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["']\s*(?!#)/i.test(whole)) {
			return say(
				`${displayPath(file)} bevat een script, een gebeurtenis (on…=) of een link naar elders; een logo is alleen een tekening. Exporteer het opnieuw als eenvoudige SVG of als PNG.`,
				`${displayPath(file)} contains a script, an event handler (on…=) or a link elsewhere; a logo is only a drawing. Export it again as a plain SVG or as PNG.`,
			);
		}
		return undefined;
	}
	const raster = /^(\xff\xd8\xff|\x89PNG|GIF8)/.test(bytes.subarray(0, 4).toString('latin1')) || bytes.subarray(8, 12).toString('latin1') === 'WEBP';
	return raster ? undefined : say(`${displayPath(file)} is geen afbeelding (SVG, PNG, JPEG, WebP of GIF).`, `${displayPath(file)} is not a picture (SVG, PNG, JPEG, WebP or GIF).`);
}

/** The report's errors as one error for the build, or undefined when there are none. */
export function reportError(report: ContentReport): ContentErrors | undefined {
	const count = report.errors.length;
	if (count === 0) return undefined;
	return new ContentErrors(
		`De inhoud heeft ${count === 1 ? 'een fout' : `${count} fouten`} die eerst opgelost moet${count === 1 ? '' : 'en'} worden / The content has ${count === 1 ? 'a problem' : `${count} problems`} to fix before the site can be built:`,
		report.errors,
	);
}
