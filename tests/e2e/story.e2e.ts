import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en } from '../../src/lib/i18n/messages.en';
import { zh } from '../../src/lib/i18n/messages.zh';
import { HOME_SECTIONS, LEDE_REFS } from '../../src/lib/story/facts';
import { STORY_URL } from '../../src/lib/story/excerpts';
import { TOOLTIP_MARGIN } from '../../src/lib/charts/shared/tooltipPlacement';
import { BUILT_ORIGIN, hydrated } from './helpers';

/** The figures that must be in the first screen, as each edition writes them. */
const KEY_FIGURES = {
	en: { payment: '$100,000', youth: '17.7%', permits: '711,000' },
	zh: { payment: '10万美元', youth: '17.7%', permits: '71.1万' }
} as const;

async function expectInFirstScreen(page: Page, lang: 'en' | 'zh', height: number) {
	for (const [id, figure] of Object.entries(KEY_FIGURES[lang])) {
		const link = page.locator(`[data-fact="${id}"] a.figure`);
		await expect(link).toHaveText(figure);
		const box = (await link.boundingBox())!;
		expect(box.y + box.height, `${lang} ${id} bottom`).toBeLessThanOrEqual(height);
	}
}

for (const [width, height] of [
	[360, 740],
	[1280, 800]
] as const) {
	test.describe(`the first screen at ${width} × ${height}`, () => {
		test.use({ viewport: { width, height }, javaScriptEnabled: false });

		test('shows the $100,000, the 17.7% and the 711,000 in both editions', async ({ page }) => {
			await page.goto('/');
			await expectInFirstScreen(page, 'en', height);
			await page.goto('/zh');
			await expectInFirstScreen(page, 'zh', height);
		});
	});
}

test.describe('the lede without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('links every number to its chart and datum, and marks the lottery fall unconfirmed', async ({ page }) => {
		await page.goto('/');
		const refs = {
			payment: LEDE_REFS.payment.abroad,
			youth: LEDE_REFS.youth.story,
			permits: LEDE_REFS.permits.all,
			lottery: LEDE_REFS.lottery.now
		};
		for (const [id, ref] of Object.entries(refs)) {
			await expect(page.locator(`[data-fact="${id}"] a.figure`)).toHaveAttribute(
				'href',
				`/charts/${ref.chart}?datum=${ref.key}`
			);
		}
		await expect(page.locator('[data-fact="lottery"]')).toHaveAttribute('data-confirmed', 'false');
		await expect(page.locator('[data-fact="lottery"]')).toContainText(en['lede.unconfirmed.weak']);
		await expect(page.locator('[data-fact="youth"] .unconfirmed')).toHaveCount(0);
		await page.goto('/zh');
		await expect(page.locator('[data-fact="youth"] a.figure')).toHaveAttribute(
			'href',
			`/zh/charts/${refs.youth.chart}?datum=${refs.youth.key}`
		);
		await expect(page.locator('[data-fact="lottery"]')).toContainText(zh['lede.unconfirmed.weak']);
	});

	test('frames the page as an article: credit, the AP story linked, the data’s date', async ({ page }) => {
		await page.goto('/');
		const byline = page.locator('.lede .byline');
		await expect(byline).toContainText(en['lede.credit']);
		await expect(byline.locator(`a[href="${STORY_URL}"]`)).toHaveText(/China rolls out its version of the H-1B visa/);
		await expect(byline).toContainText('10 Nov 2025');
		// Two dates, each as the charts say it: when the data was revised (as every chart's frame) and its latest figure.
		for (const [path, dict] of [
			['/', en],
			['/zh', zh]
		] as const) {
			await page.goto(path);
			const updated = page.locator('.lede .byline .updated');
			await expect(updated).toHaveCount(2);
			const frameDate = await page.locator('.chart-updated time').first().getAttribute('datetime');
			await expect(updated.first()).toContainText(dict['ui.dataUpdated'] + dict['ui.colon']);
			await expect(updated.first().locator('time')).toHaveAttribute('datetime', frameDate!);
			await expect(updated.nth(1)).toContainText(dict['chartPage.updated'] + dict['ui.colon']);
			await expect(updated.nth(1).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		}
	});

	test('tells the story in order, with notes folded and titles not underlined; chart pages keep notes open', async ({
		page
	}) => {
		await page.goto('/');
		const ids = await page.locator('section.story-section').evaluateAll((s) => s.map((e) => e.id));
		expect(ids).toEqual([...HOME_SECTIONS]);
		for (const id of HOME_SECTIONS) {
			const notes = page.locator(`section#${id} details.chart-notes`);
			await expect(notes).toHaveCount(1);
			await expect(notes).not.toHaveAttribute('open');
			await expect(notes.locator('p')).toBeHidden();
			const title = page.locator(`section#${id} .chart-title a`);
			expect(await title.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
		}
		await page.goto('/charts/youth-unemployment');
		await expect(page.locator('p.chart-notes')).toBeVisible();
	});

	test('puts a K-visa fact card beside the visa-costs chart', async ({ page }) => {
		await page.goto('/');
		const card = page.locator('section#visa-costs [data-card="k-visa"]');
		await expect(card).toContainText(en['kvisa.title']);
		await expect(card.locator('time')).toHaveAttribute('datetime', '2025-10-01');
		await expect(card).toContainText('1 Oct 2025');
		await expect(card).toContainText(en['kvisa.invitationValue']);
		await expect(card).toContainText(en['kvisa.feeValue']);
		expect(await card.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
	});

	test('has a share card for the home page in each language', async ({ page, request }) => {
		for (const [path, card] of [
			['/', '/share/home.png'],
			['/zh', '/zh/share/home.png']
		]) {
			// The card is built either way; the page points at it only when the build knows its origin.
			const response = await request.get(card);
			expect(response.headers()['content-type']).toBe('image/png');
			const png = await response.body();
			// PNG header: width and height are big-endian at bytes 16 and 20.
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			await page.goto(path);
			const image = page.locator('meta[property="og:image"]');
			if (!BUILT_ORIGIN) {
				await expect(image).toHaveCount(0);
				continue;
			}
			expect(await image.getAttribute('content')).toBe(`${BUILT_ORIGIN}${card}`);
			expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toMatch(/17\.7%/);
		}
		expect(readFileSync('build/share/home.png').length).toBeGreaterThan(10_000);
	});
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('tapping an excerpt whose datum is off screen raises no tooltip over other text', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const excerpt = page.locator('[data-excerpt="nearly-18"]');
		// The excerpt at the top of the screen, its chart above it (as on a phone, where excerpts follow the chart).
		await excerpt.evaluate((e) => e.scrollIntoView({ block: 'start' }));
		const mark = page.locator('section#youth-unemployment svg:visible [data-key="new-16-24-2025-09"]');
		expect((await mark.boundingBox())!.y, 'the datum is above the screen').toBeLessThan(0);
		await excerpt.tap();
		await expect(mark, 'the datum is highlighted in its chart').toHaveClass(/\bactive\b/);
		await expect(page.locator('section#youth-unemployment .tooltip')).toHaveCount(0);
		// Scrolled back to the chart, the highlighted datum shows its tooltip next to it.
		await mark.scrollIntoViewIfNeeded();
		const tip = page.locator('section#youth-unemployment .tooltip');
		await expect(tip).toBeVisible();
		const t = (await tip.boundingBox())!;
		expect(t.x).toBeGreaterThanOrEqual(TOOLTIP_MARGIN - 1);
		expect(t.x + t.width).toBeLessThanOrEqual(360 - TOOLTIP_MARGIN + 1);
	});

	test('a tooltip keeps its margin from the screen edges', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const svg = page.locator('section#youth-unemployment svg[role="img"]:visible');
		await svg.scrollIntoViewIfNeeded();
		const box = (await svg.boundingBox())!;
		for (const fx of [0.05, 0.95]) {
			await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * 0.5);
			const t = (await page.locator('section#youth-unemployment .tooltip').boundingBox())!;
			expect(t.x, `tap at ${fx}`).toBeGreaterThanOrEqual(TOOLTIP_MARGIN - 1);
			expect(t.x + t.width, `tap at ${fx}`).toBeLessThanOrEqual(360 - TOOLTIP_MARGIN + 1);
			await page.touchscreen.tap(5, 5);
		}
	});
});
