import { describe, expect, it } from 'vitest';
import { editorComponents } from '../../cms/editor-components.ts';
import { FALLBACK_EDITOR_LANGUAGE } from '../../src/messages/index.ts';
import { escapeMdxText } from '../../src/mdx/escape.ts';
import { mdxProblems } from '../../src/mdx/safety.ts';

const component = (id: string) => editorComponents(FALLBACK_EDITOR_LANGUAGE).find((candidate) => candidate.id === id)!;

/** What an editor fills in, through the file the CMS saves (escaped), and back into the form. */
function roundTrip(id: string, data: Record<string, string>) {
	const saved = escapeMdxText(`Inleiding.\n\n${component(id).toBlock(data)}\n\nSlot.\n`);
	const block = saved.split('\n\n')[1]!.includes('\n') || id === 'figure' || id === 'fact-box' ? saved.split('\n\n').slice(1, -1).join('\n\n') : saved.split('\n\n')[1]!;
	const match = component(id).pattern.exec(block);
	return { saved, read: match ? component(id).fromBlock(match) : undefined };
}

describe('the building blocks of the CMS', () => {
	it.each([
		['testimonial', { slug: 'marieke' }],
		['pull-quote', { quote: 'Ze zei: "Kom maar" & ik ging {gewoon}.', attribution: 'Peter, 58' }],
		['call-to-action', { label: 'Maak een afspraak', href: '/nl/contact/' }],
		['figure', { caption: 'De gang <naar> de dagbehandeling', alt: 'Een lichte gang met [ramen] en {planten}', image: '../../media/dagbehandeling gang.jpg' }],
		['fact-box', { title: 'Goed om te weten', body: '- Neem uw medicijnlijst mee {belangrijk}\n- Nuchter: 6 uur < operatie' }],
	])('%s: saves what the content check allows, and reads back exactly what the editor typed', (id, data) => {
		const { saved, read } = roundTrip(id, data);
		expect(mdxProblems(saved)).toEqual([]);
		expect(read).toEqual(data);
	});
});
