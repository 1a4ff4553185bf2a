import { scaleBand, scaleLinear } from 'd3-scale';
import type { Datum } from '$lib/data/types';
import { yearOf } from '$lib/data/at';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { heightFor, tickCount } from '../shared/size';
import type { Box } from '../kit/geometry';
import {
	WIDE_FONT_SLACK as SLACK,
	blockBox,
	blockHeight,
	blockWidth,
	flowRows,
	measure,
	textBlock,
	wrapBalanced,
	type TextBlock
} from '../kit/text';
import type { ChartLayout, PlotAxes } from '../kit/layout';

/** Keyboard rows, top to bottom of a column. */
const ROW = { eligible: 0, selected: 1, cap: 2 } as const;
const AXIS_ROOM = 24;
/** Space between the cap line's right end and its label, px. */
const CAP_GAP = 5;
const CAP_STYLE = { bold: true, slack: SLACK } as const;
/** Below this chart width the cap is labelled in the legend (see `h1bDemandLayout`), px. */
export const CAP_AT_LINE_END_MIN_WIDTH = 480;
/** Distance from a legend item's left to its label, px. */
const SWATCH = { eligible: 14, selected: 14, cap: 22 } as const;

/**
 * The width (px) the cap label wraps to: one line where that takes at most a tenth of the chart,
 * else the width of its number (Cap: / 85,000).
 */
function capLabelWidth(text: string, value: string, width: number): number {
	return Math.max(measure(value, CAP_STYLE), Math.min(measure(text, CAP_STYLE), width * 0.1));
}

/** A drawn column, px. */
export interface ColumnMark {
	key: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Eligible registrations of one fiscal year. */
export interface DemandColumn extends ColumnMark {
	year: number;
	/** A different measure (hatched, labelled). */
	flagged: boolean;
}

export interface LegendItem {
	key: 'eligible' | 'selected' | 'cap';
	/** Top-left of the swatch: a 10 px square, or for the cap a dashed line 18 px wide at its middle. */
	x: number;
	y: number;
	label: TextBlock;
}

export type H1bDemandLayout = ChartLayout<
	PlotAxes & {
		axisLabel: TextBlock;
		legend: LegendItem[];
		columns: DemandColumn[];
		/** Selected registrations: narrower columns inside the eligible ones. */
		inner: ColumnMark[];
		/** The cap, one segment per fiscal year, so each is its own datum. */
		cap: { key: string; x1: number; x2: number; y: number }[];
		/** The cap's label right of the line's end, or null where the legend carries it. */
		capLabel: TextBlock | null;
		/** Value labels on the columns (eligible above, selected above the inner column). */
		values: TextBlock[];
		/** The label of the flagged column(s), with a leader down to it, or null. */
		flag: { label: TextBlock; x: number; y1: number; y2: number } | null;
	}
>;

/** A datum's fiscal year. */
const fy = (d: Datum) => yearOf(d.at);

/**
 * Geometry for the H-1B lottery chart: eligible registrations as columns per fiscal year, selected
 * registrations as narrower columns inside them, the annual cap as a labelled line, and value
 * labels that are dropped rather than allowed to overlap. Counts of registrations.
 */
export function h1bDemandLayout(datums: readonly Datum[], width: number, locale: Locale): H1bDemandLayout {
	const size = { width, height: heightFor(width) };
	const { t, fmt } = locale;
	const eligible = datums.filter((d) => d.series === 'eligible');
	const selected = datums.filter((d) => d.series === 'selected');
	const caps = datums.filter((d) => d.series === 'cap');
	if (eligible.length < 2) return { kind: 'empty', size };
	const years = [...new Set([...eligible, ...selected, ...caps].map(fy))].sort((a, b) => a - b);

	// Every column reaches above the cap, so its label goes where no column is: past the line's right
	// end, or on a phone (where that room would cost the columns their value labels) in the legend.
	// Both are planned for the cap in full digits, the widest form it may take.
	const lastCap = caps.at(-1);
	const capDigits = lastCap ? t('h1b-demand.label.cap', { value: fmt.digits(lastCap.value) }) : '';
	const capInLegend = lastCap !== undefined && width < CAP_AT_LINE_END_MIN_WIDTH;
	const capWrap = lastCap && !capInLegend ? capLabelWidth(capDigits, fmt.digits(lastCap.value), width) : 0;
	const capRoom = capWrap ? Math.ceil(capWrap) + CAP_GAP : 0;

	const legendEntries = [
		...(['eligible', 'selected'] as const).filter((k) => datums.some((d) => d.series === k)),
		...(capInLegend ? (['cap'] as const) : [])
	];
	const legendText = (k: LegendItem['key']) => (k === 'cap' ? capDigits : t(`h1b-demand.series.${k}`));
	const legendWidths = legendEntries.map((k) => SWATCH[k] + measure(legendText(k), { slack: SLACK }));
	const rows = flowRows(legendWidths, width, 16);
	const legend: LegendItem[] = legendEntries.map((key, i) => {
		const baseline = 12 + rows[i].row * 16;
		return {
			key,
			x: rows[i].x,
			y: baseline - 9,
			label: textBlock(`legend-${key}`, [legendText(key)], rows[i].x + SWATCH[key], baseline)
		};
	});
	const legendBottom = legend.length ? Math.max(...legend.map((l) => blockBox(l.label, SLACK).bottom)) : 0;
	const axisLabel = textBlock('axis', [t('h1b-demand.axisY')], 0, legendBottom + 18);
	const top = blockBox(axisLabel, SLACK).bottom + 10;
	const bottom = size.height - AXIS_ROOM;

	const maxValue = Math.max(...[...eligible, ...selected, ...caps].map((d) => d.value));
	const y = scaleLinear([0, maxValue * (1 + 22 / Math.max(60, bottom - top))], [bottom, top]).nice();
	const tickValues = y.ticks(tickCount(bottom - top, 50));
	const left = Math.ceil(Math.max(...tickValues.map((v) => measure(fmt.compact(v), { slack: SLACK })))) + 10;
	const plot: Box = { top, bottom, left, right: width - 2 - capRoom };
	const yTicks = tickValues.map((v) => ({ key: String(v), pos: y(v), label: fmt.compact(v) }));

	// The outermost tick labels are centred on the end columns: pull the plot in if they would stick out.
	const widest = Math.max(...years.map((yr) => measure(fmt.fiscalYear(yr), { slack: SLACK })));
	const x = scaleBand(years, [plot.left, plot.right]).paddingInner(0.24).paddingOuter(0.12);
	// The outermost tick labels are centred on the end columns: keep them inside the chart and, on the
	// left, clear of the y tick labels (which end 6 px left of the plot). Moving the right edge also
	// moves every band a little, so settle in a few rounds.
	for (let i = 0; i < 4; i++) {
		const firstCentre = x(years[0])! + x.bandwidth() / 2 - plot.left;
		if (firstCentre < widest / 2 - 4) x.paddingOuter(x.paddingOuter() + (widest / 2 - 4 - firstCentre) / x.step());
		const rightOver = x(years.at(-1)!)! + x.bandwidth() / 2 + widest / 2 - (width - 1);
		if (rightOver <= 0) break;
		plot.right -= rightOver + 0.5;
		x.range([plot.left, plot.right]);
	}
	const bw = x.bandwidth();
	const pad = x.step() - bw;
	const every = [1, 2, 3].find((s) => s * x.step() >= widest + 8) ?? 3;
	const xTicks = years
		.filter((_, i) => (years.length - 1 - i) % every === 0)
		.map((yr) => ({ key: String(yr), pos: x(yr)! + bw / 2, label: fmt.fiscalYear(yr) }));

	// Points anchor tooltips at the top of their mark; their hit areas let the pointer pick the part of
	// a column it is over (the smallest area wins where they nest), with the space above a column and
	// the gaps beside it counting as that column.
	const points: FocusPoint[] = [];
	const innerWidth = Math.max(3, bw * 0.46);
	const inner: ColumnMark[] = selected.map((d) => {
		const top = y(d.value);
		const r = { key: d.key, x: x(fy(d))! + (bw - innerWidth) / 2, y: top, width: innerWidth, height: y(0) - top };
		points.push({
			key: d.key,
			x: x(fy(d))! + bw / 2,
			y: top,
			row: ROW.selected,
			hit: { left: r.x, right: r.x + r.width, top, bottom: y(0) }
		});
		return r;
	});
	const columns: DemandColumn[] = eligible.map((d) => {
		const top = y(d.value);
		const hit = { left: x(fy(d))! - pad / 2, right: x(fy(d))! + bw + pad / 2, top: plot.top, bottom: y(0) };
		points.push({ key: d.key, x: x(fy(d))! + bw / 2, y: top, row: ROW.eligible, hit });
		return {
			key: d.key,
			year: fy(d),
			x: x(fy(d))!,
			y: top,
			width: bw,
			height: y(0) - top,
			flagged: d.flag === 'other-measure'
		};
	});
	const cap = caps.map((d) => {
		const segment = {
			key: d.key,
			x1: Math.max(plot.left, x(fy(d))! - pad / 2),
			x2: Math.min(plot.right, x(fy(d))! + bw + pad / 2),
			y: y(d.value)
		};
		const hit = { left: segment.x1, right: segment.x2, top: segment.y - 5, bottom: segment.y + 5 };
		points.push({ key: d.key, x: x(fy(d))! + bw / 2, y: segment.y, row: ROW.cap, hit });
		return segment;
	});

	// One number form for every label of the chart, the first at which every label fits: 758,994 at
	// 12 px, else 759K (rounded to thousands), else 759K at 11 px on phones. Labels that still do not
	// fit are left to the tooltip. `digits`, not `number`: Chinese `number` writes 127,600 as 12.76万,
	// which beside 124,415 would mix two forms in one row, and the cap (8.5万) beside 124,415 in one chart.
	const formats = [
		{ text: (v: number) => fmt.digits(v), size: 12, slack: SLACK },
		{ text: (v: number) => fmt.compact(Math.round(v / 1000) * 1000), size: 12, slack: SLACK },
		{ text: (v: number) => fmt.compact(Math.round(v / 1000) * 1000), size: 11, slack: SLACK }
	];
	const fits = (f: (typeof formats)[number], list: readonly Datum[], room: number) =>
		list.every((d) => measure(f.text(d.value), f) <= room);
	const format = formats.find((f) => fits(f, eligible, x.step() - 1) && fits(f, selected, bw - 4)) ?? formats.at(-1)!;
	// Neighbouring labels may share the gap between columns: a label no wider than a step never
	// reaches the next column. A row is labelled whole or not at all (a lone label would read as a note).
	const eligibleRow = columns.map((c) => {
		const text = format.text(eligible.find((d) => d.key === c.key)!.value);
		if (measure(text, format) > x.step() - 1) return null;
		return textBlock(`value-${c.key}`, [text], c.x + bw / 2, c.y - 5, 'middle', format);
	});
	const selectedRow = inner.map((r) => {
		const d = selected.find((s) => s.key === r.key)!;
		const column = columns.find((c) => c.year === fy(d));
		const text = format.text(d.value);
		if (!column || measure(text, format) > bw - 4) return null;
		const label = textBlock(`value-${r.key}`, [text], r.x + r.width / 2, r.y - 4, 'middle', format);
		// Only inside the column's tint.
		return blockBox(label, SLACK).top < column.y + 2 ? null : label;
	});
	const whole = (row: (TextBlock | null)[]) => (row.every((l) => l !== null) ? (row as TextBlock[]) : []);
	const values = [...whole(eligibleRow), ...whole(selectedRow)];

	// Right of the line's end, centred on it, never down into the x axis's labels; or in the legend.
	let capLabel: TextBlock | null = null;
	const capText = lastCap ? t('h1b-demand.label.cap', { value: format.text(lastCap.value) }) : '';
	const capItem = legend.find((l) => l.key === 'cap');
	if (capItem) capItem.label = { ...capItem.label, lines: [capText] };
	else if (lastCap) {
		const draft = textBlock('cap-label', wrapBalanced(capText, capWrap, CAP_STYLE), plot.right + CAP_GAP, 0, 'start', {
			bold: true
		});
		const topLine = Math.min(y(lastCap.value) - blockHeight(draft) / 2, plot.bottom - 2 - blockHeight(draft));
		capLabel = { ...draft, y: topLine - blockBox(draft).top };
	}

	let flag: Extract<H1bDemandLayout, { kind: 'ok' }>['flag'] = null;
	const flagged = columns.filter((c) => c.flagged);
	if (flagged.length) {
		const right = Math.max(...flagged.map((c) => c.x + c.width));
		const leftmost = Math.min(...flagged.map((c) => c.x));
		const centre = flagged.at(-1)!.x + bw / 2;
		// Try a few wrap widths and keep the one that sits lowest, nearest its column, on 3 lines at most:
		// a wide label reaches over taller neighbours and has to climb above them.
		const placements = [160, 130, 100, 80, 64].flatMap((maxWidth) => {
			const lines = wrapBalanced(t('h1b-demand.annotation.submitted'), Math.min(maxWidth, right - plot.left), {
				slack: SLACK
			});
			if (lines.length > 3) return [];
			const draft = textBlock('flag', lines, right, 0, 'end');
			const span = { left: Math.min(leftmost, right - blockWidth(draft, SLACK)), right };
			const under = [
				...columns.filter((c) => c.x < span.right && c.x + c.width > span.left).map((c) => c.y),
				...values
					.map((l) => blockBox(l, SLACK))
					.filter((b) => b.left < span.right && b.right > span.left)
					.map((b) => b.top)
			];
			const floor = Math.min(plot.bottom, ...under) - 6;
			const label = { ...draft, y: floor - blockHeight(draft) + 10 };
			return blockBox(label, SLACK).top >= plot.top - 4 ? [label] : [];
		});
		const label = placements.sort((a, b) => b.y - a.y || a.lines.length - b.lines.length)[0];
		if (label) {
			const ownValue = values
				.filter((v) => flagged.some((c) => v.key === `value-${c.key}`))
				.map((v) => blockBox(v, SLACK).top);
			flag = {
				label,
				x: centre,
				y1: blockBox(label, SLACK).bottom + 1,
				y2: Math.min(flagged.at(-1)!.y, ...ownValue) - 2
			};
		}
	}

	return {
		kind: 'ok',
		size,
		plot,
		xTicks,
		yTicks,
		axisLabel,
		legend,
		columns,
		inner,
		cap,
		capLabel,
		values,
		flag,
		points
	};
}
