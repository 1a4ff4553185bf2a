import { scaleLinear } from 'd3-scale';
import { VISA_ROUTES } from './routes';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import { datumLabelKey } from '$lib/i18n/keys';
import type { FocusPoint } from '../shared/chartProps';
import { boxesOverlap, type Box, type Tick } from '../kit/geometry';
import { CENTRE_TO_BASELINE, LABEL_SIZE, LINE_HEIGHT, blockBox, measure, wrap, type TextBlock } from '../kit/text';
import type { ChartLayout } from '../kit/layout';
import { COLOUR } from '$lib/tokens';

/** Bar groups in legend order, with their palette index (`series-<n>` in CSS, `COLOUR` in tokens.ts). */
export const VISA_GROUPS = [
	{ key: 'us', colour: COLOUR.us },
	{ key: 'china', colour: COLOUR.china },
	{ key: 'other', colour: COLOUR.other }
] as const;
type VisaGroup = (typeof VISA_GROUPS)[number]['key'];

/** Marks a bar whose visa fee is not published (`fee-unpublished`), explained in a footnote. */
export const DAGGER = '†';

/** Below this width (px) category labels sit above their bars instead of in a left column. */
export const NARROW_WIDTH = 560;
const BAR_WIDE = 16;
const BAR_NARROW = 12;
const EDGE = 4;
const VALUE_GAP = 6;
// Digits run wider than the width table's in common UI fonts; value labels get room for it.
const DIGIT_SLACK = 1.15;
export interface BarMark {
	key: string;
	/** Palette index: `series-<n>` in CSS. */
	colour: number;
	group: string;
	x: number;
	y: number;
	width: number;
	height: number;
	label: TextBlock;
	value: TextBlock;
}

export interface LegendItem {
	key: string;
	colour: number;
	swatch: { x: number; y: number; size: number };
	label: TextBlock;
}

export type VisaCostsLayout = ChartLayout<{
	plot: Box;
	narrow: boolean;
	xGrid: Tick[];
	axisLabel: TextBlock;
	legend: LegendItem[];
	bars: BarMark[];
	footnote: TextBlock | null;
}>;

const order = (route: string) => {
	const i = (VISA_ROUTES as readonly string[]).indexOf(route);
	return i < 0 ? VISA_ROUTES.length : i;
};

/** Legend items laid out left to right, wrapping onto new rows when the width runs out. */
function legendLayout(groups: readonly VisaGroup[], width: number, locale: Locale): LegendItem[] {
	const items: LegendItem[] = [];
	const size = 10;
	let x = EDGE;
	let y = LINE_HEIGHT / 2 + 2;
	for (const key of groups) {
		const text = locale.t(`visa-costs.series.${key}`);
		const itemWidth = size + 5 + measure(text);
		if (x > EDGE && x + itemWidth > width - EDGE) {
			x = EDGE;
			y += LINE_HEIGHT + 4;
		}
		const colour = VISA_GROUPS.find((g) => g.key === key)?.colour ?? 1;
		items.push({
			key,
			colour,
			swatch: { x, y: y - size / 2, size },
			label: { key: `legend-${key}`, x: x + size + 5, y: y + CENTRE_TO_BASELINE, anchor: 'start', lines: [text] }
		});
		x += itemWidth + 16;
	}
	return items;
}

/** Value-axis ticks from 0 that fit the bar area without their labels touching. */
function fitTicks(
	scale: (v: number) => number,
	ticksFor: (n: number) => number[],
	max: number,
	plot: Box,
	locale: Locale,
	y: number
): Tick[] {
	for (let n = Math.min(5, Math.max(2, Math.floor((plot.right - plot.left) / 90))); n >= 1; n--) {
		const ticks = ticksFor(n)
			.filter((v) => v <= max)
			.map((v) => ({ key: String(v), pos: scale(v), label: locale.fmt.usdCompact(v) }));
		const boxes = ticks.map((t) => blockBox({ key: t.key, x: t.pos, y, anchor: 'middle', lines: [t.label] }));
		const fits = boxes.every((b, i) => b.left >= 0 && (i === 0 || !boxesOverlap(boxes[i - 1], b, 6)));
		if (fits || n === 1) return ticks;
	}
	return [];
}

/**
 * Geometry for the visa-costs chart: one horizontal bar per route, longest first, on a linear
 * dollar axis from 0. Category labels sit in a left column (wrapped), or above each bar below
 * `NARROW_WIDTH`; each bar's value is written at its end, so even a $0 or $19 bar reads as a real
 * figure. The height follows from the width and the number of bars (px).
 */
export function visaCostsLayout(datums: readonly Datum[], width: number, locale: Locale): VisaCostsLayout {
	const rows = [...datums].sort((a, b) => b.value - a.value || order(a.x) - order(b.x));
	const max = Math.max(0, ...rows.map((d) => d.value));
	if (rows.length === 0 || max <= 0) return { kind: 'empty', size: { width, height: 160 } };

	const narrow = width < NARROW_WIDTH;
	const groups = VISA_GROUPS.map((g) => g.key).filter((k) => rows.some((d) => d.series === k));
	const legend = legendLayout(groups, width, locale);
	const legendBottom = Math.max(...legend.map((l) => l.label.y - CENTRE_TO_BASELINE)) + LABEL_SIZE / 2;

	const labelText = (d: Datum) =>
		`${locale.t(datumLabelKey(locale, 'visa-costs', 'category', d.x))}${d.flag === 'fee-unpublished' ? ` ${DAGGER}` : ''}`;
	const valueText = (d: Datum) =>
		d.value === 0
			? locale.t('visa-costs.value.zero', { value: locale.fmt.usd(0) })
			: locale.fmt.usd(Math.round(d.value));

	const natural = Math.max(...rows.map((d) => measure(labelText(d))));
	const labelColumn = narrow ? 0 : Math.min(natural, Math.max(120, Math.min(280, width * 0.34)));
	// Narrow: room for half of the "$0" tick label; wide: the category column and a gap.
	// (The column gets 5% more than the estimate: real fonts run a little wider at times.)
	const left = narrow
		? EDGE + Math.ceil(measure(locale.fmt.usdCompact(0)) / 2)
		: EDGE + Math.ceil(labelColumn * 1.05) + 10;
	const bar = narrow ? BAR_NARROW : BAR_WIDE;

	// The widest scale for which every bar plus its value label still ends inside the chart.
	const right = width - EDGE;
	let span = right - left;
	for (const d of rows) {
		if (d.value <= 0) continue;
		span = Math.min(span, ((right - left - VALUE_GAP - measure(valueText(d), { slack: DIGIT_SLACK })) * max) / d.value);
	}
	span = Math.max(1, span);
	const x = scaleLinear([0, max], [left, left + span]);

	const top = legendBottom + (narrow ? 14 : 16);
	let cursor = top;
	const bars: BarMark[] = [];
	const points: FocusPoint[] = [];
	rows.forEach((d, index) => {
		const lines = wrap(labelText(d), narrow ? width - left - EDGE : labelColumn);
		let barTop: number;
		let labelY: number;
		if (narrow) {
			labelY = cursor + LINE_HEIGHT / 2;
			barTop = cursor + lines.length * LINE_HEIGHT + 1;
			cursor = barTop + bar + 10;
		} else {
			const rowHeight = Math.max(bar + 8, lines.length * LINE_HEIGHT + 6);
			barTop = cursor + (rowHeight - bar) / 2;
			labelY = barTop + bar / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2;
			cursor += rowHeight;
		}
		// A real but tiny charge gets a 1 px sliver so it is not mistaken for a missing bar.
		const barWidth = d.value > 0 ? Math.max(1, x(d.value) - x(0)) : 0;
		const centre = barTop + bar / 2;
		const group = VISA_GROUPS.find((g) => g.key === d.series);
		bars.push({
			key: d.key,
			colour: group?.colour ?? 1,
			group: d.series,
			x: x(0),
			y: barTop,
			width: barWidth,
			height: bar,
			label: narrow
				? { key: `label-${d.key}`, x: left, y: labelY + CENTRE_TO_BASELINE, anchor: 'start', lines }
				: { key: `label-${d.key}`, x: left - 10, y: labelY + CENTRE_TO_BASELINE, anchor: 'end', lines },
			value: {
				key: `value-${d.key}`,
				x: x(0) + barWidth + VALUE_GAP,
				y: centre + CENTRE_TO_BASELINE,
				anchor: 'start',
				lines: [valueText(d)]
			}
		});
		points.push({ key: d.key, x: x(0) + barWidth, y: centre, row: index });
	});

	const plot: Box = { top, right: left + span, bottom: cursor - (narrow ? 6 : 0), left };
	// The shared axis draws tick labels with their baseline 16 px under the plot.
	const xGrid = fitTicks(x, (n) => x.ticks(n), max, plot, locale, plot.bottom + 16);
	const axisCentre = plot.bottom + 12 + LINE_HEIGHT + 2;
	const axisLabel: TextBlock = {
		key: 'axis',
		x: narrow ? left : plot.right,
		y: axisCentre + CENTRE_TO_BASELINE,
		anchor: narrow ? 'start' : 'end',
		lines: [locale.t('visa-costs.axisX')]
	};
	let bottom = axisCentre + LABEL_SIZE / 2;
	let footnote: TextBlock | null = null;
	if (rows.some((d) => d.flag === 'fee-unpublished')) {
		const lines = wrap(`${DAGGER} ${locale.t('visa-costs.footnote.unpublished')}`, width - 2 * EDGE);
		const centre = bottom + 10 + LABEL_SIZE / 2;
		footnote = { key: 'footnote', x: EDGE, y: centre + CENTRE_TO_BASELINE, anchor: 'start', lines };
		bottom = centre + (lines.length - 1) * LINE_HEIGHT + LABEL_SIZE / 2;
	}

	return {
		kind: 'ok',
		size: { width, height: Math.ceil(bottom + 6) },
		plot,
		narrow,
		xGrid,
		axisLabel,
		legend,
		bars,
		footnote,
		points
	};
}
