import type { Plugin } from 'vite';
import { packOf, type Locale } from '../i18n/packs.ts';

/** Import this id in a layout to get every site language's quotation marks as a stylesheet. */
export const QUOTES_STYLESHEET = 'virtual:zorgmerk/quotes.css';
const resolved = `\0${QUOTES_STYLESHEET}`;

/** A CSS string of `text`, every character outside printable ASCII escaped in full six-digit form (no space needed after it). */
function cssString(text: string): string {
	const escaped = [...text].map((character) => {
		const code = character.codePointAt(0)!;
		return code >= 0x20 && code < 0x7f && character !== '"' && character !== '\\' ? character : `\\${code.toString(16).padStart(6, '0')}`;
	});
	return `"${escaped.join('')}"`;
}

/**
 * The CSS that quotes in each language the way its language file says (typography.quotes, src/i18n/pack.ts):
 * one `:lang(<code>) { quotes: … }` rule per language, from the files, so no stylesheet lists languages. Elements
 * take the rule of their own language, also inside a page of another (a testimonial with `lang`), and
 * `open-quote`/`close-quote` (TestimonialQuote, PullQuote, `<q>`) then draw those marks, nested ones with the
 * inner pair. Browsers' own `quotes: auto` gave French « » without the narrow no-break spaces inside.
 *
 * @param locales the site's languages (settings locales), each with a file in src/i18n/languages/
 * @returns one line per language; for German quotes („ “, ‚ ‘): `:lang(<code>){quotes:"\\00201e" "\\00201c" "\\00201a" "\\002018"}`
 */
export function quotesCss(locales: readonly Locale[]): string {
	return locales
		.map((locale) => {
			const [outer, inner] = packOf(locale).typography.quotes;
			return `:lang(${locale}){quotes:${[...outer, ...inner].map(cssString).join(' ')}}\n`;
		})
		.join('');
}

/**
 * The quotation marks as a (virtual) stylesheet Astro bundles with the others, like the brand colour
 * (brand.ts): pages carry no inline <style>, and the Content-Security-Policy stays `style-src 'self'`.
 */
export function quotesStylesheet(locales: readonly Locale[]): Plugin {
	return {
		name: 'zorgmerk:quotes-stylesheet',
		resolveId: (id) => (id === QUOTES_STYLESHEET ? resolved : undefined),
		load: (id) => (id === resolved ? quotesCss(locales) : undefined),
	};
}
