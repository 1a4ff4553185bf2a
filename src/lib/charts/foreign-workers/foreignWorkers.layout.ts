import { scaleLinear } from 'd3-scale';
import type { Datum } from '$lib/data/types';
import { yearOf } from '$lib/data/at';
import type { Locale } from '$lib/i18n/locale';
import { COLOUR } from '$lib/tokens';
import type { FocusPoint } from '../shared/chartProps';
import type { Box } from '../kit/geometry';
import { CENTRE_TO_BASELINE, LABEL_SIZE, LINE_HEIGHT, flowRows, measure, wrap, type TextBlock } from '../kit/text';
import type { ChartLayout } from '../kit/layout';
import { ANNOTATIONS } from '$lib/story/annotations';
import { DIGIT_SLACK, sameForm, scaleTicks, type ScaleTick } from './foreignWorkers.numbers';

export { DIGIT_SLACK, sameForm, type ScaleTick };

/** Purposes of a residence permit, in the order their segments run along a bar (work first). */
export const PURPOSES = ['work', 'study', 'family', 'private'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The datum that opens the chart's story: the permits the AP story calls "711,000 foreign workers". */
export const STORY_DATUM = ANNOTATIONS.permits.datum;

const EDGE = 4;
const ROW_GAP = 18;
const SWATCH = 10;
const ITEM_GAP = 14;

/** One stretch of a bar: a datum (a purpose, or a whole bar) or the part no source itemises. */
export interface Segment {
	key: string;
	/** The datum it draws; null for the part of a total that no source breaks down. */
	datum: string | null;
	/** Palette index (`series-<n>`), or null for the hatched "not itemised" part. */
	colour: number | null;
	x: number;
	width: number;
}

/** A swatch and its text under a bar, naming one segment and its value. */
export interface KeyItem {
	key: string;
	colour: number | null;
	swatch: { x: number; y: number; size: number };
	label: TextBlock;
}

/** One row: its heading (what the bar counts, and the figure), the bar, and the key to its parts. */
export interface PurposeRow {
	key: string;
	heading: TextBlock;
	/** The story's words for this bar, when it is the one the story cites. */
	note: TextBlock | null;
	bar: { y: number; height: number };
	segments: Segment[];
	items: KeyItem[];
}

export type ForeignWorkersLayout = ChartLayout<{
	/** Left and right ends of the scale, and the rows' extent. */
	plot: Box;
	ticks: ScaleTick[];
	rows: PurposeRow[];
	axisLabel: TextBlock;
}>;

interface RowSpec {
	key: string;
	total: Datum;
	parts: { purpose: Purpose; datum: Datum }[];
	colour: number;
	heading: string;
}

/** The rows in reading order: permits by year (latest first), census counts (latest first), the US. */
function rowSpecs(datums: readonly Datum[], locale: Locale): RowSpec[] {
	const of = (series: string) =>
		datums.filter((d) => d.series === series).sort((a, b) => yearOf(b.at) - yearOf(a.at) || a.key.localeCompare(b.key));
	const specs: RowSpec[] = [];
	for (const total of of('permits-all')) {
		const parts = PURPOSES.flatMap((purpose) => {
			const datum = datums.find((d) => d.series === `permits-${purpose}` && yearOf(d.at) === yearOf(total.at));
			return datum ? [{ purpose, datum }] : [];
		});
		const [value] = sameForm([total.value], locale);
		specs.push({
			key: total.key,
			total,
			parts,
			colour: COLOUR.other,
			heading: locale.t('foreign-workers.row.permits', { year: locale.fmt.year(yearOf(total.at)), value })
		});
	}
	for (const d of of('census')) {
		specs.push({
			key: d.key,
			total: d,
			parts: [],
			colour: COLOUR.other,
			heading: locale.t('foreign-workers.row.census', {
				year: locale.fmt.year(yearOf(d.at)),
				value: locale.fmt.number(d.value)
			})
		});
	}
	for (const d of of('us-h1b')) {
		specs.push({
			key: d.key,
			total: d,
			parts: [],
			colour: COLOUR.us,
			heading: locale.t('foreign-workers.row.us-h1b', {
				year: locale.fmt.year(yearOf(d.at)),
				value: locale.fmt.number(d.value)
			})
		});
	}
	return specs;
}

/** Palette index of a permit purpose: work in China's colour (what the story calls workers), the rest quiet. */
const purposeColour = (purpose: Purpose) => (purpose === 'work' ? COLOUR.china : COLOUR.other);

/**
 * Geometry for the foreign-workers chart: what the story's "711,000 foreign workers" counts. One
 * horizontal bar per figure on one scale from 0 (people or permits): residence permits issued in a
 * year, split by purpose as far as the sources itemise them (work in China's colour, every other
 * purpose quiet, the part no source breaks down hatched and unnumbered), the census counts of
 * foreigners living in China, and the US H-1B population for comparison. Each row's heading carries
 * its figure, and a key under a split bar names each part with its figure, so no number depends on
 * the bar's length to be read. The height follows from the width (px).
 */
export function foreignWorkersLayout(datums: readonly Datum[], width: number, locale: Locale): ForeignWorkersLayout {
	const specs = rowSpecs(datums, locale);
	const max = Math.max(0, ...specs.map((s) => s.total.value));
	if (specs.length === 0 || max <= 0) return { kind: 'empty', size: { width, height: 160 } };

	const narrow = width < 560;
	const barHeight = narrow ? 14 : 18;
	const left = EDGE;
	const right = width - EDGE;
	const x = scaleLinear([0, max], [left, right]).nice();
	const textWidth = right - left;

	const rows: PurposeRow[] = [];
	const points: FocusPoint[] = [];
	let cursor = 6;
	specs.forEach((spec, index) => {
		const headingLines = wrap(spec.heading, textWidth, { bold: true, slack: DIGIT_SLACK });
		const heading: TextBlock = {
			key: `heading-${spec.key}`,
			lines: headingLines,
			x: left,
			y: cursor + LABEL_SIZE * 0.8,
			anchor: 'start',
			bold: true
		};
		cursor += (headingLines.length - 1) * LINE_HEIGHT + LABEL_SIZE * 1.05;
		let note: TextBlock | null = null;
		if (spec.total.key === STORY_DATUM) {
			const lines = wrap(locale.t('foreign-workers.annotation.story'), textWidth, { slack: DIGIT_SLACK });
			note = { key: 'story', lines, x: left, y: cursor + 2 + LABEL_SIZE * 0.8, anchor: 'start' };
			cursor += 2 + (lines.length - 1) * LINE_HEIGHT + LABEL_SIZE * 1.05;
		}
		const barTop = cursor + 4;
		const barBottom = barTop + barHeight;

		const segments: Segment[] = [];
		let at = x(0);
		for (const { purpose, datum } of spec.parts) {
			const w = Math.max(1, x(datum.value) - x(0));
			segments.push({ key: datum.key, datum: datum.key, colour: purposeColour(purpose), x: at, width: w });
			points.push({
				key: datum.key,
				x: at + w / 2,
				y: barTop + barHeight / 2,
				row: index,
				hit: { left: at, right: at + w, top: barTop, bottom: barBottom }
			});
			at += w;
		}
		const end = x(spec.total.value);
		if (spec.parts.length === 0) {
			segments.push({ key: spec.total.key, datum: spec.total.key, colour: spec.colour, x: at, width: end - at });
		} else if (end - at >= 1) {
			segments.push({ key: `${spec.total.key}-rest`, datum: null, colour: null, x: at, width: end - at });
		}
		points.push({
			key: spec.total.key,
			x: end,
			y: barTop + barHeight / 2,
			row: index,
			hit: { left: x(0), right: end, top: barTop, bottom: barBottom }
		});
		cursor = barBottom;

		const items: KeyItem[] = [];
		if (spec.parts.length > 0) {
			const values = sameForm(
				spec.parts.map((p) => p.datum.value),
				locale
			);
			const texts = spec.parts.map((p, i) =>
				locale.t('foreign-workers.purpose.item', {
					purpose: locale.t(`foreign-workers.purpose.${p.purpose}`),
					value: values[i]
				})
			);
			const colours: (number | null)[] = spec.parts.map((p) => purposeColour(p.purpose));
			if (segments.some((s) => s.datum === null)) {
				texts.push(locale.t('foreign-workers.purpose.rest'));
				colours.push(null);
			}
			// A text wider than the chart wraps; every item then starts on its own row.
			const itemTexts = texts.map((t) => wrap(t, textWidth - SWATCH - 5, { slack: DIGIT_SLACK }));
			const widths = itemTexts.map(
				(lines) => SWATCH + 5 + Math.max(...lines.map((l) => measure(l, { slack: DIGIT_SLACK })))
			);
			const flow = flowRows(widths, textWidth, ITEM_GAP);
			let rowTop = cursor + 6;
			let lastRow = -1;
			let rowHeight = 0;
			flow.forEach((placed, i) => {
				if (placed.row !== lastRow) {
					rowTop += rowHeight;
					rowHeight = 0;
					lastRow = placed.row;
				}
				const lines = itemTexts[i];
				const centre = rowTop + LINE_HEIGHT / 2;
				items.push({
					key: `item-${spec.key}-${i}`,
					colour: colours[i],
					swatch: { x: left + placed.x, y: centre - SWATCH / 2, size: SWATCH },
					label: {
						key: `item-${spec.key}-${i}`,
						lines,
						x: left + placed.x + SWATCH + 5,
						y: centre + CENTRE_TO_BASELINE,
						anchor: 'start'
					}
				});
				rowHeight = Math.max(rowHeight, lines.length * LINE_HEIGHT + 2);
			});
			cursor = rowTop + rowHeight;
		}
		rows.push({ key: spec.key, heading, note, bar: { y: barTop, height: barHeight }, segments, items });
		cursor += ROW_GAP;
	});

	const plot: Box = { top: 0, right, bottom: cursor - ROW_GAP + 6, left };
	const ticks = scaleTicks(x, plot, width, locale);
	const axisCentre = plot.bottom + 12 + LINE_HEIGHT + 2;
	const axisLabel: TextBlock = {
		key: 'axis',
		lines: [locale.t('foreign-workers.axisX')],
		x: narrow ? left : right,
		y: axisCentre + CENTRE_TO_BASELINE,
		anchor: narrow ? 'start' : 'end'
	};
	return {
		kind: 'ok',
		size: { width, height: Math.ceil(axisCentre + LABEL_SIZE / 2 + 6) },
		plot,
		ticks,
		rows,
		axisLabel,
		points
	};
}
