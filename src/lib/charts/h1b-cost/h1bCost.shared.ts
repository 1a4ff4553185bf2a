import type { Box } from '../kit/geometry';
import { WIDE_FONT_SLACK, blockBox, textBlock, wrap, type TextBlock } from '../kit/text';

/** Fee components from the bottom of a column to the top. */
export const FEE_STACK = ['i129', 'acwia', 'fraud', 'asylum', 'registration'] as const;
/** Palette index (`series-<n>` in CSS) of each fee component. */
export const FEE_COLOUR: Record<string, number> = { i129: 3, acwia: 2, fraud: 5, asylum: 7, registration: 1 };
/** Room under a plot for the tick labels, px. */
export const AXIS_ROOM = 24;
/** Every label of this chart is planned with room for wider fonts. */
export const SLACK = WIDE_FONT_SLACK;

/** Bottom edge (px) of a label's estimated box. */
export const bottomOf = (label: TextBlock) => blockBox(label, SLACK).bottom;

/** A panel's title: bold, wrapped to the panel, its first baseline 12 px under the panel's top. */
export function panelTitle(key: string, text: string, panel: Box): TextBlock {
	const lines = wrap(text, panel.right - panel.left, { bold: true, slack: SLACK });
	return textBlock(key, lines, panel.left, panel.top + 12, 'start', { bold: true });
}
