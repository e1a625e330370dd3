/** The people a story or page speaks to. Referrers are GPs and others who refer patients. */
export const AUDIENCES = ['patients', 'relatives', 'referrers', 'professionals'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The audiences that get their own landing page. */
export const AUDIENCE_PAGES = ['patients', 'relatives', 'referrers'] as const satisfies readonly Audience[];
export type AudiencePage = (typeof AUDIENCE_PAGES)[number];
