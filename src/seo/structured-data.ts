import type { LocationData } from '../schemas/location.ts';
import type { Settings } from '../schemas/settings.ts';
import type { SpecialtyData } from '../schemas/specialty.ts';
import type { StoryData } from '../schemas/story.ts';
import type { TeamData } from '../schemas/team.ts';
import { jsonForScriptTag } from '../lib/script-json.ts';

/**
 * JSON-LD for search engines, built from the content (schema.org). Pure
 * functions: pages pass in absolute URLs and the entries' data. Testimonials
 * are deliberately never marked up as Review or AggregateRating: search
 * engines ignore an organisation's reviews of itself, and stars on patient
 * testimonials would mislead.
 */

export type JsonLd = Record<string, unknown>;

const SCHEMA = 'https://schema.org';

/** schema.org day codes for our opening-hours days. */
const DAYS = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' } as const;

/** The organisation's stable id, so every page's data refers to one organisation. */
export const organisationId = (siteUrl: string) => `${siteUrl}/#organisation`;

function postalAddress(address: LocationData['address']): JsonLd {
	return { '@type': 'PostalAddress', streetAddress: address.street, postalCode: address.postalCode, addressLocality: address.city, addressCountry: address.country };
}

function placeDetails(location: LocationData): JsonLd {
	return {
		address: postalAddress(location.address),
		geo: { '@type': 'GeoCoordinates', latitude: location.geo.latitude, longitude: location.geo.longitude },
		telephone: location.phone,
		...(location.openingHours.length > 0
			? {
					openingHoursSpecification: location.openingHours.map((hours) => ({
						'@type': 'OpeningHoursSpecification',
						dayOfWeek: hours.days.map((day) => DAYS[day]),
						opens: hours.opens,
						closes: hours.closes,
					})),
				}
			: {}),
	};
}

/**
 * The organisation as Hospital or MedicalClinic, with its main location's details. `name` is its
 * name in the page's language; its names in the site's other languages become `alternateName`.
 */
export function organisation(settings: Settings, input: { name: string; url: string; logo: string; description?: string; mainLocation?: LocationData }): JsonLd {
	const alternateNames = [...new Set(Object.values(settings.organisation.names))].filter((name) => name !== input.name);
	return {
		'@type': settings.organisation.type === 'hospital' ? 'Hospital' : 'MedicalClinic',
		'@id': organisationId(settings.siteUrl),
		name: input.name,
		...(alternateNames.length > 0 ? { alternateName: alternateNames } : {}),
		url: input.url,
		logo: input.logo,
		...(input.description ? { description: input.description } : {}),
		email: settings.contact.email,
		telephone: settings.contact.phone,
		...(input.mainLocation ? placeDetails(input.mainLocation) : {}),
		...(settings.social.length > 0 ? { sameAs: settings.social.map((profile) => profile.url) } : {}),
	};
}

/** A location of the organisation. */
export function location(data: LocationData, input: { url: string; siteUrl: string }): JsonLd {
	return {
		'@type': 'MedicalClinic',
		'@id': `${input.url}#location`,
		name: data.name,
		url: input.url,
		...placeDetails(data),
		parentOrganization: { '@id': organisationId(input.siteUrl) },
	};
}

/** A team member: Physician for doctors (with their registration), Person for everyone else. */
export function person(data: TeamData, input: { url: string; siteUrl: string; image?: string; description?: string }): JsonLd {
	const credentials = [
		...(data.registration ? [{ '@type': 'EducationalOccupationalCredential', credentialCategory: `${data.registration.register}-registratie`, identifier: data.registration.number }] : []),
		...data.credentials.map((name) => ({ '@type': 'EducationalOccupationalCredential', name })),
	];
	return {
		'@type': data.profession === 'physician' ? ['Person', 'Physician'] : 'Person',
		'@id': `${input.url}#person`,
		name: data.name,
		jobTitle: data.role,
		url: input.url,
		...(input.image ? { image: input.image } : {}),
		...(input.description ? { description: input.description } : {}),
		...(credentials.length > 0 ? { hasCredential: credentials } : {}),
		worksFor: { '@id': organisationId(input.siteUrl) },
	};
}

/** A team member as another page's structured data names them: their name and the absolute address of their own page. */
export interface PersonReference {
	name: string;
	url: string;
}

/**
 * The team member an entry refers to (a story's author, a story's or a
 * specialty's medical reviewer), as another page names them: name and the
 * address of their own page, where {@link person} describes them in full.
 * One function for every page, so that each names a person the same way.
 *
 * @param member the team member's entry, looked up from the reference with findEntry(); undefined when the field is
 *   empty or the member is not published in the page's language
 * @param pageUrl the absolute address of a member's own page, made from the entry itself so that a translation's own
 *   `slug` is honoured: `(member) => absolute(paths.teamMember(member))`
 * @returns undefined when there is no member
 * @example personReference(reviewer, (member) => absolute(paths.teamMember(member)))
 * // { name: 'dr. Sanne de Vries', url: 'https://www.ziekenhuis-lindeveld.example/nl/team/sanne-de-vries/' }
 */
export function personReference<M extends { data: { name: string } }>(member: M | undefined, pageUrl: (member: M) => string): PersonReference | undefined {
	return member ? { name: member.data.name, url: pageUrl(member) } : undefined;
}

/** A referenced team member as a schema.org Person node: https://schema.org/Person with name and url. */
const personNode = (reference: PersonReference): JsonLd => ({ '@type': 'Person', name: reference.name, url: reference.url });

/**
 * A MedicalWebPage's medical review (https://schema.org/lastReviewed, https://schema.org/reviewedBy):
 * both or neither, as search engines read a review date only with its reviewer.
 */
function medicalReview(lastReviewedOn: string | undefined, reviewer: PersonReference | undefined): JsonLd {
	return reviewer && lastReviewedOn ? { lastReviewed: lastReviewedOn, reviewedBy: personNode(reviewer) } : {};
}

/**
 * A specialty's page: a MedicalWebPage about the conditions it treats, whose
 * main entity is the department (a MedicalClinic) with the procedures it
 * offers and, when set, its schema.org medical specialty.
 */
export function specialtyPage(data: SpecialtyData, input: { url: string; siteUrl: string; locale: string; image?: string; reviewer?: PersonReference | undefined }): JsonLd {
	return {
		'@type': 'MedicalWebPage',
		'@id': input.url,
		url: input.url,
		name: data.name,
		description: data.summary,
		inLanguage: input.locale,
		...medicalReview(data.lastReviewedOn, input.reviewer),
		...(data.conditions.length > 0
			? { about: data.conditions.map((condition) => ({ '@type': 'MedicalCondition', name: condition.name, ...(condition.description ? { description: condition.description } : {}) })) }
			: {}),
		mainEntity: {
			'@type': 'MedicalClinic',
			'@id': `${input.url}#specialty`,
			name: data.name,
			description: data.summary,
			url: input.url,
			...(input.image ? { image: input.image } : {}),
			...(data.contact.phone ? { telephone: data.contact.phone } : {}),
			...(data.medicalSpecialty ? { medicalSpecialty: `${SCHEMA}/${data.medicalSpecialty}` } : {}),
			...(data.treatments.length > 0
				? { availableService: data.treatments.map((treatment) => ({ '@type': 'MedicalProcedure', name: treatment.name, ...(treatment.description ? { description: treatment.description } : {}) })) }
				: {}),
			parentOrganization: { '@id': organisationId(input.siteUrl) },
		},
	};
}

export interface StoryInput {
	url: string;
	siteUrl: string;
	locale: string;
	image?: string;
	/** The story's author ({@link personReference}); without one, the organisation. */
	author?: PersonReference | undefined;
	/** Who reviewed its medical content ({@link personReference}). */
	reviewer?: PersonReference | undefined;
}

/** A story: an Article inside a MedicalWebPage, which carries the medical review when there is one. */
export function storyPage(data: StoryData, input: StoryInput): JsonLd {
	const article: JsonLd = {
		'@type': 'Article',
		headline: data.title,
		description: data.description,
		inLanguage: input.locale,
		datePublished: data.publishedOn,
		dateModified: data.updatedOn ?? data.publishedOn,
		...(input.image ? { image: input.image } : {}),
		author: input.author ? personNode(input.author) : { '@id': organisationId(input.siteUrl) },
		publisher: { '@id': organisationId(input.siteUrl) },
	};
	return {
		'@type': 'MedicalWebPage',
		'@id': input.url,
		url: input.url,
		name: data.title,
		description: data.description,
		inLanguage: input.locale,
		...medicalReview(data.lastReviewedOn, input.reviewer),
		mainEntity: article,
	};
}

/** The breadcrumb trail, home first, each step with its absolute URL. */
export function breadcrumbs(trail: { name: string; url: string }[]): JsonLd {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.url })),
	};
}

/** One JSON-LD document for a page: a graph of its items. */
export function graph(items: JsonLd[]): JsonLd {
	return { '@context': SCHEMA, '@graph': items };
}

/** JSON that is safe inside a <script> element: no "</script>" or "<!--" can close it early. */
export function serializeJsonLd(data: JsonLd): string {
	return jsonForScriptTag(data);
}
