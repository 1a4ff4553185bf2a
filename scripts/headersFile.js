// Reads a `_headers` file (Netlify, Cloudflare Pages) and answers which headers a path gets, the way
// those hosts match: every rule whose pattern matches applies, in file order, and a header set by
// several matching rules is sent once with their values joined by ", ". In a pattern, `*` (at most
// one per rule) matches any run of characters, slashes included, and `:name` matches one path segment.
// Used by the tests, the loopback static server of the end-to-end tests and `vite preview`.

/**
 * @typedef {object} HeaderRule
 * @property {string} pattern the rule's path pattern as written, e.g. `/embed/*`
 * @property {RegExp} regex the pattern as a regular expression over a URL path
 * @property {number} line the pattern's line in the file (1-based)
 * @property {[string, string][]} headers `[lower-case name, value]` pairs, in file order
 */

/**
 * Parses the text of a `_headers` file.
 * @param {string} text
 * @returns {HeaderRule[]}
 * @throws {Error} on a header line before any pattern, a line that is not `Name: value`, a pattern
 *   that is not a path, or a pattern with more than one `*`; the message names the line
 */
export function parseHeadersFile(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		const trimmed = raw.trim();
		if (!trimmed || trimmed.startsWith('#')) return;
		if (!/^\s/.test(raw)) {
			if (!trimmed.startsWith('/')) throw new Error(`_headers:${line}: a pattern must be a path starting with "/"`);
			if ((trimmed.match(/\*/g) ?? []).length > 1) throw new Error(`_headers:${line}: at most one "*" per pattern`);
			rules.push({ pattern: trimmed, regex: patternRegex(trimmed), line, headers: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers:${line}: a header before any path pattern`);
		const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(trimmed);
		if (!match) throw new Error(`_headers:${line}: expected "Name: value", found "${trimmed}"`);
		rule.headers.push([match[1].toLowerCase(), match[2].trim()]);
	});
	return rules;
}

/**
 * A `_headers` path pattern as a regular expression: `*` matches anything (also empty and across
 * slashes), `:name` one segment (no slash, not empty), everything else itself.
 * @param {string} pattern
 * @returns {RegExp}
 */
export function patternRegex(pattern) {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The rules that apply to a URL path (no query string), in file order.
 * @param {readonly HeaderRule[]} rules
 * @param {string} path
 */
export function matchingRules(rules, path) {
	return rules.filter((rule) => rule.regex.test(path));
}

/**
 * The headers a request for `path` gets: every matching rule applies, and values of one header from
 * several rules are joined with ", " (as Cloudflare Pages documents; Netlify too).
 * @param {readonly HeaderRule[]} rules
 * @param {string} path a URL path such as `/charts/h1b-cost`
 * @returns {Record<string, string>} lower-case header names to values
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of matchingRules(rules, path))
		for (const [name, value] of rule.headers) out[name] = name in out ? `${out[name]}, ${value}` : value;
	return out;
}
