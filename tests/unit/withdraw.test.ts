import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consentFiles, describeWithdrawal, planWithdrawal, recordWithdrawal, withdraw } from '../../src/consent/withdraw.ts';

const file = `---
quote: "Binnen een week stond ik weer op de tennisbaan."
author:
  name: Marieke # as she wants to be named
  role: patient
locale: nl
specialties: [liesbreukcentrum]
givenOn: 2025-03-01
consent:
  reference: "TOE-2025-031"
  grantedOn: 2025-03-01
  expiresOn: 2028-03-01
  channels: [website, social]
---
Body text stays.
`;

describe('recording a withdrawal', () => {
	it('adds withdrawnOn to the consent block and changes nothing else', () => {
		const result = recordWithdrawal(file, '2026-11-23');
		expect(result.changed).toBe(true);
		expect(result.source).toBe(file.replace('  channels: [website, social]\n', '  channels: [website, social]\n  withdrawnOn: 2026-11-23\n'));
	});

	it('keeps an earlier withdrawal date, because that is when the person withdrew', () => {
		const once = recordWithdrawal(file, '2026-11-23').source;
		const again = recordWithdrawal(once, '2026-12-01');
		expect(again).toEqual({ source: once, withdrawnOn: '2026-11-23', changed: false });
	});

	it('refuses a file without a consent block or without front matter', () => {
		expect(() => recordWithdrawal('---\ntitle: Een dag op de afdeling\n---\n', '2026-11-23')).toThrow('it has no consent block');
		expect(() => recordWithdrawal('Just text', '2026-11-23')).toThrow('no front matter');
	});
});

describe('withdrawing by consent reference or file name', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorgmerk-withdraw-'));
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.writeFileSync(path.join(dir, file), text);
	};
	const consentBlock = (reference: string) => `consent:\n  reference: "${reference}"\n  grantedOn: 2025-04-14\n  expiresOn: 2030-04-14\n  channels: [website]\n`;
	write('testimonials/henk-jan.md', `---\nquote: "Om drie uur zat ik alweer thuis."\nauthor: { name: Henk-Jan, role: patient }\n${consentBlock('TOE-2025-011')}---\n`);
	write('stories/nl/nieuwe-aanpak.mdx', `---\ntitle: "Een nieuwe aanpak"\nkind: breakthrough\n${consentBlock('toe-2025-011 ')}---\nTekst.\n`);
	write('stories/en/nieuwe-aanpak.mdx', `---\ntitle: "A new approach"\nkind: breakthrough\n${consentBlock('TOE-2025-011')}---\nText.\n`);
	write('testimonials/marieke.md', `---\nquote: "Binnen een week stond ik weer op de tennisbaan."\nauthor: { role: patient }\n${consentBlock('TOE-2025-031')}---\n`);
	write('stories/nl/een-dag.mdx', `---\ntitle: "Een dag op de afdeling"\nkind: staff\n---\nTekst.\n`);
	const files = consentFiles(dir);
	const shown = (plan: ReturnType<typeof planWithdrawal>) => plan?.files.map((file) => path.relative(dir, file.file));

	it('by reference, takes down every item signed on that form, in every language', () => {
		const plan = planWithdrawal(files, 'TOE-2025-011');
		expect(plan?.by).toBe('reference');
		expect(shown(plan)).toEqual(['stories/en/nieuwe-aanpak.mdx', 'stories/nl/nieuwe-aanpak.mdx', 'testimonials/henk-jan.md']);
	});

	it('by file name, takes down that item and what shares its form, and says which', () => {
		const plan = planWithdrawal(files, 'henk-jan')!;
		expect(plan.by).toBe('slug');
		expect(shown(plan)).toEqual(['stories/en/nieuwe-aanpak.mdx', 'stories/nl/nieuwe-aanpak.mdx', 'testimonials/henk-jan.md']);
		expect(describeWithdrawal(plan)).toContain('stories/en/nieuwe-aanpak.mdx ("A new approach")');
		expect(shown(planWithdrawal(files, 'marieke'))).toEqual(['testimonials/marieke.md']);
		expect(planWithdrawal(files, 'niemand')).toBeUndefined();
	});

	it('never counts as withdrawn a file that has no consent to withdraw', () => {
		const plan = planWithdrawal(files, 'een-dag')!;
		expect(describeWithdrawal(plan)).toMatch(/no consent block, so there is nothing to withdraw: they stay on the site/);
		const [result] = withdraw(plan, '2026-11-30');
		expect(result).toMatchObject({ changed: false, error: 'it has no consent block' });
		expect(result!.withdrawnOn).toBeUndefined();
	});

	it('writes the day into every file and reads it back', () => {
		const results = withdraw(planWithdrawal(files, 'TOE-2025-011')!, '2026-11-30');
		expect(results.map((result) => [path.basename(result.file.file), result.withdrawnOn, result.changed])).toEqual([
			['nieuwe-aanpak.mdx', '2026-11-30', true],
			['nieuwe-aanpak.mdx', '2026-11-30', true],
			['henk-jan.md', '2026-11-30', true],
		]);
		expect(fs.readFileSync(path.join(dir, 'stories/nl/nieuwe-aanpak.mdx'), 'utf8')).toContain('  withdrawnOn: 2026-11-30\n---\nTekst.');
		expect(fs.readFileSync(path.join(dir, 'testimonials/marieke.md'), 'utf8')).not.toContain('withdrawnOn');
	});
});
