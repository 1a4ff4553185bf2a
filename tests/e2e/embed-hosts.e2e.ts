// Embeds the way publishers' platforms embed them (issue: oEmbed, pym.js, sandboxed frames, frames
// below the fold, Chinese without scripts, plain frames on any colour scheme, the loader's edge
// cases), each on a host page of another loopback origin. Every test adds rows to a table of host
// setups with the measured frame and content heights, written to reports/embed-hosts.md.
import { expect, test, type APIRequestContext, type Frame, type Page } from '@playwright/test';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PORT } from '../../playwright.config';
import { CHART_IDS, CHART_ORIGIN, LOADER, frameOf, hostPage, settledHeights, startHost, type Host } from './host';
import { startStaticSite, type StaticSite } from './staticServer';
import { BUILT_ORIGIN, hydrated } from './helpers';

/** The pym.js parent publishers use, exactly as published on npm (1.3.2). */
const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

let host: Host;
/** The built site served with its `_headers` applied, like a static host (not `vite preview`). */
let site: StaticSite;

interface Row {
	setup: string;
	chart: string;
	width: number;
	frame: number;
	content: number;
	pass: boolean;
}
/** Rows of this run (Playwright empties test-results/ when a run starts), kept across worker restarts. */
const ROWS = 'test-results/embed-hosts.jsonl';
function record(row: Row) {
	mkdirSync('test-results', { recursive: true });
	appendFileSync(ROWS, `${JSON.stringify(row)}\n`);
}

// One worker runs the file in order (a failure does not skip the rest), so one afterAll writes the whole table.
test.describe.configure({ mode: 'default', timeout: 180_000 });

test.beforeAll(async () => {
	host = await startHost();
	site = await startStaticSite('build', PORT + 2);
});

test.afterAll(async () => {
	await host.close();
	await site.close();
	const rows: Row[] = existsSync(ROWS)
		? readFileSync(ROWS, 'utf8')
				.trim()
				.split('\n')
				.map((line) => JSON.parse(line))
		: [];
	const table = [
		'| host setup | chart | width | frame px | content px | result |',
		'|---|---|---|---|---|---|',
		...rows.map(
			(r) => `| ${r.setup} | ${r.chart} | ${r.width} | ${r.frame} | ${r.content} | ${r.pass ? 'pass' : 'FAIL'} |`
		)
	].join('\n');
	mkdirSync('reports', { recursive: true });
	writeFileSync('reports/embed-hosts.md', `${table}\n`);
	console.log(table);
});

/** Opens `html` on the publisher's origin. */
async function openHost(page: Page, path: string, html: string) {
	host.set(path, html);
	await page.goto(`${host.origin}${path}`);
}

/** The embed code the chart page of `id` gives (its "Embed" control), for this site's origin. */
async function embedCode(page: Page, id: string, path = `/charts/${id}`): Promise<string> {
	await page.goto(`${CHART_ORIGIN}${path}`);
	await hydrated(page);
	await page.locator('.embed-code summary').click();
	return page.locator('.embed-code textarea').inputValue();
}

/** The height of the embed's content (its `<main>`), and whether the frame's document scrolls. */
function content(frame: Frame) {
	return frame.evaluate(() => {
		const root = document.documentElement;
		return {
			height: Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
			scrolls: root.scrollHeight > root.clientHeight + 1,
			hydrated: root.dataset.hydrated === 'true',
			lang: root.lang
		};
	});
}

/** The laid-out height of the iframe element `selector`. */
function frameHeight(page: Page, selector: string) {
	return page.$eval(selector, (f) => Math.round(f.getBoundingClientRect().height));
}

/** Measures the frame `selector` against its content, records a row and returns both. */
async function check(page: Page, setup: string, chart: string, selector: string, tolerance = 2) {
	const frame = await frameOf(page, selector);
	await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const [outer, inner] = [await frameHeight(page, selector), await content(frame)];
	const width = await page.$eval(selector, (f) => Math.round(f.getBoundingClientRect().width));
	const pass = Math.abs(outer - inner.height) <= tolerance && !inner.scrolls;
	record({ setup, chart, width, frame: outer, content: inner.height, pass });
	return { outer, inner, pass };
}

/** Our embed code for chart `id` (the README's), from `origin`, in a column `width` px wide. */
function slot(origin: string, id: string, width: number, attrs: string, path = `/embed/${id}`) {
	return `<div class="slot" style="width:${width}px"><iframe id="f-${id}-${width}" src="${origin}${path}" title="${id}"
style="width:100%;border:0;color-scheme:light" height="420" ${attrs}></iframe></div>`;
}
const SANDBOX_FULL =
	'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"';
const SANDBOX_SCRIPTS = 'sandbox="allow-scripts"';

test.describe('a pym.js 1.3.2 parent', () => {
	test.use({ viewport: { width: 1280, height: 4000 } });

	test('sizes all five charts to their content with no script of ours', async ({ page }) => {
		const containers = CHART_IDS.map((id) => `<div id="pym-${id}" class="slot" style="width:600px"></div>`).join('');
		const parents = CHART_IDS.map((id) => `new pym.Parent('pym-${id}', '${CHART_ORIGIN}/embed/${id}', {});`).join('');
		await openHost(page, '/pym', hostPage(`${containers}<script>${PYM}</script><script>${parents}</script>`));
		for (const id of CHART_IDS) {
			const selector = `#pym-${id} iframe`;
			// pym.js leaves its frame at 150 px until the child sends pym's height message.
			await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('height')?.endsWith('px'), selector);
			await expect.poll(async () => (await check(page, 'pym.js parent', id, selector, 24)).pass).toBe(true);
			const src = await page.$eval(selector, (f) => (f as HTMLIFrameElement).src);
			expect(new URL(src).searchParams.get('childId')).toBe(`pym-${id}`);
		}
	});
});

test.describe('frames below the fold', () => {
	test.use({ viewport: { width: 1000, height: 700 } });

	const spacer = '<div style="height:1500px">Article text</div>';

	test('are sized to their content while still off screen, and do not move when scrolled to', async ({ page }) => {
		const slots = CHART_IDS.map((id) => spacer + slot(CHART_ORIGIN, id, 640, SANDBOX_FULL)).join('');
		await openHost(page, '/fold', hostPage(slots + LOADER));
		// No scrolling: every frame but none on screen reports its height from load.
		const before = await settledHeights(page);
		expect(before.every((h) => h !== 420)).toBe(true);
		for (const [i, id] of CHART_IDS.entries()) {
			const selector = `#f-${id}-640`;
			await page.$eval(selector, (f) => f.scrollIntoView());
			await page.waitForTimeout(300);
			const { outer, pass } = await check(page, 'ours, below the fold', id, selector);
			expect(outer, `${id} moved when scrolled into view`).toBe(Math.round(before[i]));
			expect(pass, `${id}: frame ${outer} px`).toBe(true);
		}
	});

	test('lazy frames are sized before they scroll into view', async ({ page }) => {
		const slots = CHART_IDS.map((id) => spacer + slot(CHART_ORIGIN, id, 640, `loading="lazy" ${SANDBOX_FULL}`)).join(
			''
		);
		// The page notes each frame's height the moment any of it enters the viewport.
		const observe = `<script>
window.seen = {};
const io = new IntersectionObserver((entries) => { for (const e of entries) if (e.isIntersecting && !(e.target.id in seen)) seen[e.target.id] = e.target.style.height; });
document.querySelectorAll('iframe').forEach((f) => io.observe(f));
</script>`;
		await openHost(page, '/lazy', hostPage(slots + LOADER + observe));
		// Read an article: a screen at a time, a moment per screen.
		const bottom = () => page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
		for (let y = 0; y <= (await bottom()) + 350; y += 350) {
			await page.evaluate((top) => window.scrollTo(0, top), y);
			await page.waitForTimeout(400);
		}
		const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, string> }).seen);
		for (const id of CHART_IDS) {
			const { outer } = await check(page, 'ours, lazy, scrolled to', id, `#f-${id}-640`);
			expect(seen[`f-${id}-640`], `${id} was not sized when it came into view`).toBe(`${outer}px`);
		}
	});

	test('an off-screen frame answers hello at once', async ({ page }) => {
		await openHost(page, '/hello', hostPage(spacer + slot(CHART_ORIGIN, 'visa-costs', 640, SANDBOX_FULL)));
		const frame = await frameOf(page, 'iframe');
		await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const answer = await page.evaluate(
			() =>
				new Promise((resolve) => {
					addEventListener('message', (e) => e.data?.type === 'talentrace:height' && resolve(e.data.height));
					document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'talentrace:hello', v: 1 }, '*');
				})
		);
		expect(answer).toBe((await content(frame)).height);
	});
});

test.describe('sandboxed frames on a static host that applies _headers', () => {
	test.use({ viewport: { width: 1280, height: 4000 } });

	for (const [variant, attrs] of [
		['allow-scripts only (opaque origin)', SANDBOX_SCRIPTS],
		['the embed code’s sandbox', SANDBOX_FULL]
	] as const) {
		test(`${variant}: every chart draws, hydrates and is sized by embed.js`, async ({ page }) => {
			const errors: string[] = [];
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			const loader = `<script async src="${site.origin}/embed.js"></script>`;
			await openHost(
				page,
				'/sandbox',
				hostPage(CHART_IDS.map((id) => slot(site.origin, id, 600, attrs)).join('') + loader)
			);
			await settledHeights(page);
			for (const id of CHART_IDS) {
				const { pass, inner } = await check(page, `sandbox: ${variant}`, id, `#f-${id}-600`);
				expect(inner.hydrated, id).toBe(true);
				expect(pass, id).toBe(true);
			}
			expect(errors).toEqual([]);
		});
	}

	test('allow-scripts only: ?lang=zh still fetches its Chinese text, and the Chinese page is Chinese', async ({
		page
	}) => {
		await openHost(
			page,
			'/sandbox-zh',
			hostPage(
				slot(site.origin, 'h1b-demand', 600, SANDBOX_SCRIPTS, '/embed/h1b-demand?lang=zh') +
					slot(site.origin, 'visa-costs', 600, SANDBOX_SCRIPTS, '/zh/embed/visa-costs') +
					`<script async src="${site.origin}/embed.js"></script>`
			)
		);
		for (const selector of ['#f-h1b-demand-600', '#f-visa-costs-600']) {
			const frame = await frameOf(page, selector);
			await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
			await expect.poll(() => frame.evaluate(() => /[\u4e00-\u9fff]/.test(document.title))).toBe(true);
		}
		await settledHeights(page);
		expect((await check(page, 'sandbox: allow-scripts, lang=zh', 'h1b-demand', '#f-h1b-demand-600')).pass).toBe(true);
	});
});

test.describe('the Chinese embed', () => {
	test('the Chinese embed code’s address is Chinese with scripts off', async ({ browser }) => {
		test.setTimeout(60_000);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto('/zh/charts/youth-unemployment');
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		await page.locator('.embed-code summary').click();
		const code = await page.locator('.embed-code textarea').inputValue();
		const src = /<iframe src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&');
		expect(new URL(src).pathname).toBe('/zh/embed/youth-unemployment');
		await context.close();

		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const embed = await noScript.newPage();
		const response = await embed.goto(src);
		expect(response?.status()).toBe(200);
		expect(await embed.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
		await expect(embed.locator('h1')).toHaveText(/[\u4e00-\u9fff]/);
		await expect(embed.locator('.chart-sources')).toHaveText(/[\u4e00-\u9fff]/);
		expect(await embed.title()).toMatch(/[\u4e00-\u9fff]/);
		await noScript.close();
	});
});

/** The colour of the screenshot pixel at (x, y), as `r,g,b`. */
async function pixel(page: Page, x: number, y: number): Promise<string> {
	const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
	const chunks: Buffer[] = [];
	for (let i = 8; i < png.length;) {
		const length = png.readUInt32BE(i);
		if (png.toString('ascii', i + 4, i + 8) === 'IDAT') chunks.push(png.subarray(i + 8, i + 8 + length));
		i += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(chunks));
	return [raw[1], raw[2], raw[3]].join(',');
}

test.describe('chrome=plain', () => {
	for (const system of ['light', 'dark'] as const) {
		test(`stays transparent on hosts of every declared colour scheme (system ${system})`, async ({ browser }) => {
			// Tall enough that every frame is on screen: Chromium does not render cross-origin frames off screen.
			const context = await browser.newContext({ colorScheme: system, viewport: { width: 1300, height: 3000 } });
			const page = await context.newPage();
			const THEMES = ['auto', 'light', 'dark'];
			for (const scheme of ['', 'light', 'dark', 'light dark']) {
				// One host page per declared scheme, with a row per theme: the embed code's iframe, and one
				// without its style (embed.js gives it color-scheme).
				const rows = THEMES.map((theme) => {
					const src = `${CHART_ORIGIN}/embed/youth-unemployment?chrome=plain&theme=${theme}`;
					return (
						`<iframe id="code-${theme}" src="${src}" title="code" style="width:600px;border:0;color-scheme:light" height="700"></iframe>` +
						`<iframe id="bare-${theme}" src="${src}" title="bare" style="width:600px;border:0" height="700"></iframe>`
					);
				}).join('');
				const html = hostPage(
					rows,
					`<style>html{${scheme ? `color-scheme:${scheme}` : ''}} body{background:rgb(200,30,30);margin:0;padding:0;display:flex;flex-wrap:wrap;gap:20px;width:1240px} h1{display:none}</style>`
				);
				await openHost(page, '/plain', html + LOADER);
				await page.waitForFunction(() =>
					[...document.querySelectorAll<HTMLElement>('iframe')].every((f) => f.style.height !== '')
				);
				for (const theme of THEMES) {
					for (const id of [`code-${theme}`, `bare-${theme}`]) {
						const frame = await frameOf(page, `#${id}`);
						await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
						// The top of a plain embed is its padding: empty frame, over the host's red page.
						const box = (await page.$eval(`#${id}`, (f) => f.getBoundingClientRect().toJSON())) as DOMRect;
						expect(box.y + 1, `${id} on screen`).toBeLessThan(3000);
						expect(
							await pixel(page, box.x + 300, box.y + 1),
							`${id}: host "${scheme}", theme ${theme}, system ${system}`
						).toBe('200,30,30');
					}
				}
			}
			await context.close();
		});
	}
});

test.describe('oEmbed', () => {
	for (const lang of ['en', 'zh'] as const) {
		test(`every ${lang} chart page declares an oEmbed answer that embeds the chart (when the origin is configured)`, async ({
			page,
			request
		}) => {
			const prefix = lang === 'zh' ? '/zh' : '';
			for (const id of CHART_IDS) {
				await page.goto(`${prefix}/charts/${id}`);
				const link = page.locator('link[rel=alternate][type="application/json+oembed"]');
				const file = `/oembed/${lang === 'zh' ? 'zh/' : ''}${id}.json`;
				if (!BUILT_ORIGIN) {
					// oEmbed needs absolute URLs: a build without PUBLIC_SITE_ORIGIN has none.
					await expect(link).toHaveCount(0);
					expect((await request.get(file)).status()).toBe(404);
					continue;
				}
				expect(await link.getAttribute('href')).toBe(`${BUILT_ORIGIN}${file}`);
				const response = await request.get(file);
				expect(response.status()).toBe(200);
				expect(response.headers()['access-control-allow-origin']).toBe('*');
				const answer = await response.json();
				expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 640 });
				expect(answer.title).toBe(await page.locator('h1').first().innerText());
				expect(answer.provider_url).toBe(`${BUILT_ORIGIN}${prefix || '/'}`);
				expect(answer.thumbnail_url).toBe(`${BUILT_ORIGIN}${prefix}/share/${id}.png`);
				expect((await request.get(`${prefix}/share/${id}.png`)).status()).toBe(200);
				expect(answer.html).toContain(`src="${BUILT_ORIGIN}${prefix}/embed/${id}?theme=auto&amp;lang=${lang}"`);
				expect(answer.html).toContain(`height="${answer.height}"`);
			}
		});
	}

	test('a platform that pastes the answer’s html (or the embed code) gets a sized chart', async ({ page, request }) => {
		await page.setViewportSize({ width: 1280, height: 3000 });
		const html = BUILT_ORIGIN
			? // Served here rather than at the configured origin: the same code, pointed at this server.
				(await (await request.get('/oembed/h1b-cost.json')).json()).html.replaceAll(BUILT_ORIGIN, CHART_ORIGIN)
			: await embedCode(page, 'h1b-cost');
		await openHost(page, '/oembed', hostPage(`<div class="slot" style="width:640px">${html}</div>`));
		await settledHeights(page);
		expect(
			(await check(page, BUILT_ORIGIN ? 'oEmbed html pasted' : 'embed code pasted', 'h1b-cost', 'iframe')).pass
		).toBe(true);
	});
});

test.describe('other hosts’ own listeners, without embed.js', () => {
	test.use({ viewport: { width: 1280, height: 3000 } });

	test('an AMP-style listener sizes the frame from the embed-size message', async ({ page }) => {
		const listener = `<script>addEventListener('message', (e) => { const d = e.data; if (d && d.sentinel === 'amp' && d.type === 'embed-size')
for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = d.height + 'px'; });</script>`;
		await openHost(page, '/amp', hostPage(listener + slot(CHART_ORIGIN, 'foreign-workers', 600, SANDBOX_FULL)));
		await expect.poll(async () => (await check(page, 'AMP listener', 'foreign-workers', 'iframe')).pass).toBe(true);
	});

	test('an Embedly-style listener sizes the frame from the iframe.resize string', async ({ page }) => {
		const listener = `<script>addEventListener('message', (e) => { let d; try { d = JSON.parse(e.data); } catch { return; } if (d.context !== 'iframe.resize') return;
for (const f of document.querySelectorAll('iframe')) if (f.src === d.src) f.style.height = d.height + 'px'; });</script>`;
		await openHost(page, '/embedly', hostPage(listener + slot(CHART_ORIGIN, 'h1b-demand', 600, SANDBOX_FULL)));
		await expect.poll(async () => (await check(page, 'Embedly listener', 'h1b-demand', 'iframe')).pass).toBe(true);
	});
});

test.describe('strict host content security policies', () => {
	test.use({ viewport: { width: 1280, height: 3000 } });

	test('a policy that allows the chart host’s script: sized by embed.js', async ({ page }) => {
		const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${CHART_ORIGIN}; frame-src ${CHART_ORIGIN}; style-src 'unsafe-inline'">`;
		await openHost(page, '/csp', hostPage(slot(CHART_ORIGIN, 'youth-unemployment', 600, SANDBOX_FULL) + LOADER, csp));
		await settledHeights(page);
		expect((await check(page, 'strict host CSP, embed.js allowed', 'youth-unemployment', 'iframe')).pass).toBe(true);
	});

	test('a policy that blocks embed.js: the frame keeps the code’s height and the chart still hydrates', async ({
		page
	}) => {
		const blocked: string[] = [];
		page.on('console', (m) => /Content Security Policy/.test(m.text()) && blocked.push(m.text()));
		const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src ${CHART_ORIGIN}; style-src 'unsafe-inline'">`;
		const html = await embedCode(page, 'visa-costs');
		const height = Number(/height="(\d+)"/.exec(html)![1]);
		const slots = [320, 640, 1000].map((w) => `<div class="slot" style="width:${w}px">${html}</div>`).join('');
		await openHost(page, '/csp-blocked', hostPage(slots, csp));
		const frames = await page.$$('iframe');
		for (const [i, width] of [320, 640, 1000].entries()) {
			const frame = (await frames[i].contentFrame())!;
			await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			const outer = Math.round((await frames[i].boundingBox())!.height);
			const inner = await content(frame);
			expect(outer).toBe(height);
			record({
				setup: `strict host CSP, embed.js blocked (code's height ${height})`,
				chart: 'visa-costs',
				width,
				frame: outer,
				content: inner.height,
				pass: outer >= inner.height
			});
			expect(outer, `${width} px column`).toBeGreaterThanOrEqual(inner.height);
		}
		expect(blocked.length).toBeGreaterThan(0);
	});
});

/** Widths of article columns from a narrow phone to a wide desktop layout. */
const COLUMNS = [320, 360, 420, 480, 560, 640, 800, 1000];

/** The embed code in the chart page's HTML as served, before any script runs (a reader without JavaScript). */
async function prerenderedCode(request: APIRequestContext, path: string): Promise<string> {
	const html = await (await request.get(path)).text();
	const code = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1];
	return code
		.replace(/(src=&quot;)\//g, `$1${CHART_ORIGIN}/`)
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

test.describe('no embed.js (blocked or stripped by the host)', () => {
	test.use({ viewport: { width: 1280, height: 12_000 } });

	for (const lang of ['en', 'zh'] as const) {
		for (const id of CHART_IDS) {
			test(`the pasted ${lang} code of ${id} hides nothing in columns 320 to 1000 px wide`, async ({
				page,
				request
			}) => {
				const prefix = lang === 'zh' ? '/zh' : '';
				// The code in the page's HTML, as a reader without JavaScript copies it; with JavaScript the
				// height can only grow (embed-code.e2e.ts checks that on every chart page), so this is the one to test.
				const code = await prerenderedCode(request, `${prefix}/charts/${id}`);
				const height = Number(/height="(\d+)"/.exec(code)![1]);

				const iframe = /<iframe[\s\S]*?<\/iframe>/.exec(code)![0].replace(/ loading="lazy"/, '');
				const slots = COLUMNS.map((w) => `<div class="slot" style="width:${w}px">${iframe}</div>`).join('');
				await openHost(page, '/no-loader', hostPage(slots));
				const frames = await page.$$('iframe');
				for (const [i, width] of COLUMNS.entries()) {
					const frame = (await frames[i].contentFrame())!;
					await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
					const outer = Math.round((await frames[i].boundingBox())!.height);
					const inner = await content(frame);
					const pass = outer === height && outer >= inner.height && !inner.scrolls;
					record({
						setup: `no embed.js, ${lang} code (height ${height})`,
						chart: id,
						width,
						frame: outer,
						content: inner.height,
						pass
					});
					expect
						.soft(pass, `${id} ${lang}: ${width} px column, frame ${outer} px, content ${inner.height} px`)
						.toBe(true);
				}
			});
		}
	}
});

test.describe('embed.js on awkward pages', () => {
	test.use({ viewport: { width: 1280, height: 3000 } });

	test('an element with id="talentrace" does not disable it', async ({ page }) => {
		await openHost(
			page,
			'/named',
			hostPage(`<div id="talentrace">Talent race</div>` + slot(CHART_ORIGIN, 'h1b-cost', 600, SANDBOX_FULL) + LOADER)
		);
		await settledHeights(page);
		expect((await check(page, 'ours, page has id="talentrace"', 'h1b-cost', 'iframe')).pass).toBe(true);
	});

	test('the loaders of two chart hosts each size their own frames', async ({ page }) => {
		await openHost(
			page,
			'/two',
			hostPage(
				slot(CHART_ORIGIN, 'h1b-cost', 600, SANDBOX_FULL) +
					slot(site.origin, 'visa-costs', 500, SANDBOX_FULL) +
					LOADER +
					`<script async src="${site.origin}/embed.js"></script>`
			)
		);
		await settledHeights(page);
		expect((await check(page, 'two chart hosts, first', 'h1b-cost', '#f-h1b-cost-600')).pass).toBe(true);
		expect((await check(page, 'two chart hosts, second', 'visa-costs', '#f-visa-costs-500')).pass).toBe(true);
	});

	test('host CSS padding on iframes does not push a frame past the clamp, and a bad setTheme is ignored', async ({
		page
	}) => {
		await openHost(
			page,
			'/padding',
			hostPage(
				slot(CHART_ORIGIN, 'h1b-demand', 600, SANDBOX_FULL) + LOADER,
				'<style>iframe{box-sizing:border-box;padding:400px 0}</style>'
			)
		);
		const [sized] = await settledHeights(page);
		const frame = await frameOf(page, 'iframe');
		// The padding is added to the content's height, so the content still fits...
		expect(Math.abs(sized - 800 - (await content(frame)).height)).toBeLessThanOrEqual(2);
		// ...but never past the clamp.
		await frame.evaluate(() =>
			parent.postMessage({ type: 'talentrace:height', v: 1, id: 'h1b-demand', height: 4900 }, '*')
		);
		await expect.poll(() => frameHeight(page, 'iframe')).toBe(5000);
		await page.evaluate(() => {
			const api = (window as unknown as { talentrace: { setTheme(t: unknown): void } }).talentrace;
			api.setTheme('dark');
			api.setTheme('purple');
		});
		await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});
});
