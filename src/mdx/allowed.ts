/**
 * The building blocks an editor may use in a story, and nothing else. This is
 * the contract between the content check (src/mdx/safety.ts), the text
 * escaping done on save (src/mdx/escape.ts), the components that render the
 * blocks (src/components/mdx/) and the CMS that inserts them. Plain data and
 * pure functions only: the CMS loads this file in the browser.
 *
 * Every block starts on a line of its own, and its attribute values are
 * double-quoted text (`"` and `&` written as &quot; and &amp;):
 *
 * @example
 * <Testimonial slug="marieke" />
 * <PullQuote quote="Ik voelde me gehoord." attribution="Peter, 58" />
 * <PullQuote quote="I felt heard." attribution="Peter, 58" lang="en" />
 * <CallToAction href="/nl/contact/" label="Maak een afspraak" />
 * <Figure caption="De dagbehandeling">
 *
 * ![Beschrijving van de foto](../../media/dagbehandeling-gang.jpg)
 *
 * </Figure>
 * <FactBox title="Goed om te weten">
 *
 * - Markdown: paragraphs, lists, bold, links.
 *
 * </FactBox>
 */
import { isOnlyQuotationMarks, withoutEnclosingQuotes } from '../lib/quotation.ts';

export interface AllowedAttribute {
	/** Whether the block cannot do without it. */
	required: boolean;
	/**
	 * What the value is, for checks beyond "some text": `slug` names a
	 * testimonial file (content/testimonials/<slug>.md), `link` must be a
	 * safe address (see {@link isAllowedLink}), `quotation` is shown between
	 * the quotation marks of its language, without any marks the editor put
	 * around it (see {@link shownValue}), `language` is a language code of the
	 * site (settings locales; the content check refuses any other, as it does
	 * a testimonial's `locale`). Default plain text.
	 */
	kind?: 'text' | 'slug' | 'link' | 'quotation' | 'language';
}

export interface AllowedComponent {
	/**
	 * What goes between the opening and closing tag: `none` for a block
	 * written as one self-closing tag (`<PullQuote … />`), `image` for one
	 * Markdown picture, `markdown` for ordinary text, lists and links.
	 */
	content: 'none' | 'image' | 'markdown';
	attributes: Record<string, AllowedAttribute>;
}

export const ALLOWED_COMPONENTS = {
	/** A testimonial from content/testimonials/, shown only while its consent is valid. */
	Testimonial: { content: 'none', attributes: { slug: { required: true, kind: 'slug' } } },
	/**
	 * A quotation set large, e.g. words of the patient the story is about. `lang` is the quote's language when it
	 * is not the story's (an English patient quoted in a French story): its quotation marks and a screen reader's
	 * voice follow it. Default: the story's language.
	 */
	PullQuote: { content: 'none', attributes: { quote: { required: true, kind: 'quotation' }, attribution: { required: false }, lang: { required: false, kind: 'language' } } },
	/** A button-like link to act on: make an appointment, call, read on. */
	CallToAction: { content: 'none', attributes: { href: { required: true, kind: 'link' }, label: { required: true } } },
	/** One picture with a caption. */
	Figure: { content: 'image', attributes: { caption: { required: true } } },
	/** A framed box of facts next to the story, with a title. */
	FactBox: { content: 'markdown', attributes: { title: { required: true } } },
} as const satisfies Record<string, AllowedComponent>;

export type AllowedComponentName = keyof typeof ALLOWED_COMPONENTS;

export const ALLOWED_COMPONENT_NAMES = Object.keys(ALLOWED_COMPONENTS) as AllowedComponentName[];

export function isAllowedComponent(name: string): name is AllowedComponentName {
	return Object.hasOwn(ALLOWED_COMPONENTS, name);
}

/**
 * What a building block shows of an attribute's value: a `quotation`
 * without one pair of quotation marks around the whole of it, which the page
 * draws in the quote's language itself (src/lib/quotation.ts); any other
 * value as written. The block's component, the content check, the leak
 * proof's reading of a body and the CMS preview all read values through
 * this, so they agree on what a reader sees.
 *
 * @example
 * shownValue('PullQuote', 'quote', '"Ik voelde me gehoord."') // 'Ik voelde me gehoord.'
 */
export function shownValue(component: string, attribute: string, value: string): string {
	return kindOf(component, attribute) === 'quotation' ? withoutEnclosingQuotes(value) : value;
}

/**
 * Whether an attribute's value shows nothing a reader can read: empty or
 * spaces, or for a `quotation` nothing but quotation marks (`quote="« »"`),
 * which the block would show as an empty quote between the page's own marks.
 */
export function showsNothing(component: string, attribute: string, value: string): boolean {
	return kindOf(component, attribute) === 'quotation' ? isOnlyQuotationMarks(value) : value.trim() === '';
}

/** The kind of a block's attribute (default `text`), or undefined for a block or attribute that does not exist. */
export function kindOf(component: string, attribute: string): AllowedAttribute['kind'] | undefined {
	if (!isAllowedComponent(component)) return undefined;
	const attributes: Record<string, AllowedAttribute> = ALLOWED_COMPONENTS[component].attributes;
	return Object.hasOwn(attributes, attribute) ? (attributes[attribute]!.kind ?? 'text') : undefined;
}

/** How a CallToAction's address may begin: a page of this site, a secure website, an e-mail address or a phone number. */
export const ALLOWED_LINK_STARTS = ['/', 'https://', 'mailto:', 'tel:'] as const;

/**
 * Whether `href` is an address a CallToAction may point to. Anything that
 * could run a script (javascript:, data:) or leave the site unencrypted
 * (http:) is refused, as are "//host" and "/\host", which browsers read as
 * another website, and control characters, which browsers drop from addresses.
 */
export function isAllowedLink(href: string): boolean {
	if (/[\u0000-\u001f\u007f]/.test(href)) return false;
	if (/^\/[/\\]/.test(href)) return false;
	const lower = href.toLowerCase();
	// "/" alone is the home page; "https://" or "tel:" alone leads nowhere.
	return ALLOWED_LINK_STARTS.some((start) => lower.startsWith(start) && (start === '/' || lower.length > start.length));
}
