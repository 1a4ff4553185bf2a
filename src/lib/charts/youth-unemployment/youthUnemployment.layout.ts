import { scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { heightFor, insetBox, tickCount, type Box, type Size } from '../shared/size';
import { LABEL_SIZE, textWidth, wrapText } from '../shared/text';
import { leastOverlap, resolveCollisions, type Rect } from '../shared/labels';
import { linePath, round } from '../shared/path';

/** Series in drawing order; the first is the story's series and is drawn on top. */
export const YOUTH_SERIES = ['new-30-59', 'new-25-29', 'old-16-24', 'new-16-24'] as const;
const SUSPENDED = { from: '2023-07', to: '2023-12' };
const PEAK = 'new-16-24-2025-08';

export interface Tick {
	key: string;
	pos: number;
	label: string;
}

export interface SeriesMark {
	key: string;
	/** Index into the palette: `series-<n>` in CSS. */
	colour: number;
	path: string;
	dots: { key: string; cx: number; cy: number }[];
	label: { lines: string[]; x: number; y: number };
}

export type YouthLayout =
	| { kind: 'empty'; size: Size }
	| {
			kind: 'ok';
			size: Size;
			plot: Box;
			xTicks: Tick[];
			yTicks: Tick[];
			axisLabel: string;
			series: SeriesMark[];
			/** The suspension: its span, and its label's lines centred on `labelX` from baseline `labelY`. */
			band: { x0: number; x1: number; label: string[]; labelX: number; labelY: number; labelAnchor: Anchor };
			/** The graduation-season note: lines from baseline `y`, anchored at `x`. */
			peak: { x: number; y: number; lines: string[]; anchor: Anchor } | null;
			points: FocusPoint[];
	  };

const month = (iso: string) => new Date(`${iso}-01T00:00:00Z`);

export type Anchor = 'start' | 'middle' | 'end';
const LINE = LABEL_SIZE + 2;

/** Box of lines of text anchored at x whose first line has its baseline at y (px). */
function textBox(lines: readonly string[], x: number, y: number, anchor: Anchor): Rect {
	const w = Math.max(0, ...lines.map((l) => textWidth(l)));
	const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
	return { x0, y0: y - 0.9 * LABEL_SIZE, x1: x0 + w, y1: y + (lines.length - 1) * LINE + 0.25 * LABEL_SIZE };
}

/** Series labels give the centre of their first line (dy 0.32em): this is their baseline. */
const centreToBaseline = (y: number) => y + 0.32 * LABEL_SIZE;
const baselineToCentre = (y: number) => y - 0.32 * LABEL_SIZE;

/**
 * Geometry for the youth jobless chart: one line per series with gaps where months are missing,
 * direct labels at each line's end (moved apart when they collide), the suspension band and the
 * graduation-season peak. Values are in percent units.
 */
export function youthUnemploymentLayout(datums: readonly Datum[], width: number, locale: Locale): YouthLayout {
	const size = { width, height: heightFor(width) };
	if (datums.length < 2) return { kind: 'empty', size };
	const narrow = size.width < 520;
	const labelWidth = Math.min(150, Math.max(64, size.width * 0.24));
	const plot = insetBox(size, { top: 22, right: labelWidth + 10, bottom: 28, left: 40 });

	const months = datums.map((d) => d.x).sort();
	const start = month('2020-01');
	const end = month(months.at(-1)!);
	// Linear over UTC milliseconds, ticks from d3-time: the same as scaleUtc, whose every interval and
	// default tick formats would cost an embed 0.4 KB gzipped.
	const xMs = scaleLinear([start.getTime(), end.getTime()], [plot.left, plot.right]);
	const x = (date: Date) => xMs(date.getTime());
	const maxValue = Math.max(...datums.map((d) => d.value));
	const y = scaleLinear([0, Math.max(25, maxValue)], [plot.bottom, plot.top]).nice();

	const yTicks = y.ticks(tickCount(plot.bottom - plot.top, 48)).map((v) => ({
		key: String(v),
		pos: y(v),
		label: locale.fmt.percentTick(v)
	}));
	const every = narrow ? 2 : 1;
	const xTicks = utcYear
		.every(every)!
		.range(start, new Date(end.getTime() + 1))
		.map((t) => ({ key: t.toISOString(), pos: x(t), label: String(t.getUTCFullYear()) }));

	const series: SeriesMark[] = [];
	const points: FocusPoint[] = [];
	const labelSlots: { key: string; pos: number; size: number }[] = [];
	const labelLines = new Map<string, string[]>();
	YOUTH_SERIES.forEach((key, index) => {
		const rows = datums.filter((d) => d.series === key).sort((a, b) => a.x.localeCompare(b.x));
		if (rows.length === 0) return;
		const byMonth = new Map(rows.map((d) => [d.x, d]));
		const all = utcMonth.range(month(rows[0].x), utcMonth.offset(month(rows.at(-1)!.x), 1));
		const path = linePath(
			all.map((m) => {
				const d = byMonth.get(m.toISOString().slice(0, 7));
				return d ? { x: x(m), y: y(d.value) } : null;
			})
		);
		const dots = rows.map((d) => ({ key: d.key, cx: round(x(month(d.x))), cy: round(y(d.value)) }));
		for (const dot of dots) points.push({ key: dot.key, x: dot.cx, y: dot.cy, row: YOUTH_SERIES.length - 1 - index });
		const last = dots.at(-1)!;
		const lines = wrapText(locale.t(`youth-unemployment.series.${key}`), labelWidth);
		labelLines.set(key, lines);
		series.push({ key, colour: index + 1, path, dots, label: { lines, x: last.cx + 6, y: last.cy } });
		if (key !== 'old-16-24') labelSlots.push({ key, pos: last.cy, size: lines.length * (LABEL_SIZE + 2) + 4 });
	});

	// End labels on the right edge share one column; they never move into the plot.
	const placed = resolveCollisions(labelSlots, plot.top, plot.bottom);
	const obstacles: Rect[] = [];
	for (const s of series) {
		for (const d of s.dots) obstacles.push({ x0: d.cx - 3, y0: d.cy - 3, x1: d.cx + 3, y1: d.cy + 3 });
		if (s.key === 'old-16-24') continue;
		s.label = { lines: s.label.lines, x: plot.right + 8, y: placed.get(s.key) ?? s.label.y };
		s.label.y -= ((s.label.lines.length - 1) * LINE) / 2;
		obstacles.push(textBox(s.label.lines, s.label.x, centreToBaseline(s.label.y), 'start'));
	}
	const axisLabel = locale.t('youth-unemployment.axisY');
	obstacles.push(textBox([axisLabel], plot.left - 34, plot.top - 10, 'start'));
	const bounds: Rect = { x0: 0, y0: 0, x1: size.width, y1: plot.bottom };

	/** Puts a text block at the first free candidate position and makes it an obstacle for the next. */
	function place<T extends { x: number; y: number; anchor: Anchor }>(lines: string[], candidates: T[]): T {
		const boxes = candidates.map((c) => textBox(lines, c.x, c.y, c.anchor));
		const i = Math.max(0, leastOverlap(boxes, obstacles, bounds));
		obstacles.push(boxes[i]);
		return candidates[i];
	}

	// The suspension label sits at the top of its band, or at the bottom when data is in the way.
	const bx0 = x(month(SUSPENDED.from));
	const bx1 = x(month(SUSPENDED.to));
	// At least four Chinese characters wide, so a short label is never broken character by character.
	const bandLines = wrapText(
		locale.t('youth-unemployment.annotation.suspended'),
		Math.max(4 * LABEL_SIZE, (bx1 - bx0) * 1.6)
	);
	const bandSpot = place(bandLines, [
		{ x: (bx0 + bx1) / 2, y: plot.top + 12, anchor: 'middle' as const },
		{ x: (bx0 + bx1) / 2, y: plot.bottom - 6 - (bandLines.length - 1) * LINE, anchor: 'middle' as const },
		{ x: bx1 - 2, y: plot.bottom - 6 - (bandLines.length - 1) * LINE, anchor: 'end' as const }
	]);
	const band = {
		x0: bx0,
		x1: bx1,
		label: bandLines,
		labelX: bandSpot.x,
		labelY: bandSpot.y,
		labelAnchor: bandSpot.anchor
	};

	// The old series ends mid-chart: its label goes above its last point, or in the free top-left corner.
	const old = series.find((s) => s.key === 'old-16-24');
	if (old) {
		const first = old.dots[0];
		const last = old.dots.at(-1)!;
		const lines = old.label.lines;
		const up = (lines.length - 1) * LINE;
		const spot = place(lines, [
			{ x: last.cx, y: last.cy - 10 - up, anchor: 'end' as const },
			{ x: plot.left + 4, y: plot.top + 12, anchor: 'start' as const },
			{ x: first.cx, y: first.cy - 10 - up, anchor: 'start' as const },
			{ x: last.cx, y: plot.top + 12, anchor: 'end' as const }
		]);
		const box = textBox(lines, spot.x, spot.y, spot.anchor);
		old.label = { lines, x: box.x0, y: baselineToCentre(spot.y) };
	}

	const peakDatum = datums.find((d) => d.key === PEAK);
	let peak: { x: number; y: number; lines: string[]; anchor: Anchor } | null = null;
	if (peakDatum) {
		const px = x(month(peakDatum.x));
		const py = y(peakDatum.value);
		const lines = wrapText(locale.t('youth-unemployment.annotation.graduation'), narrow ? 80 : 130);
		const up = (lines.length - 1) * LINE;
		peak = {
			lines,
			...place(lines, [
				{ x: px - 6, y: py - 10 - up, anchor: 'end' as const },
				{ x: px, y: py - 10 - up, anchor: 'middle' as const },
				{ x: px + 6, y: py - 10 - up, anchor: 'start' as const },
				{ x: px - 6, y: plot.top + 12, anchor: 'end' as const }
			])
		};
	}

	return {
		kind: 'ok',
		size,
		plot,
		xTicks,
		yTicks,
		axisLabel,
		series,
		band,
		peak,
		points
	};
}

/**
 * The estimated boxes (px) of every text the layout places except axis ticks: series labels, the
 * suspension and peak notes and the axis title. For tests: none may overlap another.
 */
export function youthLabelBoxes(layout: YouthLayout): { key: string; box: Rect }[] {
	if (layout.kind === 'empty') return [];
	const out = layout.series.map((s) => ({
		key: `series:${s.key}`,
		box: textBox(s.label.lines, s.label.x, centreToBaseline(s.label.y), 'start')
	}));
	out.push({
		key: 'band',
		box: textBox(layout.band.label, layout.band.labelX, layout.band.labelY, layout.band.labelAnchor)
	});
	if (layout.peak)
		out.push({ key: 'peak', box: textBox(layout.peak.lines, layout.peak.x, layout.peak.y, layout.peak.anchor) });
	out.push({ key: 'axis', box: textBox([layout.axisLabel], layout.plot.left - 34, layout.plot.top - 10, 'start') });
	return out;
}
