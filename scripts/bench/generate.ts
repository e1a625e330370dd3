/**
 * Realistic content for the build benchmark: stories of about 1,000 words in
 * the corpus's languages (corpus.ts), as many testimonials, and one hero picture per ten
 * stories. Pure and deterministic: the same options give the same files, so
 * every run of the benchmark builds the same site.
 *
 * What it writes passes the content check: the demo's specialties (see
 * corpus.ts), consent that is valid on `today`, building blocks only
 * where allowed, and unique titles and descriptions per language. A small
 * share is left out by the consent gate on purpose (withdrawn, expired, not
 * for the website, drafts), as on a real site, so the post-build consent
 * check has something to look for. Every quote is in the person's own words:
 * no two people say the same seven words in a row (see ownWords()), as real
 * people do not, so a withdrawn quote is nowhere else on the site.
 *
 * Every story names the clinician who reviewed it. A site with thousands of
 * stories has more than the demo's five team members, and a team member's
 * page lists their stories (unpaginated: see BENCHMARKS.md), so the generator
 * adds one clinician per `storiesPerReviewer` stories of a specialty.
 */
import { RUN_LENGTH } from '../../src/consent/needles.ts';
import { readerWords } from '../../src/consent/reader-words.ts';
import { addYears } from '../../src/lib/dates.ts';
import { urls } from '../../src/routing/urls.ts';
import type { Locale } from '../../src/schemas/primitives.ts';
import {
	AUTHOR_DETAILS,
	CALLS_TO_ACTION,
	CORPUS_LOCALES,
	DESCRIPTIONS,
	FACT_BOXES,
	FIRST_NAMES,
	HEADINGS,
	HERO_ALTS,
	LAST_NAMES,
	MORE_ABOUT,
	NAMES,
	OPENING_GLUE,
	OWN_DETAILS,
	OWN_WORDS,
	PARAGRAPH_MIX,
	PLACES,
	REFERRER_DETAILS,
	RELATIVES,
	SENTENCES,
	SPECIALTIES,
	TEAM_TEXT,
	TITLES,
	type SpecialtyProfile,
	type Voice,
} from './corpus.ts';

export interface GenerateOptions {
	/** Story files in total, across the corpus's languages: translated sets, plus a story in the first language only where the count does not divide. */
	stories: number;
	/** Testimonial files. Default: as many as stories. */
	testimonials?: number;
	/** One hero picture per this many story files. Default 10. */
	storiesPerImage?: number;
	/** The build day (YYYY-MM-DD) the consent must be valid on. */
	today: string;
	/** settings consent.maxYears. Default 5. */
	maxYears?: number;
	/** Words in a story's text, roughly. Default 1,000. */
	words?: number;
	/** Stories (per language) one generated clinician reviews at most. Default 20. */
	storiesPerReviewer?: number;
	/** Default 1. */
	seed?: number;
}

export interface GeneratedFile {
	/** Relative to the content folder, with forward slashes, e.g. "stories/nl/x.mdx". */
	path: string;
	text: string;
}

export interface GeneratedImage {
	/** Relative to the content folder, e.g. "media/bench/foto-0001.jpg". */
	path: string;
	/** Seeds the picture's colours and shapes. */
	seed: number;
}

export interface GeneratedContent {
	files: GeneratedFile[];
	images: GeneratedImage[];
	/** What the consent gate will publish, for the benchmark's report. */
	counts: { stories: number; publishedStories: number; testimonials: number; publishedTestimonials: number; images: number; team: number };
}

/** The folder, inside content/media/, that holds the generated pictures. */
export const IMAGE_FOLDER = 'media/bench';

type Kind = 'patient' | 'staff' | 'breakthrough' | 'perspective';
const KIND_CYCLE: Kind[] = ['patient', 'staff', 'patient', 'breakthrough', 'perspective', 'patient', 'staff', 'patient', 'perspective', 'breakthrough'];
const LOCALES = CORPUS_LOCALES;
const [FIRST_LOCALE] = LOCALES;

/** mulberry32: a small, fast, seedable random generator. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

export function addDays(date: string, days: number): string {
	const value = new Date(`${date}T00:00:00Z`);
	value.setUTCDate(value.getUTCDate() + days);
	return value.toISOString().slice(0, 10);
}

/** A file name from a title: lower case, ASCII letters and digits, hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Fills {slots}; the first letter of a sentence is made upper case. */
export function fill(template: string, slots: Readonly<Record<string, unknown>>): string {
	const text = slotted(template, slots);
	return text.replace(/^(["“]?)(\p{Ll})/u, (_, quote: string, letter: string) => `${quote}${letter.toUpperCase()}`);
}

/** A YAML double-quoted string. */
const yamlString = (text: string) => JSON.stringify(text);
/** An MDX attribute value, as the CMS writes it. */
const attribute = (text: string) => `"${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;

/** Words separated by white space, counted without splitting. */
const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

type Person = {
	name: string;
	age: number;
	place: string;
	weeks: number;
};

/** Who a story or quote is about: a unique name and place for every `index` below 60 × 25, varied by `variant` beyond that. */
function person(index: number, variant: number): Person {
	return {
		// Past every place (at 10,000 stories some headlines run out of them), another name.
		name: FIRST_NAMES[(index + Math.floor(variant / PLACES.length)) % FIRST_NAMES.length]!,
		// Unique with the name: indices with the same name differ in index / 60.
		place: PLACES[(Math.floor(index / FIRST_NAMES.length) + index + variant) % PLACES.length]!,
		age: 24 + ((index * 7 + variant * 3) % 62),
		weeks: 2 + ((index + variant) % 9),
	};
}

interface TestimonialPlan {
	slug: string;
	locale: Locale;
	published: boolean;
	specialty: string;
}

interface StoryText {
	title: string;
	description: string;
	body: string;
}

/** Everything the generator writes, from the options. */
export function generateContent(options: GenerateOptions): GeneratedContent {
	const { today, maxYears = 5, words = 1000, seed = 1, storiesPerImage = 10, storiesPerReviewer = 20 } = options;
	const testimonialCount = options.testimonials ?? options.stories;
	const files: GeneratedFile[] = [];
	const images: GeneratedImage[] = [];
	const say = ownWords();

	// Testimonials first: stories show some of them.
	const testimonials: TestimonialPlan[] = [];
	let publishedTestimonials = 0;
	for (let index = 0; index < testimonialCount; index += 1) {
		const rand = random(seed * 7919 + index);
		// Three in five in the first language, the rest shared by the others.
		const locale: Locale = index % 5 < 3 || LOCALES.length === 1 ? FIRST_LOCALE : LOCALES[1 + (index % (LOCALES.length - 1))]!;
		const profile = SPECIALTIES[index % SPECIALTIES.length]!;
		// 1 in 50 of each: withdrawn, expired, only for print; the rest may be published today.
		const state = index % 50 < 3 ? (['withdrawn', 'expired', 'print'] as const)[index % 50]! : 'publishable';
		const who = person(index, 0);
		const slug = `${slugify(who.name)}-${String(index + 1).padStart(4, '0')}`;
		const role = pick(rand, ['patient', 'patient', 'patient', 'relative', 'relative', 'referrer', 'staff'] as const);
		const givenOn = state === 'expired' ? addDays(today, -(maxYears * 365 + 60 + Math.floor(rand() * 300))) : addDays(today, -(20 + Math.floor(rand() * 900)));
		// Expired consent ran its full term, which ended before today.
		const expiresOn = addYears(givenOn, maxYears);
		const quote = say(locale, role === 'patient' || role === 'relative' ? role : 'professional', rand, rand() < 0.6 ? 2 : 1);
		const named = rand() < 0.7;
		const consent = [
			'consent:',
			`  reference: ${yamlString(`TOE-${givenOn.slice(0, 4)}-T${String(index + 1).padStart(5, '0')}`)}`,
			`  grantedOn: ${givenOn}`,
			`  expiresOn: ${expiresOn}`,
			`  channels: [${state === 'print' ? 'print' : rand() < 0.5 ? 'website, social, print' : 'website, print'}]`,
			...(state === 'withdrawn' ? [`  withdrawnOn: ${addDays(today, -(1 + Math.floor(rand() * 20)))}`] : []),
		];
		files.push({
			path: `testimonials/${slug}.md`,
			text: [
				'---',
				`quote: ${yamlString(quote)}`,
				'author:',
				...(named && role !== 'referrer' ? [`  name: ${yamlString(who.name)}`] : []),
				`  role: ${role}`,
				`  detail: ${yamlString(slotted((role === 'referrer' ? REFERRER_DETAILS : AUTHOR_DETAILS)[locale], who))}`,
				`locale: ${locale}`,
				`specialties: [${profile.slug}]`,
				`givenOn: ${givenOn}`,
				...(rand() < 0.05 ? ['compensated: true'] : []),
				...consent,
				'---',
				'',
			].join('\n'),
		});
		const published = state === 'publishable';
		if (published) publishedTestimonials += 1;
		testimonials.push({ slug, locale, published, specialty: profile.slug });
	}

	const shown = Object.fromEntries(LOCALES.map((locale) => [locale, testimonials.filter((item) => item.published && item.locale === locale)])) as Record<Locale, TestimonialPlan[]>;

	// Stories: sets of translations sharing a file name; a count that does not divide ends with a story in fewer languages.
	const pairs = Math.ceil(options.stories / LOCALES.length);
	const imageEvery = Math.max(1, Math.round(storiesPerImage / LOCALES.length));
	const imageCount = Math.round(options.stories / storiesPerImage);
	const titles = Object.fromEntries(LOCALES.map((locale) => [locale, new Set<string>()])) as Record<Locale, Set<string>>;
	const descriptions = Object.fromEntries(LOCALES.map((locale) => [locale, new Set<string>()])) as Record<Locale, Set<string>>;
	const slugs = new Set<string>();
	let storyFiles = 0;
	let publishedStories = 0;
	const reviewers = new Map<string, { slug: string; name: string; stories: number }>();
	let team = 0;
	/** The clinician who reviews the next story of `profile`: a new one every `storiesPerReviewer` stories. */
	const reviewerFor = (profile: SpecialtyProfile) => {
		const current = reviewers.get(profile.slug);
		if (current && current.stories < storiesPerReviewer) {
			current.stories += 1;
			return current;
		}
		const name = `dr. ${FIRST_NAMES[(team * 7) % FIRST_NAMES.length]} ${LAST_NAMES[team % LAST_NAMES.length]}`;
		const reviewer = { slug: `${slugify(name)}-${team + 1}`, name, stories: 1 };
		team += 1;
		reviewers.set(profile.slug, reviewer);
		for (const locale of LOCALES) {
			const slots = { name, role: profile.role[locale].toLowerCase(), unit: profile.words[locale].unit, condition: profile.words[locale].condition };
			files.push({
				path: `team/${locale}/${reviewer.slug}.md`,
				text: [
					'---',
					`name: ${yamlString(name)}`,
					`role: ${yamlString(profile.role[locale])}`,
					'profession: physician',
					'registration:',
					'  register: BIG',
					`  number: "${String(39_000_000_000 + team * 101).padStart(11, '0')}"`,
					`specialties: [${profile.slug}]`,
					`summary: ${yamlString(fill(TEAM_TEXT[locale].summary, slots))}`,
					`order: ${100 + team}`,
					'---',
					TEAM_TEXT[locale].bio.map((line) => fill(line, slots)).join(' '),
					'',
				].join('\n'),
			});
		}
		return reviewer;
	};
	for (let index = 0; index < pairs; index += 1) {
		const rand = random(seed * 104729 + index);
		const kind = KIND_CYCLE[index % KIND_CYCLE.length]!;
		const withdrawn = kind === 'patient' && index % 97 === 41;
		const draft = index % 113 === 57;
		const profile = SPECIALTIES[(index * 7 + Math.floor(index / 3)) % SPECIALTIES.length]!;
		const locales = index === pairs - 1 && options.stories % LOCALES.length !== 0 ? LOCALES.slice(0, options.stories % LOCALES.length) : LOCALES;
		// One picture per `storiesPerImage` story files: every translated pair shares its picture.
		const image = index % imageEvery === 0 && images.length < imageCount ? { path: `${IMAGE_FOLDER}/foto-${String(images.length + 1).padStart(4, '0')}.jpg`, seed: seed * 31 + index } : undefined;
		if (image) images.push(image);

		// Titles and descriptions are unique per language: the SEO audit stops the build otherwise.
		let variant = 0;
		let texts: Record<Locale, Pick<StoryText, 'title' | 'description'>>;
		let who: Person;
		for (;;) {
			who = person(index, variant);
			const slots = { ...who, ...wordsFor(profile) };
			texts = Object.fromEntries(LOCALES.map((locale) => [locale, headline(locale, kind, index, slots, kind === 'patient' && (withdrawn || draft))]));
			const free = LOCALES.every((locale) => !titles[locale].has(texts[locale].title) && !descriptions[locale].has(texts[locale].description));
			if (free && !slugs.has(slugify(texts[FIRST_LOCALE]!.title))) break;
			variant += 1;
		}
		const slug = slugify(texts[FIRST_LOCALE]!.title);
		slugs.add(slug);

		const publishedOn = addDays(today, -(3 + Math.floor(rand() * 1300)));
		const updatedOn = rand() < 0.3 ? addDays(publishedOn, 1 + Math.floor(rand() * Math.max(1, -daysFromToday(today, publishedOn) - 1))) : undefined;
		const grantedOn = addDays(publishedOn, -(7 + Math.floor(rand() * 50)));
		const audiences = pickAudiences(rand);
		const reviewer = reviewerFor(profile);
		const quoteFor = (locale: Locale) => {
			const candidates = shown[locale];
			return candidates.length > 0 && rand() < 0.3 ? candidates[Math.floor(rand() * candidates.length)]!.slug : undefined;
		};

		for (const locale of locales) {
			const { title, description } = texts[locale]!;
			titles[locale].add(title);
			descriptions[locale].add(description);
			const body = storyBody(locale, kind, profile, { ...who, ...wordsFor(profile).inLanguage[locale], clinician: reviewer.name }, rand, words, quoteFor(locale), say);
			const front = [
				'---',
				`title: ${yamlString(title)}`,
				`description: ${yamlString(description)}`,
				...(image ? ['hero:', `  image: ../../${image.path}`, `  alt: ${yamlString(HERO_ALTS[locale][index % HERO_ALTS[locale].length]!)}`] : []),
				`publishedOn: ${publishedOn}`,
				...(updatedOn ? [`updatedOn: ${updatedOn}`] : []),
				`kind: ${kind}`,
				`specialties: [${profile.slug}]`,
				...(audiences.length > 0 ? [`audiences: [${audiences.join(', ')}]`] : []),
				...(kind === 'staff' ? [`author: ${reviewer.slug}`] : []),
				`reviewedBy: ${reviewer.slug}`,
				`lastReviewedOn: ${updatedOn ?? publishedOn}`,
				...(draft ? ['draft: true'] : []),
				...(kind === 'patient'
					? [
							'consent:',
							`  reference: ${yamlString(`TOE-${grantedOn.slice(0, 4)}-V${String(index + 1).padStart(5, '0')}`)}`,
							`  grantedOn: ${grantedOn}`,
							`  expiresOn: ${addYears(grantedOn, maxYears)}`,
							'  channels: [website, social]',
							`  photo: ${image ? 'true' : 'false'}`,
							...(withdrawn ? [`  withdrawnOn: ${addDays(today, -2)}`] : []),
						]
					: []),
				'---',
			];
			files.push({ path: `stories/${locale}/${slug}.mdx`, text: `${front.join('\n')}\n${body}` });
			storyFiles += 1;
			if (!withdrawn && !draft && addYears(grantedOn, maxYears) > today) publishedStories += 1;
		}
	}

	return {
		files,
		images,
		counts: { stories: storyFiles, publishedStories, testimonials: testimonialCount, publishedTestimonials, images: images.length, team },
	};
}

function daysFromToday(today: string, date: string): number {
	return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

function wordsFor(profile: SpecialtyProfile) {
	const forLocale = (locale: Locale) => ({ ...profile.words[locale], clinician: profile.clinician.name, nurse: profile.nurse.name });
	return { ...forLocale(FIRST_LOCALE), inLanguage: Object.fromEntries(LOCALES.map((locale) => [locale, forLocale(locale)])) as Record<Locale, ReturnType<typeof forLocale>> };
}

/**
 * The title and description of a story. The post-build check looks for the title of a story that
 * may not be published everywhere (whole, or by runs of seven words), so such a title is the story's
 * own: the person's name, age and place.
 */
function headline(locale: Locale, kind: Kind, index: number, slots: Person & ReturnType<typeof wordsFor>, withheld: boolean): Pick<StoryText, 'title' | 'description'> {
	const words = { ...slots, ...slots.inLanguage[locale] };
	const patterns = TITLES[locale][kind];
	return {
		title: fill(withheld ? TITLES[locale].patient[0]! : patterns[Math.floor(index / KIND_CYCLE.length) % patterns.length]!, words),
		description: fill(DESCRIPTIONS[locale][index % DESCRIPTIONS[locale].length]!, words),
	};
}

function pickAudiences(rand: () => number): string[] {
	return ['patients', 'relatives', 'referrers', 'professionals'].filter((_, at) => rand() < [0.8, 0.5, 0.2, 0.1][at]!);
}

/** About `target` words of Markdown in sections, with the building blocks a story may use. */
function storyBody(
	locale: Locale,
	kind: Kind,
	profile: SpecialtyProfile,
	slots: Readonly<Record<string, unknown>>,
	rand: () => number,
	target: number,
	testimonial: string | undefined,
	say: OwnWordsWriter,
): string {
	const fillSlots = { ...slots, relative: pick(rand, RELATIVES[locale]) };
	const headings = HEADINGS[locale][kind];
	const blocks: string[] = [];
	const used = new Set<string>();
	let count = 0;
	let section = 0;
	const extras = {
		pullQuote: rand() < 0.6,
		factBox: rand() < 0.7,
		callToAction: rand() < 0.5,
	};
	while (count < target) {
		const heading = fill(headings[section % headings.length]!, fillSlots);
		blocks.push(`## ${section < headings.length ? heading : `${heading} (${Math.floor(section / headings.length) + 1})`}`);
		const paragraphs = 2 + Math.floor(rand() * 2);
		for (let paragraph = 0; paragraph < paragraphs && count < target; paragraph += 1) {
			// A run of sentences from one group, in their written order, reads as a paragraph; each sentence once per story.
			const group = SENTENCES[locale][pick(rand, PARAGRAPH_MIX[kind])];
			const length = 4 + Math.floor(rand() * 3);
			const start = Math.floor(rand() * group.length);
			const sentences: string[] = [];
			for (let at = 0; at < group.length && sentences.length < length; at += 1) {
				const sentence = group[(start + at) % group.length]!;
				if (used.has(sentence)) continue;
				used.add(sentence);
				sentences.push(fill(sentence, fillSlots));
			}
			if (sentences.length === 0) {
				used.clear();
				continue;
			}
			const text = sentences.join(' ');
			blocks.push(text);
			count += wordCount(text);
		}
		if (section === 1 && extras.pullQuote) {
			blocks.push(`<PullQuote quote=${attribute(say(locale, kind === 'patient' ? 'patient' : 'professional', rand, 1))} attribution=${attribute(`${slots.name}, ${slots.age}`)} />`);
		}
		if (section === 2 && extras.factBox) {
			const box = pick(rand, FACT_BOXES[locale]);
			blocks.push(`<FactBox title=${attribute(box.title)}>\n\n${box.items.map((item) => `- ${item}`).join('\n')}\n\n</FactBox>`);
			count += wordCount(box.items.join(' '));
		}
		if (section === 3 && testimonial) blocks.push(`<Testimonial slug="${testimonial}" />`);
		section += 1;
	}
	blocks.push(fill(MORE_ABOUT[locale], { unit: profile.words[locale].unit, href: urls.specialty(locale, profile.address?.[locale] ?? profile.slug) }));
	if (extras.callToAction) {
		const action = pick(rand, CALLS_TO_ACTION[locale]);
		blocks.push(`<CallToAction href=${attribute(action.href)} label=${attribute(action.label)} />`);
	}
	return `${blocks.join('\n\n')}\n`;
}

/** Fills {slots}, and nothing else. */
function slotted(template: string, slots: Readonly<Record<string, unknown>>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in slots ? String(slots[key]) : match));
}

/** Writes a quote of one or two sentences in a `voice`, in someone's own words (see ownWords()). */
type OwnWordsWriter = (locale: Locale, voice: Voice, rand: () => number, sentences: 1 | 2) => string;

/** Tries for one new sentence before giving up. */
const ATTEMPTS = 200;

/**
 * Quotes in people's own words (OWN_WORDS in corpus.ts, filled with their
 * own details): a sentence is used only when none of its runs of RUN_LENGTH
 * words (as the leak proof reads them) was said by anyone before, so no two
 * people say the same seven words in a row.
 *
 * @throws Error when no new first sentence is found in ATTEMPTS tries (the corpus is too small for the site asked);
 *   a second sentence that cannot be found is left out
 */
function ownWords(): OwnWordsWriter {
	const said = new Set<string>();
	const runsOf = (sentence: string) => {
		const words = readerWords(sentence);
		return Array.from({ length: Math.max(0, words.length - RUN_LENGTH + 1) }, (_, at) => words.slice(at, at + RUN_LENGTH).join(' '));
	};
	const sentence = (locale: Locale, parts: { openings: string[]; happenings: string[]; endings: string[] }, rand: () => number) => {
		const details = OWN_DETAILS[locale];
		const name = (woman: boolean) => pick(rand, woman ? NAMES.women : NAMES.men);
		const names = () => ({ first: name(rand() < 0.5), woman: name(true), man: name(false), last: pick(rand, LAST_NAMES) });
		/** Each part of a sentence gets details of its own: "on Tuesday … on Tuesday" is not how people talk. */
		const filled = (template: string) => {
			const woman = rand() < 0.5;
			const slots: Record<string, unknown> = {
				companion: `${pick(rand, woman ? details.women : details.men)} ${name(woman)}`,
				staff: slotted(pick(rand, details.staff), names()),
				patient: slotted(pick(rand, details.patients), names()),
				thing: pick(rand, details.things),
				day: pick(rand, details.days),
				date: 1 + Math.floor(rand() * 28),
				time: pick(rand, details.times),
				n: pick(rand, details.numbers),
				month: pick(rand, details.months),
				room: 100 + Math.floor(rand() * 300),
				place: pick(rand, PLACES),
				activity: pick(rand, details.activities),
			};
			return slotted(template, slots);
		};
		const opening = pick(rand, parts.openings);
		const happening = filled(pick(rand, parts.happenings));
		const ending = parts.endings.length > 0 && rand() < 0.4 ? `, ${filled(pick(rand, parts.endings))}` : '';
		return fill(`${opening ? `${filled(opening)}${opening.endsWith(',') ? ' ' : OPENING_GLUE[locale]}` : ''}${happening}${ending}.`, {});
	};
	/** A sentence none of whose runs anyone has said yet, or undefined when ATTEMPTS tries found none. */
	const fresh = (make: () => string): string | undefined => {
		for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
			const candidate = make();
			const runs = runsOf(candidate);
			if (runs.some((run) => said.has(run))) continue;
			for (const run of runs) said.add(run);
			return candidate;
		}
		return undefined;
	};
	return (locale, voice, rand, sentences) => {
		const parts = OWN_WORDS[locale][voice];
		const first = fresh(() => sentence(locale, parts, rand));
		if (first === undefined) throw new Error(`No new sentence in someone's own words after ${ATTEMPTS} tries: add to OWN_WORDS or OWN_DETAILS in scripts/bench/corpus.ts`);
		if (sentences === 1) return first;
		// The second sentences ("afterwards") have fewer details to vary: at 10,000 stories they run out, and the quote keeps one sentence.
		const second = fresh(() => sentence(locale, { openings: [''], happenings: parts.afterwards.map((line) => line.replace(/\.$/, '')), endings: [] }, rand));
		return second === undefined ? first : `${first} ${second}`;
	};
}
