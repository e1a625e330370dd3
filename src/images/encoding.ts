import { sharpImageService } from 'astro/config';

/**
 * How sharp encodes the site's pictures (Astro's image service).
 *
 * AVIF at effort 3 and quality 45 gives files of about the same size and
 * measured quality (SSIM) as sharp's default of effort 4 and quality 50,
 * and encodes 3–9× faster: effort 4 made a cold build of a large site mostly
 * AVIF encoding (BENCHMARKS.md, the fourth round).
 * Chroma stays at sharp's 4:4:4, so colours stay as crisp as they were.
 *
 * Astro's image cache is keyed by width, format and quality, not by these
 * options: after changing them, delete `.zorgmerk/cache/` to encode again.
 */
export const imageService = sharpImageService({
	avif: { effort: 3, quality: 45 },
});
