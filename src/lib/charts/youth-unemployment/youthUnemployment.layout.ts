import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { utcMonth, utcYear } from 'd3-time';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { insetBox, tickCount, type Box, type Size } from '../shared/size';
import { LABEL_SIZE, textWidth, wrapText } from '../shared/text';
import { resolveCollisions } from '../shared/labels';

/** Series in drawing order; the first is the story's series and is drawn on top. */
export const YOUTH_SERIES = ['new-30-59', 'new-25-29', 'old-16-24', 'new-16-24'] as const;
const SUSPENDED = { from: '2023-07', to: '2023-12' };
/** The graduation-season peaks the annotation points at. */
const PEAKS = ['new-16-24-2024-08', 'new-16-24-2025-08'];

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
			/** The suspension: a shaded band with a label written upwards inside it. */
			band: { x0: number; x1: number; label: string; labelX: number; labelY: number };
			/** Label under the summer peaks, with leader lines up to each peak. */
			peak: { x: number; y: number; lines: string[]; leaders: { key: string; x1: number; y1: number; x2: number; y2: number }[] } | null;
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
	const x = scaleUtc([month('2020-01'), month(months.at(-1)!)], [plot.left, plot.right]);
	const maxValue = Math.max(...datums.map((d) => d.value));
	const y = scaleLinear([0, Math.max(25, Math.ceil(maxValue / 5) * 5)], [plot.bottom, plot.top]);

	const yTicks = y.ticks(Math.min(5, tickCount(plot.bottom - plot.top, 40))).map((v) => ({
		key: String(v),
		pos: y(v),
		label: locale.fmt.percentTick(v)
	}));
	const every = narrow ? 2 : 1;
	const xTicks = x
		.ticks(utcYear.every(every)!)
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
		const path =
			line<Date>()
				.defined((m) => byMonth.has(m.toISOString().slice(0, 7)))
				.x((m) => x(m))
				.y((m) => y(byMonth.get(m.toISOString().slice(0, 7))!.value))(all) ?? '';
		const dots = rows.map((d) => ({ key: d.key, cx: x(month(d.x)), cy: y(d.value) }));
		for (const dot of dots) points.push({ key: dot.key, x: dot.cx, y: dot.cy, row: YOUTH_SERIES.length - 1 - index });
		const last = dots.at(-1)!;
		const lines = wrapText(locale.t(`youth-unemployment.series.${key}`), labelWidth);
		labelLines.set(key, lines);
		series.push({ key, colour: index + 1, path, dots, label: { lines, x: last.cx + 6, y: last.cy } });
		if (key !== 'old-16-24') labelSlots.push({ key, pos: last.cy, size: lines.length * (LABEL_SIZE + 2) + 4 });
	});

	// End labels on the right edge share one column; the old series ends mid-chart and is labelled
	// above its last point, reading leftwards into the empty space over 2020-22.
	const placed = resolveCollisions(labelSlots, plot.top, plot.bottom);
	const lineHeight = LABEL_SIZE + 2;
	for (const s of series) {
		const last = s.dots.at(-1)!;
		if (s.key === 'old-16-24') {
			const w = Math.max(...s.label.lines.map((l) => textWidth(l)));
			const top = last.cy - 10 - (s.label.lines.length - 1) * lineHeight;
			s.label = narrow
				? { lines: s.label.lines, x: plot.left + 4, y: plot.top + LABEL_SIZE / 2 }
				: { lines: s.label.lines, x: Math.max(plot.left, last.cx - w), y: Math.max(plot.top, top) };
		} else {
			const centre = placed.get(s.key) ?? last.cy;
			s.label = { lines: s.label.lines, x: plot.right + 8, y: centre - ((s.label.lines.length - 1) * lineHeight) / 2 };
		}
	}

	const bx0 = x(month(SUSPENDED.from));
	const bx1 = x(month(SUSPENDED.to));
	const band = {
		x0: bx0,
		x1: bx1,
		label: locale.t('youth-unemployment.annotation.suspended'),
		labelX: (bx0 + bx1) / 2,
		labelY: plot.bottom - 6
	};

	// The peaks' label sits in the empty space under them, between the 16-24 and 25-29 lines.
	const peakDatums = PEAKS.map((key) => datums.find((d) => d.key === key)).filter((d) => d !== undefined);
	let peak: Extract<YouthLayout, { kind: 'ok' }>['peak'] = null;
	if (peakDatums.length > 0) {
		const xs = peakDatums.map((d) => x(month(d.x)));
		const lines = wrapText(locale.t('youth-unemployment.annotation.graduation'), narrow ? 90 : 170);
		const half = Math.max(...lines.map((l) => textWidth(l))) / 2;
		const cx = Math.min(plot.right - half, Math.max(bx1 + 8 + half, (Math.min(...xs) + Math.max(...xs)) / 2));
		const labelY = y(10.5);
		peak = {
			x: cx,
			y: labelY,
			lines,
			leaders: peakDatums.map((d, i) => ({
				key: d.key,
				x1: cx + (xs[i] < cx ? -10 : 10),
				y1: labelY - LABEL_SIZE,
				x2: xs[i],
				y2: y(d.value) + 4
			}))
		};
	}

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
