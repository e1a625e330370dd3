import { createElement as h, useEffect, useState, type ReactNode } from 'react';
import { knownEntries, onKnownEntries, readKnownEntries } from './known-entries.ts';
import { overview, RENEW_WITHIN_DAYS, type OverviewRow } from './list-view.ts';

/**
 * "Toestemming", a page of the CMS beside "Inhoud" (CMS.registerCustomPage,
 * src/admin/decap-patches.ts): every testimonial and every story that needs
 * consent, what runs out within 60 days first, then what is not on the site
 * today and why, then the rest; and the consent forms signed for more than
 * one item, because a withdrawal must reach each of them. As the build judges
 * it, on the organisation's date (list-view.ts). Each line opens its entry.
 */
export const CONSENT_PAGE = { path: '/toestemming', title: 'Toestemming', icon: 'check' };

const link = (row: OverviewRow) => `#/collections/${row.collection}/entries/${row.slug}`;
const kind = (row: OverviewRow) => (row.collection === 'stories' ? 'Verhaal' : 'Ervaring');

function Rows({ rows, empty }: { rows: OverviewRow[]; empty: string }): ReactNode {
	if (rows.length === 0) return h('p', { className: 'zm-overview-empty' }, empty);
	return h(
		'table',
		{ className: 'zm-overview-table' },
		h('thead', null, h('tr', null, ...['Wat', 'Soort', 'Taal', 'Toestemming', 'Formulier'].map((title) => h('th', { key: title, scope: 'col' }, title)))),
		h(
			'tbody',
			null,
			...rows.map((row) =>
				h(
					'tr',
					{ key: `${row.collection}/${row.slug}` },
					h('td', null, h('a', { href: link(row) }, row.name)),
					h('td', null, kind(row)),
					h('td', null, row.language ?? ''),
					h('td', null, row.status),
					h('td', null, row.reference ?? ''),
				),
			),
		),
	);
}

export function consentOverviewPage({ today }: { today: string }) {
	return function ConsentOverview(): ReactNode {
		const [entries, setEntries] = useState(knownEntries());
		const [loading, setLoading] = useState(true);
		useEffect(() => {
			const stop = onKnownEntries(() => setEntries(knownEntries()));
			void readKnownEntries().finally(() => setLoading(false));
			return () => void stop();
		}, []);
		const { soon, off, on, forms } = overview(entries, today);
		return h(
			'main',
			{ className: 'zm-overview' },
			h('h1', null, 'Toestemming'),
			h(
				'p',
				{ className: 'zm-overview-intro' },
				`Alle ervaringen en patiëntverhalen, met hun toestemming zoals de site die vandaag beoordeelt. Wat binnen ${RENEW_WITHIN_DAYS} dagen verloopt staat bovenaan: vraag de persoon op tijd of het mag blijven. Klik op een regel om het te openen.`,
			),
			loading && entries.length === 0 ? h('p', { role: 'status' }, 'Bezig met laden…') : null,
			h('h2', null, `Verloopt binnen ${RENEW_WITHIN_DAYS} dagen (${soon.length})`),
			h(Rows, { rows: soon, empty: `Niets verloopt binnen ${RENEW_WITHIN_DAYS} dagen.` }),
			h('h2', null, `Niet op de site (${off.length})`),
			h(Rows, { rows: off, empty: 'Alles met toestemming staat op de site.' }),
			h('h2', null, `Op de site (${on.length})`),
			h(Rows, { rows: on, empty: 'Nog niets.' }),
			h('h2', null, 'Formulieren voor meer dan één item'),
			h(
				'p',
				{ className: 'zm-overview-intro' },
				'Trekt iemand de toestemming in, vul dan bij elk item van het formulier de datum van intrekking in: pas dan verdwijnt alles van de site.',
			),
			forms.length === 0
				? h('p', { className: 'zm-overview-empty' }, 'Elk formulier hoort bij één item.')
				: h(
						'ul',
						{ className: 'zm-overview-forms' },
						...forms.map(({ reference, rows }) =>
							h(
								'li',
								{ key: reference },
								h('strong', null, reference),
								': ',
								...rows.flatMap((row, index) => [index > 0 ? ', ' : '', h('a', { key: row.slug, href: link(row) }, `${kind(row).toLowerCase()} “${row.name}”`), ` (${row.status.toLowerCase()})`]),
							),
						),
					),
		);
	};
}
