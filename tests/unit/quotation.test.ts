import { describe, expect, it } from 'vitest';
import { editorComponents } from '../../cms/editor-components.ts';
import { embeddedTestimonialHtml } from '../../cms/embedded-testimonial.ts';
import { bodyText } from '../../src/consent/story-text.ts';
import { isOnlyQuotationMarks, withoutEnclosingQuotes } from '../../src/lib/quotation.ts';
import { shownValue } from '../../src/mdx/allowed.ts';
import { compilerViewProblems } from '../../src/mdx/compiler-view.ts';
import { mdxProblems } from '../../src/mdx/safety.ts';
import { FALLBACK_EDITOR_LANGUAGE } from '../../src/messages/index.ts';
import { testimonialSchema } from '../../src/schemas/testimonial.ts';
import { consentInput as consent, image, problems } from './schema-helpers.ts';

/**
 * A quote pasted with its own quotation marks (from an interview transcript or an e-mail) is shown once between the
 * marks of its language, which the page draws itself (src/styles/quotes.ts): never « « … » » (red-team finding).
 */
describe('a quote pasted with its own quotation marks', () => {
	it.each([
		['straight double', '"Ik voelde me gehoord."'],
		['straight single', "'Ik voelde me gehoord.'"],
		['English and Dutch “ ”', '“Ik voelde me gehoord.”'],
		['German „ “', '„Ik voelde me gehoord.“'],
		['Dutch and Polish „ ”', '„Ik voelde me gehoord.”'],
		['reversed ‟ ”', '‟Ik voelde me gehoord.”'],
		['Swedish ” ”', '”Ik voelde me gehoord.”'],
		['French « » with spaces', '« Ik voelde me gehoord. »'],
		['French « » with narrow no-break spaces', '«\u202fIk voelde me gehoord.\u202f»'],
		['Danish » «', '»Ik voelde me gehoord.«'],
		['single ‹ ›', '‹Ik voelde me gehoord.›'],
		['single ‘ ’', '‘Ik voelde me gehoord.’'],
		['German single ‚ ‘', '‚Ik voelde me gehoord.‘'],
		['Swedish single ’ ’', '’Ik voelde me gehoord.’'],
		['corner brackets 「 」', '「Ik voelde me gehoord.」'],
		['a straight mark closed by a curly one', '"Ik voelde me gehoord.”'],
		['spaces around it all', '  “ Ik voelde me gehoord. ”  '],
	])('loses one pair of %s marks around the whole text', (_, written) => {
		expect(withoutEnclosingQuotes(written)).toBe('Ik voelde me gehoord.');
	});

	it('keeps the full stop written after the closing mark', () => {
		expect(withoutEnclosingQuotes('"Ik voelde me gehoord".')).toBe('Ik voelde me gehoord.');
		expect(withoutEnclosingQuotes('„Echt?”.')).toBe('Echt?');
	});

	it('keeps quotation marks inside the quote as written', () => {
		expect(withoutEnclosingQuotes('« Ma fille m’a dit : « appelle l’infirmière ». »')).toBe('Ma fille m’a dit : « appelle l’infirmière ».');
		expect(withoutEnclosingQuotes('“Hij zei “ja” en ging.”')).toBe('Hij zei “ja” en ging.');
		expect(withoutEnclosingQuotes('„Hij zei „ja“ en ging.“')).toBe('Hij zei „ja“ en ging.');
		expect(withoutEnclosingQuotes('"Mijn dochter zei: ‘bel de poli’."')).toBe('Mijn dochter zei: ‘bel de poli’.');
		expect(withoutEnclosingQuotes('"Hij zei “ja” en ging."')).toBe('Hij zei “ja” en ging.');
		expect(withoutEnclosingQuotes('“"Ik voelde me gehoord," zei ze.”')).toBe('"Ik voelde me gehoord," zei ze.');
		// Apostrophes are not quotation marks.
		expect(withoutEnclosingQuotes("'Ik heb m'n best gedaan.'")).toBe("Ik heb m'n best gedaan.");
		expect(withoutEnclosingQuotes('’Aujourd’hui, ça va.’')).toBe('Aujourd’hui, ça va.');
	});

	it.each([
		['a mark at the start only', '"Bel de poli," zei mijn dochter, en dat deed ik.'],
		['a mark at the end only', 'Mijn dochter zei: "mama, bel de poli-assistente".'],
		['two quotations with words between', '"Ik voelde me gehoord," zei ze. „Echt gehoord.”'],
		['two straight quotations', '"Goed," zei ik. "Echt goed."'],
		['marks that are not a pair', '«Ik voelde me gehoord.“'],
		['no marks at all', 'Ik voelde me gehoord.'],
		['an apostrophe at the start', "'s Avonds belde ik de poli."],
	])('leaves %s as written', (_, written) => {
		expect(withoutEnclosingQuotes(written)).toBe(written);
	});

	it.each([['""'], ['« »'], ['“ ‘ ’ ”'], ['"'], ['「」'], [' „“ ']])('knows %j shows nothing but marks', (written) => {
		expect(isOnlyQuotationMarks(written)).toBe(true);
	});

	it('knows a quote with words shows more than marks', () => {
		expect(isOnlyQuotationMarks('« Merci. »')).toBe(false);
		expect(isOnlyQuotationMarks('"…!"')).toBe(false);
	});
});

describe('a testimonial’s quote', () => {
	const testimonials = testimonialSchema({ image, maxYears: 5 });
	const input = (quote: string) => ({ quote, author: { role: 'patient' }, locale: 'fr', specialties: ['liesbreukcentrum'], givenOn: '2025-03-01', consent });

	it('is kept without the marks around it, for the build and the content check alike', () => {
		expect(testimonials.parse(input('« Je me suis sentie écoutée. »')).quote).toBe('Je me suis sentie écoutée.');
		expect(testimonials.parse(input('Ma fille m’a dit : « appelle l’infirmière ».')).quote).toBe('Ma fille m’a dit : « appelle l’infirmière ».');
	});

	it('is refused when it is nothing but quotation marks', () => {
		expect(problems(testimonials, input('« »'))).toEqual(['quote: Fill in the quote [text.missing]']);
		expect(problems(testimonials, input('""'))).toEqual(['quote: Fill in the quote [text.missing]']);
	});

	it('shows without its marks in the CMS preview of a story', () => {
		const find = () => ({ quote: '"Niemand keek op de klok."', author: { name: 'Wim', role: 'patient' }, locale: 'nl', consent });
		expect(embeddedTestimonialHtml('wim', { today: '2026-11-23', locale: 'nl', find, language: 'nl' })).toContain('<blockquote lang="nl"><p>Niemand keek op de klok.</p></blockquote>');
	});
});

describe('a PullQuote’s quote', () => {
	const story = '# Titel\n\n<PullQuote quote="« Je me suis sentie écoutée. »" attribution="Monique, 71" />\n';

	it('shows without the marks around it, on the page, in the leak proof and in the CMS preview', () => {
		expect(shownValue('PullQuote', 'quote', '“"Ik voelde me gehoord."”')).toBe('"Ik voelde me gehoord."');
		expect(shownValue('PullQuote', 'attribution', '"Peter"')).toBe('"Peter"');
		expect(bodyText(story, 'mdx').parts).toContainEqual({ field: 'PullQuote quote', text: 'Je me suis sentie écoutée.' });
		const pullQuote = editorComponents(FALLBACK_EDITOR_LANGUAGE).find((component) => component.id === 'pull-quote')!;
		expect(pullQuote.toPreview({ quote: '"Ik voelde me gehoord."' })).toContain('<p>Ik voelde me gehoord.</p>');
	});

	it('may say its own language, which the page and the CMS preview set on it', () => {
		const pullQuote = editorComponents(FALLBACK_EDITOR_LANGUAGE, ['fr', 'en']).find((component) => component.id === 'pull-quote')!;
		expect(pullQuote.fields.find((field) => field.name === 'lang')).toMatchObject({ widget: 'select', required: false, options: [{ value: 'fr' }, { value: 'en' }] });
		expect(pullQuote.toBlock({ quote: 'I felt heard.', lang: 'en' })).toBe('<PullQuote quote="I felt heard." lang="en" />');
		expect(pullQuote.toBlock({ quote: 'Je me suis sentie écoutée.', lang: '' })).toBe('<PullQuote quote="Je me suis sentie écoutée." />');
		expect(pullQuote.toPreview({ quote: 'I felt heard.', lang: 'en' })).toContain('<blockquote lang="en"><p>I felt heard.</p></blockquote>');
		expect(mdxProblems('<PullQuote quote="I felt heard." lang="en" />\n')).toEqual([]);
	});

	it('is refused when it is nothing but quotation marks', () => {
		for (const check of [mdxProblems, compilerViewProblems]) {
			expect(check('<PullQuote quote="« »" />\n')).toEqual([expect.stringMatching(/quote="…".*<PullQuote>.*\[mdx\.attributeEmpty\]/)]);
			expect(check(story)).toEqual([]);
		}
	});
});
