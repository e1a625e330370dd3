/** The site's own words, per language: headings, navigation and the hospital's name. */
const TEXT = {
	nl: {
		hospital: 'Ziekenhuis Lindeveld',
		languageName: 'Nederlands',
		stories: 'Verhalen',
		allStories: 'Alle verhalen',
		storiesAbout: 'Verhalen over',
		storiesFor: 'Verhalen voor',
		specialties: 'Specialismen',
		team: 'Team',
		locations: 'Locaties',
		testimonials: 'Ervaringen',
		allTestimonials: 'Alle ervaringen',
		search: 'Zoeken',
		more: 'Meer verhalen',
		by: 'Geschreven door',
		newest: 'Nieuwste verhalen',
		previous: 'Vorige',
		next: 'Volgende',
		page: 'pagina',
		forYou: 'Voor u',
		refer: 'Verwijzen',
		notFound: 'Deze pagina bestaat niet (meer).',
		audiences: { patients: 'Voor patiënten', relatives: 'Voor naasten', referrers: 'Voor verwijzers' },
	},
	en: {
		hospital: 'Lindeveld Hospital',
		languageName: 'English',
		stories: 'Stories',
		allStories: 'All stories',
		storiesAbout: 'Stories about',
		storiesFor: 'Stories',
		specialties: 'Specialties',
		team: 'Team',
		locations: 'Locations',
		testimonials: 'Testimonials',
		allTestimonials: 'All testimonials',
		search: 'Search',
		more: 'More stories',
		by: 'Written by',
		newest: 'Newest stories',
		previous: 'Previous',
		next: 'Next',
		page: 'page',
		forYou: 'For you',
		refer: 'Referring',
		notFound: 'This page does not exist (any more).',
		audiences: { patients: 'For patients', relatives: 'For relatives', referrers: 'For referrers' },
	},
};

export type Text = (typeof TEXT)['en'];

/** The words of one of the site's languages; throws for a language the site does not have. */
export function textFor(lang: string): Text {
	const text = (TEXT as Record<string, Text>)[lang];
	if (!text) throw new Error(`No texts for the language "${lang}"`);
	return text;
}
