/**
 * The search page's script, the only client-side JavaScript on the site. On
 * first use it loads the Pagefind bundle of the page's language (data-index), offers filters by type,
 * specialty and audience, and shows results as plain links. All text comes
 * from the page (data-text), so the script carries none of its own.
 */

import { isRealMatch, queryWords } from '../search/weak-matches.ts';

export interface SearchText {
	results: string;
	resultsOne: string;
	resultsFiltered: string;
	loading: string;
	none: string;
	noneHelp: string;
	contact: string;
	more: string;
	unavailable: string;
	refine: string;
	filters: Record<FilterName, string>;
}

type FilterName = 'type' | 'specialty' | 'audience';
const FILTERS: FilterName[] = ['type', 'specialty', 'audience'];
const PAGE = 10;

interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
	options: (options: { baseUrl: string }) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string | null, options: { filters: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Whether every word of the query has a real match on some page (see
 * src/search/weak-matches.ts): Pagefind finds only pages with every word, so
 * one word with only a last-resort match ("tennis" → "te") means nothing was found.
 * One small search per word, the first results' excerpts read.
 */
async function everyWordFound(pagefind: Pagefind, query: string, first: PagefindResult[]): Promise<boolean> {
	const words = queryWords(query);
	for (const word of words) {
		const results = words.length === 1 ? first : ((await pagefind.search(word, { filters: {} }))?.results ?? []);
		const excerpts = await Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).excerpt));
		if (excerpts.length > 0 && !excerpts.some((excerpt) => isRealMatch(word, excerpt))) return false;
	}
	return true;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

/** Pagefind's excerpt as safe nodes: its text, with only the <mark> highlights kept as elements. */
function excerptNodes(html: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = html; // inert: nothing in a template runs or loads
	return [...template.content.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

/**
 * Starts the search page: sets up the form, and loads Pagefind (its script,
 * WASM and filter lists, about 2 s of a phone's main thread) only on first
 * use, so that the page itself is as light as a content page. First use is
 * when the visitor starts to search: focus in the form (by Tab as by tap),
 * a pointer pressed on it, input in the field or submitting it; or at once
 * when the address carries ?q= (a bookmarked or shared search). The filters
 * appear once Pagefind has loaded, at the visitor's next key or pointer press
 * or with the first results, so never on their own under the visitor's eyes
 * (a layout shift that follows input within 500 ms is not counted in CLS:
 * https://web.dev/articles/cls#expected-vs-unexpected-layout-shifts).
 */
export function startSearch(): void {
	const root = document.querySelector<HTMLElement>('[data-search]');
	if (!root) return;
	const text = JSON.parse(root.dataset.text ?? '{}') as SearchText;
	const base = root.dataset.base ?? '/';
	// This language's own Pagefind bundle, with the base (urls.searchIndex): the page searches its own language only.
	const bundle = root.dataset.index!;
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;

	let loading: Promise<Pagefind | undefined> | undefined;
	/** Pagefind, loaded once, on first use; undefined when it could not be loaded (the status then says search is unavailable). */
	function loadPagefind(): Promise<Pagefind | undefined> {
		loading ??= (async () => {
			try {
				const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
				await pagefind.options({ baseUrl: base });
				await offerFilters(pagefind);
				return pagefind;
			} catch {
				status.textContent = text.unavailable;
				return undefined;
			}
		})();
		return loading;
	}

	/** Filters: one group of checkboxes per kind, inside a disclosure so that they don't push the results down on a phone. Built hidden; see showFilters. */
	async function offerFilters(pagefind: Pagefind): Promise<void> {
		const available = await pagefind.filters();
		const groups = FILTERS.filter((name) => Object.keys(available[name] ?? {}).length > 1);
		if (groups.length === 0) return;
		const details = element('details', { hidden: true }, [element('summary', { textContent: text.refine })]);
		for (const name of groups) {
			const fieldset = element('fieldset', {}, [element('legend', { textContent: text.filters[name] })]);
			for (const value of Object.keys(available[name]!).sort((a, b) => a.localeCompare(b))) {
				const checkbox = element('input', { type: 'checkbox', name, value });
				fieldset.append(element('label', {}, [checkbox, value]));
			}
			details.append(fieldset);
		}
		filterBox.append(details);
	}
	/** Shows the filters once they are built: called on the visitor's input and with results, never on a timer, so that they never move the page unasked. */
	const showFilters = () => {
		for (const details of filterBox.querySelectorAll('details')) details.hidden = false;
	};

	const selectedFilters = () => {
		const selected: Record<string, { any: string[] }> = {};
		for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (selected[box.name] ??= { any: [] }).any.push(box.value);
		return selected;
	};

	let results: PagefindResult[] = [];
	let shown = 0;
	let runId = 0;

	async function showMore(): Promise<void> {
		const next = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()));
		for (const item of next) {
			const link = element('a', { href: item.url, textContent: item.meta.title ?? item.url });
			list.append(
				element('li', {}, [
					...(item.meta.type ? [element('p', { className: 'type', textContent: item.meta.type })] : []),
					element('h2', {}, [link]),
					element('p', {}, excerptNodes(item.excerpt)),
				]),
			);
		}
		shown += next.length;
		more.hidden = shown >= results.length;
	}

	async function run(): Promise<void> {
		const query = input.value.trim();
		const filters = selectedFilters();
		const id = ++runId;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		if (!query && Object.keys(filters).length === 0) {
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			return;
		}
		status.textContent = text.loading;
		const pagefind = await loadPagefind();
		if (id !== runId) return; // a newer search has started
		if (!pagefind) {
			status.textContent = text.unavailable;
			return;
		}
		const search = await pagefind.search(query || null, { filters });
		if (id !== runId || !search) return;
		const found = !query || (await everyWordFound(pagefind, query, search.results));
		if (id !== runId) return;
		results = found ? search.results : [];
		shown = 0;
		list.replaceChildren();
		await showMore();
		showFilters();
		if (results.length === 0) {
			status.replaceChildren(
				`${fill(text.none, { query })} ${text.noneHelp} `,
				element('a', { href: root!.dataset.contact ?? base, textContent: text.contact }),
			);
		} else {
			status.textContent = query ? fill(results.length === 1 ? text.resultsOne : text.results, { count: results.length, query }) : fill(text.resultsFiltered, { count: results.length });
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	filterBox.addEventListener('change', () => void run());
	more.addEventListener('click', () => void showMore());

	// First use: focus anywhere in the form (Tab reaches the field or the button), a press on it, or typing.
	const firstUse = () => void loadPagefind();
	for (const type of ['focusin', 'pointerdown', 'input'] as const) form.addEventListener(type, firstUse, { once: true });
	if (form.contains(document.activeElement)) firstUse(); // focused before this script ran
	// The filters appear at the visitor's next key or pointer press after they are built.
	for (const type of ['keydown', 'pointerdown'] as const) document.addEventListener(type, showFilters);

	const initial = new URL(location.href).searchParams.get('q');
	if (initial) {
		input.value = initial;
		void run();
	}
}
