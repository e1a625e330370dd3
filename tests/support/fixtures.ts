import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './build.ts';

/** The small valid site the build scenarios start from. */
export const basicFixture = path.join(projectRoot, 'tests', 'fixtures', 'basic');

/**
 * Copies the basic fixture to a temporary folder and lets the test change it,
 * e.g. to plant a mistake or withdraw a consent. Returns the folder.
 */
export function fixtureCopy(change: (dir: string) => void = () => {}): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-fixture-'));
	fs.cpSync(basicFixture, dir, { recursive: true });
	change(dir);
	return dir;
}

/** Replaces text in a file of a fixture copy; fails loudly when the text is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
	const full = path.join(dir, file);
	const text = fs.readFileSync(full, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`${file} does not contain ${String(from)}`);
	fs.writeFileSync(full, changed);
}
