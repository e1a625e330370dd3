/**
 * The periods the "Bezoekers" page shows: the last 30 whole days (up to and
 * including yesterday, so today's unfinished day never makes a period look
 * smaller), or a whole month; each compared with the period right before it,
 * of the same length for 30 days, the month before for a month. Pure.
 */
import { addDays } from '../../src/lib/dates.ts';
import type { Period } from './report.ts';

export type PeriodChoice = { kind: 'last30' } | { kind: 'month'; month: string };

/** "2026-02" → the last day of February 2026, "2026-02-28". */
function lastDayOf(month: string): string {
	const [year, number] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/** The month before "2026-01": "2025-12". */
export function monthBefore(month: string): string {
	return addDays(`${month}-01`, -1).slice(0, 7);
}

/**
 * The period a choice stands for on `today` (the organisation's date, YYYY-MM-DD), and the one it is compared with.
 *
 * @example periodsFor({ kind: 'last30' }, '2026-03-01') → period 2026-01-30 – 2026-02-28, previous 2025-12-31 – 2026-01-29
 */
export function periodsFor(choice: PeriodChoice, today: string): { period: Period; previous: Period } {
	if (choice.kind === 'month') {
		const before = monthBefore(choice.month);
		return { period: { from: `${choice.month}-01`, to: lastDayOf(choice.month) }, previous: { from: `${before}-01`, to: lastDayOf(before) } };
	}
	const to = addDays(today, -1);
	const from = addDays(to, -29);
	return { period: { from, to }, previous: { from: addDays(from, -30), to: addDays(from, -1) } };
}

/** The whole months an editor may choose on `today`, newest first: the twelve before the current one. */
export function choosableMonths(today: string, count = 12): string[] {
	const months: string[] = [];
	for (let month = monthBefore(today.slice(0, 7)); months.length < count; month = monthBefore(month)) months.push(month);
	return months;
}
