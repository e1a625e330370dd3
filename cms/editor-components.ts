import { shownValue } from '../src/mdx/allowed.ts';
import { encodeAttribute } from '../src/mdx/escape.ts';
import { FALLBACK_EDITOR_LANGUAGE } from '../src/messages/index.ts';
import { SUPPORTED_LOCALES } from '../src/schemas/primitives.ts';
import { choice, type CmsField } from './fields.ts';
import { languageName } from './languages.ts';
import { LIST_KEY } from './list-view.ts';
import { cmsText } from './text/index.ts';

/**
 * The building blocks an editor inserts in a story with the "+" button, so
 * nobody types MDX. Each writes exactly the syntax the content check allows
 * (src/mdx/allowed.ts) and reads it back into a form.
 */
export interface EditorComponent {
	id: string;
	label: string;
	fields: CmsField[];
	pattern: RegExp;
	fromBlock(match: RegExpMatchArray): Record<string, string>;
	toBlock(data: Record<string, string | undefined>): string;
	toPreview(data: Record<string, string | undefined>): string;
}

const decodeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Text inside a block was escaped on save (src/mdx/escape.ts); the form shows it as the editor typed it. */
const unescapeText = (value: string) => value.replace(/\\([{}<])/g, '$1');
const escapeHtml = (value = '') => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** name="value" pairs of a tag, decoded. */
function attributesOf(text: string): Record<string, string> {
	return Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name!, decodeAttribute(value!)]));
}

/** `<Name a="1" b="2" />`, leaving out empty optional attributes. */
function selfClosing(name: string, attributes: Record<string, string | undefined>): string {
	const written = Object.entries(attributes)
		.filter(([, value]) => value !== undefined && value.trim() !== '')
		.map(([key, value]) => ` ${key}="${encodeAttribute(value!.trim())}"`);
	return `<${name}${written.join('')} />`;
}

const selfClosingPattern = (name: string) => new RegExp(`^<${name}((?: \\w+="[^"]*")*) />$`);

/** Markdown image syntax: brackets in the alt text, and spaces or brackets in the path, must not end it early. */
const markdownImage = (alt = '', src = '') => `![${alt.replace(/[[\]]/g, '\\$&')}](${encodeURI(src)})`;

/**
 * The building blocks in the editor's `language` (cms/editor-language.ts): names, field labels and hints and the
 * preview's words from cms/text/<code>.ts (`blocks`); the syntax they write never changes with the language.
 * `locales` are the site's languages (settings), which a pull quote's `lang` may name; default every language of the kit.
 */
export function editorComponents(language: string, locales: readonly string[] = SUPPORTED_LOCALES): EditorComponent[] {
	const { testimonial, pullQuote, callToAction, figure, factBox } = cmsText(language).blocks;
	return [
		{
			id: 'testimonial',
			label: testimonial.label,
			fields: [
				{
					name: 'slug',
					label: testimonial.slug.label,
					widget: 'relation',
					collection: 'testimonials',
					value_field: '{{slug}}',
					search_fields: ['quote', 'author.name'],
					// Who, in which language, whether it is on the site today (list-view.ts), and the quote: an expired one stands out.
					display_fields: [`{{${LIST_KEY}.who}} · {{${LIST_KEY}.language}} · {{${LIST_KEY}.status}} · “{{quote}}”`],
					hint: testimonial.slug.hint,
				},
			],
			pattern: selfClosingPattern('Testimonial'),
			fromBlock: (match) => attributesOf(match[1] ?? ''),
			toBlock: ({ slug }) => selfClosing('Testimonial', { slug }),
			toPreview: ({ slug }) =>
				`<figure class="testimonial"><blockquote><p>${escapeHtml(testimonial.preview(slug ?? ''))}</p></blockquote><figcaption>${escapeHtml(testimonial.previewNote)}</figcaption></figure>`,
		},
		{
			id: 'pull-quote',
			label: pullQuote.label,
			fields: [
				{ name: 'quote', label: pullQuote.quote, widget: 'text' },
				{ name: 'attribution', label: pullQuote.attribution, widget: 'string', required: false },
				choice('lang', pullQuote.language.label, Object.fromEntries(locales.map((locale) => [locale, languageName(locale, language)])), { required: false, hint: pullQuote.language.hint }),
			],
			pattern: selfClosingPattern('PullQuote'),
			fromBlock: (match) => attributesOf(match[1] ?? ''),
			toBlock: ({ quote, attribution, lang }) => selfClosing('PullQuote', { quote, attribution, lang }),
			toPreview: ({ quote, attribution, lang }) => `<figure class="zm-pull-quote"><blockquote${lang ? ` lang="${escapeHtml(lang)}"` : ''}><p>${escapeHtml(shownValue('PullQuote', 'quote', quote ?? ''))}</p></blockquote>${attribution ? `<figcaption>${escapeHtml(attribution)}</figcaption>` : ''}</figure>`,
		},
		{
			id: 'call-to-action',
			label: callToAction.label,
			fields: [
				{ name: 'label', label: callToAction.text.label, widget: 'string', hint: callToAction.text.hint },
				{ name: 'href', label: callToAction.href.label, widget: 'string', hint: callToAction.href.hint },
			],
			pattern: selfClosingPattern('CallToAction'),
			fromBlock: (match) => attributesOf(match[1] ?? ''),
			toBlock: ({ href, label }) => selfClosing('CallToAction', { href, label }),
			toPreview: ({ href, label }) => `<p><a class="zm-call-to-action" href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`,
		},
		{
			id: 'figure',
			label: figure.label,
			fields: [
				{ name: 'image', label: figure.image, widget: 'image', choose_url: false },
				{ name: 'alt', label: figure.alt.label, widget: 'string', hint: figure.alt.hint },
				{ name: 'caption', label: figure.caption, widget: 'string' },
			],
			pattern: /^<Figure caption="([^"]*)">\n\n!\[((?:[^\]\\]|\\.)*)\]\(([^)]*)\)\n\n<\/Figure>$/,
			fromBlock: (match) => ({ caption: decodeAttribute(match[1] ?? ''), alt: unescapeText((match[2] ?? '').replace(/\\([[\]])/g, '$1')), image: decodeURI(match[3] ?? '') }),
			toBlock: ({ caption, alt, image }) => `<Figure caption="${encodeAttribute((caption ?? '').trim())}">\n\n${markdownImage(alt?.trim(), image)}\n\n</Figure>`,
			toPreview: ({ caption, alt, image }) => `<figure class="zm-figure"><img src="${escapeHtml(image)}" alt="${escapeHtml(alt)}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`,
		},
		{
			id: 'fact-box',
			label: factBox.label,
			fields: [
				{ name: 'title', label: factBox.title.label, widget: 'string', hint: factBox.title.hint },
				{ name: 'body', label: factBox.body.label, widget: 'text', hint: factBox.body.hint },
			],
			pattern: /^<FactBox title="([^"]*)">\n\n([\s\S]*?)\n\n<\/FactBox>$/,
			fromBlock: (match) => ({ title: decodeAttribute(match[1] ?? ''), body: unescapeText(match[2] ?? '') }),
			toBlock: ({ title, body }) => `<FactBox title="${encodeAttribute((title ?? '').trim())}">\n\n${(body ?? '').trim()}\n\n</FactBox>`,
			toPreview: ({ title, body }) => `<aside class="zm-fact-box"><p><strong>${escapeHtml(title)}</strong></p><p>${escapeHtml(body).replace(/\n/g, '<br>')}</p></aside>`,
		},
	];
}

/** The blocks' ids, the same in every language: what a story's body field offers (collections.ts). */
export const EDITOR_COMPONENT_IDS = editorComponents(FALLBACK_EDITOR_LANGUAGE).map((component) => component.id);
