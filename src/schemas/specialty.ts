import { z } from 'astro/zod';
import { imageWithAlt, type ImageHelper } from './image.ts';
import { checkMedicalReview, medicalReviewFields } from './medical-review.ts';
import { oneOf, optionalText, requiredText, slug } from './primitives.ts';
import { metaDescription } from './story.ts';

const namedItem = z.strictObject({
	/** The name as patients know it, e.g. "Liesbreuk". */
	name: requiredText('itemName', 100),
	/** One or two plain sentences. */
	description: optionalText(),
});

/** schema.org's medical specialties, for search engines; a specialty may name the one it belongs to. */
export const MEDICAL_SPECIALTIES = [
	'Anesthesia', 'Cardiovascular', 'CommunityHealth', 'Dentistry', 'Dermatology', 'DietNutrition', 'Emergency', 'Endocrine',
	'Gastroenterologic', 'Genetic', 'Geriatric', 'Gynecologic', 'Hematologic', 'Infectious', 'LaboratoryScience', 'Midwifery',
	'Musculoskeletal', 'Neurologic', 'Nursing', 'Obstetric', 'Oncologic', 'Optometric', 'Otolaryngologic', 'Pathology', 'Pediatric',
	'PharmacySpecialty', 'Physiotherapy', 'PlasticSurgery', 'Podiatric', 'PrimaryCare', 'Psychiatric', 'PublicHealth', 'Pulmonary',
	'Radiography', 'Renal', 'RespiratoryTherapy', 'Rheumatologic', 'SpeechPathology', 'Surgical', 'Toxicologic', 'Urologic',
] as const;

/**
 * A specialty or centre, e.g. content/specialties/nl/liesbreukcentrum.md.
 * The body is the specialty's own story.
 */
export const specialtySchema = ({ image }: { image: ImageHelper }) =>
	z.strictObject({
		/** The name, e.g. "Liesbreukcentrum". */
		name: requiredText('name', 80),
		/** The last part of this translation's address, e.g. "hernia-centre". Default: the file name, which stays the key that links translations and references. */
		slug: slug().optional(),
		/** 50–160 characters; the meta description and the teaser on the home page. */
		summary: metaDescription(),
		/** The schema.org medical specialty it belongs to, e.g. Surgical or Gastroenterologic. Optional. */
		medicalSpecialty: oneOf(MEDICAL_SPECIALTIES, 'medicalSpecialty').optional(),
		/** Conditions the specialty treats. */
		conditions: z.array(namedItem).default([]),
		/** Treatments and procedures it offers. */
		treatments: z.array(namedItem).default([]),
		/** The team members who work here (slugs from content/team/), in the order shown. */
		team: z.array(slug()).default([]),
		/** For GPs and other referrers: how to refer, and a direct line. */
		referral: z.strictObject({
			/** What a referrer should know, in two or three sentences. */
			intro: requiredText('referralIntro'),
			/** The steps to refer a patient. */
			steps: z.array(requiredText('step')).default([]),
			/** A phone line for referrers. */
			phone: optionalText(),
			/** An e-mail address for referrers (no patient data by e-mail). */
			email: optionalText(),
		}),
		contact: z
			.strictObject({
				/** The specialty's own phone number for patients. */
				phone: optionalText(),
				/** Where the specialty is (slug from content/locations/). */
				location: slug().optional(),
			})
			.default({ phone: undefined }),
		/** The picture at the top of the page. */
		hero: imageWithAlt(image).optional(),
		/** Position in lists; lower comes first. Default 100. */
		order: z.number().int().default(100),
		/** Who checked the medical content and when: reviewedBy, lastReviewedOn (see medical-review.ts). */
		...medicalReviewFields,
	})
	.superRefine(checkMedicalReview);

export type SpecialtyData = z.output<ReturnType<typeof specialtySchema>>;
