/**
 * The CMS at /admin/: Decap, bundled from npm (never from a CDN).
 * The page carries the configuration derived from settings (cms/config.ts,
 * src/admin/admin-page.ts); this script adds what only runs in the browser:
 * the Dutch interface, the file format, the date field, the site's own checks
 * next to each field, the building blocks and the previews.
 */
import CMS from 'decap-cms-app';
import { clearSearch } from 'decap-cms-core/dist/esm/actions/search.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import relationCache from 'decap-cms-widget-relation/dist/esm/RelationCache.js';
import type { ComponentType } from 'react';
import { parse, stringify } from 'yaml';
import type { AdminData } from '../src/admin/admin-page.ts';
import { todayIn } from '../src/lib/dates.ts';
import { isAddressed } from '../src/routing/addresses.ts';
import type { CollectionName } from '../src/schemas/collections.ts';
import type { Locale } from '../src/schemas/primitives.ts';
import { escapeMdxText } from '../src/mdx/escape.ts';
import siteStyles from '../src/styles/global.css?raw';
import { quotesCss } from '../src/styles/quotes.ts';
import adminStyles from './admin.css?raw';
import { addressProblems, newFileName } from './address-check.ts';
import { consentOverviewPage, consentPage } from './consent-overview.ts';
import { editorComponents } from './editor-components.ts';
import { embeddedTestimonialHtml } from './embedded-testimonial.ts';
import { consentClearedIn, readEntryFile, withoutConsentAsSaved, unescapeMdxText, withoutEmptyFields, writeEntryFile, type FieldOrder } from './entry-file.ts';
import { withTodayAsDefault } from './fields.ts';
import { entriesOf, keepKnownEntriesFresh, knownEntries, knownEntriesVersion, onKnownEntries, proposedFileName, readKnownEntries, sameForm as sameFormEntries } from './known-entries.ts';
import { listData, LIST_KEY } from './list-view.ts';
import { INTERFACES } from './interface/index.ts';
import { cmsText } from './text/index.ts';
import previewStyles from './preview.css?raw';
import { specialtyPreview, storyPreview, testimonialPreview, type PreviewContext } from './previews.ts';
import { notSavedMessage, problemsInEveryLanguage, type DecapEntry } from './save-check.ts';
import { uploadFilter } from './upload-filter.ts';
import { visitorsPage } from './visitors/page.ts';
import { visitorsPageEntry } from './visitors/text.ts';
import { fieldProblems, type FieldProblem } from './validate.ts';
import { calendarDatePreview, calendarDateWidget } from './widgets/calendar-date.ts';
import { checkedWidget } from './widgets/checked.ts';
import { withChoiceWords } from './widgets/choice-words.ts';
import type { WidgetProps } from './widgets/types.ts';
import { message, useEditorLanguage } from '../src/messages/index.ts';

type WidgetControl = ComponentType<WidgetProps>;

interface CollectionConfig {
	name: string;
	extension?: 'md' | 'mdx';
	fields?: FieldOrder[];
	files?: { fields: FieldOrder[] }[];
}

const admin = JSON.parse(document.getElementById('zorgmerk-cms')!.textContent!) as AdminData;
// The save check's messages in the editor's language (settings: editorLanguage).
useEditorLanguage(admin.editorLanguage);
const today = todayIn(admin.timeZone);
/** The editor's language (cms/editor-language.ts), as config.ts chose it for Decap's interface. */
const language = String(admin.config.locale);
/** The site's default language, the first of settings' locales: a story's first version is in it. */
const defaultLocale = admin.locales[0] as Locale;
// A new testimonial's "Gegeven op" and a new story's publication date start at today, the organisation's date (fields.ts).
admin.config.collections = withTodayAsDefault(admin.config.collections, today);
const collections = admin.config.collections as CollectionConfig[];

// The interface in the editor's language (config.locale, see config.ts and cms/interface/).
for (const [code, phrases] of Object.entries(INTERFACES)) CMS.registerLocale(code, phrases);

// Files as the content contract wants them, fields in the form's order; a story's text escaped so that whatever an editor types builds and shows as typed.
// Reading a testimonial or story also works out what the lists show of it (list-view.ts).
for (const collection of collections) {
	const form = collection.fields ?? collection.files?.[0]?.fields ?? [];
	const format =
		collection.extension === undefined
			? { fromFile: (text: string) => (parse(text) ?? {}) as Record<string, unknown>, toFile: (data: Record<string, unknown>) => stringify(withoutEmptyFields(data) ?? {}, { lineWidth: 0 }) }
			: {
					fromFile: (text: string) => {
						const data = readEntryFile(text, collection.extension === 'mdx' ? unescapeMdxText : undefined);
						const list = listData(collection.name, data, today, language);
						return list ? { ...data, [LIST_KEY]: list } : data;
					},
					toFile: (data: Record<string, unknown>) => writeEntryFile(data, form, collection.extension === 'mdx' ? escapeMdxText : undefined),
				};
	CMS.registerCustomFormat(`zorgmerk-${collection.name}`, collection.extension ?? 'yaml', format);
}

// Dates as day-month-year, "Vandaag" in the organisation's time zone (widgets/calendar-date.ts).
// Decap's types describe its props with Immutable's full Map; our widgets use a few of its methods (widgets/types.ts).
// A consent's expiry follows its date of consent (the organisation's limit after it) until the editor chooses another.
const onEntryChange = (listener: () => void) => {
	let draft = (store.getState() as { entryDraft?: unknown }).entryDraft;
	return store.subscribe(() => {
		const now = (store.getState() as { entryDraft?: unknown }).entryDraft;
		if (now !== draft) {
			draft = now;
			listener();
		}
	});
};
CMS.registerWidget('calendar-date', calendarDateWidget({ timeZone: admin.timeZone, maxYears: admin.maxYears, onEntryChange, language }) as unknown as Parameters<typeof CMS.registerWidget>[1], calendarDatePreview(language));

// The relation and select fields' own "Loading options…" and "No options" in the editor's language: not Decap phrases (widgets/choice-words.ts).
for (const name of ['relation', 'select']) {
	const widget = CMS.getWidget(name) as { control: WidgetControl } | undefined;
	if (widget) widget.control = withChoiceWords(widget.control, cmsText(language).choices);
}

// The site's own rules, checked next to each field (widgets/checked.ts). Decap keeps its widgets in a registry
// whose entries it hands out by reference; replacing the control there keeps every other option of the widget.
// Every field asks on save; the entry is checked once per version of its data.
let lastData: { collection: string; json: string; problems: Map<string, FieldProblem> } | undefined;
const problemsOf = (collection: string, data: Record<string, unknown>): Map<string, FieldProblem> => {
	const json = JSON.stringify(data);
	if (lastData?.collection === collection && lastData.json === json) return lastData.problems;
	const problems = fieldProblems(collection, data, admin.maxYears);
	lastData = { collection, json, problems };
	return problems;
};
for (const name of ['string', 'text', 'number', 'boolean', 'select', 'relation', 'image', 'file', 'markdown', 'object', 'list', 'calendar-date']) {
	const widget = CMS.getWidget(name) as { control: WidgetControl } | undefined;
	if (widget) widget.control = checkedWidget(widget.control, { problemsOf, language }) as unknown as WidgetControl;
}

// What no field shows (the second language, an item in a list) is checked as a whole before saving.
CMS.registerEventListener({
	name: 'preSave',
	handler: async ({ entry }: { entry: { get(key: string): unknown; toJS(): Record<string, unknown> } }) => {
		const collection = entry.get('collection') as string;
		const config = collections.find((candidate) => candidate.name === collection);
		const fields = config?.fields ?? config?.files?.[0]?.fields ?? [];
		const problems = problemsInEveryLanguage(entry.toJS() as never, fields, admin.maxYears, admin.locales);
		if (problems.length > 0) throw notSavedMessage(problems);
		// Consent stored with a reference is withdrawn, never emptied: an emptied block would be left out of the file (entry-file.ts),
		// and a staff story, say, published whole without it. Compared with the entry as the backend holds it now.
		const edited = entry.toJS() as never as DecapEntry;
		if (!entry.get('newRecord') && withoutConsentAsSaved(edited)) {
			const stored = (await entriesOf(collection)).find((other) => other.slug === entry.get('slug'));
			if (stored && consentClearedIn(stored, edited)) throw notSavedMessage([message('cms.consentCleared')]);
		}
		// One address, one page: the address in each language must be free, by the build's own rule (address-check.ts).
		if (!isAddressed(collection as CollectionName)) return;
		const others = await entriesOf(collection);
		const fileName = entry.get('newRecord') ? newFileName(proposedFileName(collection, entry.get('data')) ?? '', others.map((other) => other.slug)) : String(entry.get('slug'));
		const taken = addressProblems({ ...(entry.toJS() as never as DecapEntry), slug: fileName }, others, { locales: admin.locales, fields });
		if (taken.length > 0) throw notSavedMessage(taken);
	},
});

// Decap's relation field keeps the choices it read of a collection for as long as the page is open (RelationCache in
// decap-cms-widget-relation, which nothing in Decap empties), and Decap's search answers a repeated search from memory for
// ten seconds (state.search.requests): a testimonial published in this tab was missing from a story's "Welke ervaring?"
// until the page was reloaded. After every save and publication both forget what they read, so the next chooser reads afresh.
// No upstream issue for this yet; the nearest are https://github.com/decaporg/decap-cms/pull/7987 (the same cache keeps a failed
// reading for the page's lifetime) and https://github.com/decaporg/decap-cms/issues/4369 (a way to read the choices again).
for (const name of ['postSave', 'postPublish', 'postUnpublish'] as const) {
	CMS.registerEventListener({
		name,
		handler: ({ entry }: { entry: { get(key: string): unknown } }) => {
			relationCache.invalidateCollection(String(entry.get('collection')));
			store.dispatch(clearSearch());
		},
	});
}

// What one entry shows of others (an embedded testimonial, the items on the same consent form) comes from known-entries.ts.
keepKnownEntriesFresh();
const findEntry = (collection: string, slug: string) => knownEntries().find((entry) => entry.collection === collection && entry.slug === slug)?.data;
const sameForm: PreviewContext['sameForm'] = (reference, self) =>
	sameFormEntries(reference, self).map((entry) => ({
		collection: entry.collection,
		slug: entry.slug,
		name: String(entry.collection === 'stories' ? entry.data.title : entry.data.quote ?? entry.slug),
		withdrawn: Boolean((entry.data.consent as { withdrawnOn?: string } | undefined)?.withdrawnOn),
	}));

for (const component of editorComponents(language, admin.locales)) {
	// The embedded testimonial's preview shows its quote and whether it is on the site today.
	const toPreview =
		component.id === 'testimonial'
			? ({ slug }: Record<string, string | undefined>) => embeddedTestimonialHtml(slug, { today, language, locale: defaultLocale, find: (name) => findEntry('testimonials', name) })
			: component.toPreview;
	CMS.registerEditorComponent({ ...component, toPreview });
}

CMS.registerPreviewStyle(siteStyles, { raw: true });
// Each language's quotation marks, as the site sets them (src/styles/quotes.ts); the previews mark their language with lang.
CMS.registerPreviewStyle(quotesCss(admin.locales), { raw: true });
CMS.registerPreviewStyle(`:root{--zm-color-brand:${admin.brandColor}}\n${previewStyles}`, { raw: true });
// Previews in the entry's language (its pane, or a testimonial's locale), the site's default where it names none; their notices in the editor's.
CMS.registerPreviewTemplate('stories', storyPreview({ today, language, defaultLocale, maxYears: admin.maxYears, sameForm, entries: { subscribe: onKnownEntries, version: knownEntriesVersion } }));
CMS.registerPreviewTemplate('testimonials', testimonialPreview({ today, language, defaultLocale, maxYears: admin.maxYears, sameForm }));
CMS.registerPreviewTemplate('specialties', specialtyPreview({ defaultLocale }));

// Every uploaded photo loses its GPS position and camera data in the browser, before Decap shows or stores it.
(CMS as unknown as { registerUploadFilter(filter: (file: File) => Promise<File>): void }).registerUploadFilter(uploadFilter);

// "Toestemming" in the header: what runs out soon, what is off the site and why, and the forms signed for several items.
(CMS as unknown as { registerCustomPage(page: ReturnType<typeof consentPage> & { component: unknown }): void }).registerCustomPage({ ...consentPage(language), component: consentOverviewPage({ today, language }) });

// "Bezoekers" in the header: what readers read, from the statistics service in settings, with the editor's own read-only token.
const defaultStories = admin.visitors?.sections[admin.locales[0]!]?.stories;
const storyTitle = (path: string) => {
	const story = defaultStories && path.startsWith(defaultStories) ? knownEntries().find((entry) => entry.collection === 'stories' && `${defaultStories}${entry.slug}/` === path) : undefined;
	return typeof story?.data.title === 'string' ? story.data.title : undefined;
};
(CMS as unknown as { registerCustomPage(page: ReturnType<typeof visitorsPageEntry> & { component: unknown }): void }).registerCustomPage({
	...visitorsPageEntry(language),
	component: visitorsPage({ setup: admin.visitors, today, language, titles: storyTitle, prepare: readKnownEntries }),
});

// Our own fields and the layout on small screens (admin.css).
const style = document.createElement('style');
style.textContent = adminStyles;
document.head.append(style);

// The preview, with its consent bar, beside the form from the first visit on; an editor's own choice is kept.
if (!localStorage.getItem('cms.right-pane')) localStorage.setItem('cms.right-pane', 'preview');

// The configuration comes from cms/config.ts, typed there by our own field builders rather than Decap's types.
CMS.init({ config: admin.config as unknown as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
