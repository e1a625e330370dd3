import decap from 'decap-cms-locales/dist/esm/en/index.js';
import { withOwnPhrases } from './merge.ts';

/** Decap's interface in English, Decap's own, with our key editorToolbar.notSavedYet (see nl.ts). */
export const en = withOwnPhrases(decap, {
	editor: { editorToolbar: { notSavedYet: 'Not saved yet' } },
});
