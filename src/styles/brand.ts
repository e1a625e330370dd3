import type { Plugin } from 'vite';

/** Import this id in a layout to get the organisation's brand colour as a stylesheet. */
export const BRAND_STYLESHEET = 'virtual:zorgmerk/brand.css';
const resolved = `\0${BRAND_STYLESHEET}`;

/**
 * The brand colour is a setting, not part of the stylesheet in src/styles.
 * Serving it as a (virtual) stylesheet lets Astro bundle it with the others,
 * so pages carry no inline <style> and the Content-Security-Policy can be
 * `style-src 'self'` without hashes that change with the colour.
 */
export function brandStylesheet(brandColor: string): Plugin {
	return {
		name: 'zorgmerk:brand-stylesheet',
		resolveId: (id) => (id === BRAND_STYLESHEET ? resolved : undefined),
		load: (id) => (id === resolved ? `:root{--zm-color-brand:${brandColor}}\n` : undefined),
	};
}
