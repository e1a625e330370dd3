import { describe, expect, it } from 'vitest';
import { findIdentifyingDetails, identifyingDetailWarnings, isBsn, isNationalRegisterNumber } from '../../src/consent/identifying-details.ts';

const kinds = (text: string) => findIdentifyingDetails(text).map(({ kind, text: found }) => `${kind}: ${found}`);

describe('identifying details in a patient’s words', () => {
	it('finds Dutch and Belgian phone numbers in the ways people write them', () => {
		expect(kinds('Bel 06-12345678, 020 123 4567, +31 6 1234 5678, +32 470 12 34 56 of 09 123 45 67.')).toEqual([
			'phone: 06-12345678',
			'phone: 020 123 4567',
			'phone: +31 6 1234 5678',
			'phone: +32 470 12 34 56',
			'phone: 09 123 45 67',
		]);
	});

	it('finds e-mail addresses', () => {
		expect(kinds('Mail me op jan.de-vries+zorg@voorbeeld.nl als u vragen hebt.')).toEqual(['email: jan.de-vries+zorg@voorbeeld.nl']);
	});

	it('finds a BSN only when it passes the eleven test', () => {
		expect(isBsn('111222333')).toBe(true);
		expect(isBsn('111222334')).toBe(false);
		expect(kinds('Mijn BSN is 111222333.')).toEqual(['bsn: 111222333']);
		expect(kinds('Ordernummer 111222334.')).toEqual([]);
	});

	it('finds a Belgian national register number, and does not also call it a phone number', () => {
		expect(isNationalRegisterNumber('85073003328')).toBe(true);
		expect(isNationalRegisterNumber('85073003329')).toBe(false);
		expect(kinds('Rijksregisternummer 85.07.30-033.28')).toEqual(['national-register-number: 85.07.30-033.28']);
	});

	it('finds a date of birth, but not the date of an operation', () => {
		expect(kinds('Ik ben geboren op 12 maart 1961 en werd op 3 mei 2024 geopereerd.')).toEqual(['date-of-birth: 12 maart 1961']);
		expect(kinds('Date of birth: 12-03-1961.')).toEqual(['date-of-birth: 12-03-1961']);
		expect(kinds('Op 3 mei 2024 werd ik geopereerd.')).toEqual([]);
	});

	it('finds a street with a house number, and a postcode with a house number', () => {
		expect(kinds('Ik woon op de Kerkstraat 12a in Weidebroek.')).toEqual(['address: Kerkstraat 12a']);
		expect(kinds('Postcode 1234 AB 56.')).toEqual(['address: 1234 AB 56']);
	});

	it('leaves ordinary numbers in a story alone', () => {
		expect(kinds('Na 6 weken fietste ik weer 10 km. Ik was 54 en lag op kamer 214, afdeling 3B, in 2024.')).toEqual([]);
	});

	it('warns naming the file, the field and what was found, in the editor’s language with the code', () => {
		expect(identifyingDetailWarnings([{ file: 'content/testimonials/jan.md', fields: { quote: 'Bel me: 06-12345678' } }])).toMatchInlineSnapshot(`
			[
			  "content/testimonials/jan.md — quote: seems to contain a phone number ("06-12345678"); remove it unless the person explicitly agreed [consent.identifyingDetail]",
			]
		`);
	});
});
