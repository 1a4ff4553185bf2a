import { expect, test } from '@playwright/test';
import { CHART_IDS, EXPECTED, pngSize } from './expected';
import { BUILT_EMAIL, BUILT_ORIGIN, hydrated } from './helpers';

test.describe('chart pages without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const id of CHART_IDS) {
		test(`/charts/${id} shows the chart, the whole data table and four working downloads, and share-card meta whose image exists at 1200 × 630 (or none without an origin)`, async ({
			page,
			request
		}) => {
			const data = EXPECTED[id];
			const response = await page.goto(`/charts/${id}`);
			expect(response?.status()).toBe(200);

			await expect(page.locator('h1')).toBeVisible();
			const chart = page.locator('#chart-view svg[role="img"]:visible');
			await expect(chart).toBeVisible();
			expect(await chart.locator('[data-key]').count()).toBeGreaterThan(0);

			// Share-card meta.
			const meta = async (selector: string) => page.locator(selector).getAttribute('content');
			const subtitle = (await page.locator('.chart-subtitle').textContent())!.trim();
			const title = (await page.locator('h1').textContent())!.trim();
			expect(await meta('meta[property="og:title"]')).toBe(title);
			expect(await meta('meta[property="og:description"]')).toBe(subtitle);
			expect(await meta('meta[name="description"]')).toBe(subtitle);
			expect(await meta('meta[name="twitter:description"]')).toBe(subtitle);
			// No placeholder address anywhere in the page.
			expect(await page.content()).not.toMatch(/\.example\b/);
			if (!BUILT_ORIGIN) {
				await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
				await expect(page.locator('meta[property="og:image"], meta[property="og:url"]')).toHaveCount(0);
				await expect(page.locator('meta[name="twitter:image"]')).toHaveCount(0);
				expect(await meta('meta[name="twitter:card"]')).toBe('summary');
			} else {
				const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
				expect(canonical).toBe(`${BUILT_ORIGIN}/charts/${id}`);
				expect(await meta('meta[property="og:url"]')).toBe(canonical);
				expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
				expect(await meta('meta[property="og:image:width"]')).toBe('1200');
				expect(await meta('meta[property="og:image:height"]')).toBe('630');
				const image = (await meta('meta[property="og:image"]'))!;
				expect(image).toBe(`${BUILT_ORIGIN}/share/${id}.png`);
				expect(await meta('meta[name="twitter:image"]')).toBe(image);
				const png = await request.get(new URL(image).pathname);
				expect(png.status()).toBe(200);
				expect(png.headers()['content-type']).toBe('image/png');
				expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
			}

			// The Chart | Table switch works as links without scripts.
			const table = page.locator('#data-table table');
			await expect(table).toBeHidden();
			await page.getByRole('link', { name: 'Table', exact: true }).click();
			await expect(table).toBeVisible();
			await expect(page.locator('#chart-view')).toBeHidden();
			await expect(table.locator('caption')).toContainText(`${data.datums.length} data points`);
			await expect(page.locator('#data-table .title')).toBeVisible();
			await expect(table.locator('tbody tr')).toHaveCount(data.datums.length);
			await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
			const value = table.locator('tbody td.num').first();
			expect(await value.evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
			const keys = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
			expect(keys).toEqual(data.datums.map((d) => d.key));

			const links = page.locator('a[data-download]');
			await expect(links).toHaveCount(4);
			const expectedTypes: Record<string, RegExp> = {
				csv: /^text\/csv/,
				json: /^application\/json/,
				svg: /^image\/svg\+xml/,
				png: /^image\/png$/
			};
			for (const link of await links.all()) {
				await expect(link).toBeVisible();
				const kind = (await link.getAttribute('data-download'))!;
				const href = (await link.getAttribute('href'))!;
				expect(href).toBe(kind === 'csv' || kind === 'json' ? `/data/${id}.${kind}` : `/charts/${id}.${kind}`);
				const file = await request.get(href);
				expect(file.status(), href).toBe(200);
				expect(file.headers()['content-type'], href).toMatch(expectedTypes[kind]);
			}

			// Every source the data cites is listed once, below the fold, and readable when scrolled to.
			const urls = new Set(data.datums.flatMap((d) => d.sources.map((s) => s.url)));
			const sources = page.locator('section.sources');
			await expect(sources.locator('h2')).toHaveText(`All sources (${urls.size})`);
			const sourceLinks = sources.locator('ol.source-list > li > a');
			await expect(sourceLinks).toHaveCount(urls.size);
			await sourceLinks.last().scrollIntoViewIfNeeded();
			await expect(sourceLinks.last()).toBeInViewport();
			expect(await sourceLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([...urls]);
		});
	}

	test('an unknown chart id gets the site’s 404 page', async ({ page }) => {
		const response = await page.goto('/charts/no-such-chart');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
	});

	test('the methodology page lists every chart’s sources, the caveats and, when configured, how to report an error', async ({
		page
	}) => {
		await page.goto('/');
		await page.locator('footer a[href="/methodology"]').click();
		await expect(page).toHaveURL(/\/methodology$/);
		await expect(page.locator('h1')).toHaveText('Methodology and sources');
		for (const id of CHART_IDS) {
			const urls = new Set(EXPECTED[id].datums.flatMap((d) => d.sources.map((s) => s.url)));
			const group = page.locator(`section[data-chart="${id}"]`);
			await expect(group.locator('h3 a')).toHaveAttribute('href', `/charts/${id}`);
			await expect(group.locator('ol.source-list > li > a')).toHaveCount(urls.size);
		}
		await expect(page.locator('#legal-status ~ ol.timeline li')).toHaveCount(8);
		await expect(page.getByText('whether the proclamation was extended past 21 September 2026')).toBeVisible();
		await expect(page.getByText('711,000 residence permits issued in 2023')).toBeVisible();
		// The address is printed only when the build was given one; never a placeholder.
		await expect(page.locator('a[href^="mailto:"]')).toHaveCount(BUILT_EMAIL ? 1 : 0);
		if (BUILT_EMAIL) await expect(page.locator(`a[href="mailto:${BUILT_EMAIL}"]`)).toHaveText(BUILT_EMAIL);
		expect(await page.content()).not.toMatch(/\.example\b/);
	});
});

test.describe('chart pages with JavaScript', () => {
	for (const id of CHART_IDS) {
		test(`/charts/${id}?datum=<key> highlights that datum and shows its tooltip`, async ({ page }) => {
			const datums = EXPECTED[id].datums;
			const key = datums[Math.floor(datums.length / 2)].key;
			await page.goto(`/charts/${id}?datum=${encodeURIComponent(key)}`);
			const mark = page.locator(`#chart-view [data-key="${key}"]`).first();
			await expect(mark).toHaveClass(/\bactive\b/);
			await expect(page.locator('#chart-view [role="tooltip"]')).toBeVisible();
			await expect(page.locator('#chart-view .active[data-key]')).toHaveCount(1);
		});
	}

	test('a datum key that is not in the chart highlights nothing', async ({ page }) => {
		await page.goto('/charts/youth-unemployment?datum=%3Cimg%20src%3Dx%3E');
		await expect(page.locator('.view-switch button')).toHaveCount(2);
		await expect(page.locator('#chart-view .active[data-key]')).toHaveCount(0);
		await expect(page.locator('#chart-view [role="tooltip"]')).toHaveCount(0);
	});

	test('the Chart | Table switch shows one view at a time; its links become buttons at the first touch', async ({
		page
	}) => {
		await page.goto('/charts/youth-unemployment');
		await hydrated(page);
		const chart = page.locator('#chart-view');
		const table = page.locator('#data-table');
		const views = page.locator('.view-switch');
		// Untouched, the island is what the server drew: the switch is two links.
		await expect(views.getByRole('link')).toHaveCount(2);
		await expect(chart).toBeVisible();
		await expect(table).toBeHidden();
		await views.getByText('Table', { exact: true }).click();
		await expect(table).toBeVisible();
		await expect(chart).toBeHidden();
		await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Chart' }).click();
		await expect(chart).toBeVisible();
		await expect(table).toBeHidden();
	});

	test('a keyboard reader on the switch keeps focus when its links become buttons', async ({ page }) => {
		await page.goto('/charts/youth-unemployment');
		await hydrated(page);
		await page.locator('.view-switch a[href="#data-table"]').focus();
		const button = page.getByRole('button', { name: 'Table' });
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('#data-table table')).toBeVisible();
	});

	test('home page sections link to their chart pages', async ({ page }) => {
		await page.goto('/');
		for (const id of CHART_IDS) {
			await expect(page.locator(`section#${id} .chart-title a`)).toHaveAttribute('href', `/charts/${id}`);
		}
	});

	test('a wide data table scrolls inside its box on a phone instead of widening the page', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/charts/h1b-cost');
		await page.locator('.view-switch').getByText('Table', { exact: true }).click();
		await expect(page.locator('#data-table table')).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});
