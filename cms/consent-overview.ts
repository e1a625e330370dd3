import { createElement as h, useEffect, useState, type ReactNode } from 'react';
import { knownEntries, onKnownEntries, readKnownEntries } from './known-entries.ts';
import { overview, RENEW_WITHIN_DAYS, type OverviewRow } from './list-view.ts';
import { cmsText, type CmsText } from './text/index.ts';

/**
 * "Toestemming", a page of the CMS beside "Inhoud" (CMS.registerCustomPage,
 * src/admin/decap-patches.ts): every testimonial and every story that needs
 * consent, what runs out within 60 days first, then what is not on the site
 * today and why, then the rest; and the consent forms signed for more than
 * one item, because a withdrawal must reach each of them. As the build judges
 * it, on the organisation's date (list-view.ts). Each line opens its entry.
 * In the editor's language (cms/text/).
 */
export const consentPage = (language: string) => ({ path: '/toestemming', title: cmsText(language).consentOverview.title, icon: 'check' });

type Words = CmsText['consentOverview'];

const link = (row: OverviewRow) => `#/collections/${row.collection}/entries/${row.slug}`;
const kind = (row: OverviewRow, words: Words) => (row.collection === 'stories' ? words.story : words.testimonial);

function Rows({ rows, empty, words }: { rows: OverviewRow[]; empty: string; words: Words }): ReactNode {
	if (rows.length === 0) return h('p', { className: 'zm-overview-empty' }, empty);
	const { columns } = words;
	return h(
		'table',
		{ className: 'zm-overview-table' },
		h('thead', null, h('tr', null, ...[columns.what, columns.kind, columns.language, columns.consent, columns.form].map((title) => h('th', { key: title, scope: 'col' }, title)))),
		h(
			'tbody',
			null,
			...rows.map((row) =>
				h(
					'tr',
					{ key: `${row.collection}/${row.slug}` },
					h('td', null, h('a', { href: link(row) }, row.name)),
					h('td', null, kind(row, words)),
					h('td', null, row.language ?? ''),
					h('td', null, row.status),
					h('td', null, row.reference ?? ''),
				),
			),
		),
	);
}

export function consentOverviewPage({ today, language }: { today: string; language: string }) {
	const words = cmsText(language).consentOverview;
	return function ConsentOverview(): ReactNode {
		const [entries, setEntries] = useState(knownEntries());
		const [loading, setLoading] = useState(true);
		useEffect(() => {
			const stop = onKnownEntries(() => setEntries(knownEntries()));
			void readKnownEntries().finally(() => setLoading(false));
			return () => void stop();
		}, []);
		const { soon, off, on, forms } = overview(entries, today, language);
		return h(
			'main',
			{ className: 'zm-overview' },
			h('h1', null, words.title),
			h('p', { className: 'zm-overview-intro' }, words.intro(RENEW_WITHIN_DAYS)),
			loading && entries.length === 0 ? h('p', { role: 'status' }, words.loading) : null,
			h('h2', null, words.soon(RENEW_WITHIN_DAYS, soon.length)),
			h(Rows, { rows: soon, empty: words.soonEmpty(RENEW_WITHIN_DAYS), words }),
			h('h2', null, words.off(off.length)),
			h(Rows, { rows: off, empty: words.offEmpty, words }),
			h('h2', null, words.on(on.length)),
			h(Rows, { rows: on, empty: words.onEmpty, words }),
			h('h2', null, words.forms),
			h('p', { className: 'zm-overview-intro' }, words.formsIntro),
			forms.length === 0
				? h('p', { className: 'zm-overview-empty' }, words.formsEmpty)
				: h(
						'ul',
						{ className: 'zm-overview-forms' },
						...forms.map(({ reference, rows }) =>
							h(
								'li',
								{ key: reference },
								h('strong', null, reference),
								': ',
								...rows.flatMap((row, index) => [index > 0 ? ', ' : '', h('a', { key: row.slug, href: link(row) }, words.formItem(kind(row, words), row.name, row.status))]),
							),
						),
					),
		);
	};
}
