import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './helpers';

/**
 * Holds back the youth chart's code until the returned function is called, so that the reader
 * acts on the chart before its island can hydrate.
 */
async function holdYouthChartCode(page: Page): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/embed-app\/site\/youth-unemployment-[^/]+\.js$/, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

test.describe('the home page hydrates its sections one by one', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('a section hydrates at the reader’s first touch, not when it comes near the screen', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
		await page.goto('/');
		await hydrated(page);
		// The server drew each chart at every layout width; a hydrated chart keeps only the one on screen.
		const views = page.locator('main section .chart-view');
		const layouts = (view: Locator) => view.locator(':scope > .variant');
		const all = await layouts(views.first()).count();
		expect(all).toBeGreaterThan(1);
		await views.first().scrollIntoViewIfNeeded();
		await views.last().scrollIntoViewIfNeeded();
		await page.waitForLoadState('networkidle');
		await expect(layouts(views.first())).toHaveCount(all);
		await expect(layouts(views.last())).toHaveCount(all);
		// Scrolled past, untouched: no chart's code and no data file was loaded.
		expect(loaded.filter((path) => /^\/data\/|StorySection/.test(path))).toEqual([]);
		await views.last().hover();
		await expect(layouts(views.last())).toHaveCount(1);
		await expect(layouts(views.first())).toHaveCount(all);
		expect(loaded.filter((path) => path.startsWith('/data/'))).toHaveLength(1);
	});

	test('a key pressed on a chart before its island hydrates is not lost', async ({ page }) => {
		const release = await holdYouthChartCode(page);
		await page.goto('/');
		await hydrated(page);
		const section = page.locator('section#youth-unemployment');
		const plot = section.locator('.plot:visible');
		await plot.focus();
		await page.keyboard.press('ArrowRight');
		// The chart's code has not arrived: the server's drawing, nothing announced yet.
		await expect(section.locator('[aria-live="polite"]:visible')).toHaveText('');
		release();
		await expect(section.locator('[aria-live="polite"]:visible')).toContainText(/\d/);
		await expect(section.locator('.tooltip')).toBeVisible();
		await expect(plot).toBeFocused();
	});

	test('an excerpt focused before its section hydrates highlights its datum once it has', async ({ page }) => {
		const release = await holdYouthChartCode(page);
		await page.goto('/');
		await hydrated(page);
		await page.locator('[data-excerpt="nearly-18"]').focus();
		release();
		await expect(page.locator('section#youth-unemployment svg:visible [data-key="new-16-24-2025-09"]')).toHaveClass(
			/\bactive\b/
		);
	});
});

test('a chart page loads its chart’s code and data at the reader’s first touch, not before', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	await page.goto('/charts/h1b-demand');
	await hydrated(page);
	const layouts = page.locator('#chart-view .chart-view > .variant');
	const all = await layouts.count();
	expect(all).toBeGreaterThan(1);
	await page.waitForLoadState('networkidle');
	expect(loaded.filter((path) => /^\/data\/|ChartPageView|h1b-demand-/.test(path))).toEqual([]);
	await page.locator('#chart-view').hover();
	await expect(layouts).toHaveCount(1);
	expect(loaded.filter((path) => path.startsWith('/data/'))).toEqual(['/data/h1b-demand.json']);
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a tap on a chart before its island hydrates pins its tooltip once it has', async ({ page }) => {
		const release = await holdYouthChartCode(page);
		await page.goto('/');
		await hydrated(page);
		const section = page.locator('section#youth-unemployment');
		const svg = section.locator('svg[role="img"]:visible');
		await svg.scrollIntoViewIfNeeded();
		const box = (await svg.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.5);
		await expect(section.locator('.tooltip')).toHaveCount(0);
		release();
		await expect(section.locator('.tooltip')).toBeVisible();
	});
});
