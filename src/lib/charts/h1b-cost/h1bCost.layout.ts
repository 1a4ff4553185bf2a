import { scaleBand, scaleLinear } from 'd3-scale';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { heightFor, tickCount, type Box, type Size } from '../shared/size';
import { resolveCollisions } from '../shared/labels';
import { boxesOverlap } from '../shared/textBox';
import {
	flowRows,
	labelBox,
	labelHeight,
	labelWidth,
	measure,
	textLabel,
	wrapBalanced,
	wrapMeasured,
	type TextLabel
} from '../shared/textLabel';

/** Fee components from the bottom of a column to the top. */
export const FEE_STACK = ['i129', 'acwia', 'fraud', 'asylum', 'registration'] as const;
/** Palette index (`series-<n>` in CSS) of each fee component. */
export const FEE_COLOUR: Record<string, number> = { i129: 3, acwia: 2, fraud: 5, asylum: 6, registration: 1 };
/** Bars of the payment panel, top to bottom. */
export const PAYMENT_BARS = [
	{ employer: 'large', where: 'in-us' },
	{ employer: 'large', where: 'abroad' },
	{ employer: 'small', where: 'in-us' },
	{ employer: 'small', where: 'abroad' }
] as const;
/** Below this width (px) the payment panel goes under the history instead of beside it. */
export const STACK_BELOW = 560;
/** The year the training fee had lapsed on 1 April (1 Oct 2003 to 7 Dec 2004). */
const LAPSE_YEAR = '2004';
/** Line height of 12 px labels. */
const LINE = 14;
/** Space between the two panels, px. */
const PANEL_GAP = 28;
/** Room under a plot for the tick labels, px. */
const AXIS_ROOM = 24;
/** Keyboard rows of the payment bars come after every fee component's row. */
const PAYMENT_ROW = 50;

export interface Tick {
	key: string;
	pos: number;
	label: string;
}

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
	label: TextLabel;
}

/** A label beside the last column, joined to what it names by a short leader line. */
export interface DirectLabel {
	key: string;
	colour: number | null;
	label: TextLabel;
	leader: { x1: number; y1: number; x2: number; y2: number };
}

export interface HistoryPanel {
	panel: Box;
	title: TextLabel;
	axisLabel: TextLabel;
	plot: Box;
	xTicks: Tick[];
	yTicks: Tick[];
	segments: Segment[];
	/** Step line of the small employer's yearly total (SVG path), or null without small-employer data. */
	smallPath: string | null;
	/** One mark per year on the small employer's step line, so each total can be focused and linked. */
	smallMarks: { key: string; x: number; y: number }[];
	/** First and last large-employer totals above their columns. */
	totals: TextLabel[];
	/** Component labels beside the last column (wide panels) ... */
	direct: DirectLabel[];
	/** ... or a key above the plot (narrow panels). */
	legend: LegendItem[];
	lapse: { label: TextLabel; x: number; y1: number; y2: number } | null;
}

export interface PaymentBar {
	key: string;
	where: 'in-us' | 'abroad';
	x: number;
	y: number;
	width: number;
	height: number;
	/** Where the ordinary fees end inside an abroad bar (px), or null. */
	divider: number | null;
	label: TextLabel;
	value: TextLabel;
	/** The value is drawn inside the bar (light text on the bar colour). */
	inside: boolean;
}

export interface PaymentPanel {
	panel: Box;
	title: TextLabel;
	plot: Box;
	ticks: Tick[];
	groups: TextLabel[];
	bars: PaymentBar[];
	/** Bracket under the large employer's abroad bar, spanning the $100,000 payment. */
	bracket: { path: string; label: TextLabel } | null;
}

export type H1bCostLayout =
	| { kind: 'empty'; size: Size }
	| {
			kind: 'ok';
			size: Size;
			/** The panels are one above the other. */
			stacked: boolean;
			/** The history's plot; the exemplar's `plot`. */
			plot: Box;
			history: HistoryPanel;
			payment: PaymentPanel | null;
			points: FocusPoint[];
	  };

const bottomOf = (label: TextLabel) => labelBox(label).bottom;

/**
 * Geometry for the H-1B fee chart, in two panels on separate linear scales (US dollars):
 * the history (large employer's fee components stacked per year, small employer's total as a step
 * line) and the petition cost from 21 September 2025 for a worker in the US or abroad (bars).
 * Side by side when `width` is at least STACK_BELOW, otherwise stacked, and then taller to fit both
 * panels: the returned `size` is the chart's.
 */
export function h1bCostLayout(datums: readonly Datum[], width: number, locale: Locale): H1bCostLayout {
	const size = { width, height: heightFor(width) };
	const years = [...new Set(datums.filter((d) => d.series === 'large').map((d) => d.x))].sort();
	if (years.length < 2) return { kind: 'empty', size };
	const payments = PAYMENT_BARS.flatMap((b) => {
		const d = datums.find((x) => x.key === `payment-${b.employer}-${b.where}`);
		return d ? [{ ...b, datum: d }] : [];
	});
	const stacked = payments.length > 0 && width < STACK_BELOW;
	const historyHeight = stacked ? Math.max(size.height, 360) : size.height;
	const historyRight = payments.length === 0 || stacked ? width : Math.round((width - PANEL_GAP) * 0.64);
	const points: FocusPoint[] = [];

	const history = historyPanel(
		datums,
		years,
		{ top: 0, left: 0, right: historyRight, bottom: historyHeight },
		locale,
		points
	);
	const payment =
		payments.length === 0
			? null
			: paymentPanel(
					payments,
					stacked
						? { top: historyHeight + PANEL_GAP, left: 0, right: width, bottom: Infinity }
						: { top: 0, left: historyRight + PANEL_GAP, right: width, bottom: size.height },
					locale,
					points
				);
	const height = payment && stacked ? payment.panel.bottom : size.height;
	return { kind: 'ok', size: { width, height }, stacked, plot: history.plot, history, payment, points };
}

function historyPanel(
	datums: readonly Datum[],
	years: string[],
	panel: Box,
	locale: Locale,
	points: FocusPoint[]
): HistoryPanel {
	const { t, fmt } = locale;
	const panelWidth = panel.right - panel.left;
	const large = datums.filter((d) => d.series === 'large');
	const extra = [...new Set(large.map((d) => d.stack ?? ''))].filter(
		(s) => !(FEE_STACK as readonly string[]).includes(s)
	);
	const components: string[] = [...FEE_STACK, ...extra].filter((c) => large.some((d) => d.stack === c));
	const total = (series: string, year: string) =>
		datums.filter((d) => d.series === series && d.x === year).reduce((s, d) => s + d.value, 0);
	const smallYears = years.filter((y) => datums.some((d) => d.series === 'small' && d.x === y));
	const lastYear = years.at(-1)!;
	const smallLast = smallYears.length ? total('small', smallYears.at(-1)!) : null;
	const smallText = smallLast === null ? '' : t('h1b-cost.label.smallTotal', { value: fmt.usd(smallLast) });

	const title = textLabel(
		'history-title',
		wrapMeasured(t('h1b-cost.panelHistory'), panelWidth, { bold: true }),
		panel.left,
		panel.top + 12,
		'start',
		{ bold: true }
	);
	let cursor = bottomOf(title) + 8;

	// Labels beside the last column need about a quarter of the panel; narrower panels get a key.
	const direct = panelWidth >= 460;
	const legend: LegendItem[] = [];
	if (!direct) {
		const entries = [
			...[...components]
				.reverse()
				.map((c) => ({ key: c, swatch: 'fill' as const, colour: FEE_COLOUR[c] ?? 1, text: t(`h1b-cost.stack.${c}`) })),
			...(smallLast === null ? [] : [{ key: 'small-total', swatch: 'line' as const, colour: null, text: smallText }])
		];
		const swatchRoom = (e: (typeof entries)[number]) => (e.swatch === 'line' ? 20 : 14);
		const widths = entries.map((e) => swatchRoom(e) + measure(e.text));
		const rows = flowRows(widths, panelWidth, 14);
		entries.forEach((e, i) => {
			const x = panel.left + rows[i].x;
			const baseline = cursor + 11 + rows[i].row * 16;
			legend.push({
				key: e.key,
				swatch: e.swatch,
				colour: e.colour,
				x,
				y: baseline - 9,
				label: textLabel(`legend-${e.key}`, [e.text], x + swatchRoom(e), baseline)
			});
		});
		cursor += (Math.max(0, ...rows.map((r) => r.row)) + 1) * 16 + 6;
	}

	const axisLabel = textLabel('history-axis', wrapMeasured(t('h1b-cost.axisY'), panelWidth), panel.left, cursor + 11);
	const top = bottomOf(axisLabel) + 10;
	const bottom = panel.bottom - AXIS_ROOM;
	const maxTotal = Math.max(...years.map((y) => Math.max(total('large', y), total('small', y))));
	// Headroom above the tallest column for its total label.
	const y = scaleLinear([0, maxTotal * (1 + 22 / Math.max(60, bottom - top))], [bottom, top]).nice();
	const compactTicks = panelWidth < 400;
	const tickValues = y.ticks(tickCount(bottom - top, 46));
	const tickText = (v: number) => (compactTicks ? fmt.usdCompact(v) : fmt.usd(v));
	const left = panel.left + Math.ceil(Math.max(...tickValues.map((v) => measure(tickText(v))))) + 10;
	const labelColumn = direct ? Math.round(Math.min(170, Math.max(100, panelWidth * 0.27))) : 0;
	const plot: Box = { top, bottom, left, right: panel.right - labelColumn - 1 };
	const yTicks = tickValues.map((v) => ({ key: String(v), pos: y(v), label: tickText(v) }));

	const x = scaleBand(years, [plot.left, plot.right]).paddingInner(0.22).paddingOuter(0.1);
	const yearWidth = measure('2000') + 8;
	const step = [1, 2, 5, 10].find((s) => s * x.step() >= yearWidth) ?? 10;
	// A tick on the last column must not stick out of the panel.
	const lastTicked = [...years].reverse().find((yr) => Number(yr) % step === 0);
	if (lastTicked) {
		const over = x(lastTicked)! + x.bandwidth() / 2 + measure(fmt.year(lastTicked)) / 2 - (panel.right - 1);
		if (over > 0) x.range([plot.left, (plot.right -= over)]);
	}
	const bw = x.bandwidth();
	const gap = x.step() - bw;
	const xTicks = years
		.filter((yr) => Number(yr) % step === 0)
		.map((yr) => ({ key: yr, pos: x(yr)! + bw / 2, label: fmt.year(yr) }));

	const segments: Segment[] = [];
	const lastTops = new Map<string, { y0: number; y1: number }>();
	for (const year of years) {
		let sum = 0;
		components.forEach((component, index) => {
			const d = large.find((r) => r.x === year && r.stack === component);
			if (!d) return;
			const y0 = y(sum);
			sum += d.value;
			const y1 = y(sum);
			segments.push({
				key: d.key,
				component,
				colour: FEE_COLOUR[component] ?? 1,
				x: x(year)!,
				y: y1,
				width: bw,
				height: y0 - y1
			});
			const hit = { left: x(year)! - gap / 2, right: x(year)! + bw + gap / 2, top: y1, bottom: y0 };
			points.push({ key: d.key, x: x(year)! + bw / 2, y: (y0 + y1) / 2, row: components.length - 1 - index, hit });
			if (year === lastYear) lastTops.set(component, { y0, y1 });
		});
		// The space above a column belongs to its top segment (often a thin one, like the $10 fee).
		const top = points.at(-1);
		if (top?.hit && top.key.includes(`-${year}-`)) top.hit = { ...top.hit, top: plot.top };
	}

	let smallPath: string | null = null;
	if (smallYears.length) {
		const parts: string[] = [];
		smallYears.forEach((yr, i) => {
			const yy = y(total('small', yr));
			const x0 = i === 0 ? x(yr)! : x(yr)! - (x.step() - bw) / 2;
			const x1 = i === smallYears.length - 1 ? x(yr)! + bw : x(yr)! + bw + (x.step() - bw) / 2;
			parts.push(i === 0 ? `M${x0},${yy}H${x1}` : `V${yy}H${x1}`);
		});
		smallPath = parts.join('');
	}
	const smallMarks = smallYears.flatMap((yr) => {
		const d = datums.find((r) => r.series === 'small' && r.x === yr);
		if (!d) return [];
		const mark = { key: d.key, x: x(yr)! + bw / 2, y: y(d.value) };
		// A thin band around the line: smaller than any segment's area, so it wins where they overlap.
		const hit = { left: x(yr)! - gap / 2, right: x(yr)! + bw + gap / 2, top: mark.y - 5, bottom: mark.y + 5 };
		points.push({ key: d.key, x: mark.x, y: mark.y, row: components.length, hit });
		return [mark];
	});

	// The first and last totals are the story (610 → 3,595). Each tries a few anchors and is dropped
	// where it would reach over a taller neighbour (it would seem to label that one), onto a y tick
	// label, or out of the plot.
	const first = years[0];
	const tickBoxes = yTicks.map((tk) =>
		labelBox(textLabel(`y-${tk.key}`, [tk.label], plot.left - 6, tk.pos + 4, 'end'))
	);
	const placeTotal = (key: string, year: string, anchors: [TextLabel['anchor'], number][]) => {
		const value = total('large', year);
		for (const [anchor, ax] of anchors) {
			const label = textLabel(key, [fmt.usd(value)], ax, y(value) - 7, anchor, { bold: true });
			const box = labelBox(label);
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
	const totals = [
		...placeTotal('total-first', first, [
			['start', x(first)!],
			['middle', x(first)! + bw / 2]
		]),
		...placeTotal('total-last', lastYear, [
			['end', x(lastYear)! + bw],
			['middle', x(lastYear)! + bw / 2]
		])
	];

	const directLabels: DirectLabel[] = [];
	if (direct) {
		const textWidthMax = labelColumn - 14;
		const wanted = [
			...components
				.filter((c) => lastTops.has(c))
				.map((c) => ({
					key: c,
					colour: (FEE_COLOUR[c] ?? 1) as number | null,
					lines: wrapMeasured(t(`h1b-cost.stack.${c}`), textWidthMax, { bold: true }),
					pos: (lastTops.get(c)!.y0 + lastTops.get(c)!.y1) / 2
				})),
			...(smallLast === null
				? []
				: [
						{
							key: 'small-total',
							colour: null,
							lines: wrapMeasured(smallText, textWidthMax, { bold: true }),
							pos: y(smallLast)
						}
					])
		];
		const placed = resolveCollisions(
			wanted.map((w) => ({ key: w.key, pos: w.pos, size: w.lines.length * LINE + 3 })),
			plot.top - 8,
			plot.bottom + 12
		);
		const lx = plot.right + 14;
		for (const w of wanted) {
			const centre = placed.get(w.key) ?? w.pos;
			const firstBaseline = centre - (w.lines.length * LINE) / 2 + 10.5;
			directLabels.push({
				key: w.key,
				colour: w.colour,
				label: {
					...textLabel(`direct-${w.key}`, w.lines, lx, firstBaseline, 'start', { bold: true }),
					lineHeight: LINE
				},
				leader: { x1: x(lastYear)! + bw + 2, y1: w.pos, x2: lx - 3, y2: centre }
			});
		}
	}

	let lapse: HistoryPanel['lapse'] = null;
	if (years.includes(LAPSE_YEAR)) {
		const xc = x(LAPSE_YEAR)! + bw / 2;
		const lines = wrapBalanced(t('h1b-cost.annotation.lapse'), Math.max(60, Math.min(150, plot.right - xc - 8)));
		const draft = textLabel('lapse', lines, xc + 4, 0, 'start');
		const span = { left: xc - 2, right: xc + 4 + labelWidth(draft) };
		// Sit just above whatever is drawn under the label's span: columns and the total labels.
		const obstacles = [
			...segments.filter((s) => s.x < span.right && s.x + s.width > span.left).map((s) => s.y),
			...totals
				.map(labelBox)
				.filter((b) => b.left < span.right && b.right > span.left)
				.map((b) => b.top)
		];
		const floor = Math.min(plot.bottom, ...obstacles) - 8;
		const height = labelHeight(draft);
		const firstBaseline = Math.max(plot.top + 10, floor - height + 10);
		const label = { ...draft, y: firstBaseline };
		lapse = { label, x: xc, y1: labelBox(label).bottom + 2, y2: y(total('large', LAPSE_YEAR)) - 3 };
	}

	return {
		panel,
		title,
		axisLabel,
		plot,
		xTicks,
		yTicks,
		segments,
		smallPath,
		smallMarks,
		totals,
		direct: directLabels,
		legend,
		lapse
	};
}

function paymentPanel(
	bars: { employer: string; where: 'in-us' | 'abroad'; datum: Datum }[],
	panel: Box,
	locale: Locale,
	points: FocusPoint[]
): PaymentPanel {
	const { t, fmt } = locale;
	const panelWidth = panel.right - panel.left;
	const title = textLabel(
		'payment-title',
		wrapMeasured(t('h1b-cost.panelPayment'), panelWidth, { bold: true }),
		panel.left,
		panel.top + 12,
		'start',
		{ bold: true }
	);
	const employers = [...new Set(bars.map((b) => b.employer))];
	const value = (employer: string, where: string) =>
		bars.find((b) => b.employer === employer && b.where === where)?.datum.value;
	const bracketFor = employers.find((e) => value(e, 'in-us') !== undefined && value(e, 'abroad') !== undefined);

	// A linear axis of its own, with room on the right for the last tick label.
	const maxValue = Math.max(...bars.map((b) => b.datum.value));
	const domainMax = maxValue * 1.02;
	// Room on the left for half of the "$0" tick label.
	const plotLeft = panel.left + Math.ceil(measure(fmt.usdCompact(0)) / 2) + 1;
	let plotRight = panel.right - 2;
	let x = scaleLinear([0, domainMax], [plotLeft, plotRight]);
	for (let i = 0; i < 2; i++) {
		const ticks = x.ticks(tickCount(plotRight - plotLeft, 90));
		const overhang = Math.max(0, ...ticks.map((v) => x(v) + measure(fmt.usdCompact(v)) / 2 - (panel.right - 1)));
		plotRight -= overhang;
		x = scaleLinear([0, domainMax], [plotLeft, plotRight]);
	}
	const tickValues = x.ticks(tickCount(plotRight - plotLeft, 90));

	const HEADER = 18;
	const CATEGORY = 16;
	const ROW_GAP = 8;
	const bracketLines = wrapBalanced(
		t('h1b-cost.annotation.payment'),
		Math.max(100, (plotRight - plotLeft) * 0.9)
	).length;
	const bracketRoom = bracketFor ? 8 + bracketLines * LINE + 6 : 0;
	const start = bottomOf(title) + 10;
	const fixed =
		employers.length * HEADER + bars.length * (CATEGORY + ROW_GAP) + bracketRoom + (employers.length - 1) * 6;
	let barHeight = 18;
	let spare = 0;
	if (Number.isFinite(panel.bottom)) {
		const available = panel.bottom - AXIS_ROOM - start;
		barHeight = Math.max(10, Math.min(28, (available - fixed) / bars.length));
		spare = Math.max(0, available - fixed - barHeight * bars.length);
	}
	// Spare height is shared out above each group, so the groups sit evenly in the panel and the bars
	// end on the same baseline as the history.
	const groupGap = 6 + spare / employers.length;
	let cursor = start + spare / employers.length;
	const plotTop = cursor;

	const groups: TextLabel[] = [];
	const out: PaymentBar[] = [];
	let bracket: PaymentPanel['bracket'] = null;
	employers.forEach((employer, gi) => {
		if (gi > 0) cursor += groupGap;
		groups.push(
			textLabel(`group-${employer}`, [t(`h1b-cost.series.payment-${employer}`)], plotLeft, cursor + 12, 'start', {
				bold: true
			})
		);
		cursor += HEADER;
		for (const [bi, bar] of bars.filter((b) => b.employer === employer).entries()) {
			const rowTop = bi === 0 ? cursor - HEADER : cursor - ROW_GAP;
			const label = textLabel(`label-${bar.datum.key}`, [t(`h1b-cost.category.${bar.where}`)], plotLeft, cursor + 12);
			cursor += CATEGORY;
			const barTop = cursor;
			const end = x(bar.datum.value);
			const text = fmt.usd(bar.datum.value);
			const inside = end - plotLeft >= measure(text, { bold: true }) + 14;
			const baseline = barTop + barHeight / 2 + 4.5;
			const valueLabel = inside
				? textLabel(`value-${bar.datum.key}`, [text], end - 6, baseline, 'end', { bold: true })
				: textLabel(`value-${bar.datum.key}`, [text], end + 5, baseline, 'start', { bold: true });
			const fees = value(employer, 'in-us');
			out.push({
				key: bar.datum.key,
				where: bar.where,
				x: plotLeft,
				y: barTop,
				width: end - plotLeft,
				height: barHeight,
				divider: bar.where === 'abroad' && fees !== undefined ? x(fees) : null,
				label,
				value: valueLabel,
				inside
			});
			// The bar's hit area is its whole row, labels included, so a short bar is as easy to point at.
			const hit = { left: panel.left, right: panel.right, top: rowTop, bottom: barTop + barHeight };
			points.push({ key: bar.datum.key, x: end, y: barTop + barHeight / 2, row: PAYMENT_ROW + out.length, hit });
			cursor += barHeight;
			if (employer === bracketFor && bar.where === 'abroad') {
				const x0 = x(value(employer, 'in-us')!);
				const x1 = end;
				const by = cursor + 3;
				const lines = wrapBalanced(t('h1b-cost.annotation.payment'), Math.max(100, (x1 - x0) * 0.95));
				const draft = textLabel('bracket', lines, (x0 + x1) / 2, by + 5 + 13, 'middle');
				const w = labelWidth(draft);
				const cx = Math.min(panel.right - w / 2 - 1, Math.max(panel.left + w / 2 + 1, (x0 + x1) / 2));
				bracket = { path: `M${x0},${by}V${by + 5}H${x1}V${by}`, label: { ...draft, x: cx } };
				cursor = labelBox(bracket.label).bottom + 6;
				points.at(-1)!.hit!.bottom = cursor;
			} else cursor += ROW_GAP;
		}
	});
	const plot: Box = { top: plotTop, left: plotLeft, right: plotRight, bottom: cursor };
	const ticks = tickValues.map((v) => ({ key: String(v), pos: x(v), label: fmt.usdCompact(v) }));
	const bottom = Number.isFinite(panel.bottom) ? panel.bottom : cursor + AXIS_ROOM;
	return { panel: { ...panel, bottom }, title, plot, ticks, groups, bars: out, bracket };
}
