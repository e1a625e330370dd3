import { encodeAttribute } from '../src/mdx/escape.ts';
import type { CmsField } from './fields.ts';
import { LIST_KEY } from './list-view.ts';

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

export const EDITOR_COMPONENTS: EditorComponent[] = [
	{
		id: 'testimonial',
		label: 'Ervaring',
		fields: [
			{
				name: 'slug',
				label: 'Welke ervaring?',
				widget: 'relation',
				collection: 'testimonials',
				value_field: '{{slug}}',
				search_fields: ['quote', 'author.name'],
				// Who, in which language, whether it is on the site today (list-view.ts), and the quote: an expired one stands out.
				display_fields: [`{{${LIST_KEY}.who}} · {{${LIST_KEY}.language}} · {{${LIST_KEY}.status}} · “{{quote}}”`],
				hint: 'De ervaring verschijnt alleen zolang de toestemming geldig is.',
			},
		],
		pattern: selfClosingPattern('Testimonial'),
		fromBlock: (match) => attributesOf(match[1] ?? ''),
		toBlock: ({ slug }) => selfClosing('Testimonial', { slug }),
		toPreview: ({ slug }) => `<figure class="testimonial"><blockquote><p>Ervaring “${escapeHtml(slug)}”</p></blockquote><figcaption>Op de site alleen zolang de toestemming geldig is.</figcaption></figure>`,
	},
	{
		id: 'pull-quote',
		label: 'Citaat in het groot',
		fields: [
			{ name: 'quote', label: 'Citaat', widget: 'text' },
			{ name: 'attribution', label: 'Van wie (mag leeg)', widget: 'string', required: false },
		],
		pattern: selfClosingPattern('PullQuote'),
		fromBlock: (match) => attributesOf(match[1] ?? ''),
		toBlock: ({ quote, attribution }) => selfClosing('PullQuote', { quote, attribution }),
		toPreview: ({ quote, attribution }) => `<figure class="zm-pull-quote"><blockquote><p>${escapeHtml(quote)}</p></blockquote>${attribution ? `<figcaption>${escapeHtml(attribution)}</figcaption>` : ''}</figure>`,
	},
	{
		id: 'call-to-action',
		label: 'Knop',
		fields: [
			{ name: 'label', label: 'Tekst op de knop', widget: 'string', hint: 'Zeg wat er gebeurt: "Maak een afspraak", "Bel de polikliniek".' },
			{ name: 'href', label: 'Waar de knop naartoe gaat', widget: 'string', hint: 'Een pagina van de site (begint met /), een https://-adres, mailto: of tel:.' },
		],
		pattern: selfClosingPattern('CallToAction'),
		fromBlock: (match) => attributesOf(match[1] ?? ''),
		toBlock: ({ href, label }) => selfClosing('CallToAction', { href, label }),
		toPreview: ({ href, label }) => `<p><a class="zm-call-to-action" href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`,
	},
	{
		id: 'figure',
		label: 'Foto met onderschrift',
		fields: [
			{ name: 'image', label: 'Foto', widget: 'image', choose_url: false },
			{ name: 'alt', label: 'Wat is er te zien? (alt-tekst)', widget: 'string', hint: 'Voor wie de foto niet kan zien.' },
			{ name: 'caption', label: 'Onderschrift', widget: 'string' },
		],
		pattern: /^<Figure caption="([^"]*)">\n\n!\[((?:[^\]\\]|\\.)*)\]\(([^)]*)\)\n\n<\/Figure>$/,
		fromBlock: (match) => ({ caption: decodeAttribute(match[1] ?? ''), alt: unescapeText((match[2] ?? '').replace(/\\([[\]])/g, '$1')), image: decodeURI(match[3] ?? '') }),
		toBlock: ({ caption, alt, image }) => `<Figure caption="${encodeAttribute((caption ?? '').trim())}">\n\n${markdownImage(alt?.trim(), image)}\n\n</Figure>`,
		toPreview: ({ caption, alt, image }) => `<figure class="zm-figure"><img src="${escapeHtml(image)}" alt="${escapeHtml(alt)}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`,
	},
	{
		id: 'fact-box',
		label: 'Feitenblok',
		fields: [
			{ name: 'title', label: 'Kop', widget: 'string', hint: 'Bijvoorbeeld "Goed om te weten".' },
			{ name: 'body', label: 'Inhoud', widget: 'text', hint: 'Korte zinnen of een lijstje: begin een regel met "- " voor een opsomming.' },
		],
		pattern: /^<FactBox title="([^"]*)">\n\n([\s\S]*?)\n\n<\/FactBox>$/,
		fromBlock: (match) => ({ title: decodeAttribute(match[1] ?? ''), body: unescapeText(match[2] ?? '') }),
		toBlock: ({ title, body }) => `<FactBox title="${encodeAttribute((title ?? '').trim())}">\n\n${(body ?? '').trim()}\n\n</FactBox>`,
		toPreview: ({ title, body }) => `<aside class="zm-fact-box"><p><strong>${escapeHtml(title)}</strong></p><p>${escapeHtml(body).replace(/\n/g, '<br>')}</p></aside>`,
	},
];
