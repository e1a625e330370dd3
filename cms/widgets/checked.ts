import { Component, createElement as h, Fragment, type ComponentType, type ReactNode } from 'react';
import { cmsText } from '../text/index.ts';
import type { FieldProblem } from '../validate.ts';
import type { ImmutableLike, WidgetProps } from './types.ts';

/**
 * Every field of the form checked by the site's own rules, with the message
 * next to the field it is about.
 *
 * Decap checks a field for presence and a pattern only; the site's rules
 * (src/schemas: lengths, consent dates, "a patient story needs consent",
 * "alt text once there is a picture") were checked on save as one list of
 * internal field paths in a notification that vanished after 8 seconds. So
 * each of Decap's widgets is wrapped in a control that asks the site's schema
 * (`problemsOf`) for problems at its own path:
 *
 * - isValid() returns the schema's message for a filled-in field, which Decap
 *   shows next to the field and marks it;
 * - a field with a `counter` ({ min, max }) counts its characters as the editor types;
 * - getValidateValue() decides presence the way the schema does: Decap asks
 *   every field marked required to be filled in, even inside an optional group
 *   left empty (the consent block of a staff story, a story without a picture
 *   at the top). An empty field the schema does not ask for passes.
 *
 * Decap cannot make a field required only in some entries (a story's consent
 * block, needed in a patient story): https://github.com/decaporg/decap-cms/issues/565.
 * Such a field is marked required in the form, so it carries no "mag leeg
 * blijven", and the schema decides when it must be filled in.
 */

/** The field's path in the collection's form, e.g. "consent.expiresOn", found by the field's identity; undefined inside lists. */
export function fieldPath(fields: Iterable<ImmutableLike> | undefined, target: ImmutableLike, prefix: string[] = []): string[] | undefined {
	for (const field of fields ?? []) {
		const path = [...prefix, String(field.get('name'))];
		if (field === target) return path;
		if (field.get('widget') === 'object') {
			const found = fieldPath(field.get('fields') as Iterable<ImmutableLike> | undefined, target, path);
			if (found) return found;
		}
	}
	return undefined;
}

export interface CheckedOptions {
	/** Problems the site's schema finds in an entry of `collection`, by dotted path, in the editor's words (cms/validate.ts). */
	problemsOf(collection: string, data: Record<string, unknown>): Map<string, FieldProblem>;
	/** The editor's language (cms/editor-language.ts), for the character count. */
	language: string;
}

/** Whether the schema asks for the field at `path` to be filled in: it is missing, or a group around it is. */
export function isAskedFor(problems: Map<string, FieldProblem>, path: string): boolean {
	const parts = path.split('.');
	return parts.some((_, index) => {
		const at = parts.slice(0, index + 1).join('.');
		const problem = problems.get(at);
		return problem !== undefined && (at === path || problem.missing);
	});
}

interface Inner {
	isValid?: () => unknown;
	validate?: () => void;
	getValidateValue?: () => unknown;
	focus?: (path?: string) => void;
}

/**
 * What stands under a field with a `counter` option, in the editor's `language` (cms/text/<code>.ts, `counter`):
 * "37 tekens, hoogstens 110", "37 caractères, de 50 à 160".
 *
 * @param length the characters typed (code points, trimmed)
 */
export function characterCount(length: number, counter: { min?: number; max: number }, language: string): string {
	return cmsText(language).counter(length, counter);
}

/** Stands in for an empty field the schema does not ask for, so Decap's presence check passes. */
const NOT_ASKED_FOR = 'not asked for';

const isEmptyValue = (value: unknown) =>
	value === undefined || value === null || value === '' || (typeof value === 'object' && 'size' in (value as object) && (value as { size: number }).size === 0);

export function checkedWidget(Inner: ComponentType<WidgetProps>, { problemsOf, language }: CheckedOptions) {
	return class CheckedControl extends Component<WidgetProps> {
		private inner: Inner | null = null;
		private validatedItself = false;

		private data(): Record<string, unknown> {
			return ((this.props.getEntry?.()?.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
		}

		/** The field's path and the schema's problems with the entry, when this field is one the schema knows. */
		private checkContext(): { path: string; problems: Map<string, FieldProblem> } | undefined {
			const { collection, field, isEditorComponent, locale } = this.props;
			if (isEditorComponent) return undefined;
			const i18n = collection.get('i18n') as ImmutableLike | undefined;
			// Decap checks the first language's pane when saving; every language is checked on save as a whole (admin.ts).
			if (locale && i18n && typeof i18n.get === 'function' && locale !== i18n.get('default_locale')) return undefined;
			const path = fieldPath(collection.get('fields') as Iterable<ImmutableLike>, field);
			if (!path) return undefined;
			return { path: path.join('.'), problems: problemsOf(String(collection.get('name')), this.data()) };
		}

		// Decap calls isValid, getValidateValue and validate detached from the instance (Widget.js, EditorControlPane.js), so they are bound.
		isValid = (): unknown => {
			const own = this.inner?.isValid?.() ?? true;
			if (own !== true && !(typeof own === 'object' && own !== null && (own as { error?: unknown }).error === false)) return own;
			const context = this.checkContext();
			const problem = context?.problems.get(context.path);
			// Left empty: Decap says "Vul dit in" (see getValidateValue), on a group's fields rather than on the group.
			if (!problem || problem.missing) return own;
			return { error: { type: 'CUSTOM', message: problem.message } };
		};

		getValidateValue = (): unknown => {
			const value = this.inner?.getValidateValue?.();
			if (!isEmptyValue(value ?? this.props.value)) return value;
			const context = this.checkContext();
			if (!context) return value;
			const isGroup = ['object', 'list'].includes(String(this.props.field.get('widget')));
			return !isGroup && isAskedFor(context.problems, context.path) ? value : NOT_ASKED_FOR;
		};

		/** Decap validates a group's fields through its control (detached from it, so bound here); a group's own problem is then checked too. */
		validate = (): void => {
			this.validatedItself = false;
			this.inner?.validate?.();
			if (!this.validatedItself) this.validateItself();
		};

		private validateItself = (...args: unknown[]) => {
			this.validatedItself = true;
			return (this.props.validate as ((...args: unknown[]) => unknown) | undefined)?.(...args);
		};

		focus(path?: string): void {
			this.inner?.focus?.(path);
		}

		/** Decap asks the control whether to redraw; a widget with its own rule (the date field's "+N jaar") keeps it. */
		override shouldComponentUpdate(next: WidgetProps): boolean {
			const inner = this.inner as (Inner & { shouldComponentUpdate?: (props: WidgetProps, state: unknown) => boolean; state?: unknown }) | null;
			if (inner?.shouldComponentUpdate) return inner.shouldComponentUpdate(next, inner.state);
			return next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper || next.hasActiveStyle !== this.props.hasActiveStyle;
		}

		override render(): ReactNode {
			const control = h(Inner, {
				...this.props,
				validate: this.validateItself,
				ref: (inner: Inner | null) => {
					this.inner = inner;
				},
			} as WidgetProps);
			const counter = (this.props.field.get('counter') as ImmutableLike | undefined)?.toJS() as { min?: number; max: number } | undefined;
			if (!counter) return control;
			const length = typeof this.props.value === 'string' ? [...this.props.value.trim()].length : 0;
			return h(Fragment, null, control, h('p', { className: `zm-counter${length > counter.max || (counter.min && length > 0 && length < counter.min) ? ' zm-counter-off' : ''}`, 'aria-live': 'polite' }, characterCount(length, counter, language)));
		}
	};
}
