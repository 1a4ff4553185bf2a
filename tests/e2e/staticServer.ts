import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from '../../scripts/headersFile.js';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.csv': 'text/csv',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

export interface StaticSite {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 the way Netlify or Cloudflare Pages would: `/x` is `x`, `x.html`
 * or `x/index.html`; `/x/` redirects to `/x` when `x.html` exists; anything else is `404.html` with
 * status 404; every response, redirects and 404s included, gets the headers of `_headers` for the
 * requested path. `port` 0 picks a free port.
 */
export async function startStaticSite(root = 'build', port = 0): Promise<StaticSite> {
	const base = resolve(root);
	const rules = parseHeadersFile(readFileSync(join(base, '_headers'), 'utf8'));
	const fileAt = (path: string) => {
		const full = resolve(base, `.${path}`);
		return (full === base || full.startsWith(base + sep)) && existsSync(full) && statSync(full).isFile()
			? full
			: undefined;
	};
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://site');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			path = url.pathname;
		}
		const headers = headersFor(rules, url.pathname);
		const send = (status: number, file?: string, extra: Record<string, string> = {}) => {
			const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
			response.writeHead(status, { 'content-type': type, ...headers, ...extra });
			response.end(request.method === 'HEAD' || !file ? undefined : readFileSync(file));
		};
		if (request.method === 'OPTIONS') return send(204);
		if (path.length > 1 && path.endsWith('/') && fileAt(`${path.slice(0, -1)}.html`)) {
			return send(308, undefined, { location: url.pathname.slice(0, -1) + url.search });
		}
		const file =
			fileAt(path) ??
			(path.endsWith('/') ? undefined : fileAt(`${path}.html`)) ??
			fileAt(`${path.replace(/\/$/, '')}/index.html`);
		if (file && !file.endsWith(`${sep}_headers`)) return send(200, file);
		send(404, fileAt('/404.html'));
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
