/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages do: every rule
 * whose path matches the request applies ("/*" matches everything below; a
 * header set by two matching rules is joined with a comma, as Cloudflare does,
 * so an overlap between two policies shows up in tests).
 */
export function headersFromFile(text: string): (pathname: string) => Record<string, string> {
	const rules: { path: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers.push([name!.trim(), value.join(':').trim()]);
		}
	}
	const matches = (rule: string, pathname: string) => (rule.endsWith('*') ? pathname.startsWith(rule.slice(0, -1)) : pathname === rule);
	return (pathname) => {
		const headers: Record<string, string> = {};
		for (const rule of rules.filter((candidate) => matches(candidate.path, pathname))) {
			for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
		}
		return headers;
	};
}
