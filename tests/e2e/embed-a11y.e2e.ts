import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers';
import { CHART_IDS } from './host';

for (const theme of ['light', 'dark'] as const) {
	for (const id of CHART_IDS) {
		test(`axe finds no violations in the ${id} embed, ${theme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
			await page.goto(`/embed/${id}?theme=${theme}`);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

test('axe finds no violations in a plain embed', async ({ page }) => {
	await page.goto('/embed/youth-unemployment?chrome=plain&datum=new-16-24-2025-08');
	await page.waitForLoadState('networkidle');
	expect(await axeViolations(page)).toEqual([]);
});
