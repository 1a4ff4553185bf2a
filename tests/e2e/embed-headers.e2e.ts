import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { hostPage, startHost, type Host } from './host';

const BUILD = 'build';

interface Rule {
	pattern: RegExp;
	source: string;
	headers: [string, string][];
}

/** The rules of a `_headers` file: a path pattern, then indented `Name: value` lines. */
function parseHeaders(text: string): Rule[] {
	const rules: Rule[] = [];
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
			rules.push({ pattern: new RegExp(`^${regex}$`), source, headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)!.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The headers a request for `path` gets, the strict way some hosts do it: every matching rule
 * applies, and values of the same header from several rules are joined with a comma.
 */
function headersFor(rules: Rule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules.filter((r) => r.pattern.test(path)))
		for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
	return out;
}

/** URL paths of every page in the build (`charts/x.html` is served at `/charts/x`). */
function builtPages(dir = BUILD): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return builtPages(full);
		if (!name.endsWith('.html')) return [];
		const path = `/${relative(BUILD, full)}`.replace(/\.html$/, '').replace(/(^|\/)index$/, '');
		return [path || '/'];
	});
}

const rules = () => parseHeaders(readFileSync(join(BUILD, '_headers'), 'utf8'));

test('_headers lets anyone frame the embeds and only the site itself frame every other page', () => {
	const pages = builtPages();
	expect(pages).toContain('/');
	expect(pages).toContain('/embed/h1b-demand');
	expect(pages).toContain('/zh/embed/h1b-demand');
	expect(pages).toContain('/embed-preview');
	for (const path of pages) {
		const headers = headersFor(rules(), path);
		if (/^\/(zh\/)?embed\//.test(path)) {
			expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
			expect(headers['x-frame-options'], path).toBeUndefined();
		} else {
			expect(headers['content-security-policy'], `${path} has no rule in static/_headers`).toBe(
				"frame-ancestors 'self'"
			);
			expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
		}
		expect(headers['x-content-type-options'], path).toBe('nosniff');
	}
});

test.describe('served with those headers', () => {
	let server: Server;
	let site: string;
	let host: Host;

	test.beforeAll(async () => {
		const TYPES: Record<string, string> = {
			'.html': 'text/html; charset=utf-8',
			'.js': 'text/javascript',
			'.css': 'text/css',
			'.json': 'application/json',
			'.svg': 'image/svg+xml',
			'.txt': 'text/plain'
		};
		// A static host that applies _headers, as Netlify or Cloudflare Pages would.
		server = createServer((request, response) => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
			const candidates = [join(BUILD, path), join(BUILD, `${path}.html`), join(BUILD, path, 'index.html')];
			const file = candidates.find((f) => f.startsWith(BUILD) && existsSync(f) && statSync(f).isFile());
			if (!file) {
				response.writeHead(404).end();
				return;
			}
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				...headersFor(rules(), path)
			});
			response.end(readFileSync(file));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		host = await startHost();
	});

	test.afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		await host.close();
	});

	test('a page of another origin can frame an embed, but not the home page or a chart page', async ({ page }) => {
		const frames = ['/embed/h1b-demand', '/', '/charts/h1b-demand'];
		host.set(
			'/framing',
			hostPage(
				frames
					.map((p, i) => `<iframe id="f${i}" src="${site}${p}" title="f${i}" width="600" height="300"></iframe>`)
					.join('')
			)
		);
		await page.goto(`${host.origin}/framing`);
		await page.waitForLoadState('load');
		const loaded = async (i: number) => {
			const frame = await (await page.$(`#f${i}`))!.contentFrame();
			// A frame the browser refused shows its own error page, without our <body> attribute.
			return frame
				? frame.evaluate(() => !!document.querySelector('body[data-sveltekit-preload-data] main')).catch(() => false)
				: false;
		};
		await expect.poll(() => loaded(0)).toBe(true);
		expect(await loaded(1)).toBe(false);
		expect(await loaded(2)).toBe(false);
		// The site may still frame itself (the embed preview does).
		await page.goto(`${site}/embed-preview`);
		const preview = await (await page.$('iframe'))!.contentFrame();
		await expect.poll(() => preview!.evaluate(() => !!document.querySelector('main'))).toBe(true);
	});
});
