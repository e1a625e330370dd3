/**
 * Rolldown's `onwarn` for every bundle the kit makes (the site in astro.config.mjs, the CMS in
 * src/admin/build-bundle.ts) and the benchmark's sites (scripts/bench/): drops the warnings for module-level
 * directives and passes every other warning on. MDX pages carry Astro's "use astro:head-inject" directive (one
 * warning per story), React's libraries "use client": noise that would bury a real warning.
 *
 * @param warning what Rolldown reports; only `code` is read
 * @param warn Rolldown's own handler, called with every other warning
 */
export function withoutDirectiveWarnings<W extends { code?: string }>(warning: W, warn: (warning: W) => void): void {
	if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
	warn(warning);
}
