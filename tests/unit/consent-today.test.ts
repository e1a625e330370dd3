import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate } from '../../src/consent/today.ts';

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllEnvs();
});

describe('the build date', () => {
	it('is the calendar date in the organisation’s time zone, not the build machine’s', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		// 22:30 UTC on 15 June is already 00:30 on 16 June in Amsterdam (summer time), still 23:30 on the 15th in London.
		vi.setSystemTime(new Date('2026-06-15T22:30:00Z'));
		expect(buildDate('Europe/Amsterdam', {})).toBe('2026-06-16');
		expect(buildDate('Europe/Brussels', {})).toBe('2026-06-16');
		expect(buildDate('Europe/London', {})).toBe('2026-06-15');
		expect(buildDate('UTC', {})).toBe('2026-06-15');
	});

	it('turns to the next day at midnight local time in winter, an hour later in UTC than in summer', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-01-15T22:59:00Z'));
		expect(buildDate('Europe/Amsterdam', {})).toBe('2026-01-15');
		vi.setSystemTime(new Date('2026-01-15T23:00:00Z'));
		expect(buildDate('Europe/Amsterdam', {})).toBe('2026-01-16');
	});

	it('refuses a time zone that does not exist', () => {
		expect(() => buildDate('Europe/Weidebroek', {})).toThrow(RangeError);
	});
});

describe('ZORGMERK_TODAY', () => {
	it('sets the date for tests and for previewing a later build, whatever the clock says', () => {
		expect(buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: '2031-01-01' })).toBe('2031-01-01');
	});

	it('is read from the process environment by default', () => {
		vi.stubEnv('ZORGMERK_TODAY', '2030-02-28');
		expect(buildDate('Europe/Amsterdam')).toBe('2030-02-28');
	});

	it('is ignored when set to an empty string', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-06-15T10:00:00Z'));
		expect(buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: '' })).toBe('2026-06-15');
	});

	it('refuses a value that is not a real date written YYYY-MM-DD', () => {
		expect(() => buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: '15-06-2026' })).toThrowErrorMatchingInlineSnapshot(
			`[Error: ZORGMERK_TODAY must be a date written YYYY-MM-DD, got "15-06-2026"]`,
		);
		for (const value of ['2026-02-30', '2026-13-01', '2026-6-15', ' 2026-06-15', 'tomorrow', '2026-06-15T00:00']) {
			expect(() => buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: value }), value).toThrow(`got "${value}"`);
		}
	});

	it('accepts 29 February in a leap year only', () => {
		expect(buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: '2028-02-29' })).toBe('2028-02-29');
		expect(() => buildDate('Europe/Amsterdam', { ZORGMERK_TODAY: '2027-02-29' })).toThrow('got "2027-02-29"');
	});
});
