import type { Component } from 'svelte';
import type { ChartData, Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { ChartLayoutShape, HitMode } from './chartProps';
import { variantFor } from './responsive';
import { roundPixels } from '../kit/geometry';

/** A layout with marks to draw (not the empty state). */
export type DrawnLayout<L extends ChartLayoutShape> = Extract<L, { kind: 'ok' }>;

/** What the marks component of a chart receives: its layout and the datum the reader is on. */
export interface MarksProps<L extends ChartLayoutShape> {
	layout: DrawnLayout<L>;
	/** Key of the active datum (hovered, focused or highlighted), or null. */
	active: string | null;
	/** Keys of the unconfirmed (weak) data points, drawn hollow or with a dashed outline. */
	weak: ReadonlySet<string>;
}

/**
 * Everything a chart is, exported as the default of `src/lib/charts/<id>/index.ts`: `ChartView` draws any
 * chart from it, so a chart's component holds only its marks.
 */
export interface ChartDefinition<L extends ChartLayoutShape = ChartLayoutShape> {
	id: string;
	/** Pure: the chart's geometry at `width` px; the layout decides its own height (`layout.size`). */
	layout: (datums: readonly Datum[], width: number, locale: Locale) => L;
	/** Renders a drawn layout's marks inside `ChartCanvas`, nothing else. */
	Marks: Component<MarksProps<L>>;
	/** How the pointer picks a datum: by x for time series, by y for horizontal bars. */
	hitMode: HitMode;
	/** Extra width its layout plans every label with (`WIDE_FONT_SLACK`), if any; legibility checks use it. */
	slack?: number;
}

/**
 * A chart definition with its layout type checked against its marks, then erased for the registry; its
 * layout's positions and sizes come rounded to 0.1 px (`roundPixels`).
 */
export function defineChart<L extends ChartLayoutShape>(definition: ChartDefinition<L>): ChartDefinition {
	const layout: ChartDefinition<L>['layout'] = (datums, width, locale) =>
		roundPixels(definition.layout(datums, width, locale));
	return { ...definition, layout } as unknown as ChartDefinition;
}

/**
 * The chart's own height (px) in a view `width` px wide, as ChartView shows it: the layout variant of
 * that width (see `variantFor`), scaled to fit.
 */
export function chartHeight(chart: ChartDefinition, data: ChartData, width: number, locale: Locale): number {
	const variant = variantFor(width);
	return (chart.layout(data.datums, variant.width, locale).size.height * width) / variant.width;
}
