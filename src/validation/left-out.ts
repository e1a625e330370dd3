import path from 'node:path';
import type { WhyNot } from '../consent/needles.ts';
import { ContentError } from '../errors/index.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { Settings } from '../schemas/settings.ts';
import { STORY_KINDS } from '../schemas/story.ts';
import { displayPath } from '../settings/paths.ts';
import { REFERENCES, valueAt, type CheckedEntry, type RejectedEntry } from './check-content.ts';
import { message } from '../messages/index.ts';

/**
 * What a scheduled build leaves out of the site instead of stopping (see
 * scripts/build.ts and the README, "Rebuild every day"): consent that expired
 * or was withdrawn overnight leaves the site only when the site is rebuilt,
 * so one broken file must not keep yesterday's site online. Fail closed: an
 * entry with a problem of its own is never published while it has it. Pure:
 * it decides from the content check's findings (check-content.ts) and touches
 * no file.
 *
 * What depends on a left-out entry:
 * - The other language versions of a story that carries or may carry consent
 *   (a patient story, any version with a consent block, or a version too
 *   broken to say what kind of story it is) are left out with it: consent
 *   belongs to the person, not to one version (src/consent/gate.ts,
 *   publishableTranslations), and the broken version may be the one that
 *   records a withdrawal. Other translations stay, as an untranslated item
 *   does: without the link to the missing language.
 * - Everything else that names a left-out entry is published without the
 *   link: a story without its author, reviewer or one of its specialties, a
 *   specialty without a team member or its location, a menu without the page.
 *   The pages already show only what was published (src/templates/, and
 *   src/routing/navigation.ts for the menu), as they do for a translation
 *   that does not exist, and a `<Testimonial slug>` block shows nothing, as
 *   when its consent ends. {@link publishedWithoutLinks} names each such
 *   place for the report.
 */

/** An entry a scheduled build leaves out, with why. */
export interface LeftOutEntry extends RejectedEntry {
	/** The body, for a version that passed its own checks and is left out with another (see {@link leaveOut}). */
	body?: string;
	/** For a version left out with another: that version, as shown to editors. Its own `problems` then say why. */
	with?: string;
}

/** What a scheduled build publishes from, and what it leaves out. */
export interface LeaveOutResult {
	/** The entries Astro is given (in their order in `entries`). */
	kept: CheckedEntry[];
	/** What is left out: every rejected entry, then the versions withheld with one. */
	leftOut: LeftOutEntry[];
}

/**
 * Splits the content check's entries into what a scheduled build publishes
 * and what it leaves out.
 *
 * @param entries every entry that passed its own file's checks (ContentCheck.entries).
 * @param rejected every entry with a problem of its own, including those in `entries` whose
 *   reference, language or picture failed (ContentCheck.rejected, plus users of a broken picture).
 */
export function leaveOut(entries: readonly CheckedEntry[], rejected: readonly RejectedEntry[]): LeaveOutResult {
	const rejectedFiles = new Set(rejected.map((entry) => entry.file));
	const leftOut: LeftOutEntry[] = rejected.map((entry) => ({ ...entry, problems: [...entry.problems] }));
	const versionKey = (entry: { collection: CollectionName; slug: string }) => `${entry.collection}/${entry.slug}`;

	const withheld = new Map<string, LeftOutEntry>();
	for (const broken of rejected) {
		if (!COLLECTIONS[broken.collection].localized || withheld.has(versionKey(broken))) continue;
		const siblings = entries.filter((entry) => entry.collection === broken.collection && entry.slug === broken.slug && !rejectedFiles.has(entry.file));
		const versions = [...rejected.filter((entry) => versionKey(entry) === versionKey(broken)).map((entry) => ({ ...entry, checked: false })), ...siblings.map((entry) => ({ ...entry, checked: true }))];
		if (siblings.length === 0 || !versions.some((version) => mayCarryConsent(version.collection, version.data, version.checked))) continue;
		withheld.set(versionKey(broken), broken);
		for (const sibling of siblings) {
			leftOut.push({
				collection: sibling.collection,
				file: sibling.file,
				...(sibling.locale ? { locale: sibling.locale } : {}),
				slug: sibling.slug,
				data: sibling.data,
				body: sibling.body,
				with: displayPath(broken.file),
				problems: [withheldTranslation(displayPath(broken.file))],
			});
		}
	}
	const leftOutFiles = new Set(leftOut.map((entry) => entry.file));
	return { kept: entries.filter((entry) => !leftOutFiles.has(entry.file)), leftOut };
}

/**
 * Whether a version of an entry carries consent, or may: a consent block, a
 * patient story, or (for a version that failed its checks, `checked` false)
 * a story whose kind cannot be read as one of the kinds that need none.
 * Testimonials always carry consent, but are never translated.
 */
export function mayCarryConsent(collection: CollectionName, data: Record<string, unknown>, checked: boolean): boolean {
	if (data.consent !== undefined) return true;
	if (collection !== 'stories') return false;
	if (data.kind === 'patient') return true;
	return !checked && !(STORY_KINDS as readonly unknown[]).includes(data.kind);
}

/** "left out because its other language version … is left out", in Dutch and English. */
function withheldTranslation(other: string): string {
	return message('leftOut.otherTranslation', { other });
}

/**
 * Every place a published entry (or the settings' menu and main location)
 * names a left-out entry and so is published without that link, one line
 * each: "content/stories/nl/x.mdx: author "anna-jansen": published without
 * this link: content/team/nl/anna-jansen.md is left out". A reference
 * resolves in the entry's own language (a testimonial's `locale`).
 */
export function publishedWithoutLinks(kept: readonly CheckedEntry[], leftOut: readonly LeftOutEntry[], settings: Settings, contentDir: string): string[] {
	const gone = new Map(leftOut.map((entry) => [`${entry.collection}/${entry.locale ?? ''}/${entry.slug}`, displayPath(entry.file)]));
	const missing = (collection: CollectionName, locale: string | undefined, slug: unknown) => (typeof slug === 'string' ? gone.get(`${collection}/${COLLECTIONS[collection].localized ? (locale ?? '') : ''}/${slug}`) : undefined);
	const lines: string[] = [];
	for (const entry of kept) {
		const locale = entry.locale ?? (typeof entry.data.locale === 'string' ? entry.data.locale : undefined);
		for (const reference of REFERENCES.filter((ref) => ref.from === entry.collection)) {
			const value = valueAt(entry.data, reference.field);
			const slugs = Array.isArray(value) ? value : [value];
			slugs.forEach((slug, index) => {
				const file = missing(reference.to, locale, slug);
				if (file) lines.push(`${displayPath(entry.file)}: ${Array.isArray(value) ? `${reference.field}[${index}]` : reference.field} "${String(slug)}": ${withoutLink(file)}`);
			});
		}
	}
	const settingsFile = displayPath(path.join(contentDir, 'settings', 'site.yaml'));
	settings.navigation.forEach((item, index) => {
		for (const locale of settings.locales) {
			const file = item.page ? missing('pages', locale, item.page) : undefined;
			if (file) lines.push(`${settingsFile}: navigation[${index}].page "${item.page}" (${locale}): ${withoutLink(file)}`);
		}
	});
	const mainLocation = missing('locations', settings.locales[0], settings.contact.mainLocation);
	if (mainLocation) lines.push(`${settingsFile}: contact.mainLocation "${settings.contact.mainLocation}": ${withoutLink(mainLocation)}`);
	return lines;
}

function withoutLink(file: string): string {
	return message('leftOut.withoutLink', { file });
}

/** The left-out entries as one error per file, for the build's report: the file and what to fix. */
export function leftOutErrors(leftOut: readonly LeftOutEntry[]): ContentError[] {
	return leftOut.map((entry) => new ContentError(displayPath(entry.file), entry.problems));
}

/** Text fields of a left-out entry's front matter that the leak proof looks for when they are text. */
const TEXT_FIELDS = ['title', 'description', 'quote', 'name', 'summary', 'contentNote', 'photoAlt'] as const;

/**
 * The left-out entries as the leak proof must see them (src/consent/):
 * withheld as a draft is, so that nothing of them may appear in any built
 * file (a quote of a broken testimonial pasted into a story still stops the
 * build), while the checks that count what is published (the consent
 * summary, the register) never see them. Give the leak proof
 * {@link leftOutReasons} with them, so that it says why.
 *
 * Of an entry that failed its checks only what is certainly text is kept:
 * the text fields above, `kind` when it is one of the story kinds, and
 * `consent.reference` (and `withdrawnOn`) when they are text or a date; its
 * body, pictures and person are not read (they may be what is broken). A
 * testimonial keeps a `quote` ('' when unreadable) and a story that may carry
 * consent (see {@link mayCarryConsent}) is a patient story, so that both
 * count as items that need consent. A version left out with another keeps
 * its checked data and body.
 */
export function withheldEntries(leftOut: readonly LeftOutEntry[]): CheckedEntry[] {
	return leftOut.map((entry) => {
		const checked = entry.with !== undefined;
		const data: Record<string, unknown> = checked ? { ...entry.data } : readableText(entry.data);
		if (entry.collection === 'testimonials' && typeof data.quote !== 'string') data.quote = '';
		if (entry.collection === 'stories' && mayCarryConsent(entry.collection, entry.data, checked)) data.kind = 'patient';
		data.draft = true;
		return { collection: entry.collection, file: entry.file, ...(entry.locale ? { locale: entry.locale } : {}), slug: entry.slug, data, body: checked ? (entry.body ?? '') : '' };
	});
}

/**
 * Why each left-out entry may not be published, by its file as shown to editors (the key the leak proof's
 * items have, src/consent/register.ts): because of its own problem, or, for a version left out with another,
 * because of that version's. The leak proof says so when it finds one in the site, instead of calling it a draft.
 */
export function leftOutReasons(leftOut: readonly LeftOutEntry[]): Map<string, Extract<WhyNot, { state: 'left-out' }>> {
	return new Map(leftOut.map((entry) => [displayPath(entry.file), { state: 'left-out', ...(entry.with ? { with: entry.with } : {}) }]));
}

/** The fields of unvalidated front matter that are certainly text (see {@link withheldEntries}). */
function readableText(raw: Record<string, unknown>): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const field of TEXT_FIELDS) if (typeof raw[field] === 'string') data[field] = raw[field];
	if ((STORY_KINDS as readonly unknown[]).includes(raw.kind)) data.kind = raw.kind;
	const consent = raw.consent;
	if (consent && typeof consent === 'object' && typeof (consent as Record<string, unknown>).reference === 'string') {
		const { reference, withdrawnOn } = consent as Record<string, unknown>;
		const day = withdrawnOn instanceof Date && !Number.isNaN(withdrawnOn.getTime()) ? withdrawnOn.toISOString().slice(0, 10) : typeof withdrawnOn === 'string' ? withdrawnOn : undefined;
		data.consent = { reference, ...(day ? { withdrawnOn: day } : {}) };
	}
	return data;
}
