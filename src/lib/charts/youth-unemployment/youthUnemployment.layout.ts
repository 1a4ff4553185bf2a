import { scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { insetBox, tickCount, type Box, type Size } from '../shared/size';
import { LABEL_SIZE, textWidth, wrapText } from '../shared/text';
import { resolveCollisions } from '../shared/labels';
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
			band: { x0: number; x1: number; label: string[]; labelY: number };
			peak: { x: number; y: number; lines: string[]; anchor: 'start' | 'end' } | null;
			points: FocusPoint[];
	  };

const month = (iso: string) => new Date(`${iso}-01T00:00:00Z`);

/**
 * Geometry for the youth jobless chart: one line per series with gaps where months are missing,
 * direct labels at each line's end (moved apart when they collide), the suspension band and the
 * graduation-season peak. Values are in percent units.
 */
export function youthUnemploymentLayout(
	datums: readonly Datum[],
	size: Size,
	locale: Locale
): YouthLayout {
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

	// End labels on the right edge share one column; the old series ends mid-chart and is labelled above.
	const placed = resolveCollisions(labelSlots, plot.top, plot.bottom);
	for (const s of series) {
		if (s.key === 'old-16-24') {
			const last = s.dots.at(-1)!;
			const w = Math.max(...s.label.lines.map((l) => textWidth(l)));
			s.label = { lines: s.label.lines, x: Math.max(plot.left, last.cx - w), y: last.cy - 10 - (s.label.lines.length - 1) * (LABEL_SIZE + 2) };
		} else {
			s.label = { lines: s.label.lines, x: plot.right + 8, y: placed.get(s.key) ?? s.label.y };
			s.label.y -= ((s.label.lines.length - 1) * (LABEL_SIZE + 2)) / 2;
		}
	}

	const bx0 = x(month(SUSPENDED.from));
	const bx1 = x(month(SUSPENDED.to));
	const band = {
		x0: bx0,
		x1: bx1,
		label: wrapText(locale.t('youth-unemployment.annotation.suspended'), Math.max(40, (bx1 - bx0) * 1.6)),
		labelY: plot.bottom - 8
	};

	const peakDatum = datums.find((d) => d.key === PEAK);
	const peak = peakDatum
		? {
				x: x(month(peakDatum.x)),
				y: y(peakDatum.value) - 10,
				lines: wrapText(locale.t('youth-unemployment.annotation.graduation'), narrow ? 80 : 130),
				anchor: 'end' as const
			}
		: null;

	return {
		kind: 'ok',
		size,
		plot,
		xTicks,
		yTicks,
		axisLabel: locale.t('youth-unemployment.axisY'),
		series,
		band,
		peak,
		points
	};
}
