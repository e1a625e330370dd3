/**
 * What the "Bezoekers" page of the CMS needs to know about the site, written
 * into /admin/ by the build (src/admin/admin-page.ts) from settings. Never a
 * token: the editor enters that in the browser (token.ts).
 */
export interface VisitorsSetup {
	provider: 'matomo' | 'plausible';
	/** The address the CMS asks: Matomo's index.php, or Plausible's /api/v2/query or the host's path that forwards to it. */
	api: string;
	/** Matomo's number for the site ("1"), or the site's domain in Plausible ("www.ziekenhuis.nl"). */
	site: string;
	/**
	 * Per language, where its pages live, as paths with the base path: the home page,
	 * the stories ("/nl/verhalen/") and the specialties ("/nl/specialismen/").
	 */
	sections: Record<string, { home: string; stories: string; specialties: string }>;
	/** The site's public address, for links to the pages in the lists, e.g. "https://www.ziekenhuis.nl". */
	siteUrl: string;
}
