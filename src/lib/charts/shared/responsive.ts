// Responsive prerendering: every chart is laid out on the server at a few widths, and CSS shows the
// one that fits its container before any script runs (container queries, see ChartView). Each
// variant is scaled to its container, so its text grows or shrinks with it: the widths are picked
// so that no text ever appears smaller than MIN_SCREEN_TEXT px. In the browser, the chart keeps the
// variant on screen and lays itself out again only at the same thresholds: nothing moves when its
// script arrives.

/** The smallest size (px) chart text may appear at on screen, once its SVG is scaled to fit. */
export const MIN_SCREEN_TEXT = 10;
/** The smallest font size (px) a chart's layout uses (the kit's legibility rule, checked per chart). */
export const CHART_MIN_FONT = 11;

/** One prerendered layout: laid out at `width` px, shown in containers from `from` px wide to the next variant's `from`. */
export interface LayoutVariant {
	/** Width (px) the layout is computed at. */
	width: number;
	/** Narrowest container (px) that shows it; the first variant also serves anything narrower. */
	from: number;
}

export interface VariantOptions {
	/** Narrowest container (px) whose text must stay at least `minText` px. */
	from: number;
	/** Widest container (px) that gets a layout of its own; wider ones scale up the last variant. */
	to: number;
	/** The layouts' smallest font size, px. */
	minFont: number;
	/** Smallest text on screen, px. */
	minText: number;
	/** Most a variant may be scaled up before the next one takes over (1.5: 12 px labels show at up to 18 px). */
	maxScale: number;
}

/**
 * The fewest layout widths that cover containers from `from` to `to` px: each variant is laid out
 * as wide as it can be while its smallest text, scaled down to its narrowest container, stays
 * `minText` px, and it serves containers up to `maxScale` times its width.
 * @example pickVariants({ from: 288, to: 1200, minFont: 11, minText: 10, maxScale: 1.5 })
 * // [{ width: 316, from: 288 }, { width: 521, from: 474 }, { width: 859, from: 781 }]
 */
export function pickVariants({ from, to, minFont, minText, maxScale }: VariantOptions): LayoutVariant[] {
	if (!(minFont >= minText)) throw new Error(`fonts of ${minFont} px cannot show at ${minText} px or more`);
	if (!(maxScale > minFont / minText)) throw new Error(`maxScale ${maxScale} leaves gaps between variants`);
	const variants: LayoutVariant[] = [];
	let lo = from;
	for (;;) {
		const width = Math.floor((lo * minFont) / minText);
		variants.push({ width, from: lo });
		const hi = Math.floor(width * maxScale);
		if (hi >= to) return variants;
		lo = hi;
	}
}

/**
 * Every chart's variants. From 288 px (a 320 px phone less the page's margins) to 1200 px (the
 * widest column of the site); an embed in a wider frame scales the widest variant up.
 */
export const LAYOUT_VARIANTS: readonly LayoutVariant[] = pickVariants({
	from: 288,
	to: 1200,
	minFont: CHART_MIN_FONT,
	minText: MIN_SCREEN_TEXT,
	maxScale: 1.5
});

/** The variant a container `width` px wide shows (the same one the CSS of `variantQueries` picks). */
export function variantFor(width: number, variants: readonly LayoutVariant[] = LAYOUT_VARIANTS): LayoutVariant {
	return variants.findLast((v) => v.from <= width) ?? variants[0];
}

/**
 * The container query of each variant, by index: the first has no lower bound, the last no upper one.
 * ChartView's CSS holds exactly these (a unit test compares them).
 */
export function variantQueries(variants: readonly LayoutVariant[] = LAYOUT_VARIANTS): string[] {
	return variants.map((v, i) => {
		const next = variants[i + 1];
		const min = i > 0 ? `(width >= ${v.from}px)` : '';
		const max = next ? `(width < ${next.from}px)` : '';
		return [min, max].filter(Boolean).join(' and ');
	});
}
