import type { Gated } from '../src/consent/gate.ts';
import { attribution } from '../src/i18n/attribution.ts';
import { withoutEnclosingQuotes } from '../src/lib/quotation.ts';
import { t } from '../src/i18n/index.ts';
import type { Locale } from '../src/schemas/primitives.ts';
import type { TestimonialData } from '../src/schemas/testimonial.ts';
import { consentNotice } from './consent-notice.ts';
import { languageName } from './languages.ts';
import { cmsText } from './text/index.ts';

/**
 * How a <Testimonial slug="…" /> block looks in a story's preview: the quote
 * and who said it, as the site shows it (attribution() of src/i18n, the
 * site's markup), and, when the consent gate would leave it out today, why:
 * a story shows an expired or withdrawn testimonial nowhere. Returns HTML:
 * Decap renders building blocks' previews as markup.
 */
export interface EmbeddedTestimonialContext {
	/** The organisation's date, YYYY-MM-DD. */
	today: string;
	/** The language of the story's first version: a testimonial in another language is named as such. */
	locale: Locale;
	/** The editor's language (cms/editor-language.ts) for what the preview says (cms/text/, notices and consentNotice). */
	language: string;
	/** The testimonial's data, when the CMS has read it (known-entries.ts). */
	find(slug: string): Record<string, unknown> | undefined;
}

const escapeHtml = (value = '') => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function embeddedTestimonialHtml(slug: string | undefined, { today, locale, find, language }: EmbeddedTestimonialContext): string {
	const words = cmsText(language).notices;
	if (!slug) return `<p class="cms-notice cms-notice-warning">${escapeHtml(words.chooseTestimonial)}</p>`;
	const data = find(slug);
	if (!data) return `<p class="cms-notice cms-notice-warning">${escapeHtml(words.testimonialNotFound(slug))}</p>`;
	const testimonial = data as unknown as TestimonialData;
	const { who, details } = attribution(testimonial.author ?? { role: 'patient' }, locale);
	const notice = consentNotice({ ...(data as Gated), quote: String(data.quote ?? '') }, today, language);
	const notes = [
		notice && notice.tone !== 'ok' ? `<p class="cms-notice cms-notice-${notice.tone}">${notice.tone === 'blocked' ? escapeHtml(words.testimonialLeftOut) : ''}${escapeHtml(notice.text)}</p>` : '',
		testimonial.locale && testimonial.locale !== locale ? `<p class="cms-notice cms-notice-warning">${escapeHtml(words.testimonialInLanguage(languageName(testimonial.locale, language)))}</p>` : '',
	].join('');
	return [
		notes,
		'<figure class="testimonial">',
		`<blockquote lang="${escapeHtml(testimonial.locale)}"><p>${escapeHtml(withoutEnclosingQuotes(String(testimonial.quote ?? '')))}</p></blockquote>`,
		`<figcaption><span class="who">${escapeHtml(who)}</span>${details ? `<span class="zm-meta">, ${escapeHtml(details)}</span>` : ''}`,
		testimonial.compensated ? `<p class="disclosure zm-meta">${escapeHtml(t(locale, 'testimonial.compensated'))}</p>` : '',
		'</figcaption></figure>',
	].join('');
}
