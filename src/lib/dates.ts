/**
 * Calendar-date arithmetic on YYYY-MM-DD strings. Consent is granted and
 * expires on calendar days in the organisation's time zone, so we never
 * compare instants here.
 */

/** The calendar date it is now in `timeZone`, e.g. "2026-11-23" in Europe/Amsterdam. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
	// en-CA formats as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function parts(date: string): [number, number, number] {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return [year, month, day];
}

function format(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole years; 29 February becomes 28 February in a year without a leap day. */
export function addYears(date: string, years: number): string {
	const [year, month, day] = parts(date);
	const target = year + years;
	const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
	return format(target, month, Math.min(day, lastDay));
}

/** Adds whole days (negative to go back): addDays('2026-03-01', -1) is '2026-02-28'. */
export function addDays(date: string, days: number): string {
	const [year, month, day] = parts(date);
	const moved = new Date(Date.UTC(year, month - 1, day + days));
	return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	const [fy, fm, fd] = parts(from);
	const [ty, tm, td] = parts(to);
	return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}
