import { z } from 'astro/zod';
import { altText, type ImageHelper } from './image.ts';
import { oneOf, optionalText, requiredText, say, slug } from './primitives.ts';

/** The profession decides the structured data: physicians are marked up as Physician, others as Person. */
export const PROFESSIONS = ['physician', 'nurse', 'nurse-practitioner', 'physician-assistant', 'allied-health', 'staff'] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** BIG (Netherlands): 11 digits. RIZIV/INAMI (Belgium): 11 digits, often written 1-23456-78-901. */
const registration = z
	.strictObject({
		register: oneOf(['BIG', 'RIZIV'], { nl: 'het register', en: 'the register' }),
		number: z.string().trim(),
	})
	.refine((reg) => /^\d{11}$/.test(reg.number.replace(/[\s.-]/g, '')), {
		path: ['number'],
		error: say('Een BIG- of RIZIV-nummer heeft 11 cijfers', 'A BIG or RIZIV number has 11 digits'),
	});

/** A team member: content/team/<locale>/<slug>.md. The body is the bio. */
export const teamSchema = ({ image }: { image: ImageHelper }) =>
	z
		.strictObject({
			/** Full name with title as the person wants it shown, e.g. "dr. Sanne de Vries". */
			name: requiredText({ nl: 'de naam', en: 'the name' }, 100),
			/** The last part of this translation's address, e.g. "sanne-de-vries". Default: the file name, which stays the key that links translations and references. */
			slug: slug().optional(),
			/** The role in plain words, e.g. "Chirurg" or "Verpleegkundig specialist". */
			role: requiredText({ nl: 'de functie', en: 'the role' }, 100),
			/** The profession; decides how search engines are told about the person. */
			profession: oneOf(PROFESSIONS, { nl: 'het beroep', en: 'the profession' }),
			/** Registration in the BIG register (NL) or with RIZIV (BE), shown on the profile. */
			registration: registration.optional(),
			/** Qualifications and memberships, e.g. "Fellow of the European Board of Surgery". */
			credentials: z.array(requiredText({ nl: 'een kwalificatie', en: 'a qualification' })).default([]),
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
				ctx.addIssue({ code: 'custom', path: ['photoAlt'], message: say('Beschrijf wat de foto laat zien (photoAlt)', 'Describe what the photo shows (photoAlt)') });
			}
			if (member.profession === 'physician' && !member.registration) {
				ctx.addIssue({
					code: 'custom',
					path: ['registration'],
					message: say('Vermeld het BIG- of RIZIV-nummer van een arts', "Give a physician's BIG or RIZIV number"),
				});
			}
		});

export type TeamData = z.output<ReturnType<typeof teamSchema>>;
