import { expect, test } from '@playwright/test';
import { CHART_IDS } from '../../src/lib/charts/list.js';
import { EXCERPTS } from '../../src/lib/story/excerpts';
import { hydrated } from './helpers';

for (const id of CHART_IDS) {
	test(`${id}: Tab reaches the chart, arrow keys step through the data and are announced`, async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const section = page.locator(`section#${id}`);
		await section.locator('.chart-title a').focus();
		await page.keyboard.press('Tab');
		const plot = section.locator('.plot:visible');
		await expect(plot).toBeFocused();

		// One live region per layout the server drew; only the one on screen (not display:none) speaks.
		const live = section.locator('[aria-live="polite"]:visible');
		await page.keyboard.press('ArrowRight');
		await expect(live).not.toHaveText('');
		const first = await live.textContent();
		await expect(section.locator('.tooltip')).toBeVisible();
		await expect(section.locator('svg .active')).not.toHaveCount(0);

		await page.keyboard.press('End');
		await expect(live).not.toHaveText(first ?? '');
		const last = await live.textContent();
		await page.keyboard.press('Home');
		await expect(live).not.toHaveText(last ?? '');
		await page.keyboard.press('ArrowDown');
		await expect(live).toContainText(/\d/);

		await page.keyboard.press('Escape');
		await expect(section.locator('.tooltip')).toHaveCount(0);
		await expect(live).toHaveText('');
	});
}

test('hovering an excerpt highlights the datum it cites, and hovering that datum highlights the excerpt', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	for (const excerpt of EXCERPTS.filter((e) => e.id === 'nearly-18' || e.id === 'fierce-competition')) {
		const mark = page.locator(`section#${excerpt.chart} svg:visible [data-key="${excerpt.datum}"]`);
		await page.locator(`[data-excerpt="${excerpt.id}"]`).hover();
		await expect(mark).toHaveClass(/\bactive\b/);
		await expect(page.locator(`section#${excerpt.chart} .tooltip`)).toBeVisible();
	}
	await page.mouse.move(0, 0);
	const dot = page.locator('section#youth-unemployment svg:visible [data-key="new-16-24-2025-08"]');
	const box = (await dot.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.locator('[data-excerpt="fierce-competition"]')).toHaveClass(/\bactive\b/);
	await expect(page.locator('[data-excerpt="nearly-18"]')).not.toHaveClass(/\bactive\b/);
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a tap pins a tooltip inside the viewport; a tap elsewhere closes it', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		for (const id of CHART_IDS) {
			const section = page.locator(`section#${id}`);
			const svg = section.locator('svg[role="img"]:visible');
			await svg.scrollIntoViewIfNeeded();
			const box = (await svg.boundingBox())!;
			await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.5);
			const tip = section.locator('.tooltip');
			await expect(tip, id).toBeVisible();
			const t = (await tip.boundingBox())!;
			expect(t.x, id).toBeGreaterThanOrEqual(0);
			expect(t.x + t.width, id).toBeLessThanOrEqual(360);
			expect(t.y, id).toBeGreaterThanOrEqual(0);
			expect(t.y + t.height, id).toBeLessThanOrEqual(740);
			await page.touchscreen.tap(5, 5);
			await expect(tip, id).toHaveCount(0);
		}
	});
});
