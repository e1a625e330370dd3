/**
 * Phone numbers as editors write them ("+31 88 555 01 40", "+31 (0)88 555 01 40",
 * "088-5550140", "112") turned into a link a phone can dial.
 */

/**
 * The `tel:` address of a phone number as written: its digits, with the
 * leading "+" of an international number kept (RFC 3966 global number,
 * https://www.rfc-editor.org/rfc/rfc3966#section-5.1.4). The "(0)" that Dutch
 * and Belgian numbers often carry after the country code is not dialled from
 * abroad and is left out: "+31 (0)88 555 01 40" → "tel:+31885550140".
 *
 * @param phone the number as shown, e.g. "+31 88 555 01 40"
 * @returns e.g. "tel:+31885550140"
 */
export function telHref(phone: string): string {
	const written = phone.trim();
	const international = written.startsWith('+');
	const digits = (international ? written.replace(/\(\s*0\s*\)/, '') : written).replace(/\D/g, '');
	return `tel:${international ? '+' : ''}${digits}`;
}
