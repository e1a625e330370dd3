/**
 * The CMS at /admin/: Decap, bundled by Astro from npm (never from a CDN).
 * The page carries the configuration the build derived from settings
 * (cms/config.ts); this script adds what only runs in the browser: the file
 * format, the check on save, the building blocks and the previews.
 */
import CMS from 'decap-cms-app';
import { todayIn } from '../src/lib/dates.ts';
import { escapeMdxText } from '../src/mdx/escape.ts';
import siteStyles from '../src/styles/global.css?raw';
import { EDITOR_COMPONENTS } from './editor-components.ts';
import { readEntryFile, withoutEmptyFields, writeEntryFile, type FieldOrder } from './entry-file.ts';
import previewStyles from './preview.css?raw';
import { SpecialtyPreview, storyPreview, testimonialPreview } from './previews.ts';
import { entryProblems } from './validate.ts';
import { parse, stringify } from 'yaml';

interface CollectionConfig {
	name: string;
	extension?: 'md' | 'mdx';
	fields?: FieldOrder[];
	files?: { fields: FieldOrder[] }[];
}

interface AdminData {
	config: Record<string, unknown>;
	brandColor: string;
	timeZone: string;
	maxYears: number;
}

const admin = JSON.parse(document.getElementById('zorgmerk-cms')!.textContent!) as AdminData;
const today = todayIn(admin.timeZone);

// Files as the content contract wants them, fields in the form's order; a story's text escaped so that whatever an editor types builds and shows as typed.
for (const collection of admin.config.collections as CollectionConfig[]) {
	const form = collection.fields ?? collection.files?.[0]?.fields ?? [];
	const format =
		collection.extension === undefined
			? { fromFile: (text: string) => (parse(text) ?? {}) as Record<string, unknown>, toFile: (data: Record<string, unknown>) => stringify(withoutEmptyFields(data) ?? {}, { lineWidth: 0 }) }
			: { fromFile: readEntryFile, toFile: (data: Record<string, unknown>) => writeEntryFile(data, form, collection.extension === 'mdx' ? escapeMdxText : undefined) };
	CMS.registerCustomFormat(`zorgmerk-${collection.name}`, collection.extension ?? 'yaml', format);
}

// The build's own rules, checked when saving: a mistake is shown in the editor, not in a failed build.
CMS.registerEventListener({
	name: 'preSave',
	handler: ({ entry }: { entry: { get(key: string): { toJS(): Record<string, unknown> } | string } }) => {
		const collection = entry.get('collection') as string;
		const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
		const problems = entryProblems(collection, data, admin.maxYears);
		if (problems.length > 0) throw new Error(`Nog niet opgeslagen. Pas eerst aan:\n• ${problems.join('\n• ')}`);
	},
});

for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component);

CMS.registerPreviewStyle(siteStyles, { raw: true });
CMS.registerPreviewStyle(`:root{--zm-color-brand:${admin.brandColor}}\n${previewStyles}`, { raw: true });
CMS.registerPreviewTemplate('stories', storyPreview({ today, maxYears: admin.maxYears }));
CMS.registerPreviewTemplate('testimonials', testimonialPreview({ today, maxYears: admin.maxYears }));
CMS.registerPreviewTemplate('specialties', SpecialtyPreview);

// The configuration comes from cms/config.ts, typed there by our own field builders rather than Decap's types.
CMS.init({ config: admin.config as unknown as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
