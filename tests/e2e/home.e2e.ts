import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHART_IDS } from '../../src/lib/charts/list.js';
import { en } from '../../src/lib/i18n/messages.en';
import { EXCERPTS } from '../../src/lib/story/excerpts';

const messages = en as Record<string, string>;

test.describe('the dashboard without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the headline and every chart with its title, drawn marks and source line', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages['site.headline']);
		for (const id of CHART_IDS) {
			const section = page.locator(`section#${id}`);
			await expect(section.getByRole('heading', { name: messages[`${id}.title`], exact: true })).toBeVisible();
			const svg = section.locator('svg[role="img"]:visible');
			await expect(svg).toHaveCount(1);
			await expect(svg.locator('title')).toHaveText(messages[`${id}.title`]);
			expect(await svg.locator('[data-key]').count(), `${id} marks`).toBeGreaterThan(1);
			const sources = section.locator('.chart-sources a[href^="http"]');
			expect(await sources.count(), `${id} sources`).toBeGreaterThan(0);
			await expect(section.locator('.chart-notes')).toContainText(messages[`${id}.notes`].slice(0, 40));
		}
	});

	test('shows every story excerpt with its attribution and what the data shows', async ({ page }) => {
		await page.goto('/');
		for (const excerpt of EXCERPTS) {
			const article = page.locator(`[data-excerpt="${excerpt.id}"]`);
			await expect(article).toBeVisible();
			await expect(article.locator('blockquote')).toContainText(excerpt.quote.slice(0, 30));
			await expect(article).toContainText('Associated Press');
			await expect(article.locator('.annotation-text')).not.toContainText('{');
			await expect(article.locator('.annotation-text')).toContainText(/\d/);
		}
	});

	test('draws the youth chart with the story’s figure (17.7% in September 2025)', async ({ page }) => {
		await page.goto('/');
		const nearly18 = page.locator('[data-excerpt="nearly-18"] .annotation-text');
		await expect(nearly18).toContainText('17.7%');
		await expect(nearly18).toContainText('Sep 2025');
		await expect(page.locator('section#youth-unemployment svg:visible [data-key="new-16-24-2025-09"]')).toHaveCount(1);
	});
});

test('an unknown chart id gets a real 404 page', async ({ page }) => {
	const response = await page.goto('/charts/no-such-chart');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages['site.notFound']);
});

test('the static build carries a 404.html for hosts to serve at unknown URLs', async ({ page }) => {
	const html = readFileSync('build/404.html', 'utf8');
	expect(html).toContain('<meta name="robots" content="noindex"');
	await page.goto('/404');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages['site.notFound']);
	await expect(page.getByRole('link', { name: messages['site.home'] })).toHaveAttribute('href', '/');
});
