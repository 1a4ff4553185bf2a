import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/**
 * A static host for the built site that applies its `_headers` file the way Netlify does, so tests
 * see the headers a real deployment sends (unlike `vite preview`, which adds
 * `Access-Control-Allow-Origin: *` to everything): every rule whose path matches applies, `*` and
 * `:name` placeholders match, and values of one header from several rules are joined with a comma.
 * `/x` serves `x.html` (or `x/index.html`); an unknown path gets `404.html` with status 404.
 */

export interface HeaderRule {
	/** The rule's path as written, e.g. `/embed/*`. */
	source: string;
	pattern: RegExp;
	/** Header names in lower case, with their values. */
	headers: [string, string][];
}

/** The rules of a `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim();
			const regex = source
				.split(/(\*|:[A-Za-z]\w*)/)
				.map((part) =>
					part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				)
				.join('');
			rules.push({ source, pattern: new RegExp(`^${regex}$`), headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** The headers a request for `path` gets: every matching rule applies; repeated headers are joined. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules.filter((r) => r.pattern.test(path)))
		for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
	return out;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv',
	'.txt': 'text/plain'
};

export interface StaticHost {
	origin: string;
	close(): Promise<void>;
}

/** Serves the directory `root` (default `build`) on 127.0.0.1 at `port` (0: any free port). */
export async function startStaticHost(port = 0, root = 'build'): Promise<StaticHost> {
	const base = resolve(root);
	const rules = parseHeaders(readFileSync(join(base, '_headers'), 'utf8'));
	const isFile = (f: string) => (f === base || f.startsWith(base + sep)) && existsSync(f) && statSync(f).isFile();
	const server: Server = createServer((request, response) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		} catch {
			return void response.writeHead(400).end();
		}
		const candidates = [join(base, path), join(base, `${path}.html`), join(base, path, 'index.html')];
		const file = candidates.find(isFile);
		const status = file ? 200 : 404;
		const served = file ?? join(base, '404.html');
		response.writeHead(status, {
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
			...headersFor(rules, path)
		});
		response.end(request.method === 'HEAD' ? undefined : readFileSync(served));
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return {
		origin: `http://127.0.0.1:${actual}`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
