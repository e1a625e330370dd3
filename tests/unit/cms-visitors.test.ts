import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport, type Send } from '../../cms/visitors/client.ts';
import { problemMessage, VisitorsError } from '../../cms/visitors/errors.ts';
import { matomoFigures, matomoRequest } from '../../cms/visitors/matomo.ts';
import { choosableMonths, periodsFor } from '../../cms/visitors/periods.ts';
import { channelKind, plausibleFigures, plausibleRequests } from '../../cms/visitors/plausible.ts';
import { buildReport, classifyPath, titleFromSlug } from '../../cms/visitors/report.ts';
import type { VisitorsSetup } from '../../cms/visitors/setup.ts';
import { visitorsText } from '../../cms/visitors/text.ts';
import { tokenStore } from '../../cms/visitors/token.ts';

const recorded = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'visitors', `${name}.json`), 'utf8'));

const sections: VisitorsSetup['sections'] = {
	nl: { home: '/nl/', stories: '/nl/verhalen/', specialties: '/nl/specialismen/' },
	en: { home: '/en/', stories: '/en/stories/', specialties: '/en/specialties/' },
	fr: { home: '/fr/', stories: '/fr/recits/', specialties: '/fr/specialites/' },
};
const matomo: VisitorsSetup = { provider: 'matomo', api: 'https://statistiek.ziekenhuis-lindeveld.example/index.php', site: '1', sections, siteUrl: 'https://www.ziekenhuis-lindeveld.example' };
const plausible: VisitorsSetup = { provider: 'plausible', api: 'https://www.ziekenhuis-lindeveld.example/statistiek-api/v2/query', site: 'www.ziekenhuis-lindeveld.example', sections, siteUrl: 'https://www.ziekenhuis-lindeveld.example' };

/** October 2026, compared with September: the period the recorded answers cover. */
const OCTOBER = { kind: 'month', month: '2026-10' } as const;
const TODAY = '2026-11-15';
const periods = periodsFor(OCTOBER, TODAY);

/** A send() that answers from a list of [status, body] in order and records what was asked. */
function answering(...answers: [number, unknown][]): Send & { asked: { url: string; init: Parameters<Send>[1] }[] } {
	const asked: { url: string; init: Parameters<Send>[1] }[] = [];
	const send = async (url: string, init: Parameters<Send>[1]) => {
		asked.push({ url, init });
		const [status, body] = answers[asked.length - 1] ?? answers.at(-1)!;
		return { status, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
	};
	return Object.assign(send, { asked });
}

const PLAUSIBLE_ANSWERS: [number, unknown][] = ['plausible-aggregate', 'plausible-pages', 'plausible-channels', 'plausible-days', 'plausible-previous'].map((name) => [200, recorded(name)]);

describe('the periods the Bezoekers page shows', () => {
	it('takes the last 30 whole days, up to yesterday, and the 30 days before', () => {
		expect(periodsFor({ kind: 'last30' }, '2026-03-01')).toEqual({ period: { from: '2026-01-30', to: '2026-02-28' }, previous: { from: '2025-12-31', to: '2026-01-29' } });
	});

	it('takes a whole month and the month before, across a year and a leap day', () => {
		expect(periodsFor({ kind: 'month', month: '2024-03' }, TODAY)).toEqual({ period: { from: '2024-03-01', to: '2024-03-31' }, previous: { from: '2024-02-01', to: '2024-02-29' } });
		expect(periodsFor({ kind: 'month', month: '2026-01' }, TODAY).previous).toEqual({ from: '2025-12-01', to: '2025-12-31' });
	});

	it('offers the twelve whole months before this one', () => {
		const months = choosableMonths('2026-01-10');
		expect(months).toHaveLength(12);
		expect([months[0], months.at(-1)]).toEqual(['2025-12', '2025-01']);
	});
});

describe("Matomo's Reporting API", () => {
	it('is asked once, by POST, with the token in the body and never in the address', () => {
		const request = matomoRequest(matomo, 'geheim-token-123', periods);
		expect(request.url).toBe('https://statistiek.ziekenhuis-lindeveld.example/index.php');
		expect(request.url).not.toContain('geheim');
		const body = new URLSearchParams(request.body);
		expect(body.get('token_auth')).toBe('geheim-token-123');
		expect(body.get('method')).toBe('API.getBulkRequest');
		const reports = [...body.entries()].filter(([key]) => key.startsWith('urls[')).map(([, value]) => Object.fromEntries(new URLSearchParams(value)));
		expect(reports.map((report) => `${report.method} ${report.period} ${report.date}`)).toEqual([
			'VisitsSummary.get range 2026-10-01,2026-10-31',
			'Actions.get range 2026-10-01,2026-10-31',
			'Actions.getPageUrls range 2026-10-01,2026-10-31',
			'Referrers.getReferrerType range 2026-10-01,2026-10-31',
			'VisitsSummary.get day 2026-10-01,2026-10-31',
			'VisitsSummary.get range 2026-09-01,2026-09-30',
			'Actions.get range 2026-09-01,2026-09-30',
		]);
		expect(reports.every((report) => report.idSite === '1' && report.format === 'JSON')).toBe(true);
	});

	it('reads the recorded answer: totals, pages by path (from url, or from a flat label), sources by referrer type, every day', () => {
		const { current, previous } = matomoFigures(recorded('matomo-bulk'), periods);
		expect([current.visits, current.pageviews, previous.visits, previous.pageviews]).toEqual([1840, 4310, 1600, 3800]);
		expect(current.pages).toContainEqual({ path: '/nl/verhalen/leven-met-crohn/', pageviews: 338 });
		expect(current.pages).toContainEqual({ path: '/nl/zoeken/', pageviews: 60 });
		expect(current.sources).toEqual({ search: 801, social: 244, referral: 168, direct: 612, other: 15 });
		expect(current.daily).toHaveLength(31);
		expect(current.daily.slice(0, 5)).toEqual([
			{ date: '2026-10-01', visits: 0 },
			{ date: '2026-10-02', visits: 58 },
			{ date: '2026-10-03', visits: 44 },
			{ date: '2026-10-04', visits: 0 },
			{ date: '2026-10-05', visits: 80 },
		]);
	});

	it('reads an answer with no data yet as zeros', () => {
		const { current } = matomoFigures(recorded('matomo-bulk-empty'), periods);
		expect([current.visits, current.pageviews, current.pages.length, current.daily.every((day) => day.visits === 0)]).toEqual([0, 0, 0, true]);
	});
});

describe("Plausible's Stats API v2", () => {
	it('is asked five queries with the key in the Authorization header', () => {
		const requests = plausibleRequests(plausible, 'geheime-sleutel', periods);
		expect(requests.every((request) => request.url === plausible.api && request.headers.Authorization === 'Bearer geheime-sleutel')).toBe(true);
		expect(requests.map((request) => request.body).join('')).not.toContain('geheime');
		expect(requests.map((request) => JSON.parse(request.body) as { dimensions?: string[]; date_range: string[] }).map((query) => `${query.dimensions?.[0] ?? '-'} ${query.date_range.join('..')}`)).toEqual([
			'- 2026-10-01..2026-10-31',
			'event:page 2026-10-01..2026-10-31',
			'visit:channel 2026-10-01..2026-10-31',
			'time:day 2026-10-01..2026-10-31',
			'- 2026-09-01..2026-09-30',
		]);
	});

	it('reads the recorded answers, channels grouped as the team names them', () => {
		const { current, previous } = plausibleFigures(PLAUSIBLE_ANSWERS.map(([, body]) => body), periods);
		expect([current.visits, current.pageviews, previous.visits, previous.pageviews]).toEqual([1840, 4310, 1600, 3800]);
		expect(current.sources).toEqual({ search: 801, social: 244, referral: 168, direct: 612, other: 15 });
		expect(current.daily.find((day) => day.date === '2026-10-05')).toEqual({ date: '2026-10-05', visits: 80 });
		expect(['Organic Search', 'Paid Social', 'Referral', 'Direct', 'Email', 'Organic Video'].map(channelKind)).toEqual(['search', 'social', 'referral', 'direct', 'other', 'other']);
	});
});

describe('the report', () => {
	it('names what a page is from its address: a story or specialty below its listing, per language', () => {
		expect(classifyPath('/nl/verhalen/leven-met-crohn/', sections)).toEqual({ kind: 'story', locale: 'nl', slug: 'leven-met-crohn' });
		expect(classifyPath('/en/specialties/hernia-centre/?utm_source=x', sections)).toEqual({ kind: 'specialty', locale: 'en', slug: 'hernia-centre' });
		expect(classifyPath('/nl/verhalen/pagina/2/', sections)).toEqual({ kind: 'other', locale: 'nl' });
		expect(classifyPath('/nl/verhalen/', sections)).toEqual({ kind: 'other', locale: 'nl' });
		expect(classifyPath('/', sections)).toEqual({ kind: 'other' });
		expect(titleFromSlug('weer-aan-het-werk-na-een-liesbreuk')).toBe('Weer aan het werk na een liesbreuk');
		expect(titleFromSlug('%E2%80%9Cfout%')).toBe('%E2%80%9Cfout%');
	});

	it('is the same for both services: the most-read stories and specialties, sources, languages and the change', async () => {
		const titles = (page: string) => (page === '/nl/verhalen/weer-aan-het-werk-na-een-liesbreuk/' ? 'Liesbreuk: binnen een week weer aan het werk' : undefined);
		const fromMatomo = await loadReport(matomo, 'token', OCTOBER, TODAY, { send: answering([200, recorded('matomo-bulk')]), titles });
		const fromPlausible = await loadReport(plausible, 'key', OCTOBER, TODAY, { send: answering(...PLAUSIBLE_ANSWERS), titles });
		for (const report of [fromMatomo, fromPlausible]) {
			expect(report.stories.map((story) => `${story.title} (${story.locale}) ${story.pageviews}`)).toEqual([
				'Liesbreuk: binnen een week weer aan het werk (nl) 702',
				'Leven met crohn (nl) 338',
				'Thuis afscheid nemen (nl) 301',
				'Back at work after a hernia (en) 133',
			]);
			expect(report.specialties.map((page) => `${page.title} ${page.pageviews}`)).toEqual(['Liesbreukcentrum 455', 'Maag darm lever 251', 'Hernia centre 77', 'Centre de la hernie 31']);
			expect(report.sources.map((source) => source.kind)).toEqual(['search', 'direct', 'social', 'referral', 'other']);
			expect(report.sources[0]!.share).toBeCloseTo(801 / 1840, 5);
			expect(report.languages.map((language) => `${language.locale} ${language.pageviews}`)).toEqual(['nl 3310', 'en 306', 'fr 71', 'other 64']);
			expect(report.change.visits).toBeCloseTo(0.15, 5);
			expect(report.empty).toBe(false);
		}
	});

	it('says when there is no change to compare with, and when nothing was counted', () => {
		const none = { visits: 0, pageviews: 0, pages: [], sources: { search: 0, social: 0, referral: 0, direct: 0, other: 0 }, daily: [] };
		const report = buildReport(periods, { current: { ...none, visits: 5, pageviews: 9 }, previous: none }, { sections });
		expect(report.change).toEqual({ visits: null, pageviews: null });
		const { change } = visitorsText('nl');
		expect(change(report.change.visits)).toBe('de periode ervoor: geen bezoeken');
		expect(change(0.15)).toBe('15% meer dan de periode ervoor');
		expect(change(-0.4)).toBe('40% minder dan de periode ervoor');
		expect(change(0.001)).toBe('even veel als de periode ervoor');
		// Figures as the editor's language writes them (Intl): a no-break space before % and between thousands in French.
		expect(visitorsText('fr').change(0.15)).toBe('15\u00a0% de plus que la période précédente');
		expect(visitorsText('fr').format.number(12345)).toBe('12\u202f345');
		expect(buildReport(periods, { current: none, previous: none }, { sections }).empty).toBe(true);
	});
});

describe('when the figures cannot be fetched, the editor reads why in Dutch', () => {
	const messageOf = async (setup: VisitorsSetup, send: Send) => {
		try {
			await loadReport(setup, 'token', OCTOBER, TODAY, { send });
		} catch (error) {
			expect(error).toBeInstanceOf(VisitorsError);
			return problemMessage((error as VisitorsError).problem, setup, 'nl');
		}
		throw new Error('no error');
	};

	it('a wrong token: Matomo answers 200 with its error, Plausible 401', async () => {
		const expected = 'weigert deze sleutel: hij klopt niet, is ingetrokken of mag deze site niet lezen. Maak een nieuwe leessleutel aan voor deze site, plak die hieronder en probeer het opnieuw.';
		expect(await messageOf(matomo, answering([200, recorded('matomo-error-token')]))).toBe(`Matomo ${expected}`);
		expect(await messageOf(plausible, answering([401, recorded('plausible-error-401')]))).toBe(`Plausible ${expected}`);
	});

	it('a wrong token in one report of Matomo’s bulk answer', async () => {
		const answer = recorded('matomo-bulk') as unknown[];
		answer[3] = recorded('matomo-error-token');
		expect(await messageOf(matomo, answering([200, answer]))).toMatch(/^Matomo weigert deze sleutel/);
	});

	it('the service down or out of reach (offline, or not letting the CMS read its answer: CORS)', async () => {
		const offline: Send = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await messageOf(matomo, offline)).toBe(
			'Matomo (statistiek.ziekenhuis-lindeveld.example) antwoordt niet. Misschien is de dienst even onbereikbaar of bent u offline; probeer het over een paar minuten opnieuw. Blijft dit zo, vraag de beheerder dan of statistiek.ziekenhuis-lindeveld.example verzoeken van de CMS toelaat (CORS, zie de README).',
		);
		expect(await messageOf(plausible, answering([502, '<html><body>Bad gateway</body></html>']))).toBe('Plausible heeft een storing (foutcode 502). Probeer het later opnieuw.');
	});

	it('too many questions, a plan without the API, a refused question, an unreadable answer', async () => {
		expect(await messageOf(plausible, answering([429, { error: 'Too many API requests.' }]))).toBe('U heeft Plausible het afgelopen uur te vaak om cijfers gevraagd. Probeer het over een uur opnieuw.');
		expect(await messageOf(plausible, answering([402, { error: 'Your plan does not include API access.' }]))).toBe('Uw abonnement bij Plausible geeft geen toegang tot de cijfers via de API. Vraag de beheerder van het account ernaar.');
		expect(await messageOf(plausible, answering([400, { error: "Invalid date_range '[]'" }]))).toBe('Plausible kon de vraag niet beantwoorden: "Invalid date_range \'[]\'". Vraag de beheerder van de site om dit na te kijken.');
		expect(await messageOf(matomo, answering([200, '<!doctype html><title>Matomo login</title>']))).toBe(
			'Matomo gaf een antwoord dat de CMS niet kan lezen. Vraag de beheerder van de site om na te kijken of het adres van de statistiekdienst klopt.',
		);
	});

	it('no data yet is no error: the report says nothing was counted', async () => {
		const empty: [number, unknown][] = [[200, recorded('plausible-empty')], [200, { results: [], meta: {} }], [200, { results: [], meta: {} }], [200, { results: [], meta: {} }], [200, recorded('plausible-empty')]];
		expect((await loadReport(plausible, 'key', OCTOBER, TODAY, { send: answering(...empty) })).empty).toBe(true);
		expect((await loadReport(matomo, 'token', OCTOBER, TODAY, { send: answering([200, recorded('matomo-bulk-empty')]) })).empty).toBe(true);
	});
});

describe('the read-only token', () => {
	const storage = () => {
		const make = () => {
			const map = new Map<string, string>();
			return { map, getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key) };
		};
		return { session: make(), local: make() };
	};

	it('stays in this tab unless the editor asks to remember it on this computer, and is forgotten in both', () => {
		const places = storage();
		const tokens = tokenStore(matomo, places);
		tokens.set('  abc  ', false);
		expect([tokens.get(), tokens.remembered(), places.local.map.size]).toEqual(['abc', false, 0]);
		tokens.set('def', true);
		expect([tokens.get(), tokens.remembered(), places.session.map.size]).toEqual(['def', true, 0]);
		expect([...places.local.map.keys()]).toEqual(['zorgmerk.bezoekers.matomo.1']);
		tokens.forget();
		expect([tokens.get(), places.session.map.size + places.local.map.size]).toEqual([undefined, 0]);
	});
});
