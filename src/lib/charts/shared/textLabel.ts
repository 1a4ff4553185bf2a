import type { Box } from './size';
import { LABEL_SIZE, textWidth, wrapText } from './text';
import { BOLD_SCALE } from './textBox';

/** `textWidth` runs a little narrow for wide fonts (DejaVu Sans digits are 0.64 em): plan with this margin. */
const SAFETY = 1.08;

/** Planning width (px) of `text`: the textWidth estimate with a safety margin, wider when bold. */
export function measure(text: string, options: { fontSize?: number; bold?: boolean } = {}): number {
	return textWidth(text, options.fontSize ?? LABEL_SIZE) * SAFETY * (options.bold ? BOLD_SCALE : 1);
}

/** wrapText that plans with `measure`, so wrapped lines really fit `maxWidth` px. */
export function wrapMeasured(
	text: string,
	maxWidth: number,
	options: { fontSize?: number; bold?: boolean } = {}
): string[] {
	const factor = SAFETY * (options.bold ? BOLD_SCALE : 1);
	return wrapText(text, maxWidth / factor, options.fontSize ?? LABEL_SIZE);
}

/**
 * Like wrapMeasured, but with lines of even length: the narrowest width that needs no more lines
 * than wrapping at `maxWidth` does. Avoids a long first line and one orphaned word.
 */
export function wrapBalanced(
	text: string,
	maxWidth: number,
	options: { fontSize?: number; bold?: boolean } = {}
): string[] {
	const count = wrapMeasured(text, maxWidth, options).length;
	let lo = 0;
	let hi = maxWidth;
	for (let i = 0; i < 20; i++) {
		const mid = (lo + hi) / 2;
		if (wrapMeasured(text, mid, options).length <= count) hi = mid;
		else lo = mid;
	}
	return wrapMeasured(text, hi, options);
}

/**
 * A piece of chart text placed by a layout (baseline convention, with its own font size and line
 * height; `TextMark` in textBox.ts is the centre-of-first-line convention): one or more lines, anchored like SVG `text-anchor`,
 * with `y` the baseline of the first line. Components render it; tests check its `labelBox`.
 */
export interface TextLabel {
	key: string;
	lines: string[];
	/** Anchor x, px. */
	x: number;
	/** Baseline of the first line, px. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** Distance between baselines, px. */
	lineHeight: number;
	/** Font size, px (LABEL_SIZE unless set). */
	fontSize?: number;
	/** Drawn in semibold, which is wider. */
	bold?: boolean;
}

/** Builds a TextLabel with the default line height for its font size. */
export function textLabel(
	key: string,
	lines: string[],
	x: number,
	y: number,
	anchor: TextLabel['anchor'] = 'start',
	options: { fontSize?: number; bold?: boolean } = {}
): TextLabel {
	const fontSize = options.fontSize ?? LABEL_SIZE;
	return { key, lines, x, y, anchor, lineHeight: Math.round(fontSize * 1.2), fontSize, bold: options.bold };
}

/** Planning width (px) of a label's widest line (see `measure`). */
export function labelWidth(label: Pick<TextLabel, 'lines' | 'fontSize' | 'bold'>): number {
	return Math.max(0, ...label.lines.map((l) => measure(l, label)));
}

/** Height (px) of a label from the top of its first line to the bottom of its last. */
export function labelHeight(label: Pick<TextLabel, 'lines' | 'lineHeight' | 'fontSize'>): number {
	const size = label.fontSize ?? LABEL_SIZE;
	return (label.lines.length - 1) * label.lineHeight + size * 1.05;
}

/** The estimated rectangle a label covers, in px (ascent about 0.8 em, descent 0.25 em). */
export function labelBox(label: TextLabel): Box {
	const size = label.fontSize ?? LABEL_SIZE;
	const w = labelWidth(label);
	const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
	const top = label.y - size * 0.8;
	return { left, right: left + w, top, bottom: top + labelHeight(label) };
}

/**
 * Places items of the given widths (px) left to right, starting a new row whenever the next one
 * would pass `maxWidth`. Returns each item's x offset from the row start and its row index.
 * @example flowRows([50, 50, 50], 120, 10) // [{x:0,row:0},{x:60,row:0},{x:0,row:1}]
 */
export function flowRows(widths: readonly number[], maxWidth: number, gap: number): { x: number; row: number }[] {
	let x = 0;
	let row = 0;
	return widths.map((w) => {
		if (x > 0 && x + w > maxWidth) {
			x = 0;
			row++;
		}
		const placed = { x, row };
		x += w + gap;
		return placed;
	});
}
