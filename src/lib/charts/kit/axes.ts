import type { Box, Tick } from './geometry';
import { CENTRE_TO_BASELINE, blockBox, type TextBlock } from './text';

/** Where `<Axes>` draws its text relative to the plot, px: it reads these, and so do the layouts. */
export const AXIS_TEXT = {
	/** y tick labels end this far left of the plot, vertically centred on their tick (dy 0.32em). */
	yTickX: -6,
	/** x tick labels' baseline, below the plot's bottom edge. */
	xTickY: 16,
	/** The value-axis title's start, left of the plot, and its baseline, above the plot. */
	titleX: -34,
	titleY: -10
} as const;

/** What `<Axes>` is given. */
export interface AxesSpec {
	xTicks?: readonly Tick[];
	yTicks?: readonly Tick[];
	xGrid?: readonly Tick[];
	yLabel?: string;
}

/** The value-axis title `<Axes>` draws above the plot's top-left corner. */
export function axisTitle(plot: Box, text: string): TextBlock {
	return {
		key: 'axis-title',
		lines: [text],
		x: plot.left + AXIS_TEXT.titleX,
		y: plot.top + AXIS_TEXT.titleY,
		anchor: 'start'
	};
}

/** Estimated box of the value-axis title, for layouts that keep other labels off it. */
export function axisTitleBox(plot: Box, text: string): Box {
	return blockBox(axisTitle(plot, text));
}

/** Every text `<Axes>` draws for `spec`, as text blocks (for legibility checks). */
export function axisTexts(plot: Box, spec: AxesSpec): TextBlock[] {
	const below = (t: Tick, kind: string): TextBlock => ({
		key: `${kind}-${t.key}`,
		lines: [t.label],
		x: t.pos,
		y: plot.bottom + AXIS_TEXT.xTickY,
		anchor: 'middle'
	});
	return [
		...(spec.yTicks ?? []).map((t): TextBlock => ({
			key: `y-${t.key}`,
			lines: [t.label],
			x: plot.left + AXIS_TEXT.yTickX,
			y: t.pos + CENTRE_TO_BASELINE,
			anchor: 'end'
		})),
		...(spec.xTicks ?? []).map((t) => below(t, 'x')),
		...(spec.xGrid ?? []).map((t) => below(t, 'grid')),
		...(spec.yLabel ? [axisTitle(plot, spec.yLabel)] : [])
	];
}
