import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from './chartProps';
import type { Size } from './size';

/** One series as a row of dots, in data order. */
export interface PlaceholderRow {
	key: string;
	label: string;
	y: number;
	dots: { key: string; cx: number }[];
}

export interface PlaceholderLayout {
	size: Size;
	rows: PlaceholderRow[];
	points: FocusPoint[];
}

/**
 * Stand-in geometry for a chart whose real design is not merged yet: every datum as a dot, one row
 * per series, so pages, tables, downloads and deep links can be built and tested against it.
 */
export function placeholderLayout(chartId: string, datums: readonly Datum[], size: Size, locale: Locale): PlaceholderLayout {
	const series = [...new Set(datums.map((d) => d.series))];
	const rowHeight = (size.height - 40) / Math.max(1, series.length);
	const rows = series.map((s, i) => {
		const own = datums.filter((d) => d.series === s);
		const step = (size.width - 40) / Math.max(1, own.length);
		return {
			key: s,
			label: locale.t(`${chartId}.series.${s}`),
			y: 40 + rowHeight * i + rowHeight / 2,
			dots: own.map((d, j) => ({ key: d.key, cx: 20 + step * (j + 0.5) }))
		};
	});
	const points = rows.flatMap((r, i) => r.dots.map((d) => ({ key: d.key, x: d.cx, y: r.y, row: i })));
	return { size, rows, points };
}
