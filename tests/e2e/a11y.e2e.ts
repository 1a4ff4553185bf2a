import { expect, test } from '@playwright/test';
import { CHART_IDS } from '../../src/lib/charts/list.js';
import { axeViolations, hydrated } from './helpers';

/** Every page of the English edition. */
const EN_PAGES = ['/', '/methodology', ...CHART_IDS.map((id) => `/charts/${id}`)];
/** The same pages in the Chinese edition. */
const ZH_PAGES = EN_PAGES.map((path) => (path === '/' ? '/zh' : `/zh${path}`));

/**
 * One scan per page, language and theme (contrast is checked in both themes). The markup is the same
 * at every width (the server drew each chart at every layout width; CSS shows one), so the width
 * alternates: each page of each edition is scanned once on a phone and once on a desktop.
 */
const SCANS: { path: string; colorScheme: 'light' | 'dark'; width: number }[] = [
	...EN_PAGES.flatMap((path) => [
		{ path, colorScheme: 'light' as const, width: 1280 },
		{ path, colorScheme: 'dark' as const, width: 360 }
	]),
	...ZH_PAGES.flatMap((path) => [
		{ path, colorScheme: 'light' as const, width: 360 },
		{ path, colorScheme: 'dark' as const, width: 1280 }
	])
];

for (const { path, colorScheme, width } of SCANS) {
	test(`${path} has no axe-core violations (${colorScheme}, ${width} px)`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.emulateMedia({ colorScheme });
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the theme switch cycles auto → light → dark, applies at once and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await hydrated(page);
	const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const light = await background();
	const toggle = page.locator('.theme-toggle');
	await expect(toggle).toHaveAccessibleName('Theme: auto');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(toggle).toHaveAccessibleName('Theme: dark');
	expect(await background()).not.toBe(light);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// Its label follows the root element by CSS: right at once, whatever has loaded.
	await expect(toggle).toHaveAccessibleName('Theme: dark');
	await hydrated(page);
	await toggle.click();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('print shows charts and excerpts in the light theme without controls', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' as const, media: 'print' });
	await page.goto('/');
	await hydrated(page);
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
		'rgb(255, 255, 255)'
	);
	await expect(page.locator('.theme-toggle')).toBeHidden();
	await expect(page.locator('section#youth-unemployment svg[role="img"]:visible')).toBeVisible();
	await expect(page.locator('[data-excerpt="nearly-18"]')).toBeVisible();
});

test('motion is off under prefers-reduced-motion', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const durations = await page.evaluate(() =>
		[...document.querySelectorAll('.excerpt, svg [data-key]')].map((el) => getComputedStyle(el).transitionDuration)
	);
	expect(durations.length).toBeGreaterThan(0);
	expect(durations.every((d) => d.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
});
