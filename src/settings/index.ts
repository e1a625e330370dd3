import { readSettings } from './read.ts';

export { parseSettings, readSettings, settingsFile } from './read.ts';

/** The site's validated settings, read once per build (throws a ContentError listing every problem). */
export const settings = readSettings();
