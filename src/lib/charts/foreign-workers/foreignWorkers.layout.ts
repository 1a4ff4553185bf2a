import { scaleLinear, scaleUtc } from 'd3-scale';
import {
	line,
	symbol,
	symbolCircle,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	type SymbolType
} from 'd3-shape';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { axisTitleBox } from '../kit/axes';
import { resolveCollisions } from '../kit/labels';
import { heightFor, insetBox, tickCount } from '../shared/size';
import { boxesOverlap, type Box, type Size, type Tick } from '../kit/geometry';
import { CENTRE_TO_BASELINE, LINE_HEIGHT, blockBox, wrap, type TextBlock } from '../kit/text';
import type { ChartLayout, PlotAxes } from '../kit/layout';
import { placeBeside, type Segment } from './foreignWorkers.placement';

type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

/**
 * Series in drawing order. `joined` series have one definition throughout, so their dots may be
 * connected; the two official worker estimates (2004, 2016) rest on different bases and are not
 * (research/china-data.md §4b: "Do not plot them as one line").
 */
export const FOREIGN_SERIES: readonly { key: string; colour: number; shape: Shape; joined: boolean }[] = [
	{ key: 'census', colour: 3, shape: 'circle', joined: true },
	{ key: 'permits-all', colour: 4, shape: 'square', joined: true },
	{ key: 'permits-work', colour: 5, shape: 'diamond', joined: true },
	{ key: 'workers', colour: 2, shape: 'triangle', joined: false },
	{ key: 'us-h1b', colour: 1, shape: 'star', joined: false }
];

/** The datum the story's "711,000 foreign workers" refers to. */
export const STORY_KEY = 'permits-all-2023';

const SYMBOLS: Record<Shape, { type: SymbolType; area: number }> = {
	circle: { type: symbolCircle, area: 64 },
	square: { type: symbolSquare, area: 56 },
	diamond: { type: symbolDiamond, area: 64 },
	triangle: { type: symbolTriangle, area: 72 },
	star: { type: symbolStar, area: 90 }
};
const ACTIVE_SCALE = 2.6;
/** Below this width the plot is taller than wide, so the right-hand label column has room. */
const NARROW_WIDTH = 520;

export interface DotMark {
	key: string;
	cx: number;
	cy: number;
	/** Symbol path centred on (0, 0), and the larger one for the active datum. */
	d: string;
	dActive: string;
}

export interface SeriesMark {
	key: string;
	/** Palette index: `series-<n>` in CSS. */
	colour: number;
	shape: Shape;
	/** Line through the series' dots, or '' where the definition changes between them. */
	path: string;
	dots: DotMark[];
	label: TextBlock;
	/** Leader from the series' last dot to its label, when the label had to move away from it. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface Annotation {
	key: string;
	/** The annotated dot and the ring drawn around it. */
	cx: number;
	cy: number;
	r: number;
	text: TextBlock;
}

export type ForeignWorkersLayout = ChartLayout<
	PlotAxes & {
		axisLabel: string;
		series: SeriesMark[];
		annotation: Annotation | null;
	}
>;

/** Chart size for a width (px): taller than usual on phones, where labels share a narrow column. */
function foreignWorkersSize(width: number): Size {
	return { width, height: heightFor(width, width < NARROW_WIDTH ? 1 : 0.6) };
}

const yearDate = (year: string | number) => new Date(Date.UTC(Number(year), 0, 1));

function symbolPath(shape: Shape, scale = 1): string {
	const s = SYMBOLS[shape];
	return symbol(s.type, s.area * scale)() ?? '';
}

/**
 * Geometry for the foreigners-in-China chart: dots per definition over the years (counts, linear
 * from 0), lines only within a series whose definition stays the same, a different symbol per
 * series, direct labels (a right-hand column for series that end near the right edge, beside the
 * last dot otherwise) and the story annotation on the 711,000 permits of 2023.
 */
export function foreignWorkersLayout(datums: readonly Datum[], width: number, locale: Locale): ForeignWorkersLayout {
	const size = foreignWorkersSize(width);
	const known = datums.filter((d) => FOREIGN_SERIES.some((s) => s.key === d.series));
	if (known.length < 2) return { kind: 'empty', size };

	const narrow = size.width < NARROW_WIDTH;
	const labelWidth = Math.round(Math.min(180, Math.max(84, size.width * (narrow ? 0.3 : 0.22))));
	const plot = insetBox(size, { top: 30, right: labelWidth + 14, bottom: 28, left: 44 });

	const years = known.map((d) => Number(d.x));
	const first = Math.min(...years) - 1;
	const last = Math.max(...years) + 1;
	const x = scaleUtc([yearDate(first), yearDate(last)], [plot.left, plot.right]);
	const yCount = tickCount(plot.bottom - plot.top, 50);
	const y = scaleLinear([0, Math.max(...known.map((d) => d.value))], [plot.bottom, plot.top]).nice(yCount);

	const yTicks = y.ticks(yCount).map((v) => ({
		key: String(v),
		pos: y(v),
		label: locale.fmt.compact(v)
	}));
	let xTicks: Tick[] = [];
	for (let n = tickCount(plot.right - plot.left, narrow ? 60 : 80); n >= 1; n--) {
		xTicks = x.ticks(n).map((t) => ({
			key: t.toISOString(),
			pos: x(t),
			label: locale.fmt.year(String(t.getUTCFullYear()))
		}));
		const boxes = xTicks.map((t) =>
			blockBox({ key: t.key, x: t.pos, y: plot.bottom + 16, anchor: 'middle', lines: [t.label] })
		);
		if (boxes.every((b, i) => i === 0 || !boxesOverlap(boxes[i - 1], b, 6))) break;
	}

	const series: SeriesMark[] = [];
	const points: FocusPoint[] = [];
	FOREIGN_SERIES.forEach((s, index) => {
		const rows = known.filter((d) => d.series === s.key).sort((a, b) => a.x.localeCompare(b.x));
		if (rows.length === 0) return;
		const dots = rows.map((d) => ({
			key: d.key,
			cx: x(yearDate(d.x)),
			cy: y(d.value),
			d: symbolPath(s.shape),
			dActive: symbolPath(s.shape, ACTIVE_SCALE)
		}));
		const path =
			s.joined && dots.length > 1
				? (line<DotMark>()
						.x((p) => p.cx)
						.y((p) => p.cy)(dots) ?? '')
				: '';
		for (const dot of dots) points.push({ key: dot.key, x: dot.cx, y: dot.cy, row: index });
		const lastDot = dots.at(-1)!;
		series.push({
			key: s.key,
			colour: s.colour,
			shape: s.shape,
			path,
			dots,
			label: { key: `label-${s.key}`, x: lastDot.cx, y: lastDot.cy, anchor: 'start', lines: [] },
			leader: null
		});
	});

	const story = known.find((d) => d.key === STORY_KEY);
	const storyDot = series.flatMap((s) => s.dots).find((d) => d.key === STORY_KEY);
	const storySeries = series.find((s) => s.dots.some((d) => d.key === STORY_KEY));
	const annotationTextRaw = locale.t('foreign-workers.annotation.story');
	const annotationInColumn = !!storySeries && storySeries.dots.at(-1)!.key === STORY_KEY;
	// Phones get the short series names; tooltips and the table keep the full definitions.
	const seriesText = (key: string) =>
		locale.t(
			narrow && locale.has(`foreign-workers.series.${key}.short`)
				? `foreign-workers.series.${key}.short`
				: `foreign-workers.series.${key}`
		);

	// Series that end in the last fifth of the years share a label column right of the plot,
	// each block centred on its last dot (the story annotation hangs under its series name).
	const columnStart = plot.left + (plot.right - plot.left) * 0.8;
	const inColumn = (s: SeriesMark) => s.dots.at(-1)!.cx >= columnStart;
	const labelX = plot.right + 10;
	const column = series.filter(inColumn).map((s) => {
		// A few px spare on the right: bold digits run wider than any estimate.
		const wrapAt = labelWidth - 6;
		const lines = wrap(seriesText(s.key), wrapAt, { bold: true });
		const note = annotationInColumn && s === storySeries ? wrap(annotationTextRaw, wrapAt, { bold: true }) : [];
		const height = (lines.length + note.length) * LINE_HEIGHT;
		return {
			s,
			lines,
			note,
			slot: { key: s.key, pos: s.dots.at(-1)!.cy + (note.length * LINE_HEIGHT) / 2, size: height + 6 }
		};
	});
	const placed = resolveCollisions(
		column.map((c) => c.slot),
		plot.top - 6,
		plot.bottom
	);
	let annotationText: TextBlock | null = null;
	const obstacles: Box[] = [];
	for (const { s, lines, note, slot } of column) {
		const centre = placed.get(s.key)! - (slot.size - 6) / 2 + LINE_HEIGHT / 2;
		const y = centre + CENTRE_TO_BASELINE;
		s.label = { key: `label-${s.key}`, x: labelX, y, anchor: 'start', lines, bold: true };
		obstacles.push(blockBox(s.label));
		const lastDot = s.dots.at(-1)!;
		if (Math.abs(centre - lastDot.cy) > LINE_HEIGHT / 2 + 2) {
			s.leader = { x1: lastDot.cx + 7, y1: lastDot.cy, x2: labelX - 3, y2: centre };
		}
		if (note.length) {
			const at = y + lines.length * LINE_HEIGHT;
			annotationText = { key: 'annotation', x: labelX, y: at, anchor: 'start', lines: note, bold: true };
			obstacles.push(blockBox(annotationText));
		}
	}

	// Labels beside a dot must not cover dots, lines, the column or the axis title.
	for (const s of series)
		for (const d of s.dots) obstacles.push({ left: d.cx - 7, right: d.cx + 7, top: d.cy - 7, bottom: d.cy + 7 });
	obstacles.push(axisTitleBox(plot, locale.t('foreign-workers.axisY')));
	const segments: Segment[] = series.flatMap((s) =>
		s.path
			? s.dots.slice(1).map((d, i): Segment => [
					{ x: s.dots[i].cx, y: s.dots[i].cy },
					{ x: d.cx, y: d.cy }
				])
			: []
	);
	const bounds: Box = { left: plot.left + 2, right: plot.right, top: plot.top - 4, bottom: plot.bottom - 4 };
	const maxWidth = Math.min(150, (plot.right - plot.left) * 0.6);
	if (story && storyDot && !annotationInColumn) {
		annotationText = placeBeside(
			'annotation',
			annotationTextRaw,
			{ x: storyDot.cx, y: storyDot.cy },
			maxWidth,
			bounds,
			obstacles,
			segments
		);
		obstacles.push(blockBox(annotationText));
	}
	for (const s of series) {
		if (inColumn(s)) continue;
		const lastDot = s.dots.at(-1)!;
		s.label = placeBeside(
			`label-${s.key}`,
			seriesText(s.key),
			{ x: lastDot.cx, y: lastDot.cy },
			maxWidth,
			bounds,
			obstacles,
			segments
		);
		obstacles.push(blockBox(s.label));
	}

	const annotation: Annotation | null =
		storyDot && annotationText
			? { key: STORY_KEY, cx: storyDot.cx, cy: storyDot.cy, r: 10, text: annotationText }
			: null;

	const axisLabel = locale.t('foreign-workers.axisY');
	return { kind: 'ok', size, plot, xTicks, yTicks, axisLabel, series, annotation, points };
}
