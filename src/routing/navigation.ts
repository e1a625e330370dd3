import { findEntry, type Site } from '../data/site.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../schemas/primitives.ts';
import type { NavigationItem } from '../schemas/settings.ts';
import { paths } from './paths.ts';
import { urls } from './urls.ts';

export interface Link {
	label: string;
	/** Site path without the base. */
	path: string;
}

/** The main menu from settings, resolved for one language. Pages missing in that language are left out. */
export function resolveNavigation(items: NavigationItem[], site: Site, locale: Locale): Link[] {
	return items.flatMap((item): Link[] => {
		if (item.section) {
			return [{ label: item.label?.[locale] ?? t(locale, `section.${item.section}`), path: urls.section(locale, item.section) }];
		}
		const page = item.page ? findEntry(site.pages, locale, item.page) : undefined;
		return page ? [{ label: item.label?.[locale] ?? page.data.title, path: paths.page(page) }] : [];
	});
}
