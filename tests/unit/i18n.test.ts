import { describe, expect, it } from 'vitest';
import { attribution } from '../../src/i18n/attribution.ts';
import { formatDate, t, translator } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { nl } from '../../src/i18n/ui/nl.ts';

describe('interface text', () => {
	it('has every key in both languages, none empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
		for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
		for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
	});

	it('fills in placeholders and leaves unknown ones visible', () => {
		expect(t('en', 'story.readingTime', { minutes: 4 })).toBe(translator('en')('story.readingTime', { minutes: 4 }));
		expect(t('nl', 'policy.expiry', { years: 5 })).toContain('hoogstens 5 jaar');
		expect(t('nl', 'policy.expiry')).toContain('{years}');
	});

	it('writes dates out in each language, whatever the machine’s time zone', () => {
		expect(formatDate('nl', '2025-03-01')).toBe('1 maart 2025');
		expect(formatDate('en', '2025-03-01')).toBe('1 March 2025');
	});

	it('shows who gave a testimonial by name and role, or anonymously by role', () => {
		expect(attribution({ name: 'Marieke', role: 'patient', detail: '54, Gent' }, 'nl')).toEqual({ who: 'Marieke', details: 'patiënt, 54, Gent' });
		expect(attribution({ name: undefined, role: 'relative', detail: undefined }, 'nl').details).toBe('');
		expect(attribution({ name: undefined, role: 'relative', detail: undefined }, 'en').who).toBe(t('en', 'testimonial.anonymous.relative'));
	});
});
