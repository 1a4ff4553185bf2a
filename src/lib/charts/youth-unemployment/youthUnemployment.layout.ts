import { scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { heightFor, insetBox, tickCount } from '../shared/size';
import type { Anchor, Box } from '../kit/geometry';
import { CENTRE_TO_BASELINE, LABEL_SIZE, LINE_HEIGHT, blockBox, wrap, type TextBlock } from '../kit/text';
import { axisTitleBox } from '../kit/axes';
import { leastOverlap, resolveCollisions } from '../kit/labels';
import { linePath, round } from '../shared/path';
import type { ChartLayout, PlotAxes } from '../kit/layout';

/** Series in drawing order; the first is the story's series and is drawn on top. */
export const YOUTH_SERIES = ['new-30-59', 'new-25-29', 'old-16-24', 'new-16-24'] as const;
const SUSPENDED = { from: '2023-07', to: '2023-12' };
const PEAK = 'new-16-24-2025-08';

export interface SeriesMark {
	key: string;
	/** Index into the palette: `series-<n>` in CSS. */
	colour: number;
	path: string;
	dots: { key: string; cx: number; cy: number }[];
	label: TextBlock;
}

export type YouthLayout = ChartLayout<
	PlotAxes & {
		axisLabel: string;
		series: SeriesMark[];
		/** The suspension: its span and its label. */
		band: { x0: number; x1: number; label: TextBlock };
		/** The graduation-season note. */
		peak: TextBlock | null;
	}
>;

const month = (iso: string) => new Date(`${iso}-01T00:00:00Z`);

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
		const lines = wrap(locale.t(`youth-unemployment.series.${key}`), labelWidth);
		const label: TextBlock = { key: `series-${key}`, lines, x: last.cx + 6, y: last.cy, anchor: 'start' };
		series.push({ key, colour: index + 1, path, dots, label });
		if (key !== 'old-16-24') labelSlots.push({ key, pos: last.cy, size: lines.length * LINE_HEIGHT + 4 });
	});

	// End labels on the right edge share one column; they never move into the plot.
	const placed = resolveCollisions(labelSlots, plot.top, plot.bottom);
	const obstacles: Box[] = [];
	for (const s of series) {
		for (const d of s.dots) obstacles.push({ left: d.cx - 3, top: d.cy - 3, right: d.cx + 3, bottom: d.cy + 3 });
		if (s.key === 'old-16-24') continue;
		const centre = (placed.get(s.key) ?? s.label.y) - ((s.label.lines.length - 1) * LINE_HEIGHT) / 2;
		s.label = { ...s.label, x: plot.right + 8, y: centre + CENTRE_TO_BASELINE };
		obstacles.push(blockBox(s.label));
	}
	const axisLabel = locale.t('youth-unemployment.axisY');
	obstacles.push(axisTitleBox(plot, axisLabel));
	const bounds: Box = { left: 0, top: 0, right: size.width, bottom: plot.bottom };

	/** Puts a text block at the first free candidate position and makes it an obstacle for the next. */
	function place(key: string, lines: string[], candidates: { x: number; y: number; anchor: Anchor }[]): TextBlock {
		const blocks = candidates.map((c): TextBlock => ({ key, lines, ...c }));
		const boxes = blocks.map((b) => blockBox(b));
		const i = Math.max(0, leastOverlap(boxes, obstacles, bounds));
		obstacles.push(boxes[i]);
		return blocks[i];
	}

	// The suspension label sits at the top of its band, or at the bottom when data is in the way.
	const bx0 = x(month(SUSPENDED.from));
	const bx1 = x(month(SUSPENDED.to));
	// At least four Chinese characters wide, so a short label is never broken character by character.
	const bandLines = wrap(
		locale.t('youth-unemployment.annotation.suspended'),
		Math.max(4 * LABEL_SIZE, (bx1 - bx0) * 1.6)
	);
	const bandBottom = plot.bottom - 6 - (bandLines.length - 1) * LINE_HEIGHT;
	const band = {
		x0: bx0,
		x1: bx1,
		label: place('band', bandLines, [
			{ x: (bx0 + bx1) / 2, y: plot.top + 12, anchor: 'middle' },
			{ x: (bx0 + bx1) / 2, y: bandBottom, anchor: 'middle' },
			{ x: bx1 - 2, y: bandBottom, anchor: 'end' }
		])
	};

	// The old series ends mid-chart: its label goes above its last point, or in the free top-left corner.
	const old = series.find((s) => s.key === 'old-16-24');
	if (old) {
		const first = old.dots[0];
		const last = old.dots.at(-1)!;
		const up = (old.label.lines.length - 1) * LINE_HEIGHT;
		const spot = place(old.label.key, old.label.lines, [
			{ x: last.cx, y: last.cy - 10 - up, anchor: 'end' },
			{ x: plot.left + 4, y: plot.top + 12, anchor: 'start' },
			{ x: first.cx, y: first.cy - 10 - up, anchor: 'start' },
			{ x: last.cx, y: plot.top + 12, anchor: 'end' }
		]);
		old.label = { ...spot, x: blockBox(spot).left, anchor: 'start' };
	}

	const peakDatum = datums.find((d) => d.key === PEAK);
	let peak: TextBlock | null = null;
	if (peakDatum) {
		const px = x(month(peakDatum.x));
		const py = y(peakDatum.value);
		const lines = wrap(locale.t('youth-unemployment.annotation.graduation'), narrow ? 80 : 130);
		const up = (lines.length - 1) * LINE_HEIGHT;
		peak = place('peak', lines, [
			{ x: px - 6, y: py - 10 - up, anchor: 'end' },
			{ x: px, y: py - 10 - up, anchor: 'middle' },
			{ x: px + 6, y: py - 10 - up, anchor: 'start' },
			{ x: px - 6, y: plot.top + 12, anchor: 'end' }
		]);
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
