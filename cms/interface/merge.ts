/** Decap's phrases: nested objects of Polyglot strings ("%{name}", "singular |||| plural"). */
export type Phrases = { [key: string]: string | Phrases };

/** Decap's own phrases for a language with ours laid over them, key by key (nested objects merged, strings replaced). */
export function withOwnPhrases(decap: Phrases, own: Phrases): Phrases {
	const merged: Phrases = { ...decap };
	for (const [key, value] of Object.entries(own)) {
		const under = merged[key];
		merged[key] = typeof value === 'object' && typeof under === 'object' ? withOwnPhrases(under, value) : value;
	}
	return merged;
}
