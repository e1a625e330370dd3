import { cloneElement, isValidElement, type Component, type ComponentType, type ReactNode } from 'react';

/** The two things a choice list says by itself, in the editor's language (cms/text/<code>.ts, `choices`). */
export interface ChoiceWords {
	/** While the list reads its choices: "Keuzes laden…". */
	loading: string;
	/** When nothing matches what was typed: "Niets gevonden". */
	none: string;
}

type ClassControl = new (props: never) => Component & { render(): ReactNode };

/**
 * Decap's relation and select fields with their list's own messages in the
 * editor's language.
 *
 * Both fields are react-select lists. What they say while reading and when
 * nothing matches is not one of Decap's phrases (cms/interface/): react-select
 * says "No options" by default and the relation field passes "Loading
 * options…" itself (decap-cms-widget-relation 3.7, RelationControl.js render;
 * decap-cms-widget-select, SelectControl.js render). No Decap setting reaches
 * them, and no upstream issue asks for it yet. So the control is extended: its
 * own render() runs as before and the list it returns gets react-select's
 * `loadingMessage` and `noOptionsMessage` (https://react-select.com/props),
 * which the relation field hands on to its list unchanged (SortableSelect).
 *
 * A control that is not a class (a later Decap might make it a function) is
 * returned as it is: the words stay English rather than the field breaking.
 */
export function withChoiceWords<P>(Control: ComponentType<P>, words: ChoiceWords): ComponentType<P> {
	if (!(typeof Control === 'function' && Control.prototype && typeof Control.prototype.render === 'function')) return Control;
	const Base = Control as unknown as ClassControl;
	return class ControlWithChoiceWords extends Base {
		override render(): ReactNode {
			const list = super.render();
			return isValidElement(list) ? cloneElement(list as never, { loadingMessage: () => words.loading, noOptionsMessage: () => words.none }) : list;
		}
	} as unknown as ComponentType<P>;
}
