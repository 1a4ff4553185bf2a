import { expect } from 'vitest';
import { axisTexts } from './axes';
import { boxInside, boxesOverlap, type Box, type Size, type Tick } from './geometry';
import { LABEL_SIZE, blockBox, type TextBlock } from './text';

/** The smallest font size (px) a chart may use for any text. */
export const MIN_FONT_SIZE = 11;
/**
 * Text boxes are estimates that include a descender: boxes may overlap by up to 1 px (each shrinks
 * by half of it), as a "0" above a "2020" does while their digits stay apart.
 */
const OVERLAP_TOLERANCE = -0.5;

function isTextBlock(value: object): value is TextBlock {
	const v = value as Partial<TextBlock>;
	return typeof v.key === 'string' && Array.isArray(v.lines) && typeof v.x === 'number' && typeof v.y === 'number';
}

function isBox(value: unknown): value is Box {
	return typeof value === 'object' && value !== null && 'left' in value && 'top' in value;
}

/**
 * Every text a layout draws, as text blocks: each object in it shaped like a `TextBlock`, plus the
 * tick labels and axis title `<Axes>` draws for each object holding a `plot` and ticks. A layout
 * needs no list of its own labels: what it returns is what is checked.
 */
export function layoutTexts(layout: object): TextBlock[] {
	const out: TextBlock[] = [];
	const visit = (value: unknown) => {
		if (typeof value !== 'object' || value === null) return;
		if (Array.isArray(value)) return value.forEach(visit);
		if (isTextBlock(value)) return void out.push(value);
		const o = value as Record<string, unknown>;
		const ticks = (k: string) => (Array.isArray(o[k]) ? (o[k] as Tick[]) : undefined);
		if (isBox(o.plot) && (ticks('xTicks') || ticks('yTicks') || ticks('xGrid'))) {
			const yLabel = typeof o.axisLabel === 'string' ? o.axisLabel : undefined;
			out.push(
				...axisTexts(o.plot, { xTicks: ticks('xTicks'), yTicks: ticks('yTicks'), xGrid: ticks('xGrid'), yLabel })
			);
		}
		for (const [k, v] of Object.entries(o)) if (k !== 'points') visit(v);
	};
	visit(layout);
	return out;
}

/** What may make a layout hard to read: overlapping texts, text outside the chart, text too small. */
export function legibilityProblems(
	layout: { size: Size },
	options: { slack?: number; marks?: readonly { key: string; box: Box }[] } = {}
): string[] {
	const texts = layoutTexts(layout).map((t) => ({ t, box: blockBox(t, options.slack) }));
	const chart: Box = { left: 0, top: 0, right: layout.size.width, bottom: layout.size.height };
	const problems: string[] = [];
	texts.forEach(({ t, box }, i) => {
		if ((t.size ?? LABEL_SIZE) < MIN_FONT_SIZE) problems.push(`${t.key}: ${t.size} px text`);
		if (!boxInside(box, chart, 0.5)) problems.push(`${t.key} leaves the chart`);
		for (const other of texts.slice(i + 1)) {
			if (boxesOverlap(box, other.box, OVERLAP_TOLERANCE)) problems.push(`${t.key} overlaps ${other.t.key}`);
		}
		for (const m of options.marks ?? [])
			if (boxesOverlap(box, m.box, OVERLAP_TOLERANCE)) problems.push(`${t.key} covers ${m.key}`);
	});
	return problems;
}

/**
 * Expects a layout's texts (see `layoutTexts`) not to overlap one another or `marks`, to stay inside
 * the chart, and to be at least `MIN_FONT_SIZE`. `slack` widens every text box as in `measure`.
 */
export function expectLegible(
	layout: { kind: string; size: Size },
	width: number,
	options: { slack?: number; marks?: readonly { key: string; box: Box }[] } = {}
): void {
	expect(layout.kind, `layout at ${width} px`).toBe('ok');
	expect(layout.size.width).toBe(width);
	expect(legibilityProblems(layout, options), `at ${width} px`).toEqual([]);
}
