import { afterEach, describe, expect, it } from 'vitest';
import { PACKS, SUPPORTED_LOCALES } from '../../src/i18n/packs.ts';
import { FIELD_NAMES, type MessageCode } from '../../src/messages/catalogue.ts';
import { MESSAGE_EXAMPLES } from '../../src/messages/examples.ts';
import { codeOf, currentEditorLanguage, FALLBACK_EDITOR_LANGUAGE, message, messageIn, useEditorLanguage, withoutCode } from '../../src/messages/index.ts';
import { editorLanguage, editorLanguageOfRaw } from '../../src/settings/editor-language.ts';
import { parseSettings } from '../../src/settings/read.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { describeIssues } from '../../src/errors/index.ts';

const codes = Object.keys(MESSAGE_EXAMPLES) as MessageCode[];
const render = (locale: string, code: MessageCode) => (messageIn as (locale: string, code: MessageCode, params?: unknown) => string)(locale, code, MESSAGE_EXAMPLES[code]);

afterEach(() => useEditorLanguage(undefined));

describe('the message catalogue', () => {
	it('has codes of the form area.whatHappened, each once', () => {
		for (const code of codes) expect(code).toMatch(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it.each(SUPPORTED_LOCALES)('%s has every message and no other', (locale) => {
		expect(Object.keys(PACKS[locale]!.messages).sort()).toEqual([...codes].sort());
	});

	it.each(SUPPORTED_LOCALES)('%s renders every message with its example: text, no placeholder left, its code at the end', (locale) => {
		for (const code of codes) {
			const text = render(locale, code);
			expect(codeOf(text), `${locale} ${code}`).toBe(code);
			const words = withoutCode(text);
			expect(words.trim().length, `${locale} ${code}`).toBeGreaterThan(3);
			expect(words, `${locale} ${code}`).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object |\$\{|\{\w+\}|^\s|\s$|  /);
		}
	});

	it.each(SUPPORTED_LOCALES)('%s differs from every other language in at least most messages (nothing left untranslated by copying)', (locale) => {
		for (const other of SUPPORTED_LOCALES.filter((code) => code !== locale)) {
			const same = codes.filter((code) => render(locale, code) === render(other, code));
			expect(same.length, `${locale} and ${other}: ${same.join(', ')}`).toBeLessThanOrEqual(Math.floor(codes.length / 10));
		}
	});

	it('names no one in the masculine for anyone in French and German (a developer, the developer, visitors)', () => {
		const masculine = { fr: /\b(un|le|au|du) développeur\b|\bles développeurs\b|\bles visiteurs\b/, de: /\b(den|einen|der|dem) Entwickler\b|\bden Entwicklern\b|(?<!innen und )\bBesucher\b(?! und)/ };
		for (const [locale, pattern] of Object.entries(masculine)) {
			expect(codes.filter((code) => pattern.test(render(locale, code))), locale).toEqual([]);
		}
		expect(masculine.de.test('oder bitten Sie den Entwickler, die Schrift') && !masculine.de.test('Besucherinnen und Besucher')).toBe(true);
	});

	it.each(SUPPORTED_LOCALES)('%s names every field in words and writes a line number', (locale) => {
		const parts = PACKS[locale]!.messageParts;
		for (const field of FIELD_NAMES) expect(parts.field[field].trim(), `${locale} ${field}`).not.toBe('');
		expect(parts.atLine(12, 'x')).toMatch(/12/);
	});
});

describe("the editor's language", () => {
	it('is editorLanguage from settings, or else the first of locales', () => {
		expect(editorLanguage({ locales: ['nl', 'fr'] })).toBe('nl');
		expect(editorLanguage({ editorLanguage: 'fr', locales: ['nl', 'fr'] })).toBe('fr');
		expect(editorLanguageOfRaw({ editorLanguage: 'fr', locales: ['nl'] })).toBe('fr');
		expect(editorLanguageOfRaw({ locales: ['en', 'nl'] })).toBe('en');
		expect(editorLanguageOfRaw({ editorLanguage: 'xx', locales: ['nl'] })).toBeUndefined();
		expect(editorLanguageOfRaw({ locales: 'nl' })).toBeUndefined();
		expect(editorLanguageOfRaw('nonsense')).toBeUndefined();
	});

	it('is the language every message is rendered in; English until it is known', () => {
		expect(currentEditorLanguage()).toBe(FALLBACK_EDITOR_LANGUAGE);
		const example = codes[0]!;
		for (const locale of SUPPORTED_LOCALES) {
			useEditorLanguage(locale);
			expect((message as (code: MessageCode, params?: unknown) => string)(example, MESSAGE_EXAMPLES[example])).toBe(render(locale, example));
		}
		useEditorLanguage('xx');
		expect(currentEditorLanguage()).toBe(FALLBACK_EDITOR_LANGUAGE);
	});

	it('may be any language the kit has a file for, also one the site is not published in; another is refused naming the choices', () => {
		const raw = (editorLanguage: unknown) => ({ ...validSettings, editorLanguage });
		for (const locale of SUPPORTED_LOCALES) expect(settingsSchema.parse(raw(locale)).editorLanguage).toBe(locale);
		expect(settingsSchema.parse(validSettings).editorLanguage).toBe(validSettings.locales[0]);
		const result = settingsSchema.safeParse(raw('pl'));
		const problems = result.success ? [] : describeIssues(result.error.issues);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^editorLanguage: .*"pl".*\[settings\.editorLanguageUnknown\]$/);
		for (const locale of SUPPORTED_LOCALES) expect(problems[0]).toContain(locale);
	});

	it('tells the settings’ own problems in the language the settings name, read before they are checked', () => {
		const [first, second] = SUPPORTED_LOCALES;
		const broken = { ...validSettings, locales: [second, first], editorLanguage: second, siteUrl: 'http://insecure.example' };
		expect(() => parseSettings(broken, 'settings/site.yaml', {})).toThrow();
		expect(currentEditorLanguage()).toBe(second);
		parseSettings({ ...validSettings, editorLanguage: first }, 'settings/site.yaml', {});
		expect(currentEditorLanguage()).toBe(first);
	});
});

const validSettings = {
	organisation: { name: 'Testkliniek', type: 'clinic', tagline: Object.fromEntries(SUPPORTED_LOCALES.map((code) => [code, 'Een kliniek.'])), logo: '/logo.svg', brandColor: '#0b6e69' },
	siteUrl: 'https://www.testkliniek.example',
	locales: [...SUPPORTED_LOCALES],
	contact: { phone: '+31 88 000 00 00', email: 'info@testkliniek.example', mainLocation: 'hoofdlocatie' },
	navigation: [{ section: 'stories' }],
};

describe('the list of codes for support (docs/messages.md)', () => {
	it('is up to date with the catalogue: run npm run messages:doc after adding a message', async () => {
		const { messagesDoc } = await import('../../src/messages/doc.ts');
		const fs = await import('node:fs');
		expect(fs.readFileSync(new URL('../../docs/messages.md', import.meta.url), 'utf8')).toBe(messagesDoc());
	});
});

describe('no editor-facing text outside the catalogue', () => {
	/** Files still writing Dutch and English pairs by hand, to be moved into the catalogue: none any more; keep it so. */
	const NOT_YET_MOVED = new Set<string>([]);
	/** scripts/bench/ writes demo content for benchmarks in two languages (its own say() makes up a quote): content, not messages. */
	const CONTENT_NOT_MESSAGES = new Set(['scripts/bench/corpus.ts', 'scripts/bench/generate.ts']);
	/** say(nl, en), sayAtLine(line, nl, en), { nl: …, en: … } pairs, and "Nederlandse tekst / English text" written in one string. */
	const BILINGUAL = [/(^|[^\w.])say\(/, /sayAtLine\(/, /\{ nl: ['"`]/, /nl: string; en: string/, /\[nl: string, en: string\]/, /['"`][^'"`]*\b(?:de|het|een|niet|is|geen) [^'"`]* \/ (?:[Tt]he|[Tt]his|A|An|No|Pictures|Withdrawing|Left|Published|Warnings|is not)\b/];

	it('holds in src/, cms/ and scripts/: every message is a catalogue message', async () => {
		const fs = await import('node:fs');
		const path = await import('node:path');
		const root = new URL('../../', import.meta.url).pathname;
		const files = ['src', 'cms', 'scripts'].flatMap((folder) =>
			(fs.readdirSync(path.join(root, folder), { recursive: true }) as string[]).filter((file) => /\.(ts|tsx|mjs|astro)$/.test(file)).map((file) => `${folder}/${file.split(path.sep).join('/')}`),
		);
		const offenders = files.filter((file) => {
			if (NOT_YET_MOVED.has(file) || CONTENT_NOT_MESSAGES.has(file)) return false;
			const code = fs.readFileSync(path.join(root, file), 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line));
			return code.some((line) => BILINGUAL.some((pattern) => pattern.test(line)));
		});
		expect(offenders).toEqual([]);
		for (const file of NOT_YET_MOVED) expect(fs.existsSync(path.join(root, file)), file).toBe(true);
	});

	it('holds for the build log: every line the build and its checks print is a catalogue message (the developers’ "timing" lines aside)', async () => {
		const fs = await import('node:fs');
		const path = await import('node:path');
		const root = new URL('../../', import.meta.url).pathname;
		const files = [...fs.readdirSync(path.join(root, 'src/integrations')).map((file) => `src/integrations/${file}`), 'scripts/build.ts', 'src/consent/summary.ts'];
		/** A log call whose text starts with words written in the code: logger.info('…'), console.log(`search index: …`). */
		const WORDS = /\b(?:logger|console)\.(?:info|warn|error|log)\(\s*['"`](?:\\n)*[A-Za-z]/;
		const offenders = files
			.filter((file) => file.endsWith('.ts'))
			.flatMap((file) => fs.readFileSync(path.join(root, file), 'utf8').split('\n').map((line) => [file, line] as const))
			.filter(([, line]) => WORDS.test(line) && !/[`'"]timing /.test(line));
		expect(offenders).toEqual([]);
		expect(WORDS.test("logger.info('content store: the schemas changed')") && WORDS.test('console.log(`search index: ${pages} pages`)') && !WORDS.test("logger.info(message('search.indexed', { pages }))")).toBe(true);
	});
});
