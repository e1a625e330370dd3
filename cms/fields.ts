/**
 * Small builders for Decap fields, so that the collections read as a list of
 * questions an editor answers. Labels and hints are plain Dutch: the editors
 * are communication staff. Field names are the content contract (src/schemas);
 * a test compares the two.
 */
export type I18nMode = boolean | 'duplicate' | 'none';

export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	i18n?: I18nMode;
	options?: { label: string; value: string }[];
	multiple?: boolean;
	min?: number;
	max?: number;
	fields?: CmsField[];
	field?: CmsField;
	collapsed?: boolean;
	summary?: string;
	/**
	 * Marks a field the form shows as required that the schema asks for only in some entries, and says when,
	 * e.g. "kind is patient"; the schema decides (cms/widgets/checked.ts). Documentation, read by the drift test.
	 */
	required_if?: string;
	/** Characters the text should have, counted under the field as the editor types (cms/widgets/checked.ts). */
	counter?: { min?: number; max: number };
	[option: string]: unknown;
}

type Extra = Partial<CmsField>;

export const text = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'string', ...extra });
export const longText = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'text', ...extra });
export const yesNo = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'boolean', default: false, required: false, ...extra });
export const wholeNumber = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'number', value_type: 'int', ...extra });
export const decimal = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'number', value_type: 'float', ...extra });

/**
 * A calendar date written as YYYY-MM-DD, never a time: consent rules count
 * whole days. Shown as day-month-year with "Vandaag" (in the organisation's
 * time zone), see cms/widgets/calendar-date.ts.
 */
export const date = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'calendar-date', ...extra });

/**
 * A date that starts at today in a new entry (the day a testimonial was given, a story's publication date):
 * marked `default_today` here, because the configuration is written when the site is built, and made
 * today's date when the CMS opens in the editor's browser (withTodayAsDefault, in admin.ts).
 */
export const dateFromToday = (name: string, label: string, extra: Extra = {}): CmsField => date(name, label, { default_today: true, ...extra });

/**
 * The collections with every `default_today` field's default set to `today` (YYYY-MM-DD, the
 * organisation's date); nested groups and lists included. Returns new objects; the input is unchanged.
 */
export function withTodayAsDefault<T>(value: T, today: string): T {
	if (Array.isArray(value)) return value.map((item) => withTodayAsDefault(item, today)) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy = Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withTodayAsDefault(field, today)])) as Record<string, unknown>;
	return (copy.default_today === true ? { ...copy, default: today } : copy) as T;
}

/** A choice from fixed values, each with a Dutch label. */
export const choice = (name: string, label: string, options: Record<string, string>, extra: Extra = {}): CmsField => ({
	name,
	label,
	widget: 'select',
	options: Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel })),
	...extra,
});

/** A reference to entries of another collection by their file name (slug); the editor searches and sees `displayField`. */
export const reference = (name: string, label: string, collection: string, displayField: string, extra: Extra = {}): CmsField => ({
	name,
	label,
	widget: 'relation',
	collection,
	value_field: '{{slug}}',
	search_fields: [displayField],
	display_fields: [displayField],
	...extra,
});

/**
 * Decap takes only true or false as i18n of a group or list: "the same in every
 * language" is said by each field inside it. So a group marked 'duplicate'
 * passes that on to its fields.
 */
function duplicated(field: CmsField): CmsField {
	if (field.widget === 'object' || (field.widget === 'list' && field.fields)) return { ...field, i18n: true, fields: (field.fields ?? []).map(duplicated) };
	return { ...field, i18n: field.i18n ?? 'duplicate' };
}

const container = (widget: 'object' | 'list', name: string, label: string, fields: CmsField[], extra: Extra): CmsField =>
	extra.i18n === 'duplicate' ? duplicated({ name, label, widget, fields, ...extra }) : { name, label, widget, fields, ...extra };

export const group = (name: string, label: string, fields: CmsField[], extra: Extra = {}): CmsField => container('object', name, label, fields, extra);
export const listOf = (name: string, label: string, fields: CmsField[], extra: Extra = {}): CmsField => container('list', name, label, fields, extra);
export const listOfText = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'list', field: { name: 'item', label, widget: 'string' }, ...extra });

/**
 * A picture, with the alt text screen readers read out: required, so no picture goes up without one. `words`: the
 * two fields' labels in the editor's language (cms/text/<code>.ts, fields.common).
 */
export const imageWithAlt = (name: string, label: string, words: { image: string; alt: { label: string; hint: string } }, extra: Extra = {}): CmsField =>
	group(
		name,
		label,
		[
			{ name: 'image', label: words.image, widget: 'image', choose_url: false, i18n: 'duplicate' },
			longText('alt', words.alt.label, { hint: words.alt.hint, i18n: true }),
		],
		extra,
	);

/**
 * A field an editor may leave empty. The fields inside a group keep their own
 * "required": they are asked for once the group is used, as the site's schema
 * says (see cms/widgets/checked.ts).
 */
export const optional = (field: CmsField): CmsField => ({ ...field, required: false });
