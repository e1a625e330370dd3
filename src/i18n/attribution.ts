import type { TestimonialData } from '../schemas/testimonial.ts';
import { t, type Locale } from './index.ts';

/**
 * Who said it, as shown under a testimonial: the name the person chose, or
 * anonymously by role ("Een patiënt"), and details such as "patiënt, 54, Gent".
 */
export function attribution(author: TestimonialData['author'], locale: Locale): { who: string; details: string } {
	return {
		who: author.name ?? t(locale, `testimonial.anonymous.${author.role}`),
		details: [author.name ? t(locale, `testimonial.role.${author.role}`) : undefined, author.detail].filter(Boolean).join(', '),
	};
}
