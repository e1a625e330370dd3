import type { MessageParams } from './catalogue.ts';

/**
 * Parameters for every message of the catalogue, as a real build would give
 * them: the tests render each message in every language with these, and
 * docs/messages.md shows each code's English text with them. A code without
 * an example fails the typecheck.
 */
export const MESSAGE_EXAMPLES: { [C in keyof MessageParams]: MessageParams[C] } = {
	'settings.editorLanguageUnknown': { value: 'pl', supported: 'nl, fr, en, de' },
	// (end of examples)
};
