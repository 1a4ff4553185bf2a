import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { PORT } from '../../playwright.config';
import { CHART_IDS } from '../../src/lib/charts/list.js';

/** Where the built site runs (the chart host). */
export const CHART_ORIGIN = `http://127.0.0.1:${PORT}`;
export { CHART_IDS };

export interface Host {
	/** The host page's origin: another port on the loopback address, so another origin. */
	origin: string;
	/** Serves `html` at `path` from now on. */
	set(path: string, html: string): void;
	close(): Promise<void>;
}

/**
 * A second web server, on 127.0.0.1 and a free port, standing in for a publisher's site: a different
 * origin from the chart host. Pages are set per test.
 */
export async function startHost(): Promise<Host> {
	const pages = new Map<string, string>();
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://host').pathname;
		if (path === '/favicon.ico') return void response.writeHead(204).end();
		const html = pages.get(path);
		response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(html ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		set: (path, html) => pages.set(path, html),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** A publisher's page: `body` inside a plain document, the way a CMS would serve it. */
export function hostPage(body: string, head = ''): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title>
<style>body{margin:0;padding:16px;font-family:Georgia,serif} .slot{margin:0 0 24px}</style>${head}</head>
<body><h1>A publisher’s article</h1>${body}</body></html>`;
}

/** The embed snippet of EMBED.md for `id` at `query`, in a box `width` px wide. */
export function embedSlot(id: string, width: number, query = '', attrs = ''): string {
	return `<div class="slot" style="width:${width}px"><iframe src="${CHART_ORIGIN}/embed/${id}${query}" title="${id}" style="width:100%;border:0" height="420" data-id="${id}" data-width="${width}" ${attrs}
sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"
referrerpolicy="strict-origin-when-cross-origin"></iframe></div>`;
}

export const LOADER = `<script async src="${CHART_ORIGIN}/embed.js"></script>`;

/** The frame of an iframe element on `page` picked by `selector`. */
export async function frameOf(page: Page, selector: string): Promise<Frame> {
	const handle = await page.waitForSelector(selector);
	const frame = await handle.contentFrame();
	if (!frame) throw new Error(`no frame for ${selector}`);
	return frame;
}

/** The iframe heights (px, as laid out) of every iframe matching `selector`, in document order. */
export function iframeHeights(page: Page, selector = 'iframe'): Promise<number[]> {
	return page.$$eval(selector, (frames) => frames.map((f) => f.getBoundingClientRect().height));
}

/**
 * Waits until embed.js has sized every iframe matching `selector` and their heights have not
 * changed for `quiet` ms, and returns them; fails after `timeout` ms.
 */
export async function settledHeights(
	page: Page,
	selector = 'iframe',
	quiet = 1000,
	timeout = 20_000
): Promise<number[]> {
	const start = Date.now();
	await page.waitForFunction(
		(s) => [...document.querySelectorAll<HTMLElement>(s)].every((f) => f.style.height !== ''),
		selector,
		{
			timeout
		}
	);
	let last = await iframeHeights(page, selector);
	let since = Date.now();
	while (Date.now() - start < timeout) {
		await page.waitForTimeout(100);
		const now = await iframeHeights(page, selector);
		if (now.join() !== last.join()) {
			last = now;
			since = Date.now();
		} else if (Date.now() - since >= quiet) return now;
	}
	throw new Error(`iframe heights still changing after ${timeout} ms: ${last.join(', ')}`);
}

/** What the frame's document measures: its content height and whether it scrolls either way. */
export function measureFrame(frame: Frame) {
	return frame.evaluate(() => {
		const root = document.documentElement;
		return {
			content: document.querySelector('main')!.getBoundingClientRect().height,
			viewport: root.clientHeight,
			scrollsY: root.scrollHeight > root.clientHeight,
			scrollsX: root.scrollWidth > root.clientWidth
		};
	});
}
