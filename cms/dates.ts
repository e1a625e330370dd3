/**
 * Dates as editors type and read them, for the CMS's date field
 * (widgets/calendar-date.ts). Files keep YYYY-MM-DD; the form shows and takes
 * day-month-year, as Dutch and Flemish editors write dates, whatever language
 * the browser is set to.
 */

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const isoOf = (year: number, month: number, day: number): string | undefined => {
	if (month < 1 || month > 12 || day < 1) return undefined;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > lastDay) return undefined;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** A two-digit year is this century's: "23-11-26" is 2026. */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * The calendar date in what an editor typed, as YYYY-MM-DD, or undefined when
 * it is not one. Takes day-month-year with -, /, . or spaces ("23-11-2026",
 * "23/11/26", "3.1.2027"), the month written out ("23 november 2026", "23 nov
 * 2026") and YYYY-MM-DD as in the files. Impossible days (31-02-2027) are not dates.
 */
export function parseDate(text: string): string | undefined {
	const input = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
	if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const numeric = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})$/.exec(input);
	if (numeric) return isoOf(fullYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]));
	const written = /^(\d{1,2})\.? ([a-z]+)\.? (\d{4})$/.exec(input);
	if (written) {
		const name = written[2]!;
		// "nov", "november", "sept": a month's name or its start, at least three letters.
		const month = name.length >= 3 ? MONTHS.findIndex((candidate) => candidate.startsWith(name) || (name === 'mrt' && candidate === 'maart')) : -1;
		return month === -1 ? undefined : isoOf(Number(written[3]), month + 1, Number(written[1]));
	}
	return undefined;
}

/** YYYY-MM-DD as the form shows it: "23-11-2026". Anything else is shown as it is. */
export function formatDateInput(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	return match ? `${match[3]}-${match[2]}-${match[1]}` : value;
}

/** YYYY-MM-DD written out for the editor, in their language: "maandag 23 november 2026", "lundi 23 novembre 2026". */
export function spellDate(value: string, language: string): string {
	const [year, month, day] = value.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The "+N jaar" choices for an expiry date: 1, 3 and 5 years, and no more than the organisation allows. */
export function yearChoices(maxYears: number): number[] {
	const choices = [1, 3, 5].filter((years) => years <= maxYears);
	return choices.includes(maxYears) ? choices : [...choices, maxYears];
}
