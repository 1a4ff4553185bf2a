import type { FocusPoint } from '../shared/chartProps';
import type { Box, Size, Tick } from './geometry';

/**
 * What a chart's layout function returns: `empty` (the chart shows a message instead of marks) or
 * `ok` with the chart's own fields `Ok`, its size and the points a reader can land on.
 */
export type ChartLayout<Ok> = { kind: 'empty'; size: Size } | ({ kind: 'ok'; size: Size; points: FocusPoint[] } & Ok);

/** A layout's plot and the ticks `<Axes>` draws around it. */
export interface PlotAxes {
	plot: Box;
	xTicks: Tick[];
	yTicks: Tick[];
}
