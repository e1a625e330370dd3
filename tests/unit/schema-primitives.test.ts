import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { calendarDate, isCalendarDate, oneOf, optionalText, requiredText, slug, SLUG_MAX_LENGTH } from '../../src/schemas/primitives.ts';
import { problems } from './schema-helpers.ts';

// No settings are read here: messages are in the fallback language, English (src/messages/index.ts).

describe('calendar dates', () => {
	it('knows which dates exist', () => {
		expect(['2025-02-28', '2024-02-29', '2025-12-31', '2000-02-29'].map(isCalendarDate)).toEqual([true, true, true, true]);
		expect(['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '1900-02-29'].map(isCalendarDate)).toEqual([false, false, false, false, false, false]);
		expect(['2025-3-1', '01-03-2025', '2025/03/01', '2025-03-01T00:00:00Z', ''].map(isCalendarDate)).toEqual([false, false, false, false, false]);
	});

	it('keeps a date as the string an editor wrote, also when YAML gave a Date', () => {
		expect(calendarDate().parse('2025-03-01')).toBe('2025-03-01');
		expect(calendarDate().parse(' 2025-03-01 ')).toBe('2025-03-01');
		expect(calendarDate().parse(new Date('2025-03-01T00:00:00Z'))).toBe('2025-03-01');
	});

	it('explains a date that does not exist, quoting it', () => {
		expect(problems(z.object({ publishedOn: calendarDate() }), { publishedOn: '2025-02-30' })).toMatchInlineSnapshot(`
			[
			  "publishedOn: "2025-02-30" is not a valid date; write YYYY-MM-DD, for example 2025-03-01 [date.invalid]",
			]
		`);
	});

	it('asks for the format when the value is not text or a date at all', () => {
		expect(problems(z.object({ publishedOn: calendarDate() }), { publishedOn: 20250301 })).toEqual([
			'publishedOn: "20250301" is not a date; write YYYY-MM-DD, for example 2025-03-01 [date.notADate]',
		]);
		expect(problems(z.object({ publishedOn: calendarDate() }), {})).toEqual(['publishedOn: Fill in the date, as YYYY-MM-DD [date.missing]']);
		expect(problems(z.object({ publishedOn: calendarDate() }), { publishedOn: new Date('not a date') })).toEqual(['publishedOn: Write the date as YYYY-MM-DD [date.notText]']);
	});
});

describe('slugs', () => {
	it('accepts lower-case words joined by single hyphens', () => {
		expect(['liesbreukcentrum', 'anna-jansen', 'team-2'].map((value) => slug().safeParse(value).success)).toEqual([true, true, true]);
	});

	it('refuses capitals, spaces, underscores, accents and loose hyphens', () => {
		expect(['Liesbreuk', 'anna jansen', 'anna_jansen', 'patiënt', '-anna', 'anna-', 'anna--jansen', ''].map((value) => slug().safeParse(value).success)).toEqual([
			false, false, false, false, false, false, false, false,
		]);
		expect(problems(slug(), 'Anna Jansen')).toEqual([
			'Use only lower-case letters, digits and hyphens, for example "liesbreukcentrum" [slug.format]',
		]);
	});

	it('refuses a slug longer than a file name may be: a 252-character slug failed only at the end of a build, writing its link preview "<slug>.png" (255 bytes at most)', () => {
		const longest = `${'a'.repeat(99)}-${'b'.repeat(100)}`;
		expect(longest).toHaveLength(SLUG_MAX_LENGTH);
		expect(slug().safeParse(longest).success).toBe(true);
		for (const length of [SLUG_MAX_LENGTH + 1, 252, 255, 4000]) {
			expect(problems(slug(), 'a'.repeat(length))).toEqual([`This short name is ${length} characters long: at most 200, as it also names files [slug.tooLong]`]);
		}
		expect(problems(slug(), `Anna ${'a'.repeat(300)}`)).toEqual([
			'Use only lower-case letters, digits and hyphens, for example "liesbreukcentrum" [slug.format]',
			'This short name is 305 characters long: at most 200, as it also names files [slug.tooLong]',
		]);
	});
});

describe('text fields', () => {
	it('trims required text and refuses text that is only spaces', () => {
		const title = requiredText('title', 10);
		expect(title.parse('  Over ons  ')).toBe('Over ons');
		expect(problems(title, '   ')).toEqual(['Fill in a title [text.missing]']);
		expect(problems(title, undefined)).toEqual(['Fill in a title [text.missing]']);
	});

	it('counts the maximum length after trimming', () => {
		const title = requiredText('title', 10);
		expect(title.parse(` ${'x'.repeat(10)} `)).toBe('x'.repeat(10));
		expect(problems(title, 'x'.repeat(11))).toEqual(['A title is too long: at most 10 characters [text.tooLong]']);
	});

	it.each(['\u200b', ' \u200b\u200c\u200d ', '\u00ad', '\u2060\ufeff', '\u202e', '\u3164', '\u2800'])(
		'refuses text that shows nothing, %j, naming its characters (red-team finding 06)',
		(text) => {
			const [problem] = problems(requiredText('quote', 600), text);
			expect(problem).toMatch(/^"(\\u[0-9a-f]{4})+" consists only of invisible characters; it would look empty on the site\. Write the text\. \[text\.invisibleOnly\]$/);
			expect(problems(optionalText(), text)[0]).toMatch(/Write the text, or leave the field empty\. \[text\.invisibleOnly\]$/);
		},
	);

	it('keeps text with letters in any alphabet, and with a zero-width joiner inside', () => {
		for (const text of ['Ayşe', 'Łucja Wiśniewska', 'Γιώργος', '👩‍⚕️', 'a\u200bb']) expect(requiredText('name').parse(text)).toBe(text);
	});

	it('treats empty optional text as absent', () => {
		expect(optionalText().parse('  ')).toBeUndefined();
		expect(optionalText().parse(undefined)).toBeUndefined();
		expect(optionalText().parse(' Parkeren bij de hoofdingang ')).toBe('Parkeren bij de hoofdingang');
	});
});

describe('choices', () => {
	const colour = oneOf(['red', 'green'], 'section');

	it('lists the choices when a value is missing or not one of them', () => {
		expect(problems(z.object({ colour }), {})).toEqual(['colour: Fill in the section; choose from: red, green [choice.missing]']);
		expect(problems(z.object({ colour }), { colour: 'blue' })).toEqual(['colour: "blue" is not possible as the section; choose from: red, green [choice.invalid]']);
	});
});
