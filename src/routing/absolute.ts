import { settings } from '../settings/index.ts';
import { absoluteUrl } from './urls.ts';

/** The full address of a site path on this build's site and base, e.g. for canonical links and structured data. */
export function absolute(sitePath: string): string {
	return absoluteUrl(sitePath, settings.siteUrl, import.meta.env.BASE_URL);
}

/** The full address of a built file whose URL already includes the base, such as an image from astro:assets. */
export function absoluteAsset(builtUrl: string): string {
	return new URL(builtUrl, `${settings.siteUrl}/`).href;
}
