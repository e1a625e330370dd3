/**
 * `npm run social-cards`: quote cards for the communication team to post on
 * social media, one square (1080×1080) and one story-format (1080×1920) card
 * per testimonial whose consent is valid today and covers social media. The
 * photo is on the card only with photo consent.
 *
 * The cards go to social-cards/ (not part of the website, not in Git). The
 * folder is emptied first, so a card whose consent has ended disappears.
 *   npm run social-cards -- --out some/folder
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isPublishableOn, mayShowPhoto } from '../src/consent/gate.ts';
import { buildDate } from '../src/consent/today.ts';
import { attribution } from '../src/i18n/attribution.ts';
import { t } from '../src/i18n/index.ts';
import { undrawableText } from '../src/images/card-text.ts';
import { CARD_SIZES, CARD_TEXT_WEIGHT, cachedCard, cardBrand, cardProblems, openCardCache, undrawableTextError, type CardTextField, type QuoteCard } from '../src/images/social-card.ts';
import type { Locale } from '../src/schemas/primitives.ts';
import type { TestimonialData } from '../src/schemas/testimonial.ts';
import { settings, settingsFile } from '../src/settings/index.ts';
import { cacheDir, contentDir, displayPath } from '../src/settings/paths.ts';
import { checkContent } from '../src/validation/check-content.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'social-cards' } } });
const out = path.resolve(values.out);
const today = buildDate(settings.timeZone);
const { entries, errors } = checkContent(contentDir, settings);

fs.mkdirSync(out, { recursive: true });
for (const file of fs.readdirSync(out)) if (file.endsWith('.png')) fs.rmSync(path.join(out, file));

const specialty = (slug: string, locale: string) => entries.find((entry) => entry.collection === 'specialties' && entry.locale === locale && entry.slug === slug);
const specialtyName = (slug: string, locale: string) => specialty(slug, locale)?.data.name as string | undefined;
/** Text the card fonts cannot draw, by content file and field (that testimonial gets no card). */
const undrawable: { file: string; field: string; message: string }[] = [];
const cache = openCardCache(path.join(cacheDir, 'social-cards'));
let made = 0;
let skipped = 0;

for (const entry of entries.filter((item) => item.collection === 'testimonials')) {
	const data = entry.data as unknown as TestimonialData;
	if (!isPublishableOn('social', data, today)) {
		skipped += 1;
		continue;
	}
	const locale = data.locale as Locale;
	const { who, details } = attribution(data.author, locale);
	const context = [
		data.specialties.map((slug) => specialtyName(slug, locale) ?? slug).join(', '),
		// Disclose what a reader should know, as on the website. Consent details (such as a guardian's) are never shown.
		data.compensated ? t(locale, 'testimonial.compensated') : undefined,
	]
		.filter(Boolean)
		.join(' · ');
	// The content check keeps the photo as written in the file: a path relative to it.
	const photo = (entry.data as { photo?: string }).photo;
	const photoFile = photo && mayShowPhoto(data, today, 'social') ? path.resolve(path.dirname(entry.file), photo) : undefined;
	const cards = (['square', 'story'] as const).map((format): QuoteCard => ({ format, quote: data.quote, attribution: details ? `${who}, ${details}` : who, context, photoFile, brand: cardBrand(settings, locale) }));
	const problems = cardProblems(cards[0]!);
	if (problems.length > 0) {
		// Name the field as written in the file: the attribution and context are made of several.
		const sources: Record<CardTextField, { file: string; field: string; text: string | undefined }[]> = {
			quote: [{ file: entry.file, field: 'quote', text: data.quote }],
			attribution: [
				{ file: entry.file, field: 'author.name', text: data.author?.name },
				{ file: entry.file, field: 'author.detail', text: data.author?.detail },
			],
			context: data.specialties.map((slug) => ({ file: specialty(slug, locale)?.file ?? entry.file, field: 'name', text: specialtyName(slug, locale) })),
			organisation: [{ file: settingsFile, field: 'organisation.name', text: settings.organisation.names[locale] }],
			title: [],
			eyebrow: [],
		};
		for (const { field } of problems) {
			for (const source of sources[field]) {
				for (const problem of source.text ? undrawableText(source.text, CARD_TEXT_WEIGHT[field]) : []) {
					undrawable.push({ file: displayPath(path.resolve(source.file)), field: source.field, message: problem.message });
				}
			}
		}
		continue;
	}
	for (const card of cards) {
		fs.writeFileSync(path.join(out, `${entry.slug}-${card.format}.png`), await cachedCard(cache, card));
		made += 1;
	}
}

console.log(
	`${made} cards (${CARD_SIZES.square.width}×${CARD_SIZES.square.height} and ${CARD_SIZES.story.width}×${CARD_SIZES.story.height}) in ${displayPath(out)}/ for testimonials with social-media consent on ${today}; ${skipped} testimonial(s) without it got none.`,
);
if (errors.length > 0) console.error(`${errors.length} content file(s) have problems and were skipped; run npm run check-content to see them.`);
if (undrawable.length > 0) {
	console.error(`\n${undrawableTextError('quote', undrawable).message}`);
	process.exitCode = 1;
}
