/**
 * The "Bezoekers" page's charts: plain SVG drawn here (no chart library, nothing
 * from a CDN), each with the same figures as text beside it or in a table, so
 * they read without the picture (WCAG 1.1.1).
 */
import { createElement as h, type ReactNode } from 'react';
import type { VisitorsFormat, VisitorsText } from './text.ts';
import type { VisitorsReport } from './report.ts';

/**
 * Visits per day as columns, the busiest day darker; the dates of the first and
 * last day and the busiest day are written below as text (SVG text would be
 * stretched with the columns on a narrow screen).
 */
export function DailyChart({ daily, text }: { daily: VisitorsReport['daily']; text: VisitorsText }): ReactNode {
	const { words, format } = text;
	if (daily.length === 0) return null;
	const highest = daily.reduce((best, day) => (day.visits > best.visits ? day : best), daily[0]!);
	const width = daily.length * 10;
	const height = 100;
	const scale = (visits: number) => (highest.visits === 0 ? 0 : (height * visits) / highest.visits);
	return h(
		'figure',
		{ className: 'zm-visitors-daily' },
		h(
			'svg',
			{ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': words.daily.describe(daily.length, format.number(highest.visits), format.date(highest.date)), preserveAspectRatio: 'none' },
			...daily.map((day, index) =>
				h('rect', { key: day.date, x: index * 10 + 1.5, width: 7, y: height - scale(day.visits), height: scale(day.visits), className: day === highest ? 'bar highest' : 'bar' }, h('title', null, `${format.date(day.date)}: ${format.number(day.visits)}`)),
			),
		),
		h(
			'figcaption',
			null,
			h('span', null, format.shortDate(daily[0]!.date)),
			h('span', { className: 'busiest' }, words.daily.busiest(format.shortDate(highest.date), format.number(highest.visits))),
			h('span', null, format.shortDate(daily.at(-1)!.date)),
		),
		h(
			'details',
			null,
			h('summary', null, words.daily.tableSummary),
			h(
				'table',
				{ className: 'zm-overview-table' },
				h('thead', null, h('tr', null, h('th', { scope: 'col' }, words.daily.day), h('th', { scope: 'col' }, words.daily.visits))),
				h('tbody', null, ...daily.map((day) => h('tr', { key: day.date }, h('td', null, format.date(day.date)), h('td', null, format.number(day.visits))))),
			),
		),
	);
}

/** A bar as wide as its share of the largest value, beside the number it stands for. */
function Bar({ fraction }: { fraction: number }): ReactNode {
	return h('svg', { className: 'zm-visitors-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' }, h('rect', { x: 0, y: 0, height: 10, width: Math.max(fraction * 100, fraction > 0 ? 1 : 0) }));
}

export interface BarRow {
	key: string;
	/** What the row is: a page (with a link) or a name. */
	label: ReactNode;
	value: number;
	/** Shown after the number, e.g. "46%". */
	note?: string;
}

/** A table of rows with a bar each, largest first as given. */
export function BarTable({ rows, labelHeading, valueHeading, format }: { rows: BarRow[]; labelHeading: string; valueHeading: string; format: VisitorsFormat }): ReactNode {
	const largest = Math.max(...rows.map((row) => row.value), 0);
	return h(
		'table',
		{ className: 'zm-overview-table zm-visitors-table' },
		h('thead', null, h('tr', null, h('th', { scope: 'col' }, labelHeading), h('th', { scope: 'col', className: 'number' }, valueHeading), h('th', { scope: 'col', 'aria-hidden': 'true' }))),
		h(
			'tbody',
			null,
			...rows.map((row) =>
				h(
					'tr',
					{ key: row.key },
					h('td', null, row.label),
					h('td', { className: 'number' }, format.number(row.value), row.note ? h('span', { className: 'note' }, ` (${row.note})`) : null),
					h('td', { className: 'bar-cell' }, h(Bar, { fraction: largest === 0 ? 0 : row.value / largest })),
				),
			),
		),
	);
}
