import { z } from 'astro/zod';
import { message } from '../messages/index.ts';
import { oneOf, optionalText, requiredText, slug } from './primitives.ts';

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => message('time.format') });

const openingHours = z
	.strictObject({
		/** The days these hours apply to. */
		days: z.array(oneOf(WEEKDAYS, 'day')).min(1),
		opens: time,
		closes: time,
	})
	.refine((hours) => hours.opens < hours.closes, {
		path: ['closes'],
		error: () => message('openingHours.closesBeforeOpening'),
	});

/** A location: content/locations/<locale>/<slug>.md. The body describes the route. */
export const locationSchema = (_context?: unknown) =>
	z.strictObject({
		/** e.g. "Ziekenhuis Lindeveld, locatie Weidebroek". */
		name: requiredText('name', 100),
		/** The last part of this translation's address, e.g. "weidebroek". Default: the file name, which stays the key that links translations and references. */
		slug: slug().optional(),
		address: z.strictObject({
			street: requiredText('street'),
			postalCode: requiredText('postalCode'),
			city: requiredText('city'),
			/** ISO country code: NL or BE. */
			country: oneOf(['NL', 'BE'], 'country'),
		}),
		geo: z.strictObject({
			latitude: z.number().min(-90).max(90),
			longitude: z.number().min(-180).max(180),
		}),
		/** The number to call for this location. */
		phone: requiredText('phone'),
		/** When the doors or the reception are open. */
		openingHours: z.array(openingHours).default([]),
		/** One line about parking. */
		parking: optionalText(),
		/** One line about public transport. */
		publicTransport: optionalText(),
	});

export type LocationData = z.output<ReturnType<typeof locationSchema>>;
