/** A point in layout px. */
export interface XY {
	x: number;
	y: number;
}

/** `value` rounded to `digits` decimals: layout px written into the HTML need no more than 0.1 px. */
export function round(value: number, digits = 1): number {
	const k = 10 ** digits;
	return Math.round(value * k) / k;
}

/**
 * SVG path data for a straight-segment line through `points` (layout px), with a gap wherever a
 * point is null, coordinates rounded to `digits` decimals. It draws what d3-shape's
 * `line().defined(...).digits(digits)` draws (a lone point is `M x,y Z`), without d3-shape, whose
 * single-file build cannot be tree-shaken: every curve and symbol came along, 3 KB gzipped per
 * chart, which an embed cannot afford (issue 3).
 * @example linePath([{ x: 0, y: 10 }, { x: 5.25, y: 8 }, null, { x: 20, y: 4 }]) // 'M0,10L5.3,8M20,4Z'
 */
export function linePath(points: readonly (XY | null)[], digits = 1): string {
	let d = '';
	let run = 0;
	for (const p of points) {
		if (p) {
			d += `${run === 0 ? 'M' : 'L'}${round(p.x, digits)},${round(p.y, digits)}`;
			run++;
		} else {
			if (run === 1) d += 'Z';
			run = 0;
		}
	}
	if (run === 1) d += 'Z';
	return d;
}
