import sharpService from 'astro/assets/services/sharp';
import { imageMetadata } from 'astro/assets/utils';
import { describe, expect, it } from 'vitest';
import { imageService } from '../../src/images/encoding.ts';
import { stripMetadata } from '../../src/images/metadata.ts';
import { UPRIGHT, cornersOf, phonePhoto } from '../support/photos.ts';

/**
 * Astro's image service, as the site configures it (src/images/encoding.ts),
 * on phone photos: the size Astro reads (for width, height and srcset) and the
 * pixels it writes must both be upright (issue 19, case 3). Also for a photo
 * after npm run media:scrub, which keeps the orientation tag.
 */
const logger = { warn() {}, info() {}, error() {}, debug() {} };

/** What Astro makes of a picture: its size as Astro reads it, and a 40 px wide AVIF as the build would write it. */
async function throughAstro(photo: Uint8Array) {
	const { width, height } = await imageMetadata(photo);
	const transform = { src: 'photo', width: 40, height: Math.round((40 * height) / width), format: 'avif' as const };
	const { data } = await sharpService.transform!(photo, transform as never, { service: imageService } as never, logger as never);
	return { size: [width, height], file: await cornersOf(Buffer.from(data), { honourOrientation: false }) };
}

describe("Astro's image service shows phone photos upright", () => {
	it.each([
		[6, 'jpeg'],
		[3, 'jpeg'],
		[3, 'png'],
		[3, 'webp'],
	] as const)('Orientation %i in a %s, as uploaded and after scrubbing', async (orientation, format) => {
		const photo = await phonePhoto({ orientation, format });
		for (const input of [new Uint8Array(photo), stripMetadata(photo).bytes]) {
			expect(await throughAstro(input)).toEqual({ size: [80, 120], file: { ...UPRIGHT, width: 40, height: 60 } });
		}
	});

	// Astro 7.3 reads the orientation only from JPEG (its vendored image-size), so it takes a PNG or WebP with
	// Orientation 5–8 for a landscape and crops the turned pixels to that shape. Fails until Astro reads it;
	// the picture check before the build has to refuse such a file meanwhile.
	it.fails.each(['png', 'webp'] as const)('Orientation 6 in a %s (an upstream limitation)', async (format) => {
		expect(await throughAstro(new Uint8Array(await phonePhoto({ orientation: 6, format })))).toEqual({ size: [80, 120], file: { ...UPRIGHT, width: 40, height: 60 } });
	});
});
