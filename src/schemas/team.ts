import { z } from 'astro/zod';
import { message } from '../messages/index.ts';
import { altText, type ImageHelper } from './image.ts';
import { oneOf, optionalText, requiredText, slug } from './primitives.ts';

/** The profession decides the structured data: physicians are marked up as Physician, others as Person. */
export const PROFESSIONS = ['physician', 'nurse', 'nurse-practitioner', 'physician-assistant', 'allied-health', 'staff'] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** BIG (Netherlands): 11 digits. RIZIV/INAMI (Belgium): 11 digits, often written 1-23456-78-901. */
const registration = z
	.strictObject({
		register: oneOf(['BIG', 'RIZIV'], 'register'),
		number: z.string().trim(),
	})
	.refine((reg) => /^\d{11}$/.test(reg.number.replace(/[\s.-]/g, '')), {
		path: ['number'],
		error: () => message('team.registrationFormat'),
	});

/** A team member: content/team/<locale>/<slug>.md. The body is the bio. */
export const teamSchema = ({ image }: { image: ImageHelper }) =>
	z
		.strictObject({
			/** Full name with title as the person wants it shown, e.g. "dr. Sanne de Vries". */
			name: requiredText('name', 100),
			/** The last part of this translation's address, e.g. "sanne-de-vries". Default: the file name, which stays the key that links translations and references. */
			slug: slug().optional(),
			/** The role in plain words, e.g. "Chirurg" or "Verpleegkundig specialist". */
			role: requiredText('jobTitle', 100),
			/** The profession; decides how search engines are told about the person. */
			profession: oneOf(PROFESSIONS, 'profession'),
			/** Registration in the BIG register (NL) or with RIZIV (BE), shown on the profile. */
			registration: registration.optional(),
			/** Qualifications and memberships, e.g. "Fellow of the European Board of Surgery". */
			credentials: z.array(requiredText('qualification')).default([]),
			/** The specialties the person works in (slugs). */
			specialties: z.array(slug()).default([]),
			/** A portrait, relative to this file. */
			photo: image().optional(),
			/** What the portrait shows; required with a photo. */
			photoAlt: altText().optional(),
			/** One sentence for listings and search results. */
			summary: optionalText(),
			/** Position in lists; lower comes first. Default 100. */
			order: z.number().int().default(100),
		})
		.superRefine((member, ctx) => {
			if (member.photo && !member.photoAlt) {
				ctx.addIssue({ code: 'custom', path: ['photoAlt'], message: message('photo.altMissing') });
			}
			if (member.profession === 'physician' && !member.registration) {
				ctx.addIssue({
					code: 'custom',
					path: ['registration'],
					message: message('team.physicianWithoutRegistration'),
				});
			}
		});

export type TeamData = z.output<ReturnType<typeof teamSchema>>;
