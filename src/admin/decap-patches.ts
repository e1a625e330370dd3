import type { Plugin } from 'vite';

/**
 * Small corrections to Decap's own code, applied when the CMS is bundled
 * (build-bundle.ts), for faults an editor meets that no setting or plug-in
 * point of Decap can reach. Each names the upstream issue; remove it once
 * Decap fixes that.
 *
 * A patch replaces one exact piece of text in one file of Decap's ES modules.
 * When a Decap upgrade changes that text, bundling stops and says which patch
 * no longer applies, rather than shipping the CMS without the correction.
 */
export interface DecapPatch {
	/** What the editor would otherwise meet, and the upstream issue. */
	why: string;
	/** The module, as the end of its path, e.g. "decap-cms-core/dist/esm/reducers/entryDraft.js". */
	file: string;
	/** The exact text to replace; it must occur exactly once. */
	find: string;
	replace: string;
}

export const DECAP_PATCHES: DecapPatch[] = [
	{
		why:
			'A translated entry read "Niet-opgeslagen wijzigingen" as soon as it was opened, and asked "leave this page?" when nothing had changed: ' +
			'a change in the second language was compared with the whole i18n map (get(...path) instead of getIn(path)), so it never matched. ' +
			'https://github.com/decaporg/decap-cms/issues/7142, https://github.com/decaporg/decap-cms/issues/7276',
		file: 'decap-cms-core/dist/esm/reducers/entryDraft.js',
		find: "state.set('hasChanged', !entries.some(e => newData.equals(e.get(...dataPath))) || !entries.some(e => newMeta.equals(e.get('meta'))));",
		replace: "state.set('hasChanged', !entries.some(e => newData.equals(e.getIn(dataPath))) || !entries.some(e => newMeta.equals(e.get('meta'))));",
	},
	{
		why:
			'A new, empty form said "Wijzigingen opgeslagen" (changes saved) before anything was saved; it now says it is not saved yet. ' +
			'https://github.com/decaporg/decap-cms/issues/725',
		file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
		find: `}) : _jsx(BackStatusUnchanged, {
            children: t('editor.editorToolbar.changesSaved')
          })]`,
		replace: `}) : _jsx(BackStatusUnchanged, {
            children: this.props.isNewEntry ? t('editor.editorToolbar.notSavedYet') : t('editor.editorToolbar.changesSaved')
          })]`,
	},
	{
		why:
			'Going from an entry of a collection without languages (a testimonial) straight to a translated one (a story), by its address, ' +
			'crashed the editor ("Er ging iets mis"): the form kept the first form\'s language, none. It now takes the entry\'s first language. No upstream issue found.',
		file: 'decap-cms-core/dist/esm/components/Editor/EditorControlPane/EditorControlPane.js',
		find: `  state = {
    selectedLocale: this.props.locale
  };`,
		replace: `  state = {
    selectedLocale: this.props.locale
  };
  static getDerivedStateFromProps(props, state) {
    return state.selectedLocale ? null : { selectedLocale: props.locale };
  }`,
	},
	{
		why:
			'Two plug-in points Decap lacks. CMS.registerUploadFilter(filter): a picture from a phone carries the place it was taken (GPS) and Decap uploads files ' +
			'as they are; every file an editor picks now passes through the filters (File → File, or throw to refuse it) before Decap shows or stores it ' +
			'(Decap\'s own media_processing.strip_metadata re-encodes the picture, lossy, and drops its orientation); used by cms/upload-filter.ts. ' +
			'CMS.registerCustomPage({ path, title, icon, component }): a page of our own in the header beside "Inhoud", used for the consent overview (cms/consent-overview.ts).',
		file: 'decap-cms-core/dist/esm/lib/registry.js',
		find: `  getCustomFormatsFormatters
};`,
		replace: `  getCustomFormatsFormatters,
  registerUploadFilter,
  getUploadFilters,
  registerCustomPage,
  getCustomPages
};
const uploadFilters = [];
export function registerUploadFilter(filter) {
  uploadFilters.push(filter);
}
export function getUploadFilters() {
  return uploadFilters;
}
const customPages = [];
export function registerCustomPage(page) {
  customPages.push(page);
}
export function getCustomPages() {
  return customPages;
}`,
	},
	{
		why: 'Runs the upload filters (see the registry patch) on every file picked in the media library; a refusal is shown to the editor in its own words, and nothing is stored.',
		file: 'decap-cms-core/dist/esm/actions/mediaLibrary.js',
		find: `  return async (dispatch, getState) => {
    const state = getState();
    const backend = currentBackend(state.config);
    const integration = selectIntegration(state, null, 'assetStore');
    const files = selectMediaFiles(state, field);`,
		replace: `  return async (dispatch, getState) => {
    try {
      for (const filter of getUploadFilters()) file = await filter(file);
    } catch (error) {
      dispatch(addNotification({ message: String(error?.message ?? error), type: 'error', dismissAfter: 15000 }));
      return;
    }
    const state = getState();
    const backend = currentBackend(state.config);
    const integration = selectIntegration(state, null, 'assetStore');
    const files = selectMediaFiles(state, field);`,
	},
	{
		why:
			'The media library\'s own messages are English and not Decap phrases: "… already exists. Do you want to replace it?", "Failed to persist media: Error: …". ' +
			'They now come from the interface\'s phrases in the editor\'s language, under keys of our own (mediaLibrary.mediaLibrary.replaceExisting, notSaved; cms/interface/). No upstream issue found.',
		file: 'decap-cms-core/dist/esm/actions/mediaLibrary.js',
		find: "if (!window.confirm(`${existingFile.name} already exists. Do you want to replace it?`)) {",
		replace: "if (!window.confirm(interfacePhrase(state.config.locale, 'mediaLibrary.mediaLibrary.replaceExisting', { name: existingFile.name }))) {",
	},
	{
		why: 'See above: the message when storing a picture failed, as a phrase Decap\'s notifications translate.',
		file: 'decap-cms-core/dist/esm/actions/mediaLibrary.js',
		find: 'message: `Failed to persist media: ${error}`,',
		replace: "message: { key: 'mediaLibrary.mediaLibrary.notSaved', reason: String(error?.message ?? error) },",
	},
	{
		why: 'See above: reads a phrase of the interface in the configured language, outside a component (where Decap has no t()).',
		file: 'decap-cms-core/dist/esm/actions/mediaLibrary.js',
		find: "import { waitUntilWithTimeout } from './waitUntil';",
		replace: `import { waitUntilWithTimeout } from './waitUntil';
import { getPhrases } from '../lib/phrases';
function interfacePhrase(locale, key, values) {
  const phrase = key.split('.').reduce((node, part) => node?.[part], getPhrases(locale));
  return Object.entries(values).reduce((text, [name, value]) => text.split(\`%{\${name}}\`).join(value), typeof phrase === 'string' ? phrase : key);
}`,
	},
	{
		why: 'Imports the upload filters (see the registry patch).',
		file: 'decap-cms-core/dist/esm/actions/mediaLibrary.js',
		find: "import { addNotification } from './notifications';",
		replace: "import { addNotification } from './notifications';\nimport { getUploadFilters } from '../lib/registry';",
	},
	{
		why: 'The header links to the pages of CMS.registerCustomPage (see the registry patch), after "Inhoud" and "Klaarzetten".',
		file: 'decap-cms-core/dist/esm/components/App/Header.js',
		find: '}), showMediaButton && _jsx("li", {',
		replace:
			'}), ...getCustomPages().map(page => _jsx("li", { children: _jsxs(AppHeaderNavLink, { to: page.path, activeClassName: "header-link-active", children: [_jsx(Icon, { type: page.icon }), page.title] }) }, page.path)), showMediaButton && _jsx("li", {',
	},
	{
		why: 'Imports the custom pages into the header (see the registry patch).',
		file: 'decap-cms-core/dist/esm/components/App/Header.js',
		find: "import { selectCanCreateNewEntry } from '../../reducers';",
		replace: "import { selectCanCreateNewEntry } from '../../reducers';\nimport { getCustomPages } from '../../lib/registry';",
	},
	{
		why:
			'A picture uploaded from the field that opened the media library ("Kies een afbeelding", then "Nieuwe uploaden") goes into that field at once and the library closes, ' +
			'as "Deze gebruiken" would do with the picture Decap selects after an upload: one click less for every photo (issue 20\'s journey). ' +
			'An upload that failed, was refused (cms/upload-filter.ts) or was cancelled (a picture of that name exists) leaves the library open, as before. No upstream issue found.',
		file: 'decap-cms-core/dist/esm/components/MediaLibrary/MediaLibrary.js',
		find: `      await persistMedia(file, {
        privateUpload,
        field
      });
      this.setState({
        isPersisted: true
      });`,
		replace: `      const persisted = await persistMedia(file, {
        privateUpload,
        field
      });
      const uploadedPath = persisted?.payload?.file?.path ?? persisted?.payload?.path;
      if (this.props.canInsert && typeof uploadedPath === 'string' && !String(persisted.type).includes('FAILURE')) {
        event.target.value = null;
        this.props.insertMedia(uploadedPath, field);
        this.handleClose();
        return;
      }
      this.setState({
        isPersisted: true
      });`,
	},
	{
		why: 'Routes the pages of CMS.registerCustomPage (see the registry patch) inside the CMS, with its header and login.',
		file: 'decap-cms-core/dist/esm/components/App/App.js',
		find: `          }), _jsx(Route, {
            component: NotFoundPage
          })]`,
		replace: `          }), ...getCustomPages().map(page => _jsx(Route, {
            path: page.path,
            component: page.component
          }, page.path)), _jsx(Route, {
            component: NotFoundPage
          })]`,
	},
	{
		why: 'Imports the custom pages into the router (see the registry patch).',
		file: 'decap-cms-core/dist/esm/components/App/App.js',
		find: "import NotFoundPage from './NotFoundPage';",
		replace: "import NotFoundPage from './NotFoundPage';\nimport { getCustomPages } from '../../lib/registry';",
	},
];

/** Applies `patches` to their modules; a patch whose text is not found exactly once stops the bundling. */
export function applyPatches(code: string, id: string, patches: DecapPatch[] = DECAP_PATCHES): string {
	const path = id.replace(/\?.*$/, '').split('\\').join('/');
	let patched = code;
	for (const patch of patches.filter((candidate) => path.endsWith(`/node_modules/${candidate.file}`))) {
		const count = patched.split(patch.find).length - 1;
		if (count !== 1) {
			throw new Error(`A correction to Decap no longer applies (found ${count} times in ${patch.file}): ${patch.why}\nCheck it against the new Decap version in src/admin/decap-patches.ts.`);
		}
		patched = patched.replace(patch.find, () => patch.replace);
	}
	return patched;
}

/** The patches as a Vite plugin; after bundling, `unapplied()` lists patches whose module was never bundled. */
export function decapPatches(patches: DecapPatch[] = DECAP_PATCHES): Plugin & { unapplied(): DecapPatch[] } {
	const applied = new Set<DecapPatch>();
	return {
		name: 'zorgmerk:decap-patches',
		enforce: 'pre',
		transform(code, id) {
			const path = id.replace(/\?.*$/, '').split('\\').join('/');
			const matching = patches.filter((patch) => path.endsWith(`/node_modules/${patch.file}`));
			if (matching.length === 0) return undefined;
			for (const patch of matching) applied.add(patch);
			return { code: applyPatches(code, id, matching), map: null };
		},
		unapplied: () => patches.filter((patch) => !applied.has(patch)),
	};
}
