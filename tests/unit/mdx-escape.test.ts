import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { evaluate } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { compilerViewProblems } from '../../src/mdx/compiler-view.ts';
import { encodeAttribute, escapeMdxText } from '../../src/mdx/escape.ts';
import { mdxProblems } from '../../src/mdx/safety.ts';

/**
 * Compiles MDX with Sätteri, the compiler @astrojs/mdx uses, and renders it
 * to HTML-like text with a tiny JSX runtime. Building blocks render as
 * [Name attribute=value] so a test can see they survived.
 */
function render(mdx: string): string {
	type Props = { children?: unknown } & Record<string, unknown>;
	const Fragment = Symbol('Fragment');
	const children = (value: unknown): string => (Array.isArray(value) ? value.map(children).join('') : value == null || value === false ? '' : String(value));
	const jsx = (type: unknown, allProps: unknown): string => {
		const { children: inner, ...props } = allProps as Props;
		if (type === Fragment) return children(inner);
		if (typeof type === 'function') return (type as (props: Props) => string)({ children: inner, ...props });
		const attributes = Object.entries(props)
			.map(([name, value]) => ` ${name}="${String(value)}"`)
			.join('');
		return `<${String(type)}${attributes}>${children(inner)}</${String(type)}>`;
	};
	const block =
		(name: string) =>
		({ children: inner, ...props }: Props) =>
			`[${name}${Object.entries(props)
				.map(([key, value]) => ` ${key}=${String(value)}`)
				.join('')}]${children(inner)}[/${name}]`;
	const components = Object.fromEntries(['Testimonial', 'PullQuote', 'CallToAction', 'Figure', 'FactBox'].map((name) => [name, block(name)]));
	const { default: Content } = evaluate(mdx, { Fragment, jsx, jsxs: jsx }) as { default: (props: { components: unknown }) => string };
	return Content({ components });
}

/** Texts an editor may type in the CMS, and what a reader must see of each. */
const EDITOR_TEXTS: [string, string, string[]][] = [
	['braces', 'De uitslag volgt {zie hieronder}.', ['De uitslag volgt {zie hieronder}.']],
	['a comparison', 'Als a < b, dan is b > a.', ['Als a < b, dan is b > a.']],
	['a script', '<script>alert(1)</script>', ['<script>alert(1)</script>']],
	['a sum in braces', 'x {1+1} y', ['x {1+1} y']],
	['an HTML comment and a tag', '<!-- let op --> en een <br> of <div class="x">', ['<!-- let op --> en een <br> of <div class="x">']],
	['code spans', 'Typ `{naam}` of ``a ` <b>``, daarna {klaar}.', ['<code>{naam}</code>', '<code>a ` <b></code>', 'daarna {klaar}.']],
	['a code block', 'Voorbeeld:\n\n```json\n{ "a": "<b>" }\n```\n\nEn {c}.', ['{ "a": "<b>" }', 'En {c}.']],
	['braces already escaped', 'Al goed: \\{x\\} en \\< en een backslash \\\\{y}', ['Al goed: {x} en < en een backslash \\{y}']],
	[
		'a line starting with import or export',
		'export van hulpmiddelen naar {buitenland}\n\nimport\tvan medicijnen',
		['export van hulpmiddelen naar {buitenland}', 'import\tvan medicijnen'],
	],
	[
		'links Decap writes',
		'Zie <https://example.org/a_b?c={d}> of [de folder](<folder met spaties.pdf>).',
		['<a href="https://example.org/a_b?c=%7Bd%7D">https://example.org/a_b?c={d}</a>', '<a href="folder%20met%20spaties.pdf">de folder</a>'],
	],
	[
		'a fact box with braces inside',
		'<FactBox title="Goed {om} te weten">\n\n- Neem {alle} medicijnen mee.\n- Nuchter: a < b.\n\n</FactBox>',
		['[FactBox title=Goed {om} te weten]', '<li>Neem {alle} medicijnen mee.</li>', '<li>Nuchter: a < b.</li>', '[/FactBox]'],
	],
	[
		'every building block',
		[
			'<Testimonial slug="marieke" />',
			`<PullQuote quote="${encodeAttribute('Ik voelde me "gehoord" & gezien {echt}.')}" attribution="Peter, 58" />`,
			'<CallToAction href="/nl/contact/" label="Maak een afspraak" />',
			'<Figure caption="De gang">\n\n![Een gang {met licht}](https://example.org/gang.jpg)\n\n</Figure>',
		].join('\n\n'),
		[
			'[Testimonial slug=marieke]',
			'[PullQuote quote=Ik voelde me "gehoord" & gezien {echt}. attribution=Peter, 58]',
			'[CallToAction href=/nl/contact/ label=Maak een afspraak]',
			'[Figure caption=De gang]',
			'alt="Een gang {met licht}"',
		],
	],
];

describe('escapeMdxText', () => {
	for (const [name, text, shown] of EDITOR_TEXTS) {
		it(`makes ${name} safe to build, shown as typed`, () => {
			const escaped = escapeMdxText(text);
			expect(mdxProblems(escaped)).toEqual([]);
			expect(compilerViewProblems(escaped)).toEqual([]);
			const html = render(escaped);
			for (const part of shown) expect(html).toContain(part);
		});

		it(`changes nothing the second time (${name})`, () => {
			expect(escapeMdxText(escapeMdxText(text))).toBe(escapeMdxText(text));
		});
	}

	it('escapes only what MDX would read as code or a tag', () => {
		expect(escapeMdxText('Zie {hieronder}: a < b, en } alleen.')).toBe('Zie \\{hieronder\\}: a \\< b, en \\} alleen.');
		expect(escapeMdxText('export van x\nimport')).toBe('&#101;xport van x\nimport');
	});

	it('leaves building blocks, code and escapes as they are', () => {
		const untouched = [
			'<Testimonial slug="marieke" />',
			'<PullQuote quote="a {b} < c &quot;d&quot;" attribution="Peter, 58" />',
			'<FactBox title="Goed om te weten">\n\n- tekst\n\n</FactBox>',
			'```\n{x} <y>\n```',
			'~~~js {1,3}\nconst a = {} < 1;\n~~~',
			'`{code}` en \\{x\\} en \\<',
			'[folder](<a b.pdf>)',
		];
		for (const text of untouched) expect(escapeMdxText(text)).toBe(text);
	});

	it('escapes a tag that is not a building block, or not on a line of its own', () => {
		expect(escapeMdxText('<UnknownThing />')).toBe('\\<UnknownThing />');
		expect(escapeMdxText('Zie <Testimonial slug="marieke" /> hier')).toBe('Zie \\<Testimonial slug="marieke" /> hier');
	});

	it('keeps Windows line endings', () => {
		expect(escapeMdxText('a {b}\r\n\r\n<Testimonial slug="marieke" />\r\n')).toBe('a \\{b\\}\r\n\r\n<Testimonial slug="marieke" />\r\n');
	});
});

describe('encodeAttribute', () => {
	it('writes " and & as &quot; and &amp;, and a line break as a space', () => {
		expect(encodeAttribute('Ze zei: "Kom & zie"\nen ging.')).toBe('Ze zei: &quot;Kom &amp; zie&quot; en ging.');
	});

	it('gives back the same text when MDX reads the attribute', () => {
		const value = 'Tom & Jerry zeiden: "a < b" {echt} &amp; klaar';
		const tree = unified()
			.use(remarkParse)
			.use(remarkMdx)
			.parse(`<PullQuote quote="${encodeAttribute(value)}" />`);
		const [block] = tree.children as { attributes: { value: unknown }[] }[];
		expect(block?.attributes[0]?.value).toBe(value);
		expect(render(`<PullQuote quote="${encodeAttribute(value)}" />`)).toContain(`quote=${value}]`);
	});
});
