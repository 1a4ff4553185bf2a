import type { Size } from '../kit/geometry';

/** A place in the chart the reader can land on: one per datum, in layout pixels. */
export interface FocusPoint {
	key: string;
	x: number;
	y: number;
	/** Row for up/down keyboard moves (series index, or bar index for bar charts). */
	row: number;
	/**
	 * Optional area (layout px) that picks this point whenever the pointer is inside it, before any
	 * distance is measured: for marks whose extent matters more than their centre (stacked segments,
	 * long bars, a second panel). Where areas nest, the smallest wins.
	 */
	hit?: { left: number; right: number; top: number; bottom: number };
}

/** What ChartCanvas needs of any chart's layout: its size, and its focus points unless it is empty. */
export type ChartLayoutShape =
	{ kind: 'empty'; size: Size } | { kind: 'ok'; size: Size; points: readonly FocusPoint[] };

/** How the pointer picks the nearest point: by x for time series, by y for horizontal bars. */
export type HitMode = 'x' | 'y' | 'xy';
