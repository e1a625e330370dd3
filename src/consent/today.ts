import { isCalendarDate } from '../schemas/primitives.ts';
import { todayIn } from '../lib/dates.ts';

/**
 * The build's date in the organisation's time zone: the "today" on which
 * consent is judged. ZORGMERK_TODAY=YYYY-MM-DD overrides it (for tests and
 * for checking what a later build would publish).
 */
export function buildDate(timeZone: string, env: NodeJS.ProcessEnv = process.env): string {
	const override = env.ZORGMERK_TODAY;
	if (override) {
		if (!isCalendarDate(override)) throw new Error(`ZORGMERK_TODAY must be a date written YYYY-MM-DD, got "${override}"`);
		return override;
	}
	return todayIn(timeZone);
}
