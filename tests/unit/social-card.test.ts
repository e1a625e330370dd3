import { describe, expect, it } from 'vitest';
import { cardKey, fitText, wrapText, type TitleCard } from '../../src/images/social-card.ts';

describe('text on social cards', () => {
	const byLength = (line: string) => line.length;

	it('wraps at word boundaries within the width', () => {
		expect(wrapText('Binnen een week stond ik weer op de tennisbaan', byLength, 16)).toEqual(['Binnen een week', 'stond ik weer op', 'de tennisbaan']);
	});

	it('keeps a word longer than the width on its own line rather than breaking it', () => {
		expect(wrapText('Liesbreukcentrumafspraak morgen', byLength, 10)).toEqual(['Liesbreukcentrumafspraak', 'morgen']);
	});

	it('uses the largest size at which the text fits', () => {
		const short = fitText('Herstel na een liesbreuk', 700, 1040, 4, [72, 64, 56]);
		expect(short.size).toBe(72);
		expect(short.lines).toEqual(['Herstel na een liesbreuk']);
	});

	it('ends with an ellipsis when even the smallest size does not fit', () => {
		const long = fitText('woord '.repeat(200), 400, 600, 2, [40]);
		expect(long.lines).toHaveLength(2);
		expect(long.lines[1]!.endsWith('…')).toBe(true);
	});
});

describe('the card cache key', () => {
	const card: TitleCard = { format: 'link', title: 'Herstel na een liesbreuk', brand: { organisation: 'Kliniek', color: '#0b6e69' } };

	it('is the same for the same card and changes with anything shown', () => {
		expect(cardKey(card)).toBe(cardKey({ ...card }));
		expect(cardKey({ ...card, title: 'Herstel na een navelbreuk' })).not.toBe(cardKey(card));
		expect(cardKey({ ...card, brand: { ...card.brand, color: '#005a8c' } })).not.toBe(cardKey(card));
	});
});
