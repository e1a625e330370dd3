/**
 * The words the benchmark's content generator writes with: names, places,
 * and sentences in plain Dutch and English, the way the demo's stories read.
 * Sentences hold slots such as {name} or {condition}, filled per story.
 *
 * Nothing here may look like identifying details (phone numbers, addresses
 * with a house number, dates of birth): the build would warn about every
 * story, and the benchmark would measure warnings instead of a site.
 */
import type { Locale } from '../../src/schemas/primitives.ts';

/** What a story about one specialty talks about, in one language. */
export interface SpecialtyWords {
	condition: string;
	procedure: string;
	unit: string;
	/** What the patient notices first. */
	symptom: string;
	/** The doctor who treats and reviews, and a nurse; slugs from the demo's content/team/. */
	clinician: string;
	nurse: string;
}

/** The demo's specialties (content/specialties/) with the team members who work there (content/team/). */
export interface SpecialtyProfile {
	slug: string;
	/** The translation's own address (its `slug` in content/specialties/<locale>/), where it is not the file name. */
	address?: Partial<Record<Locale, string>>;
	/** The role of the clinicians the generator adds to review this specialty's stories. */
	role: Record<Locale, string>;
	clinician: { slug: string; name: string };
	nurse: { slug: string; name: string };
	words: Record<Locale, Omit<SpecialtyWords, 'clinician' | 'nurse'>>;
}

export const SPECIALTIES: SpecialtyProfile[] = [
	{
		slug: 'liesbreukcentrum',
		address: { en: 'hernia-centre' },
		role: { nl: 'Chirurg', en: 'Surgeon' },
		clinician: { slug: 'sanne-de-vries', name: 'dr. Sanne de Vries' },
		nurse: { slug: 'thomas-peeters', name: 'Thomas Peeters' },
		words: {
			nl: { condition: 'een liesbreuk', procedure: 'een kijkoperatie', unit: 'het Liesbreukcentrum', symptom: 'een bultje in de lies' },
			en: { condition: 'an inguinal hernia', procedure: 'keyhole surgery', unit: 'the Hernia Centre', symptom: 'a bulge in the groin' },
		},
	},
	{
		slug: 'maag-darm-lever',
		address: { en: 'gastroenterology-and-hepatology' },
		role: { nl: 'Maag-darm-leverarts', en: 'Gastroenterologist' },
		clinician: { slug: 'youssef-amrani', name: 'dr. Youssef Amrani' },
		nurse: { slug: 'fatima-el-idrissi', name: 'Fatima El Idrissi' },
		words: {
			nl: { condition: 'de ziekte van Crohn', procedure: 'een darmonderzoek', unit: 'de polikliniek MDL', symptom: 'buikpijn en vermoeidheid' },
			en: { condition: "Crohn's disease", procedure: 'a colonoscopy', unit: 'the gastroenterology clinic', symptom: 'stomach pain and tiredness' },
		},
	},
	{
		slug: 'palliatieve-zorg',
		address: { en: 'palliative-care' },
		role: { nl: 'Specialist ouderengeneeskunde', en: 'Elderly care physician' },
		clinician: { slug: 'ingrid-bakker', name: 'Ingrid Bakker' },
		nurse: { slug: 'ingrid-bakker', name: 'Ingrid Bakker' },
		words: {
			nl: { condition: 'ongeneeslijke kanker', procedure: 'pijnbestrijding thuis', unit: 'het palliatief team', symptom: 'pijn die niet meer wegging' },
			en: { condition: 'incurable cancer', procedure: 'pain relief at home', unit: 'the palliative care team', symptom: 'pain that would not go away' },
		},
	},
];

export const FIRST_NAMES = [
	'Peter', 'Marieke', 'Anouk', 'Henk', 'Fatma', 'Jeroen', 'Sanne', 'Kees', 'Ilse', 'Mohamed', 'Lotte', 'Wim', 'Ria', 'Daan', 'Esther',
	'Gerrit', 'Naima', 'Bram', 'Joke', 'Karim', 'Femke', 'Ruud', 'Mieke', 'Sven', 'Annelies', 'Tom', 'Yvonne', 'Hasan', 'Lieke', 'Jan',
	'Ellen', 'Koen', 'Greet', 'Stijn', 'Hanneke', 'Ahmed', 'Wilma', 'Thijs', 'Marloes', 'Frits', 'Sara', 'Bart', 'Nel', 'Youssef', 'Inge',
	'Dirk', 'Carla', 'Milan', 'Truus', 'Rob', 'Emine', 'Gijs', 'Bep', 'Lars', 'Tineke', 'Sem', 'Agnes', 'Rik', 'Hatice', 'Joost',
];

export const LAST_NAMES = [
	'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos',
	'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yilmaz', 'El Amrani', 'Claes', 'Maes',
];

/** A generated clinician's profile, and the first lines of their bio. */
export const TEAM_TEXT: Record<Locale, { summary: string; bio: string[] }> = {
	nl: {
		summary: '{name}, {role} bij {unit}, kijkt de medische inhoud van onze verhalen over {condition} na.',
		bio: [
			'{name} werkt al jaren bij {unit}, in Weidebroek en in Polderzijl.',
			'“Ik wil dat mensen precies weten wat hen te wachten staat, in gewone woorden.”',
			'Naast het spreekuur geeft {name} les aan artsen in opleiding.',
		],
	},
	en: {
		summary: '{name}, {role} at {unit}, checks the medical content of our stories about {condition}.',
		bio: [
			'{name} has worked at {unit} for years, in Weidebroek and in Polderzijl.',
			'“I want people to know exactly what to expect, in plain words.”',
			'Besides the clinic, {name} teaches doctors in training.',
		],
	},
};

export const PLACES = [
	'Weidebroek', 'Polderzijl', 'Lindewijk', 'Oosterveen', 'Kleiburg', 'Rietmond', 'Wilgendaal', 'Eikenrode', 'Molendam', 'Dijkzicht',
	'Veenhoven', 'Zandhorst', 'Beekdal', 'Heidelo', 'Vlietkerk', 'Brugwaard', 'Nieuwsluis', 'Kampervoort', 'Geestmond', 'Loosterhoek',
	'Sloterwaal', 'Ommerdijk', 'Terhorne', 'Wieringhorst', 'Buitenpost',
];

/** Section headings per kind of story. */
export const HEADINGS: Record<Locale, Record<'patient' | 'staff' | 'breakthrough' | 'perspective', string[]>> = {
	nl: {
		patient: ['Hoe het begon', 'De eerste afspraak', 'Het onderzoek', 'De dag van de behandeling', 'Weer thuis', 'Wat hielp', 'Wat het met de familie deed', 'Wat {name} anderen zou zeggen'],
		staff: ['Het begin van de dag', 'Het spreekuur', 'Overleg met collega’s', 'Wat dit werk zwaar maakt', 'Wat dit werk mooi maakt', 'Na het werk', 'Tips voor patiënten'],
		breakthrough: ['Waarom iets nieuws nodig was', 'Hoe het werkt', 'De eerste patiënten', 'Wat we meten', 'Wat het betekent voor patiënten', 'Wat er nog moet gebeuren'],
		perspective: ['Wie wij zijn', 'Hoe wij werken', 'Samen met de huisarts', 'Wat patiënten ons vertellen', 'Wat we willen verbeteren', 'Wat u zelf kunt doen'],
	},
	en: {
		patient: ['How it started', 'The first appointment', 'The tests', 'The day of the treatment', 'Back home', 'What helped', 'What it meant for the family', 'What {name} would tell others'],
		staff: ['The start of the day', 'The clinic', 'Talking with colleagues', 'What makes this work hard', 'What makes this work good', 'After work', 'Tips for patients'],
		breakthrough: ['Why something new was needed', 'How it works', 'The first patients', 'What we measure', 'What it means for patients', 'What still needs to happen'],
		perspective: ['Who we are', 'How we work', 'Working with the GP', 'What patients tell us', 'What we want to improve', 'What you can do yourself'],
	},
};

/**
 * Sentences, in groups a paragraph draws from. Slots: {name}, {age},
 * {place}, {condition}, {procedure}, {unit}, {symptom}, {clinician},
 * {nurse}, {weeks}, {relative}.
 */
export const SENTENCES: Record<Locale, Record<'patient' | 'care' | 'staff' | 'research' | 'advice', string[]>> = {
	nl: {
		patient: [
			'{name} is {age} jaar en woont al jaren in {place}.',
			'Het begon met {symptom}, maar dat ging eerst nog wel.',
			'“Ik dacht lang dat het vanzelf over zou gaan,” vertelt {name}.',
			'Pas toen {relative} zei dat het zo niet langer kon, ging {name} naar de huisarts.',
			'De huisarts luisterde goed en verwees door naar {unit}.',
			'Twee weken later zat {name} in de spreekkamer van {clinician}.',
			'“De arts tekende op een papiertje wat er aan de hand was. Voor het eerst snapte ik wat ik had.”',
			'Dat het om {condition} ging, had {name} niet verwacht.',
			'Thuis zocht {name} alles op, en daar werd het niet rustiger van.',
			'Op de dag zelf was {name} al vroeg wakker, veel te vroeg eigenlijk.',
			'{relative} reed mee en bleef de hele ochtend in de wachtkamer.',
			'“Verpleegkundige {nurse} zette eerst koffie. Dat klinkt klein, maar het haalde de spanning eruit.”',
			'De eerste dagen waren zwaarder dan {name} had verwacht.',
			'Opstaan uit een stoel kostte moeite, en lachen deed pijn.',
			'Na {weeks} weken ging {name} weer voorzichtig aan het werk.',
			'“Nu merk ik er bijna niks meer van. Ik snap niet waarom ik zo lang heb gewacht.”',
			'Niet elke dag was goed, en dat mocht ook gezegd worden.',
			'Wat {name} het meest hielp, was dat er altijd iemand was om te bellen.',
		],
		care: [
			'{clinician} neemt voor elk eerste gesprek een half uur de tijd.',
			'In dat gesprek gaat het over de klachten, maar ook over werk, familie en wat iemand belangrijk vindt.',
			'Samen wordt besloten of {procedure} de beste stap is, of dat afwachten ook kan.',
			'Wie twijfelt, mag altijd een tweede gesprek plannen voordat er iets wordt besloten.',
			'Bij {unit} werken artsen en verpleegkundigen in één team.',
			'De verpleegkundige belt de dag na de behandeling om te horen hoe het gaat.',
			'Vragen die in de spreekkamer niet opkomen, komen vaak thuis pas boven.',
			'Daarom krijgt iedereen een folder mee en een nummer dat ook ’s avonds opgenomen wordt.',
			'De meeste mensen gaan dezelfde dag weer naar huis.',
			'Wie langer moet blijven, krijgt een kamer met uitzicht op de tuin.',
			'Naasten zijn welkom bij elk gesprek, als de patiënt dat wil.',
			'Het team bespreekt elke week samen welke patiënten extra aandacht nodig hebben.',
			'De controle na de behandeling kan ook telefonisch, als dat beter uitkomt.',
			'Wie slecht ter been is, kan vervoer regelen via de balie.',
		],
		staff: [
			'{nurse} begint de dag met de lijst van vandaag.',
			'“Ik kijk eerst wie er voor het eerst komt. Bij die mensen loop ik wat vaker binnen.”',
			'Tussen de afspraken door worden de telefoontjes van gisteren teruggebeld.',
			'Om half elf is er overleg met de artsen over de patiënten van de middag.',
			'“Het lijkt dubbel werk, want het staat allemaal in het dossier. Maar het is ook een manier om even te praten.”',
			'De lunch is kort, vaak een boterham bij het raam van de teampost.',
			'Soms loopt een afspraak uit, omdat iemand net even meer tijd nodig heeft.',
			'“Die tijd nemen we. De volgende patiënt begrijpt dat bijna altijd.”',
			'Aan het eind van de middag wordt alles overgedragen aan de avonddienst.',
			'“Je ziet iemand op een spannende dag en een paar uur later gaat hij opgelucht naar huis.”',
			'Nieuwe collega’s lopen de eerste weken mee met een ervaren verpleegkundige.',
			'Elke maand bespreekt het team wat beter kan, met voorbeelden uit de praktijk.',
		],
		research: [
			'Jarenlang was er voor deze groep patiënten weinig keus.',
			'Onderzoekers van {unit} zochten naar een manier die minder belastend is.',
			'De nieuwe aanpak is eerst bij een kleine groep patiënten uitgeprobeerd, met hun toestemming.',
			'Patiënten herstelden gemiddeld sneller en hadden minder pijn in de eerste week.',
			'“We zijn voorzichtig met grote woorden, maar de eerste resultaten zijn bemoedigend,” zegt {clinician}.',
			'Het team meet niet alleen of de behandeling werkt, maar ook hoe mensen zich voelen.',
			'Daarvoor vullen patiënten na een paar maanden een korte vragenlijst in.',
			'De resultaten worden gedeeld met andere ziekenhuizen in de regio.',
			'Niet iedereen komt in aanmerking; dat hangt af van de klachten en de algehele gezondheid.',
			'In de komende jaren wil het team de aanpak bij meer patiënten aanbieden.',
			'Er is nog veel dat we niet weten, en dat zeggen we ook eerlijk tegen patiënten.',
		],
		advice: [
			'Loop er niet te lang mee rond als u twijfelt.',
			'Schrijf uw vragen op voordat u naar het spreekuur gaat.',
			'Neem iemand mee naar het gesprek: twee horen meer dan één.',
			'Neem uw pijnstillers op tijd, en niet pas als de pijn erg is.',
			'Bel gerust als iets anders gaat dan u verwachtte; u hoeft niet te wachten tot de controle.',
			'Vraag wat u zelf kunt doen om te herstellen, en wat u beter even laat.',
			'Zeg het als u ergens mee zit: het team neemt daar echt de tijd voor.',
			'Het herstel gaat bij iedereen anders; vergelijk uzelf niet te veel met anderen.',
		],
	},
	en: {
		patient: [
			'{name} is {age} and has lived in {place} for years.',
			'It started with {symptom}, but at first it seemed manageable.',
			'“For a long time I thought it would go away by itself,” says {name}.',
			'Only when {relative} said things could not go on like this did {name} see the GP.',
			'The GP listened carefully and referred {name} to {unit}.',
			'Two weeks later {name} sat in the consulting room of {clinician}.',
			'“The doctor drew on a piece of paper what was going on. For the first time I understood what I had.”',
			'{name} had not expected it to be {condition}.',
			'At home {name} looked everything up, which did not make things calmer.',
			'On the day itself {name} was awake early, far too early really.',
			'{relative} came along and stayed in the waiting room all morning.',
			'“Nurse {nurse} made coffee first. That sounds small, but it took the tension away.”',
			'The first days were harder than {name} had expected.',
			'Getting up from a chair took effort, and laughing hurt.',
			'After {weeks} weeks {name} carefully went back to work.',
			'“Now I hardly notice anything. I don’t understand why I waited so long.”',
			'Not every day was good, and it was fine to say so.',
			'What helped {name} most was that there was always someone to call.',
		],
		care: [
			'{clinician} takes half an hour for every first conversation.',
			'That conversation is about the symptoms, but also about work, family and what matters to someone.',
			'Together they decide whether {procedure} is the best step, or whether waiting is also an option.',
			'Anyone in doubt can always plan a second conversation before anything is decided.',
			'At {unit} doctors and nurses work in one team.',
			'The nurse calls the day after the treatment to hear how things are going.',
			'Questions that do not come up in the consulting room often surface at home.',
			'That is why everyone takes home a leaflet and a number that is answered in the evening too.',
			'Most people go home the same day.',
			'Anyone who needs to stay longer gets a room overlooking the garden.',
			'Relatives are welcome at every conversation, if the patient wants that.',
			'Every week the team discusses together which patients need extra attention.',
			'The check-up after the treatment can also be done by phone, if that suits better.',
			'Anyone who has trouble walking can arrange transport at the front desk.',
		],
		staff: [
			'{nurse} starts the day with today’s list.',
			'“I look first at who is coming for the first time. I pop in on those people a bit more often.”',
			'Between appointments, yesterday’s phone calls are returned.',
			'At half past ten there is a meeting with the doctors about the afternoon’s patients.',
			'“It seems like double work, because it is all in the file. But it is also a way to talk for a moment.”',
			'Lunch is short, often a sandwich by the window of the nurses’ station.',
			'Sometimes an appointment runs over, because someone needs just a little more time.',
			'“We take that time. The next patient nearly always understands.”',
			'At the end of the afternoon everything is handed over to the evening shift.',
			'“You see someone on a daunting day, and a few hours later they go home relieved.”',
			'New colleagues spend their first weeks alongside an experienced nurse.',
			'Every month the team discusses what could be better, with examples from practice.',
		],
		research: [
			'For years there was little choice for this group of patients.',
			'Researchers at {unit} looked for a way that is less of a burden.',
			'The new approach was first tried with a small group of patients, with their consent.',
			'On average patients recovered faster and had less pain in the first week.',
			'“We are careful with big words, but the first results are encouraging,” says {clinician}.',
			'The team measures not only whether the treatment works, but also how people feel.',
			'For that, patients fill in a short questionnaire after a few months.',
			'The results are shared with other hospitals in the region.',
			'Not everyone is eligible; that depends on the symptoms and on general health.',
			'In the coming years the team wants to offer the approach to more patients.',
			'There is still a lot we do not know, and we tell patients so honestly.',
		],
		advice: [
			'Do not carry on for too long if you are in doubt.',
			'Write down your questions before you go to the clinic.',
			'Bring someone to the conversation: two people hear more than one.',
			'Take your painkillers on time, not only when the pain is bad.',
			'Do call if something goes differently than you expected; you do not have to wait for the check-up.',
			'Ask what you can do yourself to recover, and what you had better leave for a while.',
			'Say so if something is worrying you: the team really takes time for that.',
			'Recovery is different for everyone; try not to compare yourself too much with others.',
		],
	},
};

/** Which sentence groups a paragraph of each kind of story draws from. */
export const PARAGRAPH_MIX: Record<'patient' | 'staff' | 'breakthrough' | 'perspective', (keyof (typeof SENTENCES)['nl'])[]> = {
	patient: ['patient', 'patient', 'care', 'advice'],
	staff: ['staff', 'staff', 'care'],
	breakthrough: ['research', 'research', 'care'],
	perspective: ['care', 'care', 'advice', 'research'],
};

export const RELATIVES: Record<Locale, string[]> = {
	nl: ['de partner', 'een dochter', 'een zoon', 'de buurvrouw', 'een goede vriend', 'een zus'],
	en: ['the partner', 'a daughter', 'a son', 'the neighbour', 'a close friend', 'a sister'],
};

/** Title patterns per kind; every title also names a person and a place, which keeps titles unique. */
export const TITLES: Record<Locale, Record<'patient' | 'staff' | 'breakthrough' | 'perspective', string[]>> = {
	nl: {
		patient: ['{name} ({age}) uit {place} over {condition}', 'Leven met {condition}: het verhaal van {name} uit {place}', '{name} uit {place}: weer aan het werk na {procedure}'],
		staff: ['Een dag met {name}, verpleegkundige in {place}', 'Achter de schermen van {unit} met {name} uit {place}'],
		breakthrough: ['Nieuw bij {unit}: minder belastend dan vroeger, met {name} uit {place}', '{procedure} anders gedaan: het team van {name} in {place}'],
		perspective: ['Zo werkt {unit}: {name} uit {place} vertelt', 'Samen met de huisarts in {place}: {name} over {condition}'],
	},
	en: {
		patient: ['{name} ({age}) from {place} on {condition}', 'Living with {condition}: the story of {name} from {place}', '{name} from {place}: back at work after {procedure}'],
		staff: ['A day with {name}, nurse in {place}', 'Behind the scenes of {unit} with {name} from {place}'],
		breakthrough: ['New at {unit}: less of a burden, with {name} from {place}', '{procedure} done differently: the team of {name} in {place}'],
		perspective: ['How {unit} works: {name} from {place} explains', 'Working with the GP in {place}: {name} on {condition}'],
	},
};

export const DESCRIPTIONS: Record<Locale, string[]> = {
	nl: [
		'{name} uit {place} vertelt eerlijk hoe het ging met {condition}, van de eerste klachten tot het herstel.',
		'Wat gebeurt er bij {unit}? {name} uit {place} neemt u mee, stap voor stap.',
		'Het verhaal van {name} uit {place}: over {procedure}, twijfel, en wat echt hielp.',
	],
	en: [
		'{name} from {place} tells honestly how things went with {condition}, from the first symptoms to recovery.',
		'What happens at {unit}? {name} from {place} takes you through it, step by step.',
		'The story of {name} from {place}: about {procedure}, doubt, and what really helped.',
	],
};

export const FACT_BOXES: Record<Locale, { title: string; items: string[] }[]> = {
	nl: [
		{ title: 'Goed om te weten', items: ['De meeste mensen gaan dezelfde dag naar huis.', 'U mag de eerste dag niet zelf autorijden.', 'Bel bij koorts of een bloedende wond.'] },
		{ title: 'Voor de afspraak', items: ['Neem uw medicijnenlijst mee.', 'Schrijf uw vragen op.', 'Neem iemand mee als u dat prettig vindt.'] },
		{ title: 'Na de behandeling', items: ['Neem uw pijnstillers op tijd.', 'Til de eerste weken niet zwaar.', 'Wandel elke dag een stukje.'] },
	],
	en: [
		{ title: 'Good to know', items: ['Most people go home the same day.', 'You may not drive yourself on the first day.', 'Call if you have a fever or a bleeding wound.'] },
		{ title: 'Before the appointment', items: ['Bring your list of medicines.', 'Write down your questions.', 'Bring someone along if you like.'] },
		{ title: 'After the treatment', items: ['Take your painkillers on time.', 'Do not lift anything heavy in the first weeks.', 'Take a short walk every day.'] },
	],
};

export const CALLS_TO_ACTION: Record<Locale, { href: string; label: string }[]> = {
	nl: [{ href: '/nl/contact/', label: 'Neem contact op' }, { href: '/nl/specialismen/', label: 'Bekijk onze specialismen' }],
	en: [{ href: '/en/contact/', label: 'Get in touch' }, { href: '/en/specialties/', label: 'See our specialties' }],
};

/**
 * What people say in their own words, for testimonials and pull quotes. A
 * quote is one or two sentences, each made of an opening, what happened and
 * sometimes an ending, filled with the speaker's own details: the people
 * around them, the day, the time, the place. Real people do not say the same
 * seven words, and the leak proof always looks for a withdrawn person's own
 * words (see src/consent/needles.ts), so the generator makes sure no two
 * quotes share seven words in a row (see ownWords() in generate.ts).
 *
 * Slots: {companion} (someone close, by name), {staff} (who helped, by
 * name), {patient} (a GP's patient), {thing} (something small), {day},
 * {date} (a day of the month), {month}, {time}, {room} (a room or bed
 * number), {n} (a number in words), {place}, {activity} (what they do
 * again). Between two slots are at most three other words, so that any
 * seven words in a row hold two of a person's own details.
 */
export interface OwnWords {
	/** How a sentence starts: a time or a circumstance (in Dutch the verb comes next). */
	openings: string[];
	/** What happened. */
	happenings: string[];
	/** An ending, after a comma. */
	endings: string[];
	/** A second sentence, looking back. */
	afterwards: string[];
}

/** Who speaks: a patient, a relative, or a GP or colleague. */
export type Voice = 'patient' | 'relative' | 'professional';

/** What follows an opening that does not end in a comma: in Dutch the verb comes next ("Op dinsdag fietste ik"), in English a comma ("On Tuesday, I cycled"). */
export const OPENING_GLUE: Record<Locale, string> = { nl: ' ', en: ', ' };

export const OWN_WORDS: Record<Locale, Record<Voice, OwnWords>> = {
	nl: {
		patient: {
			openings: ['Op {day} {date} {month}', 'Op {date} {month} {time}', 'Op {day}ochtend {time}', 'Op {day}avond {time}', 'Bij de controle op {date} {month}', '{time} op {day} {date} {month}', 'Na {n} weken, op {day} {date} {month},'],
			happenings: [
				'fietste ik met {companion} naar {place}',
				'stond {staff} met {thing} aan bed {room}',
				'bracht {staff} me {thing} op kamer {room}',
				'liep ik met {companion} een rondje door {place}',
				'ging ik met {companion} weer {activity} in {place}',
				'belde {staff} me thuis in {place} op',
				'dronk ik met {companion} koffie in {place}',
				'kwam {staff} langs op kamer {room}',
			],
			endings: ['precies zoals {staff} op {day} had gezegd', 'terwijl {companion} in {place} op me wachtte', 'met {thing} van {staff} in mijn tas', 'en {companion} belde {time} naar {place}'],
			afterwards: [
				'Ik vergeet nooit dat {staff} op kamer {room} aan {thing} dacht.',
				'{companion} zegt nog elke {day} dat {staff} me erdoor heeft gesleept.',
				'In {month} stuur ik {staff} een kaart uit {place}.',
				'Sinds {date} {month} ga ik met {companion} weer {activity} in {place}.',
				'{companion} en ik praten er {time} nog vaak over met {staff}.',
			],
		},
		relative: {
			openings: ['Op {day} {date} {month}', 'Op {day}avond {time}', 'In de nacht van {day} {date} {month}', 'Toen ik {time} op {day} binnenkwam', 'De laatste {day} van {month}, {time},'],
			happenings: [
				'zat {staff} met {thing} naast {companion} op kamer {room}',
				'mocht ik bij {companion} blijven slapen op kamer {room}',
				'legde {staff} ons rustig uit wat {companion} te wachten stond',
				'nam {staff} nog de tijd voor {companion}',
				'kon {companion} weer {activity} in {place}',
				'kregen {companion} en ik {thing} van {staff}',
			],
			endings: ['en dat deed {companion} in {place} zo goed', 'ook toen {companion} op {day} niets meer zei', 'zonder dat {companion} het aan {staff} hoefde te vragen'],
			afterwards: [
				'Ik vergeet nooit dat {staff} op {day} {date} {month} nog kwam kijken.',
				'{companion} sprak er in {month} nog over met {staff} in {place}.',
				'Wij sturen {staff} op {date} {month} een kaart uit {place}.',
				'Aan {thing} van {staff} op kamer {room} denk ik nog vaak.',
			],
		},
		professional: {
			openings: ['Sinds {date} {month}', 'Op {day} {date} {month}', 'Elke {day} {time}', 'Toen ik op {date} {month} belde', 'Na {n} weken, op {day} {date} {month},'],
			happenings: [
				'stuurde {staff} mij over {patient} uit {place} een brief',
				'belde {staff} mij over {patient} uit {place} terug',
				'wist {patient} uit {place} precies of {activity} weer mocht',
				'hoorde ik van {staff} hoe het met {patient} uit {place} ging',
				'kon {patient} uit {place} op {day} bij {staff} terecht',
			],
			endings: ['terwijl {patient} in {place} op {staff} wachtte', 'zoals {staff} en ik op {date} {month} hadden afgesproken'],
			afterwards: [
				'Dat {staff} op {date} {month} zelf langskwam in {place}, waardeer ik.',
				'Mijn assistent in {place} belt {staff} op {day} {time} zonder wachttijd.',
				'Sinds {date} {month} verwijs ik {patient} uit {place} met een gerust hart.',
			],
		},
	},
	en: {
		patient: {
			openings: ['On {day} {date} {month}', 'On {date} {month} at {time}', 'On {day} morning at {time}', 'On {day} evening at {time}', 'At the check-up on {date} {month}', 'At {time} on {day} {date} {month}', 'After {n} weeks, on {day} {date} {month}'],
			happenings: [
				'I cycled with {companion} to {place}',
				'{staff} stood by bed {room} with {thing}',
				'{staff} brought me {thing} in room {room}',
				'I walked round {place} with {companion}',
				'I went {activity} in {place} with {companion} again',
				'{staff} rang me at home in {place}',
				'I had coffee with {companion} in {place}',
				'{staff} came by room {room}',
			],
			endings: ['just as {staff} had said on {day}', 'while {companion} waited for me in {place}', 'with {thing} from {staff} in my bag', 'and {companion} rang {place} at {time}'],
			afterwards: [
				'I will never forget that {staff} thought of {thing} in room {room}.',
				'{companion} still says every {day} that {staff} pulled me through.',
				'In {month} I am sending {staff} a card from {place}.',
				'Since {date} {month} I go {activity} with {companion} in {place} again.',
				'{companion} and I still talk about it at {time} with {staff}.',
			],
		},
		relative: {
			openings: ['On {day} {date} {month}', 'On {day} evening at {time}', 'In the night of {day} {date} {month}', 'When I came in at {time} on {day}', 'On the last {day} of {month}, at {time}'],
			happenings: [
				'{staff} sat with {thing} beside {companion} in room {room}',
				'I could stay in room {room} with {companion}',
				'{staff} told us calmly what {companion} could expect',
				'{staff} still took time for {companion}',
				'{companion} could go {activity} in {place} again',
				'{companion} and I were given {thing} by {staff}',
			],
			endings: ['and that did {companion} so much good in {place}', 'even when {companion} no longer spoke on {day}', 'without {companion} having to ask {staff}'],
			afterwards: [
				'I will never forget that {staff} came to look in on {day} {date} {month}.',
				'{companion} still talked about it with {staff} in {place} in {month}.',
				'On {date} {month} we send {staff} a card from {place}.',
				'I still often think of {thing} from {staff} in room {room}.',
			],
		},
		professional: {
			openings: ['Since {date} {month}', 'On {day} {date} {month}', 'Every {day} at {time}', 'When I rang on {date} {month}', 'After {n} weeks, on {day} {date} {month}'],
			happenings: [
				'{staff} wrote to me about {patient} from {place}',
				'{staff} rang me back about {patient} from {place}',
				'{patient} from {place} knew if {activity} was allowed again',
				'I heard from {staff} how {patient} from {place} was doing',
				'{patient} from {place} could see {staff} on {day}',
			],
			endings: ['while {patient} waited for {staff} in {place}', 'as {staff} and I agreed on {date} {month}'],
			afterwards: [
				'I value that {staff} came by in {place} on {date} {month}.',
				'My assistant in {place} rings {staff} on {day} at {time} without waiting.',
				'Since {date} {month} I refer {patient} from {place} with peace of mind.',
			],
		},
	},
};

/** First names of the people in someone's own words. */
export const NAMES = {
	women: ['Anouk', 'Lotte', 'Noor', 'Femke', 'Ilse', 'Sanne', 'Esther', 'Mieke', 'Joke', 'Ellen', 'Naima', 'Fatma', 'Hanneke', 'Marloes', 'Inge', 'Wilma', 'Carla', 'Yvonne', 'Lieke', 'Tineke', 'Greet', 'Agnes', 'Emine', 'Sara', 'Truus', 'Hatice', 'Annelies', 'Nel', 'Bep', 'Ria'],
	men: ['Daan', 'Bram', 'Kees', 'Wim', 'Ruud', 'Koen', 'Stijn', 'Thijs', 'Bart', 'Joost', 'Gijs', 'Lars', 'Rik', 'Sem', 'Milan', 'Karim', 'Hasan', 'Ahmed', 'Dirk', 'Frits', 'Peter', 'Henk', 'Jeroen', 'Mohamed', 'Gerrit', 'Sven', 'Tom', 'Jan', 'Rob', 'Youssef'],
};

/**
 * The details that fill OWN_WORDS. A companion is one of `women` or `men`
 * with a first name from NAMES; in `staff` and `patients`, {woman}, {man},
 * {first} and {last} are names from NAMES and LAST_NAMES.
 */
export const OWN_DETAILS: Record<
	Locale,
	{ women: string[]; men: string[]; staff: string[]; patients: string[]; things: string[]; days: string[]; times: string[]; numbers: string[]; months: string[]; activities: string[] }
> = {
	nl: {
		women: ['mijn dochter', 'mijn vrouw', 'mijn zus', 'buurvrouw', 'mijn kleindochter', 'mijn vriendin', 'mijn schoonmoeder', 'mijn nicht'],
		men: ['mijn zoon', 'mijn man', 'mijn broer', 'buurman', 'mijn kleinzoon', 'mijn vriend', 'mijn schoonvader', 'mijn neef'],
		staff: ['verpleegkundige {first}', 'zuster {woman}', 'broeder {man}', 'dokter {last}', 'fysiotherapeut {first}', 'anesthesist {last}', 'nachtzuster {woman}', 'diëtist {first}', 'vrijwilliger {first}'],
		patients: ['mijn patiënt {first}', 'mevrouw {last}', 'meneer {last}', 'mijn patiënte {woman}'],
		things: ['een kop thee', 'een extra kussen', 'een warme deken', 'een glas appelsap', 'de krant', 'mijn leesbril', 'warme melk', 'een puzzelboekje', 'een beschuit', 'een bakje vla', 'een handdoek', 'een briefje', 'een tekening', 'tulpen', 'bonbons', 'een stoel', 'een kruiswoordpuzzel', 'een fleece vest', 'een bak soep', 'een wekker', 'een radio', 'oordopjes', 'een waaier', 'een foto', 'een boterham'],
		days: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
		times: ['om half zeven', 'om zeven uur', 'om kwart over zeven', 'om half acht', 'om acht uur', 'om kwart voor negen', 'om negen uur', 'om half tien', 'om tien uur', 'om elf uur', 'om twaalf uur', 'om een uur', 'om twee uur', 'om half drie', 'om drie uur', 'om vier uur', 'om half vijf', 'om vijf uur', 'om zes uur', 'om half twaalf'],
		numbers: ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
		months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
		activities: ['fietsen', 'zwemmen', 'wandelen', 'tennissen', 'tuinieren', 'dansen', 'vissen', 'kaarten', 'zingen', 'golfen', 'schilderen', 'roeien', 'biljarten', 'klaverjassen', 'koken', 'breien', 'vogels kijken', 'jeu de boules spelen', 'volleyballen', 'schaatsen', 'kanoën', 'bowlen', 'sjoelen', 'hardlopen', 'klussen'],
	},
	en: {
		women: ['my daughter', 'my wife', 'my sister', 'my neighbour', 'my granddaughter', 'my friend', 'my mother-in-law', 'my niece'],
		men: ['my son', 'my husband', 'my brother', 'our neighbour', 'my grandson', 'my mate', 'my father-in-law', 'my nephew'],
		staff: ['nurse {first}', 'sister {woman}', 'doctor {last}', 'physio {first}', 'anaesthetist {last}', 'night nurse {woman}', 'dietitian {first}', 'volunteer {first}', 'porter {man}'],
		patients: ['my patient {first}', 'Mrs {last}', 'Mr {last}', 'young {first}'],
		things: ['a cup of tea', 'an extra pillow', 'a warm blanket', 'apple juice', 'the paper', 'my reading glasses', 'warm milk', 'a puzzle book', 'toast', 'custard', 'a towel', 'a note', 'a drawing', 'tulips', 'chocolates', 'a chair', 'a crossword', 'a fleece', 'soup', 'an alarm clock', 'a radio', 'earplugs', 'a fan', 'a photo', 'a sandwich'],
		days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
		times: ['half past six', 'seven o’clock', 'quarter past seven', 'half past seven', 'eight o’clock', 'quarter to nine', 'nine o’clock', 'half past nine', 'ten o’clock', 'eleven o’clock', 'noon', 'one o’clock', 'two o’clock', 'half past two', 'three o’clock', 'four o’clock', 'half past four', 'five o’clock', 'six o’clock', 'half past eleven'],
		numbers: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
		months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
		activities: ['cycling', 'swimming', 'walking', 'playing tennis', 'gardening', 'dancing', 'fishing', 'playing cards', 'singing', 'golfing', 'painting', 'rowing', 'playing billiards', 'bowling', 'cooking', 'knitting', 'birdwatching', 'playing petanque', 'playing volleyball', 'skating', 'canoeing', 'running', 'sailing', 'climbing', 'baking'],
	},
};

export const AUTHOR_DETAILS: Record<Locale, string> = { nl: '{age}, {place}', en: '{age}, {place}' };

/** What a GP's testimonial says about who they are. */
export const REFERRER_DETAILS: Record<Locale, string> = { nl: 'huisarts in {place}', en: 'GP in {place}' };

/** The last line of a story: a link to its specialty's page ({href}). */
export const MORE_ABOUT: Record<Locale, string> = { nl: 'Meer over [{unit}]({href}).', en: 'More about [{unit}]({href}).' };

export const HERO_ALTS: Record<Locale, string[]> = {
	nl: ['Foto van een wandelpad langs het water in de ochtend', 'Foto van een rustige gang op de afdeling', 'Foto van een tuin met bankjes bij het ziekenhuis', 'Foto van een polder met lage wolken'],
	en: ['Photo of a path along the water in the morning', 'Photo of a quiet corridor on the ward', 'Photo of a garden with benches by the hospital', 'Photo of a polder under low clouds'],
};

/** The languages the corpus is written in, in the order of TITLES: the generator writes in each, and the first names the files. */
export const CORPUS_LOCALES = Object.keys(TITLES) as [Locale, ...Locale[]];
