import { scaleBand, scaleLinear } from 'd3-scale';
import type { Datum } from '$lib/data/types';
import { yearOf } from '$lib/data/at';
import type { Locale } from '$lib/i18n/locale';
import { stackLabel } from '../shared/describe';
import type { FocusPoint } from '../shared/chartProps';
import { tickCount } from '../shared/size';
import { round } from '../shared/path';
import type { Box, Tick } from '../kit/geometry';
import { flowRows, measure, textBlock, wrap, type TextBlock } from '../kit/text';
import { historyDirectLabels, historyTotals, lapseNote } from './h1bCost.historyLabels';
import { AXIS_ROOM, FEE_COLOUR, FEE_STACK, SLACK, bottomOf, panelTitle } from './h1bCost.shared';

/** One fee component of one year's column, in px. */
export interface Segment {
	key: string;
	component: string;
	colour: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A key entry: a swatch (filled square, or a line for the small employer's total) and its text. */
export interface LegendItem {
	key: string;
	swatch: 'fill' | 'line';
	/** Palette index, or null for the foreground colour. */
	colour: number | null;
	/** Top-left of the swatch, px. */
	x: number;
	y: number;
	label: TextBlock;
}

/** A label beside the last column, joined to what it names by a short leader line. */
export interface DirectLabel {
	key: string;
	colour: number | null;
	label: TextBlock;
	leader: { x1: number; y1: number; x2: number; y2: number };
}

export interface HistoryPanel {
	panel: Box;
	title: TextBlock;
	axisLabel: TextBlock;
	plot: Box;
	xTicks: Tick[];
	yTicks: Tick[];
	segments: Segment[];
	/** Step line of the small employer's yearly total (SVG path), or null without small-employer data. */
	smallPath: string | null;
	/** One mark per year on the small employer's step line, so each total can be focused and linked. */
	smallMarks: { key: string; x: number; y: number }[];
	/** First and last large-employer totals above their columns. */
	totals: TextBlock[];
	/** Component labels beside the last column (wide panels) ... */
	direct: DirectLabel[];
	/** ... or a key above the plot (narrow panels). */
	legend: LegendItem[];
	lapse: { label: TextBlock; x: number; y1: number; y2: number } | null;
}

/** What the history panel draws from: the fee components and each year's totals. */
export interface History {
	datums: readonly Datum[];
	years: number[];
	lastYear: number;
	/** Large-employer rows, one per component and year. */
	large: Datum[];
	/** Fee components present, bottom to top. */
	components: string[];
	/** Years with a small-employer total. */
	smallYears: number[];
	/** The small employer's last total and its label, or null. */
	smallLast: number | null;
	smallText: string;
	total: (series: string, year: number) => number;
	/** The year flagged `fee-lapsed` (a fee of the stack had lapsed), or null. */
	lapsed: number | null;
}

/** The panel's scales and plot once its key and axis title have their room. */
export interface Frame {
	plot: Box;
	x: ReturnType<typeof scaleBand<number>>;
	y: ReturnType<typeof scaleLinear<number, number>>;
	bw: number;
	gap: number;
	xTicks: Tick[];
	yTicks: Tick[];
	/** Width of the direct-label column right of the plot (0 with a key). */
	labelColumn: number;
}

/** The facts the panel draws from. */
function historyOf(datums: readonly Datum[], years: number[], locale: Locale): History {
	const large = datums.filter((d) => d.series === 'large');
	const extra = [...new Set(large.map((d) => d.stack ?? ''))].filter(
		(s) => !(FEE_STACK as readonly string[]).includes(s)
	);
	const components: string[] = [...FEE_STACK, ...extra].filter((c) => large.some((d) => d.stack === c));
	const total = (series: string, year: number) =>
		datums.filter((d) => d.series === series && yearOf(d.at) === year).reduce((s, d) => s + d.value, 0);
	const smallYears = years.filter((y) => datums.some((d) => d.series === 'small' && yearOf(d.at) === y));
	const flagged = large.find((d) => d.flag === 'fee-lapsed');
	const lapsed = flagged ? yearOf(flagged.at) : null;
	const smallLast = smallYears.length ? total('small', smallYears.at(-1)!) : null;
	const smallText =
		smallLast === null ? '' : locale.t('h1b-cost.label.smallTotal', { value: locale.fmt.usd(smallLast) });
	return { datums, years, lastYear: years.at(-1)!, large, components, smallYears, smallLast, smallText, total, lapsed };
}

/** The key above the plot for panels too narrow for direct labels; returns it and the new cursor. */
function historyKey(h: History, panel: Box, cursor: number, locale: Locale): { legend: LegendItem[]; cursor: number } {
	const entries = [
		...[...h.components].reverse().map((c) => ({
			key: c,
			swatch: 'fill' as const,
			colour: FEE_COLOUR[c] ?? 1,
			text: stackLabel('h1b-cost', { stack: c }, locale)
		})),
		...(h.smallLast === null ? [] : [{ key: 'small-total', swatch: 'line' as const, colour: null, text: h.smallText }])
	];
	const swatchRoom = (e: (typeof entries)[number]) => (e.swatch === 'line' ? 20 : 14);
	const widths = entries.map((e) => swatchRoom(e) + measure(e.text, { slack: SLACK }));
	const rows = flowRows(widths, panel.right - panel.left, 14);
	const legend = entries.map((e, i): LegendItem => {
		const x = panel.left + rows[i].x;
		const baseline = cursor + 11 + rows[i].row * 16;
		const label = textBlock(`legend-${e.key}`, [e.text], x + swatchRoom(e), baseline);
		return { key: e.key, swatch: e.swatch, colour: e.colour, x, y: baseline - 9, label };
	});
	return { legend, cursor: cursor + (Math.max(0, ...rows.map((r) => r.row)) + 1) * 16 + 6 };
}

/** Scales, plot and ticks: dollars up from `top`, one band per year, ticks as often as their labels allow. */
function historyFrame(h: History, panel: Box, top: number, direct: boolean, locale: Locale): Frame {
	const { fmt } = locale;
	const panelWidth = panel.right - panel.left;
	const bottom = panel.bottom - AXIS_ROOM;
	const maxTotal = Math.max(...h.years.map((y) => Math.max(h.total('large', y), h.total('small', y))));
	// Headroom above the tallest column for its total label.
	const y = scaleLinear([0, maxTotal * (1 + 22 / Math.max(60, bottom - top))], [bottom, top]).nice();
	const compactTicks = panelWidth < 400;
	const tickValues = y.ticks(tickCount(bottom - top, 46));
	const tickText = (v: number) => (compactTicks ? fmt.usdCompact(v) : fmt.usd(v));
	const left = panel.left + Math.ceil(Math.max(...tickValues.map((v) => measure(tickText(v), { slack: SLACK })))) + 10;
	const labelColumn = direct ? Math.round(Math.min(170, Math.max(100, panelWidth * 0.27))) : 0;
	const plot: Box = { top, bottom, left, right: panel.right - labelColumn - 1 };
	const yTicks = tickValues.map((v) => ({ key: String(v), pos: y(v), label: tickText(v) }));

	const x = scaleBand(h.years, [plot.left, plot.right]).paddingInner(0.22).paddingOuter(0.1);
	// The widest year label as written in this language (2000 in English, 2000年 in Chinese).
	const yearWidth = Math.max(...h.years.map((yr) => measure(fmt.year(yr), { slack: SLACK }))) + 8;
	const step = [1, 2, 5, 10].find((s) => s * x.step() >= yearWidth) ?? 10;
	// A tick on the last column must not stick out of the panel.
	const lastTicked = [...h.years].reverse().find((yr) => yr % step === 0);
	if (lastTicked) {
		const over =
			x(lastTicked)! + x.bandwidth() / 2 + measure(fmt.year(lastTicked), { slack: SLACK }) / 2 - (panel.right - 1);
		if (over > 0) x.range([plot.left, (plot.right -= over)]);
	}
	const bw = x.bandwidth();
	const xTicks = h.years
		.filter((yr) => yr % step === 0)
		.map((yr) => ({ key: String(yr), pos: x(yr)! + bw / 2, label: fmt.year(yr) }));
	return { plot, x, y, bw, gap: x.step() - bw, xTicks, yTicks, labelColumn };
}

/**
 * The stacked fee segments and the small employer's step line with a mark per year; adds their
 * focus points to `points`. `lastTops` holds each component's extent in the last column.
 */
function historyMarks(h: History, f: Frame, points: FocusPoint[]) {
	const { x, y, bw, gap, plot } = f;
	const segments: Segment[] = [];
	const lastTops = new Map<string, { y0: number; y1: number }>();
	for (const year of h.years) {
		let sum = 0;
		h.components.forEach((component, index) => {
			const d = h.large.find((r) => yearOf(r.at) === year && r.stack === component);
			if (!d) return;
			const y0 = y(sum);
			sum += d.value;
			const y1 = y(sum);
			const colour = FEE_COLOUR[component] ?? 1;
			segments.push({ key: d.key, component, colour, x: x(year)!, y: y1, width: bw, height: y0 - y1 });
			const hit = { left: x(year)! - gap / 2, right: x(year)! + bw + gap / 2, top: y1, bottom: y0 };
			const row = h.components.length - 1 - index;
			points.push({ key: d.key, x: x(year)! + bw / 2, y: (y0 + y1) / 2, row, hit });
			if (year === h.lastYear) lastTops.set(component, { y0, y1 });
		});
		// The space above a column belongs to its top segment (often a thin one, like the $10 fee).
		const top = points.at(-1);
		if (top?.hit && top.key.includes(`-${year}-`)) top.hit = { ...top.hit, top: plot.top };
	}

	const smallPath = h.smallYears.length
		? h.smallYears
				.map((yr, i) => {
					const yy = y(h.total('small', yr));
					const x0 = i === 0 ? x(yr)! : x(yr)! - gap / 2;
					const x1 = i === h.smallYears.length - 1 ? x(yr)! + bw : x(yr)! + bw + gap / 2;
					return i === 0 ? `M${round(x0)},${round(yy)}H${round(x1)}` : `V${round(yy)}H${round(x1)}`;
				})
				.join('')
		: null;
	const smallMarks = h.smallYears.flatMap((yr) => {
		const d = h.datums.find((r) => r.series === 'small' && yearOf(r.at) === yr);
		if (!d) return [];
		const mark = { key: d.key, x: x(yr)! + bw / 2, y: y(d.value) };
		// A thin band around the line: smaller than any segment's area, so it wins where they overlap.
		const hit = { left: x(yr)! - gap / 2, right: x(yr)! + bw + gap / 2, top: mark.y - 5, bottom: mark.y + 5 };
		points.push({ key: d.key, x: mark.x, y: mark.y, row: h.components.length, hit });
		return [mark];
	});
	return { segments, lastTops, smallPath, smallMarks };
}

/**
 * The history panel: the large employer's fee components stacked per year (1 April), the small
 * employer's total as a step line, the first and last totals, component labels (beside the last
 * column, or a key above the plot when the panel is narrow) and the note on the column of the year a
 * fee had lapsed (2004, flagged `fee-lapsed` by the data). Adds the
 * marks' focus points to `points`.
 */
export function historyPanel(
	datums: readonly Datum[],
	years: number[],
	panel: Box,
	locale: Locale,
	points: FocusPoint[]
): HistoryPanel {
	const h = historyOf(datums, years, locale);
	const title = panelTitle('history-title', locale.t('h1b-cost.panelHistory'), panel);
	// Labels beside the last column need about a quarter of the panel; narrower panels get a key.
	const direct = panel.right - panel.left >= 460;
	const key = direct ? { legend: [], cursor: bottomOf(title) + 8 } : historyKey(h, panel, bottomOf(title) + 8, locale);
	const axisText = wrap(locale.t('h1b-cost.axisY'), panel.right - panel.left, { slack: SLACK });
	const axisLabel = textBlock('history-axis', axisText, panel.left, key.cursor + 11);
	const f = historyFrame(h, panel, bottomOf(axisLabel) + 10, direct, locale);
	const { segments, lastTops, smallPath, smallMarks } = historyMarks(h, f, points);
	const totals = historyTotals(h, f, segments, panel, locale);
	return {
		panel,
		title,
		axisLabel,
		plot: f.plot,
		xTicks: f.xTicks,
		yTicks: f.yTicks,
		segments,
		smallPath,
		smallMarks,
		totals,
		direct: direct ? historyDirectLabels(h, f, lastTops, locale) : [],
		legend: key.legend,
		lapse: lapseNote(h, f, segments, totals, locale)
	};
}
