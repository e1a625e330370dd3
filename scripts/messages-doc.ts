/**
 * npm run messages:doc — writes docs/messages.md, the list of every editors'
 * message code (src/messages/doc.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { messagesDoc } from '../src/messages/doc.ts';

const file = path.join(import.meta.dirname, '..', 'docs', 'messages.md');
fs.writeFileSync(file, messagesDoc());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
