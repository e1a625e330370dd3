import { Component, createElement as h, type ReactNode } from 'react';
import { addYears, todayIn } from '../../src/lib/dates.ts';
import { formatDateInput, parseDate, spellDate, yearChoices } from '../dates.ts';
import { cmsText } from '../text/index.ts';
import type { WidgetProps } from './types.ts';

/**
 * The CMS's date field ("calendar-date"): a calendar date, written to the file
 * as YYYY-MM-DD and shown as day-month-year (23-11-2026) with the date written
 * out beside it, whatever language the browser is set to. Decap's own date
 * field showed mm/dd/yyyy in an English browser, said "UTC" beside every date,
 * and its "Nu" gave the date in UTC: yesterday in Amsterdam between midnight
 * and one or two o'clock.
 *
 * "Vandaag" is the day in the organisation's time zone, as the build counts
 * it. A field with `years_after` (the path of another date in the same group, e.g.
 * "consent.grantedOn") offers "+1 jaar", "+3 jaar", "+5 jaar" after that date,
 * up to the organisation's limit, and fills itself in with the limit (maxYears)
 * after that date as soon as it is filled in, following it while it changes,
 * until the editor chooses another date here. "Kalender" opens the browser's date picker.
 *
 * Options: `years_after` (string). Value: "YYYY-MM-DD", "" when empty, or the
 * text as typed while it is no date yet (then isValid() says so, next to the field).
 */
export interface CalendarDateOptions {
	/** The organisation's time zone (IANA name). */
	timeZone: string;
	/** settings consent.maxYears */
	maxYears: number;
	/**
	 * Calls `listener` after every change to the entry being edited; returns the function that stops it. A field with
	 * `years_after` follows its date through it (Decap does not redraw a field when another changes).
	 */
	onEntryChange?: (listener: () => void) => () => void;
	/** The editor's language (cms/editor-language.ts): the field's words (cms/text/) and the date written out. */
	language: string;
}

interface State {
	/** What the editor typed, while it is not (yet) a date. */
	typed?: string;
	/** A word to the editor below the field, e.g. that "+5 jaar" needs the date of consent first. */
	note?: string;
}

export function calendarDateWidget({ timeZone, maxYears, onEntryChange, language }: CalendarDateOptions) {
	const calendarDateMessages = cmsText(language).dateField;
	return class CalendarDateControl extends Component<WidgetProps, State> {
		override state: State = {};
		private picker: HTMLInputElement | null = null;
		/** The date this field filled in itself from `years_after`; while the field holds it, the field follows that date. */
		private followed: string | undefined;
		private stopFollowing: (() => void) | undefined;

		override componentDidMount(): void {
			if (!this.props.field.get('years_after') || !onEntryChange) return;
			this.stopFollowing = onEntryChange(() => this.follow());
			this.follow();
		}

		override componentWillUnmount(): void {
			this.stopFollowing?.();
		}

		/** This field's value in the entry as it is now (the props may be a change behind). */
		private liveValue(): string {
			const fromPath = String(this.props.field.get('years_after'));
			const path = [...fromPath.split('.').slice(0, -1), String(this.props.field.get('name'))];
			const value = this.props.getEntry?.()?.getIn(['data', ...path]);
			return typeof value === 'string' ? value : '';
		}

		/** Empty, or still the date it filled in itself: the organisation's limit after the `years_after` date. */
		private follow(): void {
			if (this.props.isDisabled) return;
			const value = this.liveValue();
			if (value !== '' && value !== this.followed) return;
			const from = this.from();
			const next = from ? addYears(from, maxYears) : '';
			if (next === value) return;
			this.followed = next || undefined;
			// Not while Decap is still telling its listeners about the change that led here.
			queueMicrotask(() => this.props.onChange(next));
		}

		/** Decap asks this when saving (detached from the instance, so bound here): a text that is no date is refused next to the field. */
		isValid = (): true | { error: { type: string; message: string } } => {
			const value = this.value();
			return value === '' || parseDate(value) ? true : { error: { type: 'CUSTOM', message: calendarDateMessages.notADate } };
		};

		/** The date `years_after` counts from, read when a "+N jaar" button is pressed (Decap does not redraw this field when that one changes). */
		private from(): string | undefined {
			const fromPath = this.props.field.get('years_after') as string | undefined;
			const from = fromPath ? this.props.getEntry?.()?.getIn(['data', ...fromPath.split('.')]) : undefined;
			return typeof from === 'string' ? parseDate(from) : undefined;
		}

		private plusYears(years: number) {
			const from = this.from();
			// Counted as the consent check counts (29 February + 1 year is 28 February).
			if (from) this.set(addYears(from, years));
			else this.setState({ note: calendarDateMessages.needsFrom });
		}

		private value(): string {
			return typeof this.props.value === 'string' ? this.props.value : '';
		}

		private set(iso: string) {
			this.setState({ typed: undefined, note: undefined });
			this.props.onChange(iso);
		}

		private onType(text: string) {
			const iso = parseDate(text);
			this.setState({ typed: text });
			// A date is saved as it is typed; until the text is one, the field holds the text and isValid() refuses it.
			this.props.onChange(iso ?? text.trim());
		}

		override render(): ReactNode {
			const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled, field } = this.props;
			const value = this.value();
			const iso = parseDate(value);
			const shown = this.state.typed ?? formatDateInput(value);
			const fromPath = field.get('years_after') as string | undefined;
			const button = (label: string, onClick: () => void, extra: Record<string, unknown> = {}) =>
				h('button', { type: 'button', className: 'zm-date-button', onClick, disabled: isDisabled, ...extra }, label);
			return h(
				'div',
				{ className: `${classNameWrapper} zm-date` },
				h(
					'div',
					{ className: 'zm-date-row' },
					h('input', {
						id: forID,
						type: 'text',
						inputMode: 'numeric',
						autoComplete: 'off',
						className: 'zm-date-input',
						placeholder: calendarDateMessages.placeholder,
						value: shown,
						disabled: isDisabled,
						'aria-describedby': `${forID}-spelled`,
						onChange: (event: { target: { value: string } }) => this.onType(event.target.value),
						onFocus: setActiveStyle,
						onBlur: () => {
							setInactiveStyle?.();
							if (iso) this.setState({ typed: undefined });
						},
					}),
					isDisabled ? null : button(calendarDateMessages.today, () => this.set(todayIn(timeZone))),
					isDisabled
						? null
						: button(calendarDateMessages.calendar, () => this.picker?.showPicker?.(), { 'aria-label': calendarDateMessages.calendarLabel(String(field.get('label') ?? '')) }),
					h('input', {
						type: 'date',
						tabIndex: -1,
						'aria-hidden': true,
						className: 'zm-date-picker',
						value: iso ?? '',
						ref: (element: HTMLInputElement | null) => {
							this.picker = element;
						},
						onChange: (event: { target: { value: string } }) => event.target.value && this.set(event.target.value),
					}),
				),
				fromPath && !isDisabled
					? h(
							'div',
							{ className: 'zm-date-row' },
							...yearChoices(maxYears).map((years) => button(calendarDateMessages.plusYears(years), () => this.plusYears(years), { key: years, title: calendarDateMessages.plusYearsLabel(years) })),
						)
					: null,
				h('p', { id: `${forID}-spelled`, className: 'zm-date-spelled', 'aria-live': 'polite' }, this.state.note ?? (iso ? spellDate(iso, language) : '')),
			);
		}
	};
}

/** How a date looks in Decap's own previews: written out. */
/** The date field in a preview, written out in the editor's `language` ("maandag 23 november 2026"). */
export function calendarDatePreview(language: string) {
	return function CalendarDatePreview({ value }: { value?: unknown }): ReactNode {
		const iso = typeof value === 'string' ? parseDate(value) : undefined;
		return h('span', null, iso ? spellDate(iso, language) : '');
	};
}
