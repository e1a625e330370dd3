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
