import type { CollectionName } from '../schemas/collections.ts';
import type { Consent, ConsentChannel } from '../schemas/consent.ts';
import { displayPath } from '../settings/paths.ts';
import type { CheckedEntry } from '../validation/check-content.ts';
import { consentStatus, needsConsent, type ConsentState, type Gated } from './gate.ts';

/**
 * The consent register: every item that carries or needs consent (every
 * testimonial, every patient story, and any other item with a consent block,
 * in any collection), with the state of its consent today, for
 * `npm run consent`, the reminder job and the leak proof.
 */

/** What kind of item it is: a testimonial, a story, or the collection of any other item that carries consent. */
export type ConsentItemType = 'testimonial' | 'story' | Exclude<CollectionName, 'testimonials' | 'stories'>;

export interface ConsentItem {
	/** The file as the editor sees it, e.g. "content/testimonials/marieke.md". */
	file: string;
	/** The file's absolute path, to find the pictures it names (relative to it). */
	path?: string;
	type: ConsentItemType;
	/** The file name without extension; translations of one item share it. */
	slug: string;
	/** The language folder, for translated collections. */
	locale?: string;
	data: Gated & { title?: string; description?: string; [field: string]: unknown };
	/** The Markdown (or MDX) after the front matter. */
	body?: string;
}

const TYPES: Record<CollectionName, ConsentItemType> = { testimonials: 'testimonial', stories: 'story', specialties: 'specialties', team: 'team', locations: 'locations', pages: 'pages' };

/** The items among checked content entries that carry or need consent, in any collection. */
export function consentItemsFrom(entries: CheckedEntry[]): ConsentItem[] {
	return entries
		.map((entry) => ({
			file: displayPath(entry.file),
			path: entry.file,
			type: TYPES[entry.collection],
			slug: entry.slug,
			...(entry.locale ? { locale: entry.locale } : {}),
			data: entry.data as ConsentItem['data'],
			body: entry.body,
		}))
		.filter((item) => needsConsent(item.data));
}

export interface RegisterRow {
	file: string;
	type: ConsentItemType;
	slug: string;
	state: ConsentState | 'draft';
	/** Days until the consent runs out (0 on its last day), while it has not yet run out. */
	daysLeft?: number;
	reference?: string;
	channels: ConsentChannel[];
	photo: boolean;
	expiresOn?: string;
}

export function registerRows(items: ConsentItem[], today: string): RegisterRow[] {
	return items
		.filter((item) => needsConsent(item.data))
		.map(({ file, type, slug, data }) => {
			const consent: Consent | undefined = data.consent;
			const status = consentStatus(consent, today);
			const running = status.daysLeft !== undefined && status.daysLeft >= 0 && status.state !== 'withdrawn';
			return {
				file,
				type,
				slug,
				state: data.draft ? 'draft' : status.state,
				...(running ? { daysLeft: status.daysLeft } : {}),
				...(consent ? { reference: consent.reference, expiresOn: consent.expiresOn } : {}),
				channels: consent?.channels ?? [],
				photo: consent?.photo ?? false,
			} satisfies RegisterRow;
		})
		.sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '') || a.file.localeCompare(b.file));
}

/** Rows whose consent is published today and runs out within `days` days: the reminder job's list. */
export function expiringWithin(rows: RegisterRow[], days: number): RegisterRow[] {
	return rows.filter((row) => row.state === 'publishable' && row.daysLeft !== undefined && row.daysLeft < days);
}

const STATE_LABELS: Record<RegisterRow['state'], string> = {
	publishable: 'publishable',
	expired: 'expired',
	withdrawn: 'withdrawn',
	'not-yet-valid': 'not yet valid',
	'not-for-website': 'not for website',
	missing: 'no consent',
	draft: 'draft',
};

/** The status as an editor reads it, e.g. "expires in 12 days" or "withdrawn". */
export function describeState(row: RegisterRow): string {
	if (row.state === 'publishable' && row.daysLeft !== undefined) {
		if (row.daysLeft === 0) return 'last day today';
		if (row.daysLeft < 90) return `expires in ${row.daysLeft + 1} days`;
	}
	return STATE_LABELS[row.state];
}

/** A plain-text table for the terminal. */
export function formatRegister(rows: RegisterRow[]): string {
	const header = ['status', 'expires', 'channels', 'photo', 'reference', 'file'];
	const lines = rows.map((row) => [
		describeState(row),
		row.expiresOn ?? '—',
		row.channels.join(', ') || '—',
		row.photo ? 'yes' : 'no',
		row.reference ?? '—',
		row.file,
	]);
	const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
	const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
	return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}
