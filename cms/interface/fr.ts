import decap from 'decap-cms-locales/dist/esm/fr/index.js';
import { withOwnPhrases } from './merge.ts';

/**
 * Decap's interface in French, as a Belgian hospital's communication team
 * reads it: Decap's own French (formal "vous") with what it leaves in English
 * or says awkwardly in our words, and our own keys (see nl.ts). A test checks every phrase of Decap's English is here, in
 * French, and never "tu".
 */
export const fr = withOwnPhrases(decap, {
	auth: { login: 'Se connecter', loginWithForgejo: 'Se connecter avec Forgejo' },
	app: { header: { media: 'Images', quickAdd: 'Nouveau' } },
	collection: {
		sidebar: { collections: 'Contenu' },
		collectionTop: { viewAsList: 'En liste', viewAsGrid: 'En mosaïque', newButtonAriaLabel: 'Nouveau : %{collectionLabel}' },
		entries: { unpublishedHeader: 'Pas encore publié' },
	},
	editor: {
		editorControl: { field: { optional: 'peut rester vide', widgetLabel: 'champ %{widgetLabel}' } },
		editorControlPane: {
			widget: { required: 'Veuillez remplir ce champ.' },
			i18n: {
				copyFromLocale: 'Reprendre d’une autre langue',
				copyFromLocaleConfirm: 'Voulez-vous reprendre ici le texte de la langue %{locale} ?\nCe qui figure déjà ici sera remplacé.',
			},
		},
		editorInterface: { toggleNotes: 'Afficher ou masquer les notes' },
		editorNotesPane: {
			title: 'Notes',
			emptyState: 'Pas encore de notes. Écrivez ci-dessous une note pour vos collègues.',
			addNote: 'Ajouter une note',
			addPlaceholder: 'Écrivez une note…',
			editPlaceholder: 'Modifiez votre note…',
			save: 'Enregistrer',
			cancel: 'Annuler',
			edit: 'Modifier',
			delete: 'Supprimer',
			resolve: 'Réglé',
			unresolve: 'Pas encore réglé',
			confirmDelete: 'Voulez-vous vraiment supprimer cette note ?',
			shortcut: 'Astuce : Ctrl+Entrée ajoute la note tout de suite.',
		},
		editorToolbar: {
			backCollection: ' Retour à %{collectionLabel}',
			notSavedYet: 'Pas encore enregistré',
			statusInfoTooltipDraft: 'Ceci est un brouillon. Quand il est prêt à être relu, choisissez le statut « En relecture ».',
			statusInfoTooltipInReview: 'Ceci est en relecture : vous n’avez rien à faire. Vous pouvez encore le modifier pendant la relecture.',
		},
		editorWidgets: {
			markdown: { strikethrough: 'Barré', toggleMode: { rich: 'Passer au texte mis en forme', markdown: 'Passer au Markdown' } },
			image: { chooseMultiple: 'Choisir des images', addMore: 'Ajouter des images', removeAll: 'Retirer toutes les images' },
			file: { chooseMultiple: 'Choisir des fichiers', addMore: 'Ajouter des fichiers', removeAll: 'Retirer tous les fichiers' },
			datetime: { setToNow: 'Maintenant' },
			object: { expand: 'Déplier', collapse: 'Replier' },
		},
	},
	mediaLibrary: {
		mediaLibrary: {
			replaceExisting:
				'Il existe déjà une image %{name}. Voulez-vous la remplacer ? Partout où elle est utilisée, c’est alors la nouvelle qui apparaîtra.\n\nVous voulez garder les deux ? Choisissez Annuler et donnez d’abord un autre nom à la nouvelle photo.',
			notSaved: 'L’image n’a pas été enregistrée : %{reason}',
		},
		mediaLibraryModal: { close: 'Fermer' },
	},
	ui: {
		settingsDropdown: { account: 'Options du compte' },
		toast: {
			noteAdded: 'Note ajoutée',
			onFailToAddNote: 'La note n’a pas été ajoutée : %{details}',
			noteUpdated: 'Note modifiée',
			onFailToUpdateNote: 'La note n’a pas été modifiée : %{details}',
			noteDeleted: 'Note supprimée',
			onFailToDeleteNote: 'La note n’a pas été supprimée : %{details}',
			noteResolved: 'Note marquée comme réglée',
			noteReopened: 'Note rouverte',
			onFailToToggleNote: 'Le statut de la note n’a pas changé : %{details}',
		},
	},
});
