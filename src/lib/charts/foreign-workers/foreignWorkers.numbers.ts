import type { scaleLinear } from 'd3-scale';
import type { Locale } from '$lib/i18n/locale';
import type { Box } from '../kit/geometry';
import { blockBox, type TextBlock } from '../kit/text';

// The foreign-workers chart's figures: the form each row writes them in, and the shared scale's ticks.

/** Digits run wider in common UI fonts than the width table's estimate. */
export const DIGIT_SLACK = 1.15;

/**
 * Writes the figures of one row in one form: all in 万 when each of them can be (23.7万 beside 20.8万),
 * otherwise every digit (845,697 never beside 71.1万 in one row).
 */
export function sameForm(values: readonly number[], locale: Locale): string[] {
	const units = values.map((v) => locale.fmt.number(v));
	return units.every((u) => /[万亿]/.test(u)) || units.every((u) => !/[万亿]/.test(u))
		? units
		: values.map((v) => locale.fmt.digits(v));
}

/** A value on the shared scale: a faint line across each bar, and its label under the last row. */
export interface ScaleTick {
	key: string;
	x: number;
	label: TextBlock;
}

/**
 * Scale ticks from 0 whose labels (baseline 16 px under the rows) stay inside the chart and apart:
 * the most that fit, dropping any whose label would leave the chart.
 */
export function scaleTicks(
	x: ReturnType<typeof scaleLinear<number>>,
	plot: Box,
	width: number,
	locale: Locale
): ScaleTick[] {
	const y = plot.bottom + 16;
	for (let n = Math.max(2, Math.floor((plot.right - plot.left) / 90)); n >= 1; n--) {
		const ticks = x
			.ticks(n)
			.map((v) => ({
				key: String(v),
				x: x(v),
				label: { key: `tick-${v}`, lines: [locale.fmt.compact(v)], x: x(v), y, anchor: 'middle' } as TextBlock
			}))
			.map((t) => {
				const box = blockBox(t.label, DIGIT_SLACK);
				if (box.left < 0) return { ...t, label: { ...t.label, x: t.x, anchor: 'start' as const } };
				if (box.right > width) return { ...t, label: { ...t.label, x: t.x, anchor: 'end' as const } };
				return t;
			});
		const boxes = ticks.map((t) => blockBox(t.label, DIGIT_SLACK));
		if (boxes.every((b, i) => i === 0 || b.left > boxes[i - 1].right + 6) || n === 1) return ticks;
	}
	return [];
}
