import type { Box, Size } from '../kit/geometry';

/** Width every chart is rendered at on the server, before the browser measures the real one. */
export const DEFAULT_WIDTH = 640;
export const MIN_WIDTH = 260;

/**
 * Chart height for a given width (px): taller than wide on phones, 16:10-ish on desktops,
 * so labels have room at 300 px and the chart doesn't dominate at 1200 px.
 */
export function heightFor(width: number, aspect = 0.62): number {
	const w = Math.max(MIN_WIDTH, width);
	const ratio = w < 480 ? Math.max(aspect, 0.95) : aspect;
	return Math.round(Math.min(520, Math.max(300, w * ratio)));
}

/** The plot rectangle inside `size` after margins. */
export function insetBox(size: Size, margin: Box): Box {
	return {
		top: margin.top,
		right: size.width - margin.right,
		bottom: size.height - margin.bottom,
		left: margin.left
	};
}

/** How many ticks fit along `length` px if each needs `spacing` px. At least 2. */
export function tickCount(length: number, spacing: number): number {
	return Math.max(2, Math.floor(length / spacing));
}
