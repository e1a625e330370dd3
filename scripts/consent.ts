/**
 * `npm run consent`: the consent register for editors.
 *
 *   npm run consent                       every testimonial and patient story with its consent status
 *   npm run consent -- --json             the same as JSON
 *   npm run consent -- --within 60        also exit 1 when a published item's consent runs out within 60 days (for a reminder job)
 *   npm run consent -- withdraw <reference or file name>
 *                                         record today's withdrawal in every file signed on the same consent form:
 *                                         "TOE-2025-011", or "henk-jan" (that item in every language, and what shares its form)
 *   npm run consent -- withdraw <…> --dry-run   only list what would go
 */
import { parseArgs } from 'node:util';
import { consentItemsFrom, expiringWithin, formatRegister, registerRows } from '../src/consent/register.ts';
import { buildDate } from '../src/consent/today.ts';
import { consentFiles, describeWithdrawal, planWithdrawal, withdraw } from '../src/consent/withdraw.ts';
import { settings } from '../src/settings/index.ts';
import { contentDir, displayPath } from '../src/settings/paths.ts';
import { checkContent } from '../src/validation/check-content.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { json: { type: 'boolean', default: false }, within: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
const today = buildDate(settings.timeZone);

if (positionals[0] === 'withdraw') {
	process.exit(withdrawCommand(positionals[1]));
} else if (positionals.length > 0) {
	console.error(`Unknown command "${positionals.join(' ')}". Use: npm run consent [-- --json] [-- --within DAYS] | npm run consent -- withdraw <reference or file name>`);
	process.exit(2);
} else {
	process.exit(report());
}

function report(): number {
	const { entries, errors } = checkContent(contentDir, settings);
	const rows = registerRows(consentItemsFrom(entries), today);
	const within = values.within === undefined ? undefined : Number(values.within);
	if (within !== undefined && !(Number.isInteger(within) && within >= 0)) {
		console.error(`--within needs a number of days, got "${values.within}"`);
		return 2;
	}
	const expiring = within === undefined ? [] : expiringWithin(rows, within);
	if (values.json) {
		console.log(JSON.stringify({ today, items: rows, ...(within === undefined ? {} : { expiringWithin: within, expiring: expiring.map((row) => row.file) }) }, null, 2));
	} else {
		console.log(`Consent on ${today} (${settings.timeZone})\n`);
		console.log(rows.length > 0 ? formatRegister(rows) : 'No testimonials or patient stories yet.');
		if (within !== undefined) {
			console.log(
				expiring.length === 0
					? `\nNo published consent runs out within ${within} days.`
					: `\n${expiring.length} published item(s) lose consent within ${within} days: ask for renewed consent, or the next build after the expiry date removes them:\n${expiring.map((row) => `  ${row.expiresOn}  ${row.file}`).join('\n')}`,
			);
		}
	}
	if (errors.length > 0) console.error(`\n${errors.length} file(s) have problems and are not listed; run npm run check-content to see them.`);
	return expiring.length > 0 ? 1 : 0;
}

function withdrawCommand(asked: string | undefined): number {
	if (!asked) {
		console.error('Which consent? Give the consent reference or the file name without extension, e.g.: npm run consent -- withdraw TOE-2025-011, or: npm run consent -- withdraw marieke');
		return 2;
	}
	const plan = planWithdrawal(consentFiles(contentDir), asked);
	if (!plan) {
		console.error(`No consent reference, testimonial or story "${asked}" found in ${displayPath(contentDir)}/. Give the consent reference or the file name without extension, e.g.: npm run consent -- withdraw TOE-2025-011, or: npm run consent -- withdraw marieke`);
		return 1;
	}
	console.log(describeWithdrawal(plan));
	if (values['dry-run']) {
		console.log('\n(--dry-run: nothing was changed)');
		return plan.files.some((file) => file.reference === undefined) ? 1 : 0;
	}
	console.log('');
	const results = withdraw(plan, today);
	for (const result of results) {
		if (result.error) console.error(`${result.file.shown}: not changed, because ${result.error}; the next build does NOT take it down`);
		else console.log(`${result.file.shown}: ${result.changed ? `consent withdrawn on ${result.withdrawnOn}` : `already withdrawn on ${result.withdrawnOn}; left as it is`}`);
	}
	if (results.some((result) => result.error)) return 1;
	console.log(
		[
			'',
			'Next: commit this change, then build and deploy the site right away (npm run build, then publish dist/).',
			'Until you deploy, the old site keeps showing the item; a CDN may keep it until its cache expires, so purge it too.',
			'If the item was shared elsewhere (social media, a newsletter, print), remove it there as well.',
		].join('\n'),
	);
	return 0;
}
