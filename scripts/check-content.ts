// Checks all content in content/ (or ZORGMERK_CONTENT_DIR) and prints every problem; exits 1 when there are any.
import { settings } from '../src/settings/index.ts';
import { contentDir } from '../src/settings/paths.ts';
import { checkContent } from '../src/validation/check-content.ts';

const { entries, errors, untranslated } = checkContent(contentDir, settings);
for (const error of errors) console.error(`${error.message}\n`);
for (const file of untranslated) console.log(`${file}: nog niet vertaald, dus niet gepubliceerd / not translated yet, so not published`);
console.log(`${entries.length} entries checked, ${errors.length} with problems`);
process.exit(errors.length > 0 ? 1 : 0);
