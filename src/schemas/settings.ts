import { z } from 'astro/zod';
import { contrastRatio } from '../lib/contrast.ts';
import { message } from '../messages/index.ts';
import { editorLanguage } from '../settings/editor-language.ts';
import { oneOf, requiredText, slug, SUPPORTED_LOCALES } from './primitives.ts';
import { reviewMaxAge } from './medical-review.ts';

/** The site's main sections; navigation, routes and breadcrumbs are built from these names. */
export const SECTIONS = ['stories', 'specialties', 'team', 'locations', 'testimonials', 'search'] as const;
export type Section = (typeof SECTIONS)[number];

const locale = oneOf(SUPPORTED_LOCALES, 'language');

/** Text given once per language, e.g. `{ nl: "Over ons", en: "About us" }`. */
const localized = z.partialRecord(locale, z.string().trim().min(1));

const organisationName = requiredText('organisationName', 80);

const navigationItem = z
	.strictObject({
		/** A main section of the site. Give either `section` or `page`. */
		section: oneOf(SECTIONS, 'section').optional(),
		/** The file name (without extension) of a page in content/pages/<locale>/, e.g. "about". */
		page: slug().optional(),
		/** The link text per language. Default: the section's usual name, or the page's title. */
		label: localized.optional(),
	})
	.refine((item) => Boolean(item.section) !== Boolean(item.page), { error: () => message('settings.menuItemSectionOrPage') });

/**
 * What is wrong with an address in the settings, or undefined when it is fine:
 * https:// only (or mailto: where `mailto` allows it), with a host and
 * without a user-info part. "https://www.ziekenhuis.example@elders.example/"
 * looks like the hospital's address but leads to elders.example: browsers
 * read everything before the @ as a user name (RFC 3986, section 3.2.1;
 * issue 17).
 */
export function webAddressProblem(value: string, options: { mailto?: boolean } = {}): string | undefined {
	const mailto = options.mailto ?? false;
	if (/[\s\u0000-\u001f\u007f\\]/.test(value) || !URL.canParse(value)) return message('address.notFull', { value, mailto });
	const url = new URL(value);
	if (url.protocol === 'mailto:' && options.mailto) {
		return /^[^@\s/?#]+@[^@\s/?#]+\.[^@\s/?#]+$/.test(decodeURIComponent(url.pathname))
			? undefined
			: message('address.invalidEmail', { value });
	}
	if (url.protocol !== 'https:') return message('address.notHttps', { value, mailto });
	if (url.username || url.password) return message('address.userInfo', { value, host: url.host });
	if (!HOST_NAME.test(url.hostname)) return message('address.hostName', { value, host: url.hostname });
	return undefined;
}

/**
 * A website's name as the URL parser leaves it: labels of letters, digits, hyphens (and underscores) between dots
 * (RFC 1123 section 2.1; internationalised names arrive as punycode), or an IPv6 address in brackets. The parser also
 * lets through `*`, quotes, `;`, `,`, `$` and braces, which no host has: an origin made of them would be a wildcard
 * or a break in the Content-Security-Policy built from these settings (src/security/headers.ts) and in the hosts'
 * configuration files written from it.
 */
const HOST_NAME = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])$/;

/** A web address checked by {@link webAddressProblem}; kept as written. */
export const webAddress = (options: { mailto?: boolean } = {}) =>
	z
		.string({ error: (issue) => (issue.input == null ? message('address.missing') : undefined) })
		.superRefine((value, ctx) => {
			const problem = webAddressProblem(value, options);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		});

const httpsUrl = webAddress();

const socialProfile = z.strictObject({
	/** The network's name as visitors know it, e.g. "LinkedIn". */
	name: requiredText('networkName'),
	/** The full address of the organisation's profile. */
	url: httpsUrl,
});

/**
 * The site's settings: one file, content/settings/site.yaml, edited in the CMS.
 * Everything here is validated when the build starts; an unknown key is an error,
 * so a typo cannot silently switch a setting off.
 */
export const settingsSchema = z
	.strictObject({
		organisation: z.strictObject({
			/**
			 * The organisation's name as it appears in titles: one for every language, e.g. "Ziekenhuis Lindeveld",
			 * or one per language, e.g. `{ nl: "Ziekenhuis Lindeveld", en: "Lindeveld Hospital" }`.
			 */
			name: z.union([organisationName, z.partialRecord(locale, organisationName)]),
			/** Hospital or specialty clinic; decides the structured data type. */
			type: oneOf(['hospital', 'clinic'], 'organisationType'),
			/** A one-sentence description per language, used on the home page and in search results. */
			tagline: localized,
			/** The logo, a path in public/, e.g. "/logo.svg". */
			logo: z.string().startsWith('/', { error: () => message('settings.logoPath') }),
			/** The brand colour as a hex code, e.g. "#0b6e69". Must keep 4.5:1 contrast with white text. */
			brandColor: z
				.string()
				.regex(/^#[0-9a-fA-F]{6}$/, { error: () => message('settings.brandColorFormat') })
				// White text sits on the brand colour in buttons and cards: it must stay readable (WCAG AA).
				.refine((colour) => !/^#[0-9a-fA-F]{6}$/.test(colour) || contrastRatio(colour, '#ffffff') >= 4.5, {
					error: (issue) => message('settings.brandColorContrast', { colour: String(issue.input), ratio: contrastRatio(String(issue.input), '#ffffff').toFixed(1) }),
				}),
		}),
		/** The public address of the site, without a trailing slash. Overridden by the SITE_URL environment variable. */
		siteUrl: httpsUrl,
		/** The languages the site is published in, e.g. [nl, fr, en]: codes of the files in src/i18n/languages/. The first is the default. */
		locales: z
			.array(locale, { error: () => message('settings.localesMissing') })
			.min(1)
			.refine((codes) => new Set(codes).size === codes.length, { error: () => message('settings.localesRepeated') }),
		/**
		 * The editor's language: the language of the messages the build log, `npm run check-content`,
		 * the scripts and the CMS give the people who edit the site. A code of a file in
		 * src/i18n/languages/, e.g. "fr"; it need not be one of `locales`. Default: the site's default
		 * language, the first of `locales` (see editorLanguage() in src/settings/editor-language.ts).
		 */
		editorLanguage: z
			.string()
			.refine((code) => (SUPPORTED_LOCALES as readonly string[]).includes(code), {
				error: (issue) => message('settings.editorLanguageUnknown', { value: String(issue.input), supported: SUPPORTED_LOCALES.join(', ') }),
			})
			.optional(),
		/** The organisation's time zone; consent dates are days in this zone. Default Europe/Amsterdam. */
		timeZone: z
			.string()
			.default('Europe/Amsterdam')
			.refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', {
				error: () => message('settings.timeZoneUnknown'),
			}),
		/** The organisation's profiles on social networks (plain links; no widgets are loaded). */
		social: z.array(socialProfile).default([]),
		contact: z.strictObject({
			/** The main phone number as dialled from abroad, e.g. "+31 88 123 45 00". */
			phone: requiredText('phone'),
			/** The general e-mail address. */
			email: z.email({ error: () => message('settings.emailInvalid') }),
			/** The slug of the main location in content/locations/. */
			mainLocation: slug(),
		}),
		consent: z
			.strictObject({
				/** The longest consent the organisation accepts, in years. Default 5. */
				maxYears: z.number().int().min(1).max(10).default(5),
			})
			.default({ maxYears: 5 }),
		medicalReview: z
			.strictObject({
				/**
				 * How old a page's medical review (lastReviewedOn of a story or specialty) may get before
				 * the content check warns that it is due again: `{ years: 2 }` (default) or `{ days: 365 }`.
				 */
				maxAge: reviewMaxAge.default({ years: 2 }),
			})
			.default({ maxAge: { years: 2 } }),
		shareYourStory: z
			.strictObject({
				/**
				 * Where the share-your-story form sends its answers: an https:// form handler of the
				 * organisation's own, or a mailto: address. Default: the contact e-mail address.
				 */
				endpoint: webAddress({ mailto: true }).optional(),
				/**
				 * Form handlers on another host than the site's own that may receive the form's answers
				 * (names, contact details, a patient's story): their host names, e.g. ["formulieren.ziekenhuis.nl"].
				 * An https:// endpoint on any other host is refused, so that a changed setting cannot send
				 * patients' stories to a third party unnoticed. Default: none (only the site's own host).
				 */
				trustedFormHandlers: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/, { error: () => message('settings.formHandlerHost') })).optional(),
			})
			.default({}),
		/**
		 * Visitor statistics, off unless set. Only cookie-less services: no consent banner is
		 * needed and visitors are not followed across sites. Matomo is counted with an image,
		 * so pages stay free of JavaScript; Plausible loads its script on every page.
		 */
		analytics: z
			.discriminatedUnion('provider', [
				z.strictObject({
					provider: z.literal('matomo'),
					/** The address of the organisation's Matomo, e.g. "https://statistiek.ziekenhuis.nl". Set Matomo to not use cookies. */
					url: httpsUrl,
					/** The site's number in Matomo. */
					siteId: z.number().int().positive(),
					/**
					 * Where the CMS's "Bezoekers" page asks for the figures (Matomo's Reporting API).
					 * Default `<url>/index.php`. Add the site's address to Matomo's cors_domains (see the README).
					 */
					statsApi: httpsUrl.optional(),
					/** The privacy terms the privacy page links to. Default none: your own Matomo keeps the figures with you. */
					privacyPolicy: httpsUrl.optional(),
				}),
				z.strictObject({
					provider: z.literal('plausible'),
					/** The domain the site is registered under in Plausible, e.g. "www.ziekenhuis.nl". */
					domain: requiredText('plausibleDomain'),
					/** Plausible's script, e.g. "https://plausible.io/js/script.js" or that of a self-hosted Plausible. */
					script: httpsUrl,
					/**
					 * Where the CMS's "Bezoekers" page asks for the figures (Plausible's Stats API v2). Default
					 * `/api/v2/query` on the script's server. Plausible does not answer browsers on other sites
					 * (no CORS), so this is usually a path on your own host that forwards to it (see the README).
					 */
					statsApi: httpsUrl.optional(),
					/** The privacy terms the privacy page links to. Default Plausible's data policy, https://plausible.io/data-policy. */
					privacyPolicy: httpsUrl.optional(),
				}),
			], { error: () => message('settings.analyticsProvider') })
			.optional(),
		/**
		 * Where the CMS at /admin/ saves: the site's Git repository. Environment variables
		 * CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL, CMS_API_ROOT and CMS_APP_ID override it.
		 * See docs/deploying.md for each host.
		 */
		cms: z
			.strictObject({
				/** github, gitlab, forgejo or gitea. Gitea's connection has no editorial workflow: changes go live when saved. */
				backend: oneOf(['github', 'gitlab', 'forgejo', 'gitea'], 'gitHost'),
				/** The repository as owner/name, e.g. "ziekenhuis/website". */
				repo: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: () => message('settings.cmsRepo') }),
				/** The branch the site is built from. Default main. */
				branch: z.string().trim().min(1).default('main'),
				/** For a self-hosted GitLab or Gitea, or an OAuth proxy for GitHub: its address. */
				baseUrl: httpsUrl.optional(),
				/** For a self-hosted GitLab, GitHub Enterprise or Gitea: the API's address. */
				apiRoot: httpsUrl.optional(),
				/** The OAuth application id, for GitLab, Forgejo and Gitea (they log in without a server of ours). */
				appId: z.string().trim().min(1).optional(),
			})
			.optional(),
		testimonials: z
			.strictObject({
				/**
				 * Show testimonials in every language on every page, each marked with its language, instead of
				 * only those in the page's language. Default false.
				 */
				allLanguages: z.boolean().default(false),
			})
			.default({ allLanguages: false }),
		/** The main menu, in order. */
		navigation: z.array(navigationItem).min(1),
	})
	.superRefine((settings, ctx) => {
		const requireAllLocales = (text: Partial<Record<string, string>>, path: (string | number)[]) => {
			for (const code of settings.locales) {
				if (!text[code]) {
					ctx.addIssue({
						code: 'custom',
						path: [...path, code],
						message: message('settings.textPerLanguage', { language: code, locales: settings.locales.join(', ') }),
					});
				}
			}
		};
		if (typeof settings.organisation.name !== 'string') requireAllLocales(settings.organisation.name, ['organisation', 'name']);
		requireAllLocales(settings.organisation.tagline, ['organisation', 'tagline']);
		const endpoint = settings.shareYourStory.endpoint;
		if (endpoint && URL.canParse(endpoint) && URL.canParse(settings.siteUrl)) {
			const { protocol, hostname } = new URL(endpoint);
			const own = new URL(settings.siteUrl).hostname;
			if (protocol === 'https:' && hostname !== own && !(settings.shareYourStory.trustedFormHandlers ?? []).includes(hostname)) {
				ctx.addIssue({
					code: 'custom',
					path: ['shareYourStory', 'endpoint'],
					message: message('settings.formEndpointElsewhere', { host: hostname, own }),
				});
			}
		}
		settings.navigation.forEach((item, index) => {
			if (item.label) requireAllLocales(item.label, ['navigation', index, 'label']);
		});
	})
	// Places without a language use the default language's name; pages (and the CMS's title, in the editor's language) use `names`.
	.transform(({ organisation, ...settings }) => {
		const names = Object.fromEntries(settings.locales.map((code) => [code, typeof organisation.name === 'string' ? organisation.name : organisation.name[code]!]));
		return { ...settings, editorLanguage: editorLanguage(settings), organisation: { ...organisation, name: names[settings.locales[0]!]!, names } };
	});

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type NavigationItem = Settings['navigation'][number];
