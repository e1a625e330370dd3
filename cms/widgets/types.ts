/**
 * What Decap gives a widget's control, as far as our widgets use it
 * (decap-cms-core/src/components/Editor/EditorControlPane/Widget.js).
 * Decap's values are Immutable.js structures; only their few methods used
 * here are typed.
 */
export interface ImmutableLike {
	get(key: string): unknown;
	getIn(path: (string | number)[]): unknown;
	toJS(): unknown;
}

export interface WidgetProps {
	/** The field's value: a string, boolean, number, or an Immutable List or Map. */
	value: unknown;
	onChange(value: unknown, metadata?: unknown): void;
	/** The id the field's label points at. */
	forID: string;
	/** The field's configuration. */
	field: ImmutableLike;
	/** The collection's configuration. */
	collection: ImmutableLike;
	/** The whole entry as it is now (data, i18n, path, slug, newRecord). */
	getEntry?: () => ImmutableLike | undefined;
	/** The language pane the field is in. */
	locale?: string;
	/** True in a second language's pane for a field that is the same in every language. */
	isDisabled?: boolean;
	isEditorComponent?: boolean;
	classNameWrapper: string;
	setActiveStyle?: () => void;
	setInactiveStyle?: () => void;
	[prop: string]: unknown;
}
