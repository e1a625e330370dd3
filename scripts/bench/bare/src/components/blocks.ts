import CallToAction from './CallToAction.astro';
import FactBox from './FactBox.astro';
import PullQuote from './PullQuote.astro';
import Testimonial from './Testimonial.astro';

/** The stories' building blocks in their plainest form, so the MDX renders. */
export const blocks = { CallToAction, FactBox, PullQuote, Testimonial };
