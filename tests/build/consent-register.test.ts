import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { basicFixture } from '../support/fixtures.ts';

const consentCli = (...args: string[]) =>
	spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'consent.ts'), ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, ZORGMERK_CONTENT_DIR: basicFixture, ZORGMERK_TODAY: '2028-01-15' },
	});

describe('npm run consent', () => {
	it('lists every testimonial and patient story with its status', () => {
		const run = consentCli();
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Consent on 2028-01-15');
		expect(run.stdout).toMatch(/expired\s+2024-01-01\s+website\s+no\s+TOE-FIXTURE-EXPIRED\s+tests\/fixtures\/basic\/testimonials\/verlopen\.md/);
		expect(run.stdout).toMatch(/expires in 46 days\s+2028-03-01/);
	});

	it('fails the reminder job when a published consent runs out within the given days', () => {
		expect(consentCli('--within', '45').status).toBe(0);
		const soon = consentCli('--within', '46');
		expect(soon.status).toBe(1);
		expect(soon.stdout).toContain('1 published item(s) lose consent within 46 days');
	});

	it('gives the same as JSON', () => {
		const run = consentCli('--json', '--within', '60');
		const report = JSON.parse(run.stdout) as { today: string; items: { slug: string; state: string }[]; expiring: string[] };
		expect(report.today).toBe('2028-01-15');
		expect(report.items.map((item) => `${item.slug}: ${item.state}`)).toEqual(['verlopen: expired', 'marieke: publishable', 'herstel-na-een-liesbreuk: publishable', 'herstel-na-een-liesbreuk: publishable']);
		expect(report.expiring).toEqual(['tests/fixtures/basic/testimonials/marieke.md']);
	});

	it('explains how to use it when asked something it does not know', () => {
		expect(consentCli('withdraw').stderr).toContain('npm run consent -- withdraw marieke');
		expect(consentCli('withdraw', 'niemand').stderr).toContain('No consent reference, testimonial or story "niemand" found in tests/fixtures/basic/. Give the consent reference or the file name');
		expect(consentCli('--within', 'veel').stderr).toContain('--within needs a number of days');
	});
});
