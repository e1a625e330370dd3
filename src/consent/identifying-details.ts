import { packOf } from '../i18n/packs.ts';
import { currentEditorLanguage, message } from '../messages/index.ts';
/**
 * Finds what usually identifies a person in a patient's words, beyond the
 * name and detail they agreed to show: phone numbers, e-mail addresses,
 * Dutch BSN and Belgian national register numbers, dates of birth and home
 * addresses. These are warnings, not errors: the editor decides, but should
 * never publish one by accident.
 */

export type DetailKind = 'phone' | 'email' | 'bsn' | 'national-register-number' | 'date-of-birth' | 'address';

export interface IdentifyingDetail {
	kind: DetailKind;
	/** The text that was found, as written. */
	text: string;
}

/** A kind of identifying detail in words, in the editor's language: "een telefoonnummer". */
export function describeDetail(kind: DetailKind): string {
	return packOf(currentEditorLanguage()).messageParts.identifyingDetail[kind];
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Dutch and Belgian numbers: +31/+32/0031/0032 or a leading 0, then 8–9 more digits, with spaces, dashes, dots or brackets between.
const PHONE = /(?<![\w+])(?:(?:\+|00)3[12][\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.\-/]?\d){7,8}(?![\w-]*\d)/g;
// Nine digits, optionally grouped 3-3-3 or 4-2-3 with dots or spaces.
const NINE_DIGITS = /(?<![\d.-])\d{3,4}[ .]?\d{2,3}[ .]?\d{3}(?![\d-]|\.\d)/g;
// yy.mm.dd-xxx.cc, as printed on a Belgian identity card.
const NATIONAL_REGISTER = /(?<!\d)\d{2}\.?\d{2}\.?\d{2}[-\s]?\d{3}\.?\d{2}(?!\d)/g;
const MONTHS =
	'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october';
const FULL_DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|\\d{1,2}\\s+(?:${MONTHS})\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})`;
const DATE_OF_BIRTH = new RegExp(`(?:geboren|geb\\.|geboortedatum|born|date of birth|birthday|verjaardag)[^.\\n]{0,20}?(${FULL_DATE})`, 'gi');
const STREET_SUFFIXES = 'straat|weg|laan|plein|dreef|kade|gracht|singel|steenweg|baan|lei|dijk|hof|pad|park|markt|street|road|lane|avenue';
const STREET_WITH_NUMBER = new RegExp(`\\b[A-Z][\\p{L}-]*(?:${STREET_SUFFIXES})\\s+\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}]))?\\b`, 'gu');
const POSTCODE_WITH_NUMBER = /\b[1-9]\d{3}\s?[A-Z]{2}\b[\s,]+\d{1,4}\b|\b\d{1,4}[\s,]+[1-9]\d{3}\s?[A-Z]{2}\b/g;

/** The Dutch "elfproef": 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11. */
export function isBsn(digits: string): boolean {
	if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
	const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
	return sum % 11 === 0;
}

/** A Belgian national register number: the last two digits are 97 minus the first nine modulo 97 (with a 2 in front for births from 2000). */
export function isNationalRegisterNumber(digits: string): boolean {
	if (!/^\d{11}$/.test(digits)) return false;
	const base = digits.slice(0, 9);
	const check = Number(digits.slice(9));
	return check === 97 - (Number(base) % 97) || check === 97 - (Number(`2${base}`) % 97);
}

const onlyDigits = (text: string) => text.replace(/\D/g, '');

/** Every identifying detail in `text`, in the order found. */
export function findIdentifyingDetails(text: string): IdentifyingDetail[] {
	const found: (IdentifyingDetail & { start: number; end: number })[] = [];
	const add = (kind: DetailKind, pattern: RegExp, accept: (match: RegExpExecArray) => boolean = () => true, group = 0) => {
		for (const match of text.matchAll(pattern)) {
			if (accept(match)) found.push({ kind, text: match[group]!.trim(), start: match.index, end: match.index + match[0].length });
		}
	};
	add('email', EMAIL);
	add('national-register-number', NATIONAL_REGISTER, (match) => isNationalRegisterNumber(onlyDigits(match[0])));
	add('bsn', NINE_DIGITS, (match) => isBsn(onlyDigits(match[0])));
	add('phone', PHONE, (match) => !isBsn(onlyDigits(match[0])));
	add('date-of-birth', DATE_OF_BIRTH, () => true, 1);
	add('address', STREET_WITH_NUMBER);
	add('address', POSTCODE_WITH_NUMBER);
	// One finding per stretch of text: a BSN is not also a phone number. The longest match at a place wins.
	let covered = 0;
	return found
		.sort((a, b) => a.start - b.start || b.end - a.end)
		.filter((detail) => detail.start >= covered && (covered = detail.end) > 0)
		.map(({ kind, text: value }) => ({ kind, text: value }));
}

/** What of a testimonial or patient story is checked: what the person said or what is told about them. */
export interface CheckedText {
	/** The content file, e.g. "content/testimonials/marieke.md". */
	file: string;
	/** Field name → text, e.g. { quote: "…" } or { title, description, body }. */
	fields: Record<string, string | undefined>;
}

/** One build-log warning per identifying detail found, naming the file and the field. */
export function identifyingDetailWarnings(items: CheckedText[]): string[] {
	return items.flatMap(({ file, fields }) =>
		Object.entries(fields).flatMap(([field, text]) =>
			findIdentifyingDetails(text ?? '').map(({ kind, text: found }) => {
				return `${file} — ${field}: ${message('consent.identifyingDetail', { detail: describeDetail(kind), found })}`;
			}),
		),
	);
}
