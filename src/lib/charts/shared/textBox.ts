import type { Box } from './size';
import { LABEL_SIZE, textWidth } from './text';

/** Distance between the centres of two lines of chart text, px. */
export const LINE_HEIGHT = LABEL_SIZE + 2;

/**
 * A block of chart text as layouts describe it: `y` is the vertical centre of the FIRST line
 * (components render each line as a `<tspan dy="0.32em">`, later lines `LINE_HEIGHT` lower).
 */
export interface TextMark {
	key: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lines: string[];
	/** Drawn bold: boxes and wrapping allow `BOLD_SCALE` times the regular width. */
	bold?: boolean;
}

/** How much wider bold chart text runs than `textWidth`'s regular-weight estimate. */
export const BOLD_SCALE = 1.15;

/** Estimated ink box (px) of a text mark, from `textWidth`; no DOM. */
export function textBox(mark: Omit<TextMark, 'key'>, fontSize = LABEL_SIZE): Box {
	const scale = mark.bold ? BOLD_SCALE : 1;
	const w = Math.max(0, ...mark.lines.map((l) => textWidth(l, fontSize) * scale));
	const left = mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - w : mark.x - w / 2;
	const half = fontSize / 2;
	return {
		left,
		right: left + w,
		top: mark.y - half,
		bottom: mark.y + (mark.lines.length - 1) * LINE_HEIGHT + half
	};
}

/** Whether two boxes overlap once each is grown by `pad` px on every side. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
	return (
		a.left - pad < b.right + pad &&
		b.left - pad < a.right + pad &&
		a.top - pad < b.bottom + pad &&
		b.top - pad < a.bottom + pad
	);
}
