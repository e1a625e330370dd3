/**
 * `npm run media:scrub`: removes camera metadata (EXIF with the GPS position,
 * XMP, IPTC, comments) from every JPEG, PNG and WebP in content/, in place
 * and without re-encoding. The site never publishes metadata, but the
 * repository holds the originals and may be public.
 *
 *   npm run media:scrub               clean every image in content/
 *   npm run media:scrub -- --check    only list what would be cleaned; exit 1 if anything would
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stripMetadata } from '../src/images/metadata.ts';
import { listFiles } from '../src/lib/files.ts';
import { contentDir, displayPath } from '../src/settings/paths.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
let found = 0;
for (const file of listFiles(contentDir).filter((name) => /\.(jpe?g|png|webp)$/i.test(name))) {
	const absolute = path.join(contentDir, file);
	const { bytes, removed } = stripMetadata(fs.readFileSync(absolute));
	if (removed.length === 0) continue;
	found += 1;
	if (!values.check) fs.writeFileSync(absolute, bytes);
	console.log(`${displayPath(absolute)}: ${values.check ? 'carries' : 'removed'} ${removed.join(', ')}`);
}
console.log(found === 0 ? 'No image in content/ carries metadata.' : `${found} image(s) ${values.check ? 'carry metadata: run npm run media:scrub' : 'cleaned'}.`);
process.exit(values.check && found > 0 ? 1 : 0);
