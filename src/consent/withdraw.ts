import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { listFiles } from '../lib/files.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { displayPath } from '../settings/paths.ts';
import { readFrontMatter } from '../validation/check-content.ts';
import { message, titled } from '../messages/index.ts';

/**
 * Recording a withdrawal of consent, for `npm run consent -- withdraw` and
 * the CMS. Consent is given on a form, and a form can cover more than one
 * item (a testimonial and a story about the same person): withdrawing takes
 * down every item signed on the same form, and says exactly which.
 *
 * 1. `consentFiles(contentDir)`: every content file with a consent block.
 * 2. `planWithdrawal(files, asked)`: what withdrawing a consent reference
 *    ("TOE-2025-011") or an item's file name ("henk-jan") takes down.
 * 3. `describeWithdrawal(plan)`: that list, for the editor to read first.
 * 4. `withdraw(plan, day)`: writes `consent.withdrawnOn` into each file and
 *    reads it back; a file it could not change is reported, never counted
 *    as withdrawn.
 */

const FRONT_MATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$))/;

export class WithdrawError extends Error {
	override name = 'WithdrawError';
}

/**
 * Records a withdrawal of consent in a content file: sets `consent.withdrawnOn`
 * to `day` and changes nothing else, so the file's comments, order and body
 * stay as the editor wrote them. An earlier withdrawal date is kept: the
 * person withdrew then, and that is what the record must show.
 *
 * @throws WithdrawError when the file has no front matter, it cannot be read, or it has no consent block
 */
export function recordWithdrawal(source: string, day: string): { source: string; withdrawnOn: string; changed: boolean } {
	const match = FRONT_MATTER.exec(source);
	if (!match) throw new WithdrawError('the file has no front matter between two "---" lines');
	const document = parseDocument(match[2]!);
	if (document.errors.length > 0) throw new WithdrawError(`its front matter cannot be read: ${document.errors[0]!.message.split('\n')[0]}`);
	const consent = document.get('consent');
	if (!document.has('consent') || consent === null || typeof consent !== 'object') throw new WithdrawError('it has no consent block');
	const existing = document.getIn(['consent', 'withdrawnOn']);
	if (existing !== undefined && existing !== null) return { source, withdrawnOn: String(existing), changed: false };
	document.setIn(['consent', 'withdrawnOn'], day);
	const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
	return { source: `${match[1]}${yaml}${match[3]}${source.slice(match[0].length)}`, withdrawnOn: day, changed: true };
}

/** A content file that carries consent (or names an item an editor may ask to withdraw). */
export interface ConsentFile {
	/** Absolute path. */
	file: string;
	/** As the editor sees it, e.g. "content/testimonials/henk-jan.md". */
	shown: string;
	collection: CollectionName;
	/** The file name without extension: translations share it. */
	slug: string;
	locale?: string;
	/** consent.reference, when the file has a consent block. */
	reference?: string;
	/** What the editor recognises the item by: its title, name or the start of its quote. */
	label: string;
	/** consent.withdrawnOn, when already set. */
	withdrawnOn?: string;
}

/**
 * Every entry file of every collection in content/, with its consent
 * reference where it has one. Read as written, without the content check: a
 * withdrawal must be recordable even while something else in content/ is wrong.
 */
export function consentFiles(contentDir: string): ConsentFile[] {
	const files: ConsentFile[] = [];
	for (const [collection, definition] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		const base = path.join(contentDir, definition.folder);
		if (!fs.existsSync(base)) continue;
		for (const relative of listFiles(base)) {
			const parts = relative.split('/');
			if (parts.length !== (definition.localized ? 2 : 1) || !relative.endsWith(`.${definition.extension}`)) continue;
			const file = path.join(base, relative);
			let data: Record<string, unknown> = {};
			try {
				data = (readFrontMatter(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
			} catch {
				// Unreadable front matter: listed by name only; recording a withdrawal in it fails with a message.
			}
			const consent = data.consent && typeof data.consent === 'object' ? (data.consent as Record<string, unknown>) : undefined;
			const quote = typeof data.quote === 'string' ? data.quote : undefined;
			const label = String(data.title ?? data.name ?? (quote && (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote)) ?? '');
			files.push({
				file,
				shown: displayPath(file),
				collection,
				slug: path.basename(relative, `.${definition.extension}`),
				...(definition.localized ? { locale: parts[0] } : {}),
				...(consent?.reference !== undefined ? { reference: String(consent.reference) } : {}),
				label,
				...(consent?.withdrawnOn ? { withdrawnOn: writtenDay(consent.withdrawnOn) } : {}),
			});
		}
	}
	return files;
}

export interface WithdrawalPlan {
	/** What the editor asked for: a consent reference or a file name. */
	asked: string;
	/** How it was found. */
	by: 'reference' | 'slug';
	/** The consent forms withdrawn. */
	references: string[];
	/** Every file that changes: each item signed on those forms, in every language; and any file named `asked` without consent, which cannot be withdrawn. */
	files: ConsentFile[];
}

/**
 * What withdrawing `asked` takes down, or undefined when nothing is called
 * that. A consent reference ("TOE-2025-011", compared without regard to case
 * or surrounding spaces) takes down every file signed on that form. A file
 * name ("henk-jan") takes down that item in every language and, because
 * consent is withdrawn per form, every other item on the same form.
 */
export function planWithdrawal(files: ConsentFile[], asked: string): WithdrawalPlan | undefined {
	const key = asked.trim();
	const form = (reference: string) => reference.trim().toLowerCase();
	const sameReference = (reference: string | undefined) => reference !== undefined && form(reference) === form(key);
	let by: WithdrawalPlan['by'] = 'reference';
	let named = files.filter((file) => sameReference(file.reference));
	if (named.length === 0) {
		by = 'slug';
		named = files.filter((file) => file.slug === key && (file.reference !== undefined || file.collection === 'testimonials' || file.collection === 'stories'));
	}
	if (named.length === 0) return undefined;
	const references = [...new Set(named.flatMap((file) => (file.reference === undefined ? [] : [file.reference])))];
	const forms = new Set(references.map(form));
	const onForm = files.filter((file) => file.reference !== undefined && forms.has(form(file.reference)));
	return { asked: key, by, references, files: [...new Set([...named, ...onForm])].sort((a, b) => a.shown.localeCompare(b.shown)) };
}

/** The list an editor reads before and after a withdrawal: every file that goes, and any named file that cannot, because it has no consent to withdraw. */
export function describeWithdrawal(plan: WithdrawalPlan): string {
	const forms = plan.references.map((reference) => `"${reference}"`).join(', ');
	const item = (file: ConsentFile, note?: string) => `  - ${file.shown}${file.label ? ` ("${file.label}")` : ''}${note ? ` — ${note}` : ''}`;
	const going = plan.files.filter((file) => file.reference !== undefined);
	const staying = plan.files.filter((file) => file.reference === undefined);
	const lines: string[] = [];
	if (going.length > 0) {
		lines.push(
			plan.by === 'reference'
				? titled(message('withdraw.byReference', { forms }))
				: titled(message('withdraw.byFile', { asked: plan.asked, forms })),
			...going.map((file) => item(file, file.withdrawnOn ? message('withdraw.already', { on: file.withdrawnOn }) : undefined)),
		);
	}
	if (staying.length > 0) {
		lines.push(
			titled(message('withdraw.noConsentBlock')),
			...staying.map((file) => item(file)),
		);
	}
	return lines.join('\n');
}

export interface WithdrawalResult {
	file: ConsentFile;
	/** The date now on record, when the file records the withdrawal. */
	withdrawnOn?: string;
	/** Whether this run wrote it (false: it was already there). */
	changed: boolean;
	/** Why the file could not be changed; such a file is not withdrawn. */
	error?: string;
}

/**
 * Records the withdrawal on `day` (YYYY-MM-DD) in every file of the plan, and
 * reads each file back to confirm it now says consent.withdrawnOn: only a
 * file that does counts as withdrawn.
 */
export function withdraw(plan: WithdrawalPlan, day: string): WithdrawalResult[] {
	return plan.files.map((file) => {
		try {
			const result = recordWithdrawal(fs.readFileSync(file.file, 'utf8'), day);
			if (result.changed) fs.writeFileSync(file.file, result.source);
			const written = readFrontMatter(fs.readFileSync(file.file, 'utf8')) as { consent?: { withdrawnOn?: unknown } } | null;
			if (written?.consent?.withdrawnOn === undefined || written.consent.withdrawnOn === null) throw new WithdrawError('consent.withdrawnOn could not be written');
			return { file, withdrawnOn: writtenDay(written.consent.withdrawnOn), changed: result.changed };
		} catch (error) {
			if (!(error instanceof WithdrawError)) throw error;
			return { file, changed: false, error: error.message };
		}
	});
}

/** A date as the file gives it: front matter is read as Astro reads it, which makes `2026-11-30` a Date (midnight UTC). */
function writtenDay(value: unknown): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
