import { parse, stringify } from 'yaml';
import { withoutListData } from './list-view.ts';

/**
 * How the CMS reads and writes content files: YAML front matter and a body.
 * Our own format rather than Decap's, for two reasons. Decap writes empty
 * fields ("", null, a consent block with only "no" in it) that are not part of
 * the content contract. And a story's body is MDX: the text an editor types
 * must be escaped before it is saved, in every language of the entry, which
 * only the step that writes the file sees.
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

export function readEntryFile(text: string, prepareBody: (body: string) => string = (body) => body): Record<string, unknown> {
	const match = FRONT_MATTER.exec(text);
	if (!match) return text.trim() ? { body: prepareBody(text) } : {};
	const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
	// writeEntryFile puts a blank line after the front matter and a line break at the end; the editor's text has neither,
	// and a difference would mark the entry changed as soon as it is opened.
	const body = text.slice(match[0].length).replace(/^\r?\n/, '').replace(/\r?\n$/, '');
	return body.trim() ? { ...data, body: prepareBody(body) } : data;
}

/**
 * A story's text as the editor typed it: the "\{", "\}" and "\<" that
 * escapeMdxText (src/mdx/escape.ts) wrote on save become "{", "}" and "<"
 * again, outside code. Decap's editor would otherwise show the backslashes,
 * or write the text back without them and call the story changed as soon as
 * it was opened. Saving escapes it again.
 */
export function unescapeMdxText(markdown: string): string {
	let fence: string | undefined;
	return markdown
		.split(/(?<=\n)/)
		.map((line) => {
			const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
			if (fence) {
				if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
				return line;
			}
			if (opening) {
				fence = opening;
				return line;
			}
			// Inline code keeps its backslashes: split on code spans, unescape only what lies between them.
			return line
				.split(/(`+[^`]*`+)/)
				.map((part, index) => (index % 2 === 1 ? part : part.replace(/\\([{}<])/g, '$1')))
				.join('');
		})
		.join('');
}

/** The keys of a consent item's block (src/schemas/consent.ts); settings' `consent` ({ maxYears }) is not one. */
const CONSENT_ITEM_KEYS = new Set(['reference', 'grantedOn', 'expiresOn', 'channels', 'photo', 'guardian', 'withdrawnOn']);

/** "Waar mag het verschijnen?" as a new entry starts (cms/fields.ts consentFields): the website. */
export const DEFAULT_CHANNELS: readonly string[] = ['website'];

/**
 * A consent block the editor has not begun: no reference, no date, neither switch on, and "Waar mag het
 * verschijnen?" still as a new entry starts (DEFAULT_CHANNELS) or empty. Its defaults are no consent, so it
 * says nothing, as an empty block does: consent exists only once the editor types the form's reference or
 * the day it was signed. A block in which the editor chose the channels (only print, say) is begun: it stays
 * in the file, and the schema asks for the rest. Only a consent item's block counts (CONSENT_ITEM_KEYS).
 */
export function isUnbegunConsent(value: unknown): boolean {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const block = value as Record<string, unknown>;
	if (!Object.keys(block).every((key) => CONSENT_ITEM_KEYS.has(key))) return false;
	const filled = (text: unknown) => typeof text === 'string' && text.trim() !== '';
	const channels = Array.isArray(block.channels) ? block.channels.filter(filled) : block.channels;
	const defaultChannels = channels === undefined || channels === null || (Array.isArray(channels) && (channels.length === 0 || (channels.length === DEFAULT_CHANNELS.length && channels.every((channel, index) => channel === DEFAULT_CHANNELS[index]))));
	return defaultChannels && ![block.reference, block.grantedOn, block.expiresOn, block.withdrawnOn].some(filled) && block.photo !== true && block.guardian !== true;
}

/**
 * Leaves out what an editor left empty: empty text, empty lists, groups with nothing but "no" in them.
 * Used for every file the CMS writes, settings included; an entry's unbegun consent block is left out by
 * {@link entryAsSaved}, which only entry files go through.
 */
export function withoutEmptyFields(value: unknown): unknown {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') return value.trim() === '' ? undefined : value;
	if (Array.isArray(value)) {
		const items = value.map(withoutEmptyFields).filter((item) => item !== undefined);
		return items.length > 0 ? items : undefined;
	}
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.map(([key, field]) => [key, withoutEmptyFields(field)] as const)
			.filter(([, field]) => field !== undefined);
		// A group of switches all left off (e.g. an untouched consent block in a staff story) says nothing.
		return entries.some(([, field]) => field !== false) ? Object.fromEntries(entries) : undefined;
	}
	return value;
}

/**
 * An entry's data (one language version) as its file will hold it: without empty fields, and without a
 * consent block the editor has not begun (isUnbegunConsent; only the entry's own `consent`, at the top).
 * The preview, the check next to each field and the file written all judge this.
 */
export function entryAsSaved(data: Record<string, unknown>): Record<string, unknown> {
	const { consent, ...rest } = data;
	return (withoutEmptyFields(isUnbegunConsent(consent) ? rest : data) ?? {}) as Record<string, unknown>;
}

/** An entry as Decap holds it: its first language's data, and each other language's under `i18n`. */
export interface EntryVersions {
	data: Record<string, unknown>;
	i18n?: Record<string, { data?: Record<string, unknown> }>;
}

/** Each language version's data by language ("" for the first language, which Decap keeps in `data`). */
function versionsOf(entry: EntryVersions): Map<string, Record<string, unknown>> {
	const versions = new Map<string, Record<string, unknown>>([['', entry.data]]);
	for (const [locale, version] of Object.entries(entry.i18n ?? {})) if (version.data) versions.set(locale, version.data);
	return versions;
}

/** True when some language version of `entry` would be written without a consent block (entryAsSaved): only then can a save take one away. */
export function withoutConsentAsSaved(entry: EntryVersions): boolean {
	return [...versionsOf(entry).values()].some((data) => entryAsSaved(data).consent === undefined);
}

/**
 * True when saving `after` would take away a consent block that `before` (the entry as it is stored) holds
 * with a reference: the editor emptied the form's reference and dates, and the file would be written without
 * consent. For a staff or breakthrough story that makes it a story that needs none, published whole,
 * photo included, and out of sight of the leak proof; withdrawal is what the editor means, and what must
 * reach the site ("Toestemming ingetrokken op"). Each language version is compared with its own stored version.
 */
export function consentClearedIn(before: EntryVersions, after: EntryVersions): boolean {
	const hadConsent = (data: Record<string, unknown> | undefined) => {
		const consent = data?.consent as { reference?: unknown } | undefined;
		return typeof consent?.reference === 'string' && consent.reference.trim() !== '';
	};
	const afterVersions = versionsOf(after);
	return [...versionsOf(before)].some(([locale, data]) => {
		const now = afterVersions.get(locale);
		return hadConsent(data) && now !== undefined && entryAsSaved(now).consent === undefined;
	});
}

/** The fields of a form, nested as in the form: enough to put a file's keys in the form's order. */
export interface FieldOrder {
	name: string;
	fields?: FieldOrder[];
	field?: FieldOrder;
}

/** Puts keys in the order of the CMS form, which is the order of the content contract; keys the form does not know go last. */
function ordered(value: unknown, order: FieldOrder[]): unknown {
	if (Array.isArray(value)) return value.map((item) => ordered(item, order));
	if (value === null || typeof value !== 'object') return value;
	const rank = (key: string) => {
		const index = order.findIndex((field) => field.name === key);
		return index === -1 ? order.length : index;
	};
	return Object.fromEntries(
		Object.entries(value as Record<string, unknown>)
			.sort(([a], [b]) => rank(a) - rank(b))
			.map(([key, field]) => [key, ordered(field, order.find((candidate) => candidate.name === key)?.fields ?? [])]),
	);
}

export function writeEntryFile(data: Record<string, unknown>, form: FieldOrder[] = [], prepareBody: (body: string) => string = (body) => body): string {
	// What the CMS's lists show (list-view.ts) is worked out when a file is read, never written into it.
	const { body, ...fields } = withoutListData(data);
	const meta = entryAsSaved(ordered(fields, form) as Record<string, unknown>);
	const yaml = Object.keys(meta).length > 0 ? stringify(meta, { lineWidth: 0 }) : '';
	const text = typeof body === 'string' ? prepareBody(body) : '';
	return `---\n${yaml}---\n${text && !text.startsWith('\n') ? '\n' : ''}${text}${text && !text.endsWith('\n') ? '\n' : ''}`;
}
