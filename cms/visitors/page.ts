/**
 * "Bezoekers", a page of the CMS beside "Inhoud" and "Toestemming"
 * (CMS.registerCustomPage, src/admin/decap-patches.ts): what readers read, for
 * the last 30 days or a chosen month, compared with the period before: the
 * most-read stories and specialty pages, where readers came from, per
 * language, and visits per day. It asks the statistics service in settings
 * (Matomo or Plausible) with a read-only token the editor enters here and that
 * stays in this browser (token.ts). Its words are in the editor's language
 * (text.ts, from cms/text/<code>.ts).
 */
import { createElement as h, useCallback, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { languageName } from '../languages.ts';
import { BarTable, DailyChart } from './charts.ts';
import { loadReport, type Send } from './client.ts';
import { problemMessage, VisitorsError, type VisitorsProblem } from './errors.ts';
import { choosableMonths, type PeriodChoice } from './periods.ts';
import type { ReadPage, VisitorsReport } from './report.ts';
import type { VisitorsSetup } from './setup.ts';
import { visitorsText, type VisitorsText } from './text.ts';
import { tokenStore } from './token.ts';

export interface VisitorsPageOptions {
	/** From settings; undefined when statistics are off. */
	setup: VisitorsSetup | undefined;
	/** The organisation's date, YYYY-MM-DD. */
	today: string;
	/** The editor's language (cms/editor-language.ts). */
	language: string;
	/** A page's name where the CMS knows it (a story's title). */
	titles?: (path: string) => string | undefined;
	/** Reads what `titles` knows, before the figures are shown (the CMS's entries). */
	prepare?: () => Promise<unknown>;
	send?: Send;
	storage?: { session: Storage; local: Storage };
}

type State = { status: 'idle' } | { status: 'loading' } | { status: 'done'; report: VisitorsReport } | { status: 'failed'; problem: VisitorsProblem };

const pageRows = (pages: ReadPage[], siteUrl: string, language: string) =>
	pages.map((page) => ({
		key: page.path,
		label: h('a', { href: new URL(page.path, siteUrl).href, target: '_blank', rel: 'noopener' }, page.title, h('span', { className: 'note' }, ` · ${languageName(page.locale, language)}`)),
		value: page.pageviews,
	}));

function Report({ report, siteUrl, text, language }: { report: VisitorsReport; siteUrl: string; text: VisitorsText; language: string }): ReactNode {
	const { words, format } = text;
	if (report.empty) return h('section', { 'aria-labelledby': 'visitors-empty' }, h('h2', { id: 'visitors-empty' }, words.empty.heading), h('p', { className: 'zm-overview-intro' }, words.empty.text));
	return h(
		'div',
		null,
		h('h2', null, words.totals.heading),
		h(
			'dl',
			{ className: 'zm-visitors-totals' },
			...[
				[words.totals.visits, report.visits, report.change.visits],
				[words.totals.pageviews, report.pageviews, report.change.pageviews],
			].map(([name, value, change]) =>
				h('div', { key: String(name) }, h('dt', null, name as string), h('dd', null, h('strong', null, format.number(value as number)), h('span', { className: 'change' }, text.change(change as number | null)))),
			),
		),
		h('h2', null, words.daily.heading),
		h(DailyChart, { daily: report.daily, text }),
		h('h2', null, words.stories.heading),
		report.stories.length === 0 ? h('p', { className: 'zm-overview-empty' }, words.stories.none) : h(BarTable, { rows: pageRows(report.stories, siteUrl, language), labelHeading: words.page, valueHeading: words.views, format }),
		h('h2', null, words.specialties.heading),
		report.specialties.length === 0 ? h('p', { className: 'zm-overview-empty' }, words.specialties.none) : h(BarTable, { rows: pageRows(report.specialties, siteUrl, language), labelHeading: words.page, valueHeading: words.views, format }),
		h('h2', null, words.sources.heading),
		h('p', { className: 'zm-overview-intro' }, words.sources.intro),
		report.sources.length === 0
			? h('p', { className: 'zm-overview-empty' }, words.sources.none)
			: h(BarTable, {
					rows: report.sources.map((source) => ({ key: source.kind, label: words.sources.names[source.kind], value: source.visits, note: format.share(source.share) })),
					labelHeading: words.sources.heading,
					valueHeading: words.totals.visits,
					format,
				}),
		h('h2', null, words.languages.heading),
		h('p', { className: 'zm-overview-intro' }, words.languages.intro),
		h(BarTable, {
			rows: report.languages.map((row) => ({ key: row.locale, label: row.locale === 'other' ? words.languages.other : languageName(row.locale, language), value: row.pageviews, note: format.share(row.share) })),
			labelHeading: words.languages.heading,
			valueHeading: words.totals.pageviews,
			format,
		}),
	);
}

export function visitorsPage({ setup, today, language, titles, prepare = async () => undefined, send = (url, init) => fetch(url, init), storage = { session: sessionStorage, local: localStorage } }: VisitorsPageOptions) {
	const text = visitorsText(language);
	const { words, format } = text;
	return function VisitorsPage(): ReactNode {
		const tokens = useMemo(() => (setup ? tokenStore(setup, storage) : undefined), []);
		const [token, setToken] = useState(() => tokens?.get() ?? '');
		const [remember, setRemember] = useState(() => tokens?.remembered() ?? false);
		const [choice, setChoice] = useState<PeriodChoice>({ kind: 'last30' });
		const [state, setState] = useState<State>({ status: 'idle' });
		const months = useMemo(() => choosableMonths(today), []);

		const load = useCallback(
			async (withToken: string, period: PeriodChoice) => {
				if (!setup || !withToken) return;
				setState({ status: 'loading' });
				try {
					await prepare().catch(() => undefined);
					setState({ status: 'done', report: await loadReport(setup, withToken, period, today, { send, ...(titles ? { titles } : {}) }) });
				} catch (error) {
					setState({ status: 'failed', problem: error instanceof VisitorsError ? error.problem : { kind: 'unreadable' } });
				}
			},
			[],
		);
		// A token kept from before: the figures at once.
		useEffect(() => void load(tokens?.get() ?? '', choice), [choice]);

		if (!setup) return h('main', { className: 'zm-overview zm-visitors' }, h('h1', null, words.title), h('p', { className: 'zm-overview-intro' }, words.off));

		const submit = (event: FormEvent) => {
			event.preventDefault();
			tokens!.set(token, remember);
			void load(token.trim(), choice);
		};
		const forget = () => {
			tokens!.forget();
			setToken('');
			setRemember(false);
			setState({ status: 'idle' });
		};

		return h(
			'main',
			{ className: 'zm-overview zm-visitors' },
			h('h1', null, words.title),
			h('p', { className: 'zm-overview-intro' }, words.intro),
			h(
				'fieldset',
				{ className: 'zm-visitors-period' },
				h('legend', null, words.period.legend),
				h('label', null, h('input', { type: 'radio', name: 'period', checked: choice.kind === 'last30', onChange: () => setChoice({ kind: 'last30' }) }), ` ${words.period.last30}`),
				h('label', null, h('input', { type: 'radio', name: 'period', checked: choice.kind === 'month', onChange: () => setChoice({ kind: 'month', month: months[0]! }) }), ` ${words.period.month}`),
				choice.kind === 'month'
					? h(
							'label',
							{ className: 'month' },
							`${words.period.monthLabel} `,
							h('select', { value: choice.month, onChange: (event: { target: { value: string } }) => setChoice({ kind: 'month', month: event.target.value }) }, ...months.map((month) => h('option', { key: month, value: month }, format.month(month)))),
						)
					: null,
			),
			state.status === 'done' ? h('p', { className: 'zm-overview-intro' }, words.period.describe(...[state.report.period.from, state.report.period.to, state.report.previous.from, state.report.previous.to].map(format.date) as [string, string, string, string])) : null,
			state.status === 'loading' ? h('p', { role: 'status' }, words.loading) : null,
			state.status === 'failed'
				? h('div', { className: 'zm-visitors-problem', role: 'alert' }, h('h2', null, words.errors.heading), h('p', null, problemMessage(state.problem, setup, language)))
				: null,
			state.status === 'done' ? h(Report, { report: state.report, siteUrl: setup.siteUrl, text, language }) : null,
			h(
				'form',
				{ className: 'zm-visitors-token', onSubmit: submit },
				h('h2', null, words.token.heading),
				h('p', { className: 'zm-overview-intro' }, setup.provider === 'matomo' ? words.token.explainMatomo : words.token.explainPlausible),
				h('label', { htmlFor: 'visitors-token' }, words.token.label),
				h('input', { id: 'visitors-token', type: 'password', autoComplete: 'off', spellCheck: false, value: token, onChange: (event: { target: { value: string } }) => setToken(event.target.value) }),
				h('label', { className: 'remember' }, h('input', { type: 'checkbox', checked: remember, onChange: (event: { target: { checked: boolean } }) => setRemember(event.target.checked) }), ` ${words.token.remember}`),
				h('p', { className: 'zm-overview-empty' }, words.token.rememberHint),
				h('p', { className: 'zm-overview-empty' }, words.token.where),
				h('div', { className: 'buttons' }, h('button', { type: 'submit', disabled: !token.trim() }, state.status === 'done' ? words.refresh : words.token.save), token ? h('button', { type: 'button', onClick: forget }, words.token.forget) : null),
			),
		);
	};
}
