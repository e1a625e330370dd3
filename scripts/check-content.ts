// `npm run check-content`: the build's own content check (src/validation/content-report.ts), with the same
// findings, warnings included, and the same exit code: 1 when anything must be fixed, else 0.
import path from 'node:path';
import { cacheDir, contentDir } from '../src/settings/paths.ts';
import { reportError, runContentCheck } from '../src/validation/content-report.ts';

const report = await runContentCheck({ contentDir, publicDir: path.resolve('public'), cacheFile: path.join(cacheDir, 'content-check.bin') });
for (const warning of report.warnings) console.warn(`warn: ${warning}`);
for (const note of report.notes) console.log(note);
const problem = reportError(report);
if (problem) console.error(`\n${problem.message}\n`);
const entries = report.check?.entries.length ?? 0;
console.log(`${entries} entries checked, ${report.errors.length} with problems, ${report.warnings.length} warnings`);
process.exit(problem ? 1 : 0);
