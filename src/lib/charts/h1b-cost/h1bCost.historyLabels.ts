import type { Locale } from '$lib/i18n/locale';
import { stackLabel } from '../shared/describe';
import { resolveCollisions } from '../kit/labels';
import { boxesOverlap, type Box } from '../kit/geometry';
import {
	LINE_HEIGHT,
	blockBox,
	blockHeight,
	blockWidth,
	textBlock,
	wrap,
	wrapBalanced,
	type TextBlock
} from '../kit/text';
import type { DirectLabel, Frame, History, HistoryPanel, Segment } from './h1bCost.history';
import { FEE_COLOUR, SLACK } from './h1bCost.shared';

// The history panel's labels: the totals, the component labels beside the last column, the lapse note.

/**
 * The first and last totals are the story (610 → 3,595). Each tries a few anchors and is dropped
 * where it would reach over a taller neighbour (it would seem to label that one), onto a y tick
 * label, or out of the plot.
 */
export function historyTotals(h: History, f: Frame, segments: Segment[], panel: Box, locale: Locale): TextBlock[] {
	const { x, y, bw, plot } = f;
	const tickBoxes = f.yTicks.map((tk) =>
		blockBox(textBlock(`y-${tk.key}`, [tk.label], plot.left - 6, tk.pos + 4, 'end'), SLACK)
	);
	const placeTotal = (key: string, year: number, anchors: [TextBlock['anchor'], number][]) => {
		const value = h.total('large', year);
		for (const [anchor, ax] of anchors) {
			const label = textBlock(key, [locale.fmt.usd(value)], ax, y(value) - 7, anchor, { bold: true });
			const box = blockBox(label, SLACK);
			const under = segments.filter((s) => s.x < box.right && s.x + s.width > box.left);
			const clear =
				box.top >= plot.top - 12 &&
				box.left >= plot.left - 2 &&
				box.right <= panel.right &&
				under.every((s) => s.y >= label.y + 5) &&
				!tickBoxes.some((b) => boxesOverlap(b, box));
			if (clear) return [label];
		}
		return [];
	};
	const first = h.years[0];
	return [
		...placeTotal('total-first', first, [
			['start', x(first)!],
			['middle', x(first)! + bw / 2]
		]),
		...placeTotal('total-last', h.lastYear, [
			['end', x(h.lastYear)! + bw],
			['middle', x(h.lastYear)! + bw / 2]
		])
	];
}

/** Component labels in a column right of the last column, each joined to its segment by a leader. */
export function historyDirectLabels(
	h: History,
	f: Frame,
	lastTops: Map<string, { y0: number; y1: number }>,
	locale: Locale
): DirectLabel[] {
	const { x, y, bw, plot } = f;
	const textWidthMax = f.labelColumn - 14;
	const style = { bold: true, slack: SLACK };
	const wanted = [
		...h.components
			.filter((c) => lastTops.has(c))
			.map((c) => ({
				key: c,
				colour: (FEE_COLOUR[c] ?? 1) as number | null,
				lines: wrap(stackLabel('h1b-cost', { stack: c }, locale), textWidthMax, style),
				pos: (lastTops.get(c)!.y0 + lastTops.get(c)!.y1) / 2
			})),
		...(h.smallLast === null
			? []
			: [{ key: 'small-total', colour: null, lines: wrap(h.smallText, textWidthMax, style), pos: y(h.smallLast) }])
	];
	const placed = resolveCollisions(
		wanted.map((w) => ({ key: w.key, pos: w.pos, size: w.lines.length * LINE_HEIGHT + 3 })),
		plot.top - 8,
		plot.bottom + 12
	);
	const lx = plot.right + 14;
	return wanted.map((w) => {
		const centre = placed.get(w.key) ?? w.pos;
		const firstBaseline = centre - (w.lines.length * LINE_HEIGHT) / 2 + 10.5;
		return {
			key: w.key,
			colour: w.colour,
			label: textBlock(`direct-${w.key}`, w.lines, lx, firstBaseline, 'start', { bold: true }),
			leader: { x1: x(h.lastYear)! + bw + 2, y1: w.pos, x2: lx - 3, y2: centre }
		};
	});
}

/**
 * The note on the column of the year flagged `fee-lapsed` (2004: the training fee lapsed from October
 * 2003 to December 2004), just above whatever is under it; null when no year is flagged.
 */
export function lapseNote(
	h: History,
	f: Frame,
	segments: Segment[],
	totals: TextBlock[],
	locale: Locale
): HistoryPanel['lapse'] {
	const { x, y, bw, plot } = f;
	const year = h.lapsed;
	if (year === null || !h.years.includes(year)) return null;
	const xc = x(year)! + bw / 2;
	const lines = wrapBalanced(locale.t('h1b-cost.annotation.lapse'), Math.max(60, Math.min(150, plot.right - xc - 8)), {
		slack: SLACK
	});
	const draft = textBlock('lapse', lines, xc + 4, 0, 'start');
	const span = { left: xc - 2, right: xc + 4 + blockWidth(draft, SLACK) };
	// Sit just above whatever is drawn under the label's span: columns and the total labels.
	const totalBoxes = totals.map((l) => blockBox(l, SLACK));
	const obstacles = [
		...segments.filter((s) => s.x < span.right && s.x + s.width > span.left).map((s) => s.y),
		...totalBoxes.filter((b) => b.left < span.right && b.right > span.left).map((b) => b.top)
	];
	const floor = Math.min(plot.bottom, ...obstacles) - 8;
	const label = { ...draft, y: Math.max(plot.top + 10, floor - blockHeight(draft) + 10) };
	const box = blockBox(label, SLACK);
	// Where the plot is too short to fit it above the totals, the note is left to the notes below the chart.
	if (totalBoxes.some((b) => boxesOverlap(b, box))) return null;
	return { label, x: xc, y1: box.bottom + 2, y2: y(h.total('large', year)) - 3 };
}
