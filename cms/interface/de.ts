import decap from 'decap-cms-locales/dist/esm/de/index.js';
import { withOwnPhrases } from './merge.ts';

/**
 * Decap's interface in German: Decap's own German (formal "Sie") with what it
 * leaves in English in our words, and our own keys (see nl.ts). A test checks every phrase of Decap's English is here, in
 * German, and never "du".
 */
export const de = withOwnPhrases(decap, {
	auth: { login: 'Anmelden' },
	collection: {
		collectionTop: { viewAsList: 'Als Liste', viewAsGrid: 'Als Kacheln', newButtonAriaLabel: 'Neu: %{collectionLabel}' },
		entries: { unpublishedHeader: 'Noch nicht veröffentlicht' },
	},
	editor: {
		editorControl: { field: { optional: 'darf leer bleiben', widgetLabel: 'Feld %{widgetLabel}' } },
		editorControlPane: { widget: { required: 'Bitte füllen Sie dieses Feld aus.' } },
		editorInterface: { toggleNotes: 'Notizen ein- oder ausblenden' },
		editorNotesPane: {
			title: 'Notizen',
			emptyState: 'Noch keine Notizen. Schreiben Sie unten eine Notiz für Ihre Kolleginnen und Kollegen.',
			addNote: 'Notiz hinzufügen',
			addPlaceholder: 'Notiz schreiben …',
			editPlaceholder: 'Notiz bearbeiten …',
			save: 'Speichern',
			cancel: 'Abbrechen',
			edit: 'Bearbeiten',
			delete: 'Löschen',
			resolve: 'Erledigt',
			unresolve: 'Doch nicht erledigt',
			confirmDelete: 'Möchten Sie diese Notiz wirklich löschen?',
			shortcut: 'Tipp: Mit Strg+Eingabe fügen Sie die Notiz sofort hinzu.',
		},
		editorToolbar: { notSavedYet: 'Noch nicht gespeichert' },
		editorWidgets: {
			markdown: { richText: 'Formatierter Text', strikethrough: 'Durchgestrichen', toggleMode: { rich: 'Zu formatiertem Text wechseln', markdown: 'Zu Markdown wechseln' } },
			image: { chooseMultiple: 'Bilder auswählen', addMore: 'Weitere Bilder hinzufügen', removeAll: 'Alle Bilder entfernen' },
			file: { chooseMultiple: 'Dateien auswählen', addMore: 'Weitere Dateien hinzufügen', removeAll: 'Alle Dateien entfernen' },
			datetime: { setToNow: 'Jetzt' },
			object: { expand: 'Aufklappen', collapse: 'Zuklappen' },
		},
	},
	mediaLibrary: {
		mediaLibrary: {
			replaceExisting:
				'Es gibt bereits ein Bild %{name}. Möchten Sie es ersetzen? Überall, wo es verwendet wird, erscheint dann das neue.\n\nMöchten Sie beide behalten? Wählen Sie Abbrechen und geben Sie dem neuen Foto zuerst einen anderen Namen.',
			notSaved: 'Das Bild wurde nicht gespeichert: %{reason}',
		},
		mediaLibraryModal: { download: 'Herunterladen', close: 'Schließen' },
	},
	ui: {
		errorBoundary: { detailsHeading: 'Einzelheiten' },
		settingsDropdown: { account: 'Kontooptionen' },
		toast: {
			noteAdded: 'Notiz hinzugefügt',
			onFailToAddNote: 'Die Notiz wurde nicht hinzugefügt: %{details}',
			noteUpdated: 'Notiz geändert',
			onFailToUpdateNote: 'Die Notiz wurde nicht geändert: %{details}',
			noteDeleted: 'Notiz gelöscht',
			onFailToDeleteNote: 'Die Notiz wurde nicht gelöscht: %{details}',
			noteResolved: 'Notiz als erledigt markiert',
			noteReopened: 'Notiz wieder geöffnet',
			onFailToToggleNote: 'Der Status der Notiz wurde nicht geändert: %{details}',
		},
	},
});
