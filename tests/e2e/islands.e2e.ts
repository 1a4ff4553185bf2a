import { expect, test, type Page } from '@playwright/test';
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

	test('a section hydrates when it comes near the screen, not before', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const charts = page.locator('main section svg[role="img"]');
		const firstSvg = charts.first();
		const lastSvg = charts.last();
		// The server drew every chart at 640 px; a hydrated chart lays itself out at the column's width.
		await expect(lastSvg).toHaveAttribute('viewBox', /^0 0 640 /);
		await firstSvg.scrollIntoViewIfNeeded();
		await expect(firstSvg).not.toHaveAttribute('viewBox', /^0 0 640 /);
		await expect(lastSvg).toHaveAttribute('viewBox', /^0 0 640 /);
		await lastSvg.scrollIntoViewIfNeeded();
		await expect(lastSvg).not.toHaveAttribute('viewBox', /^0 0 640 /);
	});

	test('a key pressed on a chart before its island hydrates is not lost', async ({ page }) => {
		const release = await holdYouthChartCode(page);
		await page.goto('/');
		await hydrated(page);
		const section = page.locator('section#youth-unemployment');
		const plot = section.locator('.plot');
		await plot.focus();
		await page.keyboard.press('ArrowRight');
		// The chart's code has not arrived: the server's drawing, nothing announced yet.
		await expect(section.locator('[aria-live="polite"]')).toHaveText('');
		release();
		await expect(section.locator('[aria-live="polite"]')).toContainText(/\d/);
		await expect(section.locator('.tooltip')).toBeVisible();
		await expect(plot).toBeFocused();
	});

	test('an excerpt focused before its section hydrates highlights its datum once it has', async ({ page }) => {
		const release = await holdYouthChartCode(page);
		await page.goto('/');
		await hydrated(page);
		await page.locator('[data-excerpt="nearly-18"]').focus();
		release();
		await expect(page.locator('section#youth-unemployment svg [data-key="new-16-24-2025-09"]')).toHaveClass(
			/\bactive\b/
		);
	});
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a tap on a chart before its island hydrates pins its tooltip once it has', async ({ page }) => {
		const release = await holdYouthChartCode(page);
		await page.goto('/');
		await hydrated(page);
		const section = page.locator('section#youth-unemployment');
		const svg = section.locator('svg[role="img"]');
		await svg.scrollIntoViewIfNeeded();
		const box = (await svg.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.5);
		await expect(section.locator('.tooltip')).toHaveCount(0);
		release();
		await expect(section.locator('.tooltip')).toBeVisible();
	});
});
