import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS } from './expected';
import { hydrated } from './helpers';

/** Frame widths (px) of a publisher's column: phone, half page, full article. */
const FRAME_WIDTHS = [320, 640, 1000];
/** Neighbours sharing no more than this many px (anti-aliasing, a descender) are not a collision. */
const TOUCH = 1.5;

interface TextBox {
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The chart text a reader of the embed sees: one box per line (tspan, or text without tspans) of the
 * SVG on screen, in frame px, with the SVG's box and the frame's width.
 */
async function chartText(page: Page) {
	return page.evaluate(() => {
		const visible = (el: Element) => el.getClientRects().length > 0;
		const svg = [...document.querySelectorAll<SVGSVGElement>('.chart-view svg[role="img"]')].find(visible);
		if (!svg) return null;
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		};
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		// A line's box is its font's whole line box, taller than the glyphs (much taller with a CJK
		// font): keep its exact width (the advances), and its middle em square for the height.
		const lineBox = (el: Element) => {
			const r = el.getBoundingClientRect();
			const half = (parseFloat(getComputedStyle(el).fontSize) * scale) / 2;
			const middle = (r.top + r.bottom) / 2;
			return { left: r.left, right: r.right, top: middle - half, bottom: middle + half };
		};
		const lines = [...svg.querySelectorAll('text')]
			.filter((t) => visible(t) && t.textContent?.trim() && getComputedStyle(t).visibility !== 'hidden')
			.flatMap((t) => {
				const spans = [...t.querySelectorAll('tspan')].filter((s) => s.textContent?.trim());
				return (spans.length ? spans : [t]).map((el) => ({ text: el.textContent!.trim(), ...lineBox(el) }));
			});
		return { svg: box(svg), frameWidth: document.documentElement.clientWidth, lines };
	});
}

function overlap(a: TextBox, b: TextBox): boolean {
	return (
		Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOUCH &&
		Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOUCH
	);
}

for (const lang of ['en', 'zh'] as const) {
	for (const id of CHART_IDS) {
		const path = lang === 'zh' ? `/zh/embed/${id}` : `/embed/${id}`;
		test(`${path}: at 320, 640 and 1000 px no chart text is cut off and no two labels overlap`, async ({ page }) => {
			// One load: the frame is then resized to each column (the layouts are all in the page; CSS shows one).
			await page.setViewportSize({ width: FRAME_WIDTHS[0], height: 900 });
			await page.goto(path);
			await hydrated(page);
			await page.evaluate(() => document.fonts.ready);
			for (const width of FRAME_WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				// Laid out again at the new width (and whatever a resize observer redraws, drawn).
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
				const seen = await chartText(page);
				expect(seen, `chart at ${width} px`).not.toBeNull();
				const { svg, frameWidth, lines } = seen!;
				expect(lines.length, `texts at ${width} px`).toBeGreaterThan(5);
				const problems: string[] = [];
				for (const [i, l] of lines.entries()) {
					const inside =
						l.left >= Math.max(svg.left, 0) - 1 &&
						l.right <= Math.min(svg.right, frameWidth) + 1 &&
						l.top >= svg.top - 1 &&
						l.bottom <= svg.bottom + 1;
					if (!inside) problems.push(`"${l.text}" is cut off`);
					for (const other of lines.slice(i + 1))
						if (overlap(l, other)) problems.push(`"${l.text}" overlaps "${other.text}"`);
				}
				expect(problems, `${path} at ${width} px`).toEqual([]);
			}
		});
	}
}
