import type { AllowedComponentName } from '../../mdx/allowed.ts';
import BodyPicture from './BodyPicture.astro';
import CallToAction from './CallToAction.astro';
import FactBox from './FactBox.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';
import Testimonial from './Testimonial.astro';

/**
 * The building blocks editors may use in a story (see src/mdx/allowed.ts),
 * for `<Content components={storyComponents} />`. The content check refuses
 * any other component before the build, so this map and allowed.ts name the
 * same five. `img` is not a building block: it renders every Markdown picture
 * in a story, also inside a Figure (BodyPicture).
 */
export const storyComponents = { Testimonial, PullQuote, CallToAction, Figure, FactBox, img: BodyPicture } satisfies Record<AllowedComponentName, unknown> & { img: unknown };
