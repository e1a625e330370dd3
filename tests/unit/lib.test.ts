import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { addDays, addYears, daysBetween, todayIn } from '../../src/lib/dates.ts';
import { paginate, PAGE_SIZE } from '../../src/lib/pagination.ts';
import { telHref } from '../../src/lib/phone.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';

describe('calendar dates', () => {
	it('adds years, turning 29 February into 28 February when needed', () => {
		expect(addYears('2025-03-01', 5)).toBe('2030-03-01');
		expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
		expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
	});

	it('adds and subtracts days across months, leap days and years', () => {
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2026-01-30', -29)).toBe('2026-01-01');
	});

	it('counts days across months, years and daylight-saving changes', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
		expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
	});

	it('knows that it is already tomorrow in Amsterdam when it is 23:30 in London', () => {
		const lateEvening = new Date('2026-06-15T23:30:00Z');
		expect(todayIn('Europe/London', lateEvening)).toBe('2026-06-16');
		expect(todayIn('Europe/Amsterdam', new Date('2026-06-15T21:59:00Z'))).toBe('2026-06-15');
		expect(todayIn('Europe/Amsterdam', new Date('2026-06-15T22:00:00Z'))).toBe('2026-06-16');
	});
});

describe('phone links', () => {
	it('dials the digits of a number as editors write it, keeping the + of an international number', () => {
		expect(telHref('+31 88 555 01 40')).toBe('tel:+31885550140');
		expect(telHref('088-555 01 40')).toBe('tel:0885550140');
		expect(telHref(' +32 (9) 234.56.78 ')).toBe('tel:+3292345678');
		expect(telHref('112')).toBe('tel:112');
	});

	it('leaves out the (0) after a country code, which is not dialled from abroad', () => {
		expect(telHref('+31 (0)88 555 01 40')).toBe('tel:+31885550140');
		expect(telHref('+32 ( 0 ) 9 234 56 78')).toBe('tel:+3292345678');
	});
});

describe('pagination', () => {
	it('splits a listing into pages of at most 24', () => {
		const pages = paginate(Array.from({ length: 50 }, (_, i) => i));
		expect(PAGE_SIZE).toBe(24);
		expect(pages.map((page) => [page.number, page.total, page.items.length])).toEqual([
			[1, 3, 24],
			[2, 3, 24],
			[3, 3, 2],
		]);
	});

	it('gives an empty listing one empty page, and refuses a page size below 1', () => {
		expect(paginate([])).toEqual([{ number: 1, total: 1, items: [] }]);
		expect(() => paginate([1], 0)).toThrow(RangeError);
	});
});

describe('reading time', () => {
	it('counts the words a reader reads at 200 a minute, at least one minute', () => {
		expect(readingMinutes('Kort.')).toBe(1);
		expect(readingMinutes('woord '.repeat(1000))).toBe(5);
	});

	it('ignores markup, link addresses and images', () => {
		const markdown = `## Kop\n\n[tekst](https://voorbeeld.example/een/heel/lang/adres) ![foto](x.jpg) <Aside>hallo</Aside> ${'woord '.repeat(396)}`;
		expect(readingMinutes(markdown)).toBe(2);
	});

	it('leaves out the front matter of a whole file, also a value with dashes in it', () => {
		const file = `---\ntitle: Een --- twee\ndescription: ${'gegeven '.repeat(300)}\n---\n${'woord '.repeat(396)}`;
		expect(readingMinutes(file)).toBe(2);
	});
});

describe('contrast', () => {
	it('follows WCAG: black on white is 21:1, the demo brand colour passes AA with white', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBe(21);
		expect(contrastRatio('#0b6e69', '#ffffff')).toBeGreaterThan(4.5);
		expect(contrastRatio('#66ccaa', '#ffffff')).toBeLessThan(4.5);
	});
});
