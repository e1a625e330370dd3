/**
 * The sizes and formats the site publishes its content pictures in, in one
 * place: ContentImage and StoryCard use them, and the benchmark's ordinary
 * Astro site (scripts/bench/equivalent/) encodes the same files with them.
 */

/** Widths (px) of a picture shown as wide as the text or wider: a story's hero, a Figure. ContentImage's default. */
export const CONTENT_PICTURE_WIDTHS = [400, 800, 1200, 1600];

/** Widths (px) of a story's picture on its card in a listing. */
export const STORY_CARD_WIDTHS = [400, 800];

/** The formats of every content picture's sources; the fallback <img> is Astro's choice for the original (JPEG for a JPEG). */
export const PICTURE_FORMATS: ('avif' | 'webp')[] = ['avif', 'webp'];
