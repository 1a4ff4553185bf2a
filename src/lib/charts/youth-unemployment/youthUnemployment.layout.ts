import { scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { Datum } from '$lib/data/types';
import { dateOf } from '$lib/data/at';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import { heightFor, insetBox, tickCount } from '../shared/size';
import type { Anchor, Box } from '../kit/geometry';
import {
	CENTRE_TO_BASELINE,
	LABEL_SIZE,
	LINE_HEIGHT,
	WIDE_FONT_SLACK,
	blockBox,
	wrap,
	type TextBlock
} from '../kit/text';
import { axisTexts, axisTitleBox } from '../kit/axes';
import { leastOverlap, resolveCollisions } from '../kit/labels';
import { overlapArea } from '../kit/geometry';
import { linePath, round } from '../shared/path';
import type { ChartLayout, PlotAxes } from '../kit/layout';
import { COLOUR } from '$lib/tokens';
import { youthCallouts, type Callout, type CalloutKind } from './youthUnemployment.callouts';

/** Series in drawing order; the first is the story's series and is drawn on top. */
export const YOUTH_SERIES = ['new-30-59', 'new-25-29', 'old-16-24', 'new-16-24'] as const;
/** Where the x axis starts: January 2020, the year before the series the story compares. */
const AXIS_START = new Date(Date.UTC(2020, 0, 1));
/** Every label is planned with room for fonts wider than the width table (the chart's `slack`). */
export const SLACK = WIDE_FONT_SLACK;
/** The 16–24 series carry China's colour; the older age groups recede as context. */
const CONTEXT: ReadonlySet<string> = new Set(['new-25-29', 'new-30-59']);
/** The order callouts claim their space in: the story's figure first. */
const PLACE_ORDER: readonly CalloutKind[] = ['story', 'peak', 'record', 'latest'];

export interface SeriesMark {
	key: string;
	/** Index into the palette: `series-<n>` in CSS (`COLOUR` in tokens.ts). */
	colour: number;
	/** A context series, drawn thinner and lighter than the story's. */
	recede: boolean;
	/** The old definition (students included), drawn dashed. */
	dashed: boolean;
	path: string;
	dots: { key: string; cx: number; cy: number }[];
	label: TextBlock;
}

export type YouthLayout = ChartLayout<
	PlotAxes & {
		axisLabel: string;
		series: SeriesMark[];
		/** The suspension (see `suspension`): its span and its label, or null when the data has none. */
		band: { x0: number; x1: number; label: TextBlock } | null;
		/** Values written next to the datums the story turns on (record, peak, the story's month, latest). */
		callouts: CalloutMark[];
	}
>;

/** A value label of the youth chart, with a leader line to its dot when it sits away from it. */
export interface CalloutMark {
	key: string;
	kind: CalloutKind;
	/** The datum it labels. */
	datum: string;
	label: TextBlock;
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** A datum's month, as a Date at UTC midnight on its first day. */
const month = (d: Datum) => dateOf(d.at);

/**
 * The months publication was suspended, as the data flags them: from the month after the figure
 * flagged `suspended` to the one flagged `resumed`; null unless both are there.
 */
export function suspension(datums: readonly Datum[]): { from: Date; to: Date } | null {
	const last = datums.find((d) => d.flag === 'suspended');
	const next = datums.find((d) => d.flag === 'resumed');
	return last && next ? { from: utcMonth.offset(month(last), 1), to: month(next) } : null;
}

/**
 * Geometry for the youth jobless chart: one line per series with gaps where months are missing,
 * direct labels at each line's end (moved apart when they collide), the suspension band, and the
 * values the story turns on written next to their dots (`youthCallouts`: the record of June 2023,
 * the peak of the new series, the figure at the time of the AP story and the latest one). The 16–24
 * lines carry China's colour, the older age groups recede in grey. Values are in percent units.
 */
export function youthUnemploymentLayout(datums: readonly Datum[], width: number, locale: Locale): YouthLayout {
	const size = { width, height: heightFor(width) };
	if (datums.length < 2) return { kind: 'empty', size };
	const narrow = size.width < 520;
	const labelWidth = Math.min(150, Math.max(76, size.width * 0.24));
	const plot = insetBox(size, { top: 22, right: labelWidth + 10, bottom: 28, left: 40 });

	const start = AXIS_START;
	const end = new Date(Math.max(...datums.map((d) => month(d).getTime())));
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
		const rows = datums.filter((d) => d.series === key).sort((a, b) => +month(a) - +month(b));
		if (rows.length === 0) return;
		const byMonth = new Map(rows.map((d) => [month(d).getTime(), d]));
		const all = utcMonth.range(month(rows[0]), utcMonth.offset(month(rows.at(-1)!), 1));
		const path = linePath(
			all.map((m) => {
				const d = byMonth.get(m.getTime());
				return d ? { x: x(m), y: y(d.value) } : null;
			})
		);
		const dots = rows.map((d) => ({ key: d.key, cx: round(x(month(d))), cy: round(y(d.value)) }));
		for (const dot of dots) points.push({ key: dot.key, x: dot.cx, y: dot.cy, row: YOUTH_SERIES.length - 1 - index });
		const last = dots.at(-1)!;
		const lines = wrap(locale.t(`youth-unemployment.series.${key}`), labelWidth, { bold: true, slack: SLACK });
		const label: TextBlock = { key: `series-${key}`, lines, x: last.cx + 6, y: last.cy, anchor: 'start', bold: true };
		const recede = CONTEXT.has(key);
		const colour = recede ? COLOUR.other : COLOUR.china;
		series.push({ key, colour, recede, dashed: key === 'old-16-24', path, dots, label });
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
		obstacles.push(blockBox(s.label, SLACK));
	}
	const axisLabel = locale.t('youth-unemployment.axisY');
	obstacles.push(axisTitleBox(plot, axisLabel));
	for (const tick of axisTexts(plot, { xTicks, yTicks })) obstacles.push(blockBox(tick));
	// 2 px of the top kept free: a CJK font's glyphs rise above the 0.8 em the boxes allow for.
	const bounds: Box = { left: 0, top: 2, right: size.width, bottom: plot.bottom };

	// The suspension label sits at the top of its band, or at the bottom when data is in the way.
	const suspended = suspension(datums);
	const bx0 = suspended ? x(suspended.from) : 0;
	const bx1 = suspended ? x(suspended.to) : 0;
	// At least four Chinese characters wide, so a short label is never broken character by character.
	const bandLines = wrap(
		locale.t('youth-unemployment.annotation.suspended'),
		Math.max(4 * LABEL_SIZE, (bx1 - bx0) * 1.6)
	);
	const bandBottom = plot.bottom - 6 - (bandLines.length - 1) * LINE_HEIGHT;
	const old = series.find((s) => s.key === 'old-16-24');

	/**
	 * Places the callouts in `order`, then the old series' label and the suspension label, each at its
	 * first free candidate; returns them with the total overlap left (0 when nothing collides).
	 */
	function arrange(order: readonly Callout[]) {
		const taken = [...obstacles];
		let overlap = 0;
		// `bold`: the label is drawn semibold (callouts, series labels), so it is measured so.
		const place = (
			key: string,
			lines: string[],
			candidates: { x: number; y: number; anchor: Anchor }[],
			bold = false
		) => {
			const blocks = candidates.map((c): TextBlock => ({ key, lines, ...c, ...(bold ? { bold } : {}) }));
			const boxes = blocks.map((b) => blockBox(b, SLACK));
			const i = Math.max(0, leastOverlap(boxes, taken, bounds));
			overlap += taken.reduce((sum, o) => sum + overlapArea(boxes[i], o), 0);
			taken.push(boxes[i]);
			return blocks[i];
		};
		const callouts: CalloutMark[] = [];
		for (const { kind, datum } of order) {
			const cx = round(x(month(datum)));
			const cy = round(y(datum.value));
			const values = { value: locale.fmt.percent(datum.value), month: locale.fmt.month(month(datum)) };
			const text = [locale.t(`youth-unemployment.callout.${kind}`, values)];
			if (kind === 'story') text.push(locale.t('youth-unemployment.callout.storySays'));
			const lines = text.flatMap((t) => wrap(t, narrow ? 112 : 170, { slack: SLACK, bold: true }));
			const up = (lines.length - 1) * LINE_HEIGHT;
			const near = [
				{ x: cx - 6, y: cy - 9 - up, anchor: 'end' as const },
				{ x: cx + 6, y: cy - 9 - up, anchor: 'start' as const },
				{ x: cx, y: cy - 10 - up, anchor: 'middle' as const },
				{ x: cx + 6, y: cy + 16, anchor: 'start' as const },
				{ x: cx - 6, y: cy + 16, anchor: 'end' as const },
				{ x: cx - 8, y: cy + CENTRE_TO_BASELINE - up / 2, anchor: 'end' as const },
				{ x: cx + 8, y: cy + CENTRE_TO_BASELINE - up / 2, anchor: 'start' as const }
			];
			const far = [26, 44, 62, 80, 98, 116].flatMap((d) => [
				{ x: cx, y: cy + d + 8, anchor: 'middle' as const },
				{ x: cx - 4, y: cy + d + 8, anchor: 'end' as const },
				{ x: cx + 4, y: cy + d + 8, anchor: 'start' as const },
				{ x: cx, y: cy - d - up, anchor: 'middle' as const },
				{ x: cx - 4, y: cy - d - up, anchor: 'end' as const },
				{ x: cx + 4, y: cy - d - up, anchor: 'start' as const }
			]);
			const label = place(`callout-${kind}`, lines, [...near, ...far], true);
			const box = blockBox(label, SLACK);
			const below = box.top > cy;
			const gap = below ? box.top - cy : cy - box.bottom;
			const leader =
				gap > 12
					? {
							x1: cx,
							y1: below ? cy + 4 : cy - 4,
							x2: Math.min(box.right, Math.max(box.left, cx)),
							y2: below ? box.top - 1 : box.bottom + 1
						}
					: null;
			callouts.push({ key: `callout-${kind}`, kind, datum: datum.key, label, leader });
		}

		// The old series ends mid-chart: its label goes above its last point, or in the free top-left corner.
		let oldLabel: TextBlock | null = null;
		if (old) {
			const first = old.dots[0];
			const last = old.dots.at(-1)!;
			const up = (old.label.lines.length - 1) * LINE_HEIGHT;
			const spot = place(
				old.label.key,
				old.label.lines,
				[
					{ x: last.cx, y: last.cy - 10 - up, anchor: 'end' },
					{ x: plot.left + 4, y: plot.top + 12, anchor: 'start' },
					{ x: first.cx, y: first.cy - 10 - up, anchor: 'start' },
					{ x: last.cx, y: plot.top + 12, anchor: 'end' },
					{ x: first.cx, y: first.cy + 18, anchor: 'start' },
					{ x: plot.left + 4, y: plot.top + 12 + 2 * LINE_HEIGHT, anchor: 'start' },
					{ x: last.cx, y: last.cy + 18, anchor: 'end' }
				],
				true
			);
			oldLabel = { ...spot, x: blockBox(spot).left, anchor: 'start' as const };
		}
		const bandLabel = suspended
			? place('band', bandLines, [
					{ x: (bx0 + bx1) / 2, y: plot.top + 12, anchor: 'middle' },
					{ x: (bx0 + bx1) / 2, y: bandBottom, anchor: 'middle' },
					{ x: bx1 - 2, y: bandBottom, anchor: 'end' }
				])
			: null;
		return { callouts, oldLabel, bandLabel, overlap };
	}

	// The story's figure claims its space first; another order is used only when it leaves less overlap.
	const first = youthCallouts(datums).sort((a, b) => PLACE_ORDER.indexOf(a.kind) - PLACE_ORDER.indexOf(b.kind));
	let best = arrange(first);
	for (const order of permutations(first)) {
		if (best.overlap === 0) break;
		const next = arrange(order);
		if (next.overlap < best.overlap - 1e-9) best = next;
	}
	if (old && best.oldLabel) old.label = best.oldLabel;
	const callouts = best.callouts;
	const band = best.bandLabel ? { x0: bx0, x1: bx1, label: best.bandLabel } : null;

	return {
		kind: 'ok',
		size,
		plot,
		xTicks,
		yTicks,
		axisLabel,
		series,
		band,
		callouts,
		points
	};
}

/** Every order of `items` (n! of them; callouts are at most four). */
function permutations<T>(items: readonly T[]): T[][] {
	if (items.length <= 1) return [[...items]];
	return items.flatMap((item, i) =>
		permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])
	);
}
