import { describe, expect, test } from 'vitest';
import {
	CHART_MIN_FONT,
	LAYOUT_VARIANTS,
	MIN_SCREEN_TEXT,
	pickVariants,
	variantFor,
	variantQueries
} from './responsive';
import { MIN_FONT_SIZE } from '../kit/legibility';

const OPTIONS = { from: 288, to: 1200, minFont: 11, minText: 10, maxScale: 1.5 };

/** The scale a container `width` px wide applies to its variant. */
const scaleAt = (width: number, variants = LAYOUT_VARIANTS) => width / variantFor(width, variants).width;

describe('pickVariants', () => {
	test('covers 288 to 1200 px with three layouts, each as wide as its smallest text allows', () => {
		expect(pickVariants(OPTIONS)).toEqual([
			{ width: 316, from: 288 },
			{ width: 521, from: 474 },
			{ width: 859, from: 781 }
		]);
	});

	test('text never shows below minText, and no variant grows past maxScale, from `from` to `to`', () => {
		for (const options of [OPTIONS, { ...OPTIONS, maxScale: 1.25 }, { ...OPTIONS, from: 250, to: 1440 }]) {
			const variants = pickVariants(options);
			for (let w = options.from; w <= options.to; w += 0.5) {
				expect(options.minFont * scaleAt(w, variants), `at ${w} px`).toBeGreaterThanOrEqual(options.minText);
				expect(scaleAt(w, variants), `at ${w} px`).toBeLessThan(options.maxScale);
			}
		}
	});

	test('more variants when they may scale less', () => {
		expect(pickVariants({ ...OPTIONS, maxScale: 1.2 }).length).toBeGreaterThan(pickVariants(OPTIONS).length);
	});

	test('refuses fonts smaller than the text must be, and scales that would leave gaps', () => {
		expect(() => pickVariants({ ...OPTIONS, minFont: 9 })).toThrow(/9 px/);
		expect(() => pickVariants({ ...OPTIONS, maxScale: 1.05 })).toThrow(/gaps/);
	});
});

describe('the site’s variants', () => {
	test('use the kit’s smallest font and keep text at 10 px or more', () => {
		expect(CHART_MIN_FONT).toBe(MIN_FONT_SIZE);
		expect(MIN_SCREEN_TEXT).toBe(10);
		expect(LAYOUT_VARIANTS.length).toBeGreaterThanOrEqual(2);
	});

	test('variantFor picks by the container’s width, the first below its range, the last above', () => {
		const [phone, middle, wide] = LAYOUT_VARIANTS;
		expect(variantFor(200)).toBe(phone);
		expect(variantFor(328)).toBe(phone);
		expect(variantFor(middle.from - 0.4)).toBe(phone);
		expect(variantFor(middle.from)).toBe(middle);
		expect(variantFor(2000)).toBe(wide);
	});

	test('variantQueries: one container query per variant, meeting without a gap', () => {
		expect(variantQueries()).toEqual(['(width < 474px)', '(width >= 474px) and (width < 781px)', '(width >= 781px)']);
	});
});

describe('ChartView', () => {
	test('its CSS shows each variant in exactly the container query of variantQueries', async () => {
		const source = (await import('./ChartView.svelte?raw')).default;
		const rules = [...source.matchAll(/@container ([^{]+)\{\s*\.variant\[data-layout-width='(\d+)'\]/g)];
		expect(rules.map((m) => [m[1].trim(), Number(m[2])])).toEqual(
			LAYOUT_VARIANTS.map((v, i) => [variantQueries()[i], v.width])
		);
	});
});
