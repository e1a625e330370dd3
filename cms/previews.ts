import { createElement as h, type ReactNode } from 'react';
import type { Gated } from '../src/consent/gate.ts';
import { consentNotice, identifyingNotices, type Notice } from './consent-notice.ts';
import { entryProblems } from './validate.ts';

/**
 * The editor's preview of stories, testimonials and specialties: the site's
 * markup classes and stylesheet, with a notice on top saying whether the
 * item will be published today (the build's own consent gate decides).
 */

interface ImmutableLike {
	toJS(): unknown;
}
export interface PreviewProps {
	entry: { get(key: 'data'): ImmutableLike };
	widgetFor(name: string): ReactNode;
	getAsset(path: string): { toString(): string };
}

type Data = Record<string, unknown> & Gated;

/** What the preview needs to judge consent as the build will. */
export interface PreviewContext {
	today: string;
	maxYears: number;
}

/**
 * The notice about consent: a consent block the build would refuse (say it
 * runs longer than the organisation allows) says so, in Dutch; otherwise the
 * gate says whether the item will be on the site today.
 */
export function consentNotices(collection: string, data: Data, { today, maxYears }: PreviewContext): Notice[] {
	// Nothing filled in yet: "no consent yet" says more than the list of empty fields.
	const refused = nothingFilledIn(data.consent) ? [] : entryProblems(collection, data, maxYears).filter((problem) => problem.startsWith('consent'));
	if (refused.length > 0) return refused.map((problem) => ({ tone: 'blocked', text: `Zo kan dit niet gepubliceerd worden: ${problem.replace(/^[\w.[\]]+: /, '').split(' / ')[0]}.` }));
	const notice = consentNotice(data, today);
	return notice ? [notice] : [];
}

/** A form group with no value typed or chosen: empty texts and lists, unticked boxes. */
function nothingFilledIn(value: unknown): boolean {
	if (value === undefined || value === null || value === '' || value === false) return true;
	if (Array.isArray(value)) return value.every(nothingFilledIn);
	if (typeof value === 'object') return Object.values(value).every(nothingFilledIn);
	return false;
}

const dataOf = (props: PreviewProps) => (props.entry.get('data')?.toJS() ?? {}) as Data;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

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
		const data = dataOf(props);
		const hero = (data.hero ?? {}) as { image?: string; alt?: string };
		const isPatientStory = data.kind === 'patient';
		return h(
			'article',
			{ className: 'zm-container zm-section story cms-preview' },
			h(Notices, {
				notices: [...consentNotices('stories', data, context), ...(isPatientStory ? identifyingNotices([str(data.title), str(data.description), str(data.body)]) : [])],
			}),
			h('header', { className: 'zm-stack' }, h('h1', null, str(data.title) ?? ''), h('p', { className: 'zm-lead' }, str(data.description) ?? '')),
			str(data.contentNote) ? h('aside', { className: 'content-note' }, h('p', null, str(data.contentNote))) : null,
			// A patient's photo only with photo consent, as on the site.
			!isPatientStory || data.consent?.photo ? h(Picture, { props, path: hero.image, alt: hero.alt, className: 'hero' }) : null,
			h('div', { className: 'zm-prose body' }, props.widgetFor('body')),
		);
	};
}

export function testimonialPreview(context: PreviewContext) {
	return function TestimonialPreview(props: PreviewProps): ReactNode {
		// A testimonial always needs consent, also while its quote is still empty.
		const data: Data = { ...dataOf(props), quote: str(dataOf(props).quote) ?? '' };
		const author = (data.author ?? {}) as { name?: string; role?: string; detail?: string };
		const roles: Record<string, string> = { patient: 'Patiënt', relative: 'Naaste', referrer: 'Verwijzer', staff: 'Medewerker' };
		const who = author.name ?? roles[author.role ?? ''] ?? '';
		return h(
			'div',
			{ className: 'zm-container zm-section cms-preview' },
			h(Notices, { notices: [...consentNotices('testimonials', data, context), ...identifyingNotices([str(data.quote), author.detail])] }),
			h(
				'figure',
				{ className: 'testimonial' },
				data.consent?.photo ? h(Picture, { props, path: data.photo, alt: data.photoAlt, className: 'photo' }) : null,
				h('blockquote', { lang: str(data.locale) }, h('p', null, str(data.quote) ?? '')),
				h(
					'figcaption',
					null,
					h('span', { className: 'who' }, who),
					author.detail ? h('span', { className: 'zm-meta' }, `, ${author.detail}`) : null,
					data.compensated ? h('p', { className: 'disclosure zm-meta' }, 'Deze persoon kreeg iets in ruil voor het delen van de ervaring, of werkt bij ons.') : null,
				),
			),
		);
	};
}

export function SpecialtyPreview(props: PreviewProps): ReactNode {
	const data = dataOf(props);
	const named = (value: unknown) => (Array.isArray(value) ? (value as { name?: string; description?: string }[]) : []);
	const list = (title: string, items: { name?: string; description?: string }[]) =>
		items.length > 0 ? h('section', null, h('h2', null, title), h('ul', null, ...items.map((item, index) => h('li', { key: index }, h('strong', null, item.name ?? ''), item.description ? ` — ${item.description}` : '')))) : null;
	const referral = (data.referral ?? {}) as { intro?: string; steps?: string[] };
	const hero = (data.hero ?? {}) as { image?: string; alt?: string };
	return h(
		'article',
		{ className: 'zm-container zm-section cms-preview' },
		h('header', { className: 'zm-stack' }, h('h1', null, str(data.name) ?? ''), h('p', { className: 'zm-lead' }, str(data.summary) ?? '')),
		h(Picture, { props, path: hero.image, alt: hero.alt, className: 'hero' }),
		h('div', { className: 'zm-prose body' }, props.widgetFor('body')),
		list('Aandoeningen', named(data.conditions)),
		list('Behandelingen', named(data.treatments)),
		referral.intro
			? h('section', { className: 'referral' }, h('h2', null, 'Voor verwijzers'), h('p', null, referral.intro), h('ol', null, ...(referral.steps ?? []).map((step, index) => h('li', { key: index }, step))))
			: null,
	);
}
