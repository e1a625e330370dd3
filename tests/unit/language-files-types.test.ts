import { describe, expect, it } from 'vitest';
import type { CmsText } from '../../cms/text/index.ts';
import { nl as cmsDutch } from '../../cms/text/nl.ts';
import type { LanguagePack } from '../../src/i18n/pack.ts';
import dutch from '../../src/i18n/languages/nl.ts';

/**
 * A language file that misses a text does not typecheck: each `@ts-expect-error` below marks a file with one text
 * taken out, and `astro check` (npm test's typecheck, tests/quality/typecheck.test.ts) fails when such a file is
 * accepted, because the directive then has no error to expect. The runtime lines only prove the text is really gone.
 */
const without = <T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> => {
	const copy = { ...value };
	delete copy[key];
	return copy;
};

describe('a language file missing a text fails the typecheck', () => {
	it('in the CMS’s texts (cms/text/<code>.ts): the character count, a building block’s hint, a Bezoekers message', () => {
		// @ts-expect-error the character count is missing
		const noCounter: CmsText = without(cmsDutch, 'counter');
		// @ts-expect-error the fact box's hint is missing
		const noHint: CmsText = { ...cmsDutch, blocks: { ...cmsDutch.blocks, factBox: { ...cmsDutch.blocks.factBox, body: { label: 'Inhoud' } } } };
		// @ts-expect-error what the Bezoekers page says when the service is down is missing
		const noDown: CmsText = { ...cmsDutch, visitors: { ...cmsDutch.visitors, errors: without(cmsDutch.visitors.errors, 'down') } };
		expect('counter' in noCounter).toBe(false);
		expect('hint' in noHint.blocks.factBox.body).toBe(false);
		expect('down' in noDown.visitors.errors).toBe(false);
	});

	it('in the site’s dictionary (src/i18n/languages/<code>.ts): an interface text, an editor’s message, the typography', () => {
		// @ts-expect-error the reading time is missing
		const noUi: LanguagePack = { ...dutch, ui: without(dutch.ui, 'story.readingTime') };
		// @ts-expect-error the message for a date that does not exist is missing
		const noMessage: LanguagePack = { ...dutch, messages: without(dutch.messages, 'date.invalid') };
		// @ts-expect-error the typography (quotation marks, spaces before punctuation, the day of the month) is missing
		const noTypography: LanguagePack = without(dutch, 'typography');
		// @ts-expect-error the quotation marks inside a quotation are missing
		const noInnerQuotes: LanguagePack = { ...dutch, typography: { ...dutch.typography, quotes: [dutch.typography.quotes[0]] } };
		expect('story.readingTime' in noUi.ui).toBe(false);
		expect('date.invalid' in noMessage.messages).toBe(false);
		expect('typography' in noTypography).toBe(false);
		expect(noInnerQuotes.typography.quotes).toHaveLength(1);
	});
});
