import fs from 'node:fs';
import path from 'node:path';

/** Gives this `vitest run` an id, so its test files share builds, and clears builds of earlier runs. */
export default function setup() {
	const builds = path.resolve(import.meta.dirname, '..', '..', '.zorgmerk', 'test-builds');
	fs.rmSync(builds, { recursive: true, force: true });
	process.env.ZORGMERK_TEST_RUN = String(Date.now());
}
