import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS } from './expected';
import { hydrated } from './helpers';

/** Every page that shows a chart, in both languages. */
const PAGES = [
	'/',
	'/zh',
	...CHART_IDS.flatMap((id) => [`/charts/${id}`, `/zh/charts/${id}`, `/embed/${id}`, `/zh/embed/${id}`])
];
/** Phone to desktop widths (px) of the reader's window. */
const WIDTHS = [320, 360, 412, 600, 768, 1024, 1280, 1440];

/**
 * Every chart the reader sees: for each chart view, how many of its prerendered variants are on
 * screen, and the smallest text of its SVG as drawn on screen (font size times the SVG's scale).
 */
async function chartsOnScreen(page: Page) {
	return page.locator('.chart-view').evaluateAll((views) =>
		views.map((view) => {
			const shown = [...view.querySelectorAll<HTMLElement>(':scope > .variant')].filter(
				(v) => v.getClientRects().length > 0
			);
			const svg = shown[0]?.querySelector<SVGSVGElement>('svg[role="img"]');
			if (!svg) return { shown: shown.length, smallest: 0, texts: 0 };
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			const texts = [...svg.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0 && t.textContent);
			const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
			return { shown: shown.length, smallest: Math.min(...sizes), texts: texts.length };
		})
	);
}

test.describe('without scripts, every chart is drawn for its width', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of PAGES) {
		test(`${path}: one layout per chart, text at 10 px or more from 320 to 1440 px`, async ({ page }) => {
			await page.setViewportSize({ width: WIDTHS[0], height: 800 });
			await page.goto(path);
			const expected = path === '/' || path === '/zh' ? CHART_IDS.length : 1;
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				const charts = await chartsOnScreen(page);
				expect(charts.length, `charts at ${width} px`).toBe(expected);
				for (const chart of charts) {
					expect(chart.shown, `layouts shown at ${width} px`).toBe(1);
					expect(chart.texts, `texts at ${width} px`).toBeGreaterThan(3);
					expect(chart.smallest, `smallest text at ${width} px`).toBeGreaterThanOrEqual(10);
				}
			}
		});
	}
});

/**
 * Boxes (document px) of every chart's SVG and its texts, and where the page's landmarks on the first
 * screen start (what a reader sees move; below the screen a chart page's table folds away behind its
 * Chart | Table switch once scripts run).
 */
async function boxes(page: Page) {
	return page.evaluate(() => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return [r.left + scrollX, r.top + scrollY, r.width, r.height].map((n) => Math.round(n * 2) / 2);
		};
		const visible = (el: Element) => el.getClientRects().length > 0;
		const svgs = [...document.querySelectorAll('.chart-view svg[role="img"]')].filter(visible);
		return {
			svgs: svgs.map(box),
			texts: svgs.flatMap((svg) => [...svg.querySelectorAll('text')].filter(visible).map(box)),
			landmarks: [...document.querySelectorAll('main, figure, section, footer, h1, h2, p')]
				.filter(visible)
				.map(box)
				.filter(([, top]) => top < innerHeight)
				.map(([left, top, width]) => [left, top, width])
		};
	});
}

test.describe('scripts adopt the layout on screen: nothing moves at 360 px', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const path of PAGES) {
		test(`${path}: the same boxes before and after every chart hydrates`, async ({ page }) => {
			// The page's own scripts wait until the server's drawing has been measured.
			let release!: () => void;
			const gate = new Promise<void>((resolve) => (release = resolve));
			await page.route(/\/(embed-app|_app)\/.*\.js$/, async (route) => {
				await gate;
				await route.continue();
			});
			// Module scripts run before DOMContentLoaded: wait for the parsed document and its styles instead.
			await page.goto(path, { waitUntil: 'commit' });
			await page.waitForFunction(
				() =>
					document.readyState !== 'loading' &&
					[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')].every(
						(link) => link.sheet
					)
			);
			const before = await boxes(page);
			expect(before.svgs.length).toBeGreaterThan(0);
			release();
			// The page's script listens from here on: a touch before it would reach no handler.
			await hydrated(page);
			// Charts hydrate at the reader's first touch: visit each, pass the pointer over it and away,
			// then come back.
			for (const view of await page.locator('.chart-view').all()) {
				await view.scrollIntoViewIfNeeded();
				await view.hover({ position: { x: 2, y: 2 } });
				await page.mouse.move(0, 0);
				await expect(view.locator(':scope > .variant')).toHaveCount(1);
			}
			await page.evaluate(() => scrollTo(0, 0));
			expect(await boxes(page)).toEqual(before);
		});
	}
});
