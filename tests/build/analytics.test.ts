/**
 * Every visitor-statistics setting the README documents builds, and does what
 * it says: the settings are read from the README itself ("Visitor statistics"),
 * so a documented example that stops building fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildSite, logged, projectRoot } from '../support/build.ts';
import { fixtureCopy } from '../support/fixtures.ts';
import { readPages } from '../support/html.ts';

/** The analytics examples in the README's "Visitor statistics" section, as YAML objects. */
function documentedSettings(): { provider: string; [key: string]: unknown }[] {
	const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
	const section = readme.slice(readme.indexOf('### Visitor statistics'));
	const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
	return yaml
		.split(/^(?=analytics:)/m)
		.filter((block) => block.startsWith('analytics:'))
		.map((block) => (parseYaml(block) as { analytics: { provider: string } }).analytics);
}

const examples = documentedSettings();

it('the README documents Matomo and Plausible', () => {
	expect(examples.map((example) => example.provider).sort()).toEqual(['matomo', 'plausible']);
});

describe.each(examples)('visitor statistics with $provider, as the README shows them', (analytics) => {
	const content = fixtureCopy((dir) => {
		const settings = path.join(dir, 'settings', 'site.yaml');
		fs.writeFileSync(settings, `${fs.readFileSync(settings, 'utf8')}analytics:\n${Object.entries(analytics).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}\n`).join('')}`);
		fs.writeFileSync(
			path.join(dir, 'pages', 'nl', 'privacy.md'),
			'---\ntitle: Privacy op deze website\ndescription: Welke gegevens deze website verwerkt, wat zij telt en wat zij nooit doet, zoals cookies plaatsen.\nslug: privacy\ntemplate: privacy\n---\n## Uw rechten\nU mag altijd vragen welke gegevens wij van u hebben.\n',
		);
	});
	const build = buildSite({ name: `analytics-${analytics.provider}`, contentDir: content });
	const pages = () => readPages(build.dist).filter(([file]) => !file.startsWith('admin/'));

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('counts every page, and loads no other script than the one Plausible needs', () => {
		for (const [file, html] of pages()) {
			const root = parseHtml(html);
			const scripts = root.querySelectorAll('script:not([type="application/ld+json"])').map((script) => script.getAttribute('src') ?? 'inline');
			const searchPage = /^(nl\/zoeken|en\/search)\//.test(file);
			if (analytics.provider === 'matomo') {
				const pixel = root.querySelector(`img[src^="${analytics.url as string}/matomo.php?"]`);
				expect(pixel, file).not.toBeNull();
				expect(new URL(pixel!.getAttribute('src')!).searchParams.get('idsite'), file).toBe(String(analytics.siteId));
				expect(pixel!.getAttribute('alt'), file).toBe('');
				if (!searchPage) expect(scripts, file).toEqual([]);
			} else {
				const script = root.querySelector(`script[src="${analytics.script as string}"]`);
				expect(script?.hasAttribute('defer'), file).toBe(true);
				expect(script?.getAttribute('data-domain'), file).toBe(analytics.domain);
				if (!searchPage) expect(scripts, file).toEqual([analytics.script]);
			}
		}
	});

	it('says in the build log which script the budget allowed', () => {
		expect(build.output).toMatch(logged(content, 'budget.checked', { statistics: analytics.provider === 'plausible' ? (analytics.script as string) : '', same: false }));
	});

	it('says on the privacy page which service counts visits, where, that no cookies are set, and links to its privacy terms', () => {
		const page = parseHtml(fs.readFileSync(path.join(build.dist, 'nl', 'privacy', 'index.html'), 'utf8'));
		const statement = page.querySelector('#privacy-statistics')!.parentNode!.text;
		expect(statement).toContain('Deze website plaatst geen cookies.');
		expect(statement).not.toContain('telt geen bezoeken');
		if (analytics.provider === 'matomo') {
			expect(statement).toContain(`met Matomo op ${new URL(analytics.url as string).host}`);
			// Your own Matomo: no vendor's terms, unless the settings name them.
			expect(page.querySelectorAll('#privacy-statistics ~ p a')).toHaveLength(0);
		} else {
			expect(statement).toContain('met Plausible (plausible.io)');
			const terms = page.querySelector('#privacy-statistics ~ p a')!;
			expect([terms.getAttribute('href'), terms.text]).toEqual(['https://plausible.io/data-policy', 'Lees hoe Plausible met deze gegevens omgaat']);
		}
	});

	it("lets the service through the pages' Content-Security-Policy, and nothing else from elsewhere", () => {
		const origin = new URL((analytics.url ?? analytics.script) as string).origin;
		const headers = fs.readFileSync(path.join(build.dist, '_headers'), 'utf8');
		const policy = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
		const directive = (name: string) => policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? '';
		expect(directive('img-src')).toContain(origin);
		if (analytics.provider === 'plausible') {
			expect(directive('script-src')).toContain(origin);
			expect(directive('connect-src')).toContain(origin);
		}
		expect(directive('default-src')).not.toContain(origin);
	});
});
