import { createElement as h, useSyncExternalStore, type ReactNode } from 'react';
import { needsConsent, type Gated } from '../src/consent/gate.ts';
import { attribution } from '../src/i18n/attribution.ts';
import { formatDate, t } from '../src/i18n/index.ts';
import { withoutEnclosingQuotes } from '../src/lib/quotation.ts';
import { readingMinutes } from '../src/lib/reading-time.ts';
import { SUPPORTED_LOCALES, type Locale } from '../src/schemas/primitives.ts';
import type { TestimonialData } from '../src/schemas/testimonial.ts';
import { consentNotice, identifyingNotices, type Notice } from './consent-notice.ts';
import { entryAsSaved } from './entry-file.ts';
import { cmsText } from './text/index.ts';
import { withoutListData } from './list-view.ts';
import { fieldProblems } from './validate.ts';

/**
 * The editor's preview of stories, testimonials and specialties: the site's
 * words and markup, made by the functions the site's templates use
 * (attribution(), t(), formatDate(), readingMinutes(), the consent gate), with
 * the site's stylesheet; and above it a bar saying whether the item will be
 * on the site if it is published today, and if not, why.
 *
 * The templates themselves are Astro components, rendered at build time; the
 * preview re-creates their markup (StoryPage.astro, TestimonialQuote.astro,
 * SpecialtyPage.astro) and preview.css their scoped styles.
 */

interface ImmutableLike {
	toJS(): unknown;
	get(key: string): unknown;
}
export interface PreviewProps {
	entry: ImmutableLike;
	widgetFor(name: string): ReactNode;
	getAsset(path: string): { toString(): string };
	/** The language pane shown (translated collections). */
	locale?: string;
}

type Data = Record<string, unknown> & Gated;

/** Another item signed on the same consent form, as the preview names it. */
export interface SameFormItem {
	collection: string;
	slug: string;
	/** Its title or quote. */
	name: string;
	withdrawn: boolean;
}

/** What the preview needs to judge consent as the build will. */
export interface PreviewContext {
	/** The organisation's date, YYYY-MM-DD. */
	today: string;
	maxYears: number;
	/** The editor's language (cms/editor-language.ts) for the preview's notices. */
	language: string;
	/** The site's default language (settings, the first of locales): an entry's language when it names none. */
	defaultLocale: Locale;
	/** Every other item with this consent reference (known-entries.ts); none when not given. */
	sameForm?: (reference: string | undefined, self: { collection: string; slug?: string }) => SameFormItem[];
	/**
	 * The other entries the preview shows (known-entries.ts) arrive after it is first drawn: `subscribe` tells of
	 * each new reading, `version` counts them, and the preview is drawn again (an embedded testimonial's quote).
	 */
	entries?: { subscribe(listener: () => void): () => void; version(): number };
}

const NO_ENTRIES = { subscribe: () => () => {}, version: () => 0 };

/**
 * The notices about consent: a consent block the build would refuse (say it
 * runs longer than the organisation allows) says so, in the editor's language; otherwise the
 * gate says whether the item will be on the site today. Items signed on the
 * same form are named: a withdrawal must reach every one of them.
 */
export function consentNotices(collection: string, data: Data, { today, maxYears, sameForm, language }: PreviewContext, slug?: string): Notice[] {
	// Nothing filled in yet: "no consent yet" says more than the list of empty fields; half filled in, say so once.
	const problems = nothingFilledIn(data.consent) ? [] : [...fieldProblems(collection, data, maxYears)].filter(([path]) => path === 'consent' || path.startsWith('consent.'));
	const words = cmsText(language).notices;
	if (problems.some(([, problem]) => problem.missing)) return [{ tone: 'blocked', text: words.consentIncomplete }];
	if (problems.length > 0) return problems.map(([, problem]) => ({ tone: 'blocked', text: words.cannotPublish(problem.message) }));
	const notice = consentNotice(data, today, language);
	return [...(notice ? [notice] : []), ...sameFormNotices(data, sameForm?.(data.consent?.reference, { collection, slug }) ?? [], language)];
}

/**
 * What a withdrawal must also reach: the other items on the same consent form, in the editor's `language`
 * (cms/text/, notices).
 */
export function sameFormNotices(data: Data, others: SameFormItem[], language: string): Notice[] {
	if (others.length === 0) return [];
	const words = cmsText(language).notices;
	const items = (list: SameFormItem[]) => list.map((item) => (item.collection === 'stories' ? words.storyItem : words.testimonialItem)(item.name)).join(', ');
	const reference = data.consent?.reference ?? '';
	const stillUp = others.filter((item) => !item.withdrawn);
	if (data.consent?.withdrawnOn) {
		if (stillUp.length === 0) return [{ tone: 'ok', text: words.sameFormAllWithdrawn(reference) }];
		return [{ tone: 'blocked', text: words.sameFormStillUp(reference, items(stillUp)) }];
	}
	return [{ tone: 'warning', text: words.sameForm(reference, items(others)) }];
}

/** A form group with no value typed or chosen: empty texts and lists, unticked boxes. */
function nothingFilledIn(value: unknown): boolean {
	if (value === undefined || value === null || value === '' || value === false) return true;
	if (Array.isArray(value)) return value.every(nothingFilledIn);
	if (typeof value === 'object') return Object.values(value).every(nothingFilledIn);
	return false;
}

/** Whether a picture of the item stays off the site for want of photo consent (the photo rule of mayShowPhoto in the consent gate). */
const photoNeedsConsent = (data: Data) => needsConsent(data) && data.consent?.photo !== true;

/** The entry as its file will hold it (writeEntryFile): no list values, no empty fields, no untouched group of switches. */
const dataOf = (props: PreviewProps) => entryAsSaved(withoutListData(((props.entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Data)) as Data;
const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
/** The entry's language: the pane's or its `locale` when the kit has that language, else the site's default. */
const localeOf = (value: unknown, defaultLocale: Locale): Locale => ((SUPPORTED_LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : defaultLocale);
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function Notices({ notices }: { notices: (Notice | undefined)[] }): ReactNode {
	const shown = notices.filter((notice): notice is Notice => Boolean(notice));
	if (shown.length === 0) return null;
	return h('div', { className: 'cms-notices', role: 'status' }, ...shown.map((notice, index) => h('p', { key: index, className: `cms-notice cms-notice-${notice.tone}` }, notice.text)));
}

function Picture({ props, path, alt, className }: { props: PreviewProps; path: unknown; alt: unknown; className: string }): ReactNode {
	const src = str(path);
	return src ? h('img', { className, src: props.getAsset(src).toString(), alt: str(alt) ?? '' }) : null;
}

export function storyPreview(context: PreviewContext) {
	return function StoryPreview(props: PreviewProps): ReactNode {
		const entries = context.entries ?? NO_ENTRIES;
		const version = useSyncExternalStore(entries.subscribe, entries.version);
		const data = dataOf(props);
		const locale = localeOf(props.locale, context.defaultLocale);
		const hero = (data.hero ?? {}) as { image?: string; alt?: string };
		const isPatientStory = data.kind === 'patient';
		// A patient's photo only with photo consent, as on the site; the preview says so rather than leaving it out silently.
		const heroHidden = Boolean(str(hero.image)) && photoNeedsConsent(data);
		const meta = [
			isDate(data.publishedOn) ? t(locale, 'story.publishedOn', { date: formatDate(locale, data.publishedOn) }) : undefined,
			isDate(data.updatedOn) ? t(locale, 'story.updatedOn', { date: formatDate(locale, data.updatedOn) }) : undefined,
			t(locale, 'story.readingTime', { minutes: readingMinutes(str(data.body) ?? '') }),
		].filter(Boolean);
		return h(
			'article',
			{ className: 'zm-container zm-section story cms-preview', lang: locale },
			h(Notices, {
				notices: [
					...consentNotices('stories', data, context, str(props.entry.get('slug'))),
					...(heroHidden ? [{ tone: 'warning' as const, text: cmsText(context.language).notices.heroHidden }] : []),
					...(isPatientStory ? identifyingNotices([str(data.title), str(data.description), str(data.body)]) : []),
				],
			}),
			h(
				'header',
				{ className: 'zm-stack' },
				typeof data.kind === 'string' ? h('p', { className: 'kind' }, t(locale, `kind.${data.kind}` as never)) : null,
				h('h1', null, str(data.title) ?? ''),
				h('p', { className: 'zm-lead' }, str(data.description) ?? ''),
				h('p', { className: 'zm-meta' }, meta.join(' · ')),
			),
			str(data.contentNote)
				? h('aside', { className: 'content-note' }, h('p', { className: 'title' }, t(locale, 'story.contentNote')), h('p', null, str(data.contentNote)))
				: null,
			heroHidden ? null : h(Picture, { props, path: hero.image, alt: hero.alt, className: 'hero' }),
			// Keyed by the entries' reading: Decap draws a building block's preview once, so a new reading draws the text again.
			h('div', { key: version, className: 'zm-prose body' }, props.widgetFor('body')),
		);
	};
}

export function testimonialPreview(context: PreviewContext) {
	return function TestimonialPreview(props: PreviewProps): ReactNode {
		// A testimonial always needs consent, also while its quote is still empty.
		const data: Data = { ...dataOf(props), quote: str(dataOf(props).quote) ?? '' };
		const locale = localeOf(data.locale, context.defaultLocale);
		const author = (data.author ?? {}) as Partial<TestimonialData['author']>;
		const { who, details } = author.role ? attribution(author as TestimonialData['author'], locale) : { who: author.name ?? '', details: author.detail ?? '' };
		const showPhoto = Boolean(str(data.photo)) && !photoNeedsConsent(data);
		return h(
			'div',
			{ className: 'zm-container zm-section cms-preview', lang: locale },
			h(Notices, {
				notices: [
					...consentNotices('testimonials', data, context, str(props.entry.get('slug'))),
					...(str(data.photo) && !showPhoto ? [{ tone: 'warning' as const, text: cmsText(context.language).notices.photoHidden }] : []),
					...identifyingNotices([str(data.quote), author.detail]),
				],
			}),
			h(
				'figure',
				{ className: 'testimonial' },
				showPhoto ? h(Picture, { props, path: data.photo, alt: data.photoAlt, className: 'photo' }) : null,
				h('blockquote', { lang: locale }, h('p', null, withoutEnclosingQuotes(str(data.quote) ?? ''))),
				h(
					'figcaption',
					null,
					h('span', { className: 'who' }, who),
					details ? h('span', { className: 'zm-meta' }, `, ${details}`) : null,
					data.compensated ? h('p', { className: 'disclosure zm-meta' }, t(locale, 'testimonial.compensated')) : null,
				),
			),
		);
	};
}

/** A specialty's preview, in the language of the pane shown (`defaultLocale` when Decap names none). */
export function specialtyPreview({ defaultLocale }: Pick<PreviewContext, 'defaultLocale'>) {
	return function SpecialtyPreview(props: PreviewProps): ReactNode {
		const data = dataOf(props);
		const locale = localeOf(props.locale, defaultLocale);
		const named = (value: unknown) => (Array.isArray(value) ? (value as { name?: string; description?: string }[]) : []);
		const list = (title: string, items: { name?: string; description?: string }[]) =>
			items.length > 0 ? h('section', null, h('h2', null, title), h('ul', null, ...items.map((item, index) => h('li', { key: index }, h('strong', null, item.name ?? ''), item.description ? ` — ${item.description}` : '')))) : null;
		const referral = (data.referral ?? {}) as { intro?: string; steps?: string[] };
		const hero = (data.hero ?? {}) as { image?: string; alt?: string };
		return h(
			'article',
			{ className: 'zm-container zm-section cms-preview', lang: locale },
			h('header', { className: 'zm-stack' }, h('h1', null, str(data.name) ?? ''), h('p', { className: 'zm-lead' }, str(data.summary) ?? '')),
			h(Picture, { props, path: hero.image, alt: hero.alt, className: 'hero' }),
			h('div', { className: 'zm-prose body' }, props.widgetFor('body')),
			list(t(locale, 'specialty.conditions'), named(data.conditions)),
			list(t(locale, 'specialty.treatments'), named(data.treatments)),
			referral.intro
				? h(
						'section',
						{ className: 'referral' },
						h('h2', null, t(locale, 'specialty.referrers')),
						h('p', null, referral.intro),
						h('ol', null, ...(referral.steps ?? []).map((step, index) => h('li', { key: index }, step))),
					)
				: null,
		);
	};
}
