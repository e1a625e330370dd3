import decap from 'decap-cms-locales/dist/esm/en/index.js';
import { withOwnPhrases } from './merge.ts';

/** Decap's interface in English, Decap's own, with our own keys (see nl.ts). */
export const en = withOwnPhrases(decap, {
	editor: { editorToolbar: { notSavedYet: 'Not saved yet' } },
	mediaLibrary: {
		mediaLibrary: {
			replaceExisting: 'There is already a picture %{name}. Do you want to replace it? Wherever it is used, the new one then appears.\n\nWant to keep both? Choose Cancel and give the new photo another name first.',
			notSaved: 'The picture was not saved: %{reason}',
		},
	},
});
