import { expect, test } from '@playwright/test';
import { CHART_IDS, frameOf, hostPage, measureFrame, settledHeights, startHost } from './host';
import { hydrated } from './helpers';

test.describe('the Embed control on the home page', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('gives each chart’s snippet with its title, this origin and a height that hides nothing', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		// Before hydration the copy button has no handler yet (slow machines show it).
		await hydrated(page);
		const snippets: Record<string, string> = {};
		for (const id of CHART_IDS) {
			const section = page.locator(`section#${id}`);
			await section.getByText('Embed', { exact: true }).click();
			const code = section.getByRole('textbox', { name: /Embed code/ });
			await expect(code).toBeVisible();
			await section.getByRole('button', { name: 'Copy code' }).click();
			await expect(section.getByRole('status')).toHaveText('Copied to the clipboard');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(await code.inputValue());
			snippets[id] = copied;
			const title = await section.locator('.chart-title').textContent();
			expect(copied).toContain(`<iframe src="${baseURL}/embed/${id}?theme=auto&amp;lang=en"`);
			expect(copied).toContain(`title="${title!.trim()}"`);
			expect(copied).toContain(`<script async src="${baseURL}/embed.js"></script>`);
		}

		// The snippet's height covers what the embed needs in a column of that width, and embed.js fits the
		// frame to the chart (the embed-hosts spec checks the height against columns from 320 to 1000 px).
		const host = await startHost();
		try {
			const widths = await page.$$eval('section .chart-frame', (fs) => fs.map((f) => f.getBoundingClientRect().width));
			const body = CHART_IDS.map((id, i) => {
				const width = Math.round(widths[i]) + 32;
				// Pasted as is: five copies of the loader's script tag, of which one does the work.
				return `<div style="width:${width}px">${snippets[id]}</div>`;
			}).join('');
			host.set('/pasted', hostPage(body));
			// Every iframe on screen: Chromium does not render cross-origin frames that are off screen.
			await page.setViewportSize({ width: 1280, height: 5000 });
			await page.goto(`${host.origin}/pasted`);
			const declared = await page.$$eval('iframe', (fs) => fs.map((f) => Number(f.getAttribute('height'))));
			const real = await settledHeights(page);
			for (const [i, id] of CHART_IDS.entries()) {
				const frame = await frameOf(page, `iframe[src*="/embed/${id}?"]`);
				expect(Math.abs((await measureFrame(frame)).content - real[i])).toBeLessThanOrEqual(2);
				expect(declared[i], `${id}: snippet ${declared[i]} px, real ${real[i]} px`).toBeGreaterThanOrEqual(real[i]);
			}
		} finally {
			await host.close();
		}
	});

	test('without JavaScript the control still opens and shows the snippet, with the height for every column', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		const section = page.locator('section#youth-unemployment');
		await section.getByText('Embed', { exact: true }).click();
		const code = await section.getByRole('textbox', { name: /Embed code/ }).inputValue();
		expect(code).toContain('/embed/youth-unemployment?theme=auto&amp;lang=en');
		await context.close();

		const scripted = await browser.newPage();
		await scripted.goto('/');
		await hydrated(scripted);
		const withScripts = scripted.locator('section#youth-unemployment');
		await withScripts.getByText('Embed', { exact: true }).click();
		const height = (snippet: string) => Number(/height="(\d+)"/.exec(snippet)?.[1]);
		const scriptedCode = await withScripts.getByRole('textbox', { name: /Embed code/ }).inputValue();
		expect(height(code)).toBeGreaterThan(450);
		// With JavaScript the chart as drawn here is measured too, which can only raise the height.
		expect(height(scriptedCode)).toBeGreaterThanOrEqual(height(code));
		await scripted.close();
	});
});

test.describe('the Embed control on the chart pages', () => {
	test('every chart page, in both languages, gives its own chart’s code, never lower than the code in its HTML; the Chinese one the Chinese embed', async ({
		page,
		request,
		baseURL
	}) => {
		for (const lang of ['en', 'zh'] as const) {
			const prefix = lang === 'zh' ? '/zh' : '';
			for (const id of CHART_IDS) {
				// The code in the page's HTML as served, as a reader without JavaScript copies it (embed-hosts.e2e.ts
				// checks that its height hides nothing in columns from 320 to 1000 px).
				const html = await (await request.get(`${prefix}/charts/${id}`)).text();
				const served = Number(/<textarea[^>]*>[^<]*height=(?:&quot;|")(\d+)/.exec(html)![1]);
				await page.goto(`${prefix}/charts/${id}`);
				await hydrated(page);
				const control = page.locator('.embed-code');
				await expect(control).toHaveCount(1);
				await control.locator('summary').click();
				const code = await control.getByRole('textbox').inputValue();
				const title = (await page.locator('h1.chart-title').textContent())!.trim();
				expect(code).toContain(`<iframe src="${baseURL}${prefix}/embed/${id}?theme=auto&amp;lang=${lang}"`);
				expect(code).toContain(`title="${title}"`);
				expect(code).toContain('style="width:100%;border:0;color-scheme:light"');
				expect(Number(/height="(\d+)"/.exec(code)?.[1])).toBeGreaterThan(300);
				// With JavaScript the chart as drawn on the page is measured too, which can only raise the height.
				expect(served).toBeGreaterThan(300);
				expect(Number(/height="(\d+)"/.exec(code)![1])).toBeGreaterThanOrEqual(served);
			}
		}
	});
});

test.describe('the embed preview page', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('shows every chart at 320, 600 and 1000 px, each resized to its content', async ({ page }) => {
		await page.goto('/embed-preview');
		const frames = page.locator('iframe');
		await expect(frames).toHaveCount(CHART_IDS.length * 3);
		const heights = await settledHeights(page, 'iframe', 1000, 30_000);
		const widths = await frames.evaluateAll((fs) => fs.map((f) => Math.round(f.getBoundingClientRect().width)));
		expect(widths).toEqual(CHART_IDS.flatMap(() => [320, 600, 1000]));
		for (let i = 0; i < heights.length; i++) {
			const frame = (await (await frames.nth(i).elementHandle())!.contentFrame())!;
			const m = await measureFrame(frame);
			// The preview's iframes have a 1 px border on each side, which embed.js adds to the height.
			expect(Math.abs(heights[i] - 2 - m.content), `iframe ${i}`).toBeLessThanOrEqual(2);
			expect(m.scrollsY || m.scrollsX, `iframe ${i} scrolls`).toBe(false);
		}
	});

	test('passes its checked parameters to every iframe, and drops anything else', async ({ page }) => {
		await page.goto('/embed-preview?theme=dark&lang=zh&chrome=plain&datum=x&evil=%22%3E');
		await expect(page.locator('iframe').first()).toHaveAttribute('src', /\?theme=dark&lang=zh&chrome=plain$/);
		await page.goto('/embed-preview?theme=<b>');
		await expect(page.locator('iframe').first()).toHaveAttribute('src', /\/embed\/[a-z0-9-]+$/);
	});
});
