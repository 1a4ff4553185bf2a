import { expect, test, type Page } from '@playwright/test';
import {
	CHART_IDS,
	CHART_ORIGIN,
	LOADER,
	embedSlot,
	frameOf,
	hostPage,
	iframeHeights,
	measureFrame,
	settledHeights,
	startHost,
	type Host
} from './host';
import { EMBED_PREPAINT } from '../../src/lib/embed/prepaint.js';

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(async () => {
	await host.close();
});

/** Opens `html` on the publisher's origin. */
async function openHost(page: Page, path: string, html: string) {
	host.set(path, html);
	await page.goto(`${host.origin}${path}`);
}

const WIDTHS = [280, 640, 1200];

test.describe('embed.js on a page of another origin', () => {
	// Tall enough that every iframe is on screen: Chromium does not render cross-origin frames
	// that are off screen, so they report their height only once scrolled to (as they should).
	test.use({ viewport: { width: 1280, height: 4000 } });

	for (const id of CHART_IDS) {
		test(`resizes ${id} to its content at ${WIDTHS.join(', ')} px, with no scrollbar, and it stays put`, async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			await openHost(page, `/${id}`, hostPage(WIDTHS.map((w) => embedSlot(id, w)).join('') + LOADER));
			const heights = await settledHeights(page);
			for (const [i, width] of WIDTHS.entries()) {
				const frame = await frameOf(page, `iframe[data-width="${width}"]`);
				const m = await measureFrame(frame);
				expect(heights[i], `${id} at ${width} px: iframe vs content`).toBeGreaterThan(150);
				expect(Math.abs(heights[i] - m.content), `${id} at ${width} px: iframe vs content`).toBeLessThanOrEqual(2);
				expect(m.scrollsY, `${id} at ${width} px scrolls vertically`).toBe(false);
				expect(m.scrollsX, `${id} at ${width} px scrolls sideways`).toBe(false);
			}
			// No oscillation: a second later nothing has moved.
			await page.waitForTimeout(1000);
			expect(await iframeHeights(page)).toEqual(heights);
			// Nothing on the publisher's page complained (for example about a postMessage origin).
			expect(errors).toEqual([]);
		});
	}

	test('resizes an iframe added after the script ran, and one that loaded before it', async ({ page }) => {
		// The first iframe loads and reports before embed.js exists; embed.js must ask it (hello).
		const html = hostPage(
			embedSlot('h1b-demand', 600) +
				`<div id="later"></div>
<script>
window.addLoader = () => { const s = document.createElement('script'); s.src = ${JSON.stringify(`${CHART_ORIGIN}/embed.js`)}; document.head.append(s); };
</script>`
		);
		await openHost(page, '/late', html);
		const early = await frameOf(page, 'iframe[data-id="h1b-demand"]');
		await early.waitForFunction(() => document.readyState === 'complete');
		await page.waitForTimeout(500);
		expect((await iframeHeights(page))[0]).toBe(420);
		await page.evaluate(() => (window as unknown as { addLoader(): void }).addLoader());
		await page.waitForFunction(() => document.querySelector('iframe')!.getBoundingClientRect().height !== 420);
		await page.evaluate(
			(slot) => document.querySelector('#later')!.insertAdjacentHTML('beforeend', slot),
			embedSlot('youth-unemployment', 500)
		);
		const [first, second] = await settledHeights(page);
		const m1 = await measureFrame(early);
		const m2 = await measureFrame(await frameOf(page, 'iframe[data-id="youth-unemployment"]'));
		expect(Math.abs(first - m1.content)).toBeLessThanOrEqual(2);
		expect(Math.abs(second - m2.content)).toBeLessThanOrEqual(2);
	});

	test('ignores height messages from another origin or from a window that is not a chart iframe', async ({ page }) => {
		const html = hostPage(
			embedSlot('h1b-demand', 600) +
				// Same chart origin, but not an embed: its window is not one of embed.js's iframes.
				`<iframe id="other" src="${CHART_ORIGIN}/robots.txt" title="other" height="50"></iframe>` +
				LOADER
		);
		await openHost(page, '/hostile', html);
		const [settled] = await settledHeights(page, 'iframe[data-id]');
		const message = { type: 'talentrace:height', v: 1, id: 'h1b-demand', height: 3333 };
		// From the host page itself (wrong origin, wrong window).
		await page.evaluate((m) => window.postMessage(m, '*'), message);
		// From a window of the chart origin that is not a chart iframe.
		const other = await frameOf(page, '#other');
		await other.evaluate((m) => parent.postMessage(m, '*'), message);
		// From a popup of the chart origin, to its opener.
		const [popup] = await Promise.all([
			page.waitForEvent('popup'),
			page.evaluate((url) => void window.open(url, 'pop'), `${CHART_ORIGIN}/robots.txt`)
		]);
		await popup.evaluate((m) => window.opener.postMessage(m, '*'), message);
		// The real iframe, but with the wrong version or shape.
		const embed = await frameOf(page, 'iframe[data-id]');
		await embed.evaluate(() => {
			parent.postMessage({ type: 'talentrace:height', v: 2, id: 'h1b-demand', height: 3333 }, '*');
			parent.postMessage({ type: 'talentrace:height', v: 1, id: 'h1b-demand', height: '3333' }, '*');
			parent.postMessage('{"type":"talentrace:height","v":1,"height":3333}', '*');
		});
		await page.waitForTimeout(500);
		expect(await iframeHeights(page, 'iframe[data-id]')).toEqual([settled]);
		// The same message from the real iframe is accepted (and clamped): the checks above were what stopped it.
		await embed.evaluate(() =>
			parent.postMessage({ type: 'talentrace:height', v: 1, id: 'h1b-demand', height: 99999 }, '*')
		);
		await expect.poll(() => iframeHeights(page, 'iframe[data-id]')).toEqual([5000]);
	});

	test('accepts pym.js and Datawrapper heights from a chart iframe', async ({ page }) => {
		await openHost(page, '/pym', hostPage(embedSlot('visa-costs', 600) + LOADER));
		await settledHeights(page);
		const embed = await frameOf(page, 'iframe');
		await embed.evaluate(() => parent.postMessage('pymxPYMxvisaxPYMxheightxPYMx777', '*'));
		await expect.poll(() => iframeHeights(page)).toEqual([777]);
		await embed.evaluate(() => parent.postMessage({ 'datawrapper-height': { abc: 888 } }, '*'));
		await expect.poll(() => iframeHeights(page)).toEqual([888]);
	});
});

/** The embed's background colour and a series colour token, as the reader sees them. */
function colours(frame: import('@playwright/test').Frame) {
	return frame.evaluate(() => {
		const style = getComputedStyle(document.documentElement);
		return {
			background: style.backgroundColor,
			scheme: style.colorScheme,
			series: style.getPropertyValue('--series-3').trim()
		};
	});
}
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(18, 20, 23)';

test.describe('themes', () => {
	test('theme=dark and theme=light override the reader’s system', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/embed/youth-unemployment?theme=dark');
		expect(await colours(page.mainFrame())).toMatchObject({ background: DARK, scheme: 'dark', series: '#5fb0f0' });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/embed/youth-unemployment?theme=light');
		expect(await colours(page.mainFrame())).toMatchObject({ background: LIGHT, scheme: 'light', series: '#0072b2' });
	});

	test('theme=dark is applied before the app’s scripts run, so a dark embed never flashes light', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		// Without the embed's module scripts only the inline pre-paint script can have set the theme.
		await page.route('**/embed-app/**/*.js', (route) => route.abort());
		await page.goto('/embed/youth-unemployment?theme=dark&chrome=plain');
		// Dark colours; the scheme of a plain (transparent) embed is always light, like its iframe element's.
		expect(await colours(page.mainFrame())).toMatchObject({ scheme: 'light', series: '#5fb0f0' });
		await expect(page.locator('html')).toHaveAttribute('data-chrome', 'plain');
		await expect(page.locator('.chart-subtitle')).toBeHidden();
	});

	test('without JavaScript the embed shows the whole chart with the defaults', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto('/embed/youth-unemployment?theme=dark');
		expect(await colours(page.mainFrame())).toMatchObject({ background: LIGHT });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/jobless rate/);
		await expect(page.locator('svg[role=img]:visible .series')).toHaveCount(4);
		await expect(page.locator('.chart-sources a').first()).toBeVisible();
		await context.close();
	});

	test('theme=auto follows prefers-color-scheme, also when it changes', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/embed/h1b-demand?theme=auto');
		expect(await colours(page.mainFrame())).toMatchObject({ background: DARK, scheme: 'dark' });
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await colours(page.mainFrame())).toMatchObject({ background: LIGHT, scheme: 'light' });
	});

	test('the host’s theme switch wins over the system and the URL, through embed.js', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		const html = hostPage(embedSlot('youth-unemployment', 600, '?theme=light') + LOADER);
		await openHost(page, '/themed', html.replace('<html lang="en">', '<html lang="en" data-talentrace-theme="dark">'));
		const frame = await frameOf(page, 'iframe');
		await expect.poll(() => colours(frame).then((c) => c.background)).toBe(DARK);
		// The host flips its own switch: the attribute changes and embed.js passes it on.
		await page.evaluate(() => document.documentElement.setAttribute('data-talentrace-theme', 'light'));
		await expect.poll(() => colours(frame).then((c) => c.background)).toBe(LIGHT);
		await page.evaluate(() =>
			(window as unknown as { talentrace: { setTheme(t: string): void } }).talentrace.setTheme('dark')
		);
		await expect.poll(() => colours(frame).then((c) => c.background)).toBe(DARK);
		// 'auto' hands the choice back to the reader's system.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.evaluate(() =>
			(window as unknown as { talentrace: { setTheme(t: string): void } }).talentrace.setTheme('auto')
		);
		await expect.poll(() => colours(frame).then((c) => c.scheme)).toBe('dark');
	});

	test('a theme message without embed.js (the protocol itself) switches the theme', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await openHost(page, '/raw', hostPage(embedSlot('h1b-cost', 600)));
		const frame = await frameOf(page, 'iframe');
		await frame.waitForFunction(
			() => document.documentElement.hasAttribute('data-theme') || document.readyState === 'complete'
		);
		await page.waitForTimeout(500);
		await page.evaluate(
			(origin) =>
				document
					.querySelector('iframe')!
					.contentWindow!.postMessage({ type: 'talentrace:theme', v: 1, theme: 'dark' }, origin),
			CHART_ORIGIN
		);
		await expect.poll(() => colours(frame).then((c) => c.background)).toBe(DARK);
		// A message with a bad theme or version changes nothing.
		await page.evaluate((origin) => {
			const w = document.querySelector('iframe')!.contentWindow!;
			w.postMessage({ type: 'talentrace:theme', v: 1, theme: 'light<script>' }, origin);
			w.postMessage({ type: 'talentrace:theme', v: 2, theme: 'light' }, origin);
		}, CHART_ORIGIN);
		await page.waitForTimeout(300);
		expect((await colours(frame)).background).toBe(DARK);
	});

	test('chrome=plain has a transparent background and shows the chart and source line only', async ({ page }) => {
		await page.goto('/embed/youth-unemployment?chrome=plain&theme=dark');
		const state = await page.evaluate(() => ({
			html: getComputedStyle(document.documentElement).backgroundColor,
			body: getComputedStyle(document.body).backgroundColor,
			scheme: getComputedStyle(document.documentElement).colorScheme
		}));
		// Light whatever the theme: it must match the iframe element's scheme (see embed-hosts.e2e.ts).
		expect(state).toEqual({ html: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)', scheme: 'light' });
		await expect(page.locator('.chart-subtitle')).toBeHidden();
		// Hidden before scripts run (CSS), left out once hydrated.
		await expect(page.locator('.chart-notes')).toHaveCount(0);
		await expect(page.locator('.embed-credit')).toBeHidden();
		await expect(page.locator('.chart-sources')).toBeVisible();
		await expect(page.locator('svg[role=img]')).toBeVisible();
		// The title stays for screen readers, without a link to tab to.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/jobless rate/);
		await expect(page.locator('.chart-title a')).toHaveCount(0);
	});
});

test.describe('the embed page', () => {
	test('links back to its chart, and every link opens a new tab', async ({ page }) => {
		await page.goto('/embed/h1b-demand');
		await expect(page.locator('h1 a')).toHaveAttribute('href', '/charts/h1b-demand');
		const links = await page
			.locator('a')
			.evaluateAll((as) =>
				as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') }))
			);
		expect(links.length).toBeGreaterThan(2);
		for (const link of links) {
			expect(link.target, link.href ?? '').toBe('_blank');
			expect(link.rel?.split(' '), link.href ?? '').toContain('noopener');
		}
		await expect(page.locator('.embed-credit')).toContainText('Talent Race');
	});

	test('datum= highlights that datum with its tooltip; an unknown key highlights nothing', async ({ page }) => {
		await page.goto('/embed/youth-unemployment?datum=new-16-24-2025-08');
		await expect(page.getByRole('tooltip')).toContainText('18.9%');
		await expect(page.locator('circle.active[data-key="new-16-24-2025-08"]')).toHaveCount(1);
		await page.goto('/embed/youth-unemployment?datum=new-16-24-2099-01');
		await page.waitForLoadState('networkidle');
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});

	test('lang=zh switches language and number formats after load', async ({ page }) => {
		await page.goto('/embed/youth-unemployment?lang=zh&datum=new-16-24-2025-08');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.getByRole('tooltip')).toContainText('2025年8月');
	});

	test('hostile query values change nothing and inject nothing', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		/** Hydrates the embed (a pointer over its credit line) and waits until it has: some queries hydrate it at once. */
		const settle = async () => {
			await page.locator('.embed-credit').hover();
			await expect(page.locator('.chart-view .variant')).toHaveCount(1);
			await page.waitForLoadState('networkidle');
		};
		await page.goto('/embed/youth-unemployment');
		await settle();
		const clean = await page.evaluate(() => document.querySelector('main')!.innerHTML);
		const hostile = [
			'theme=<img src=x onerror=alert(1)>',
			'lang=<script>alert(2)</script>',
			'chrome="><svg onload=alert(3)>',
			'datum=new-16-24-2025-08"><img src=x onerror=alert(4)>',
			'theme=javascript:alert(5)&lang=zh-Hans&chrome=PLAIN&datum=__proto__',
			'theme[]=dark&lang=en%00zh'
		];
		for (const query of hostile) {
			await page.goto(`/embed/youth-unemployment?${query}`);
			await settle();
			const state = await page.evaluate(() => ({
				theme: document.documentElement.getAttribute('data-theme'),
				chrome: document.documentElement.getAttribute('data-chrome'),
				lang: document.documentElement.lang,
				injected: document.querySelectorAll('img, main script, main iframe, [onerror], [onload]').length,
				tooltip: document.querySelectorAll('[role=tooltip]').length,
				html: document.querySelector('main')!.innerHTML
			}));
			expect(state, query).toEqual({ theme: null, chrome: null, lang: 'en', injected: 0, tooltip: 0, html: clean });
		}
		expect(dialogs).toEqual([]);
	});

	test('an unknown chart id is a 404 page', async ({ page }) => {
		const response = await page.goto('/embed/nope');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	});
});

test.describe('content security policy', () => {
	for (const id of CHART_IDS) {
		test(`${id}: strict script policy, no violations, and the page still hydrates`, async ({ page }) => {
			const problems: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error' || /Content Security Policy|Refused/.test(m.text())) problems.push(m.text());
			});
			page.on('pageerror', (e) => problems.push(e.message));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
				);
			});
			const response = await page.goto(`/embed/${id}?theme=dark&lang=zh`);
			const html = (await response?.text()) ?? '';
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			const scriptSrc =
				csp
					.split(';')
					.map((d) => d.trim())
					.find((d) => d.startsWith('script-src')) ?? '';
			expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
			expect(csp).not.toMatch(/unsafe-eval/);
			expect(csp).toContain("object-src 'none'");
			// The one inline script is the pre-paint one, and the policy names it by hash.
			const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
			expect(inline).toEqual([EMBED_PREPAINT]);
			const hashes = await page.evaluate(async (scripts) => {
				const digest = async (s: string) =>
					btoa(
						String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))))
					);
				return Promise.all(scripts.map(digest));
			}, inline);
			for (const h of hashes) expect(scriptSrc).toContain(`'sha256-${h}'`);
			// Hydrated, and allowed to fetch its Chinese messages: only the app sets <html lang>.
			await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await page.waitForLoadState('networkidle');
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
			expect(problems).toEqual([]);
		});
	}
});

test.describe('hydration', () => {
	for (const id of CHART_IDS) {
		test(`${id}: the island takes over the server’s HTML in place, without errors, and the chart responds`, async ({
			page
		}) => {
			const problems: string[] = [];
			page.on('console', (m) => m.type() !== 'log' && problems.push(`${m.type()}: ${m.text()}`));
			page.on('pageerror', (e) => problems.push(e.message));
			// Hold the interactive part back until the server's nodes are marked, and the reader has acted:
			// a failed hydration would replace them with new ones (Svelte falls back to drawing afresh).
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			const loaded: string[] = [];
			page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
			await page.route('**/embed-app/hydrateEmbed-*.js', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`/embed/${id}`, { waitUntil: 'commit' });
			await page.waitForSelector('main svg[role=img]:visible');
			await page.evaluate(() => {
				const w = window as unknown as { before: Element[] };
				// What the reader sees: the layout on screen (hydration drops the other widths' layouts).
				w.before = [...document.querySelectorAll('main, main svg, main .chart-title, main .chart-sources')].filter(
					(el) => el.getClientRects().length > 0
				);
			});
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			await page.waitForLoadState('networkidle');
			// Nothing but the page and its small script until the reader reaches for the chart.
			expect(loaded.filter((path) => /hydrateEmbed|^\/data\//.test(path))).toEqual([]);
			// A key pressed before the chart's code arrives is not lost.
			await page.locator('main [role=application]:visible').focus();
			await page.keyboard.press('ArrowRight');
			await expect(page.getByRole('tooltip')).toHaveCount(0);
			release();
			await expect(page.getByRole('tooltip')).toBeVisible();
			await expect(page.getByRole('tooltip')).toContainText(/Source/);
			expect(loaded).toContain(`/data/${id}.json`);
			const same = await page.evaluate(() => {
				const w = window as unknown as { before: Element[] };
				const now = [...document.querySelectorAll('main, main svg, main .chart-title, main .chart-sources')];
				return w.before.length === now.length && w.before.every((el, i) => el === now[i] && el.isConnected);
			});
			expect(same, 'the hydrated page kept the server-rendered elements').toBe(true);
			await page.keyboard.press('ArrowRight');
			await expect(page.getByRole('tooltip')).toBeVisible();
			expect(problems).toEqual([]);
		});
	}
});
