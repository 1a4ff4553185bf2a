import type { ChartData, Confidence, Source } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import { formatValue, producerNames, seriesLabel, stackLabel, xLabel } from './describe';

export { seriesLabel, stackLabel };

/** One row of a chart's data table: the datum's key and every cell as display text. */
export interface TableRow {
	key: string;
	series: string;
	/** Stack component, '' when the chart is not stacked. */
	stack: string;
	/** Date, year or category, as the tooltip says it. */
	when: string;
	/** Formatted value with its unit, as the tooltip says it. */
	value: string;
	/** Who produced the number, in the reader's language. */
	producer: string;
	sources: Source[];
	confidence: Confidence;
	note: string;
}

/** What the table shows: its rows and which optional columns it needs. */
export interface TableModel {
	rows: TableRow[];
	/** True when any datum is part of a stack: the table gets a "Component" column. */
	stacked: boolean;
	/** True when any datum has a note: the table gets a "Note" column. */
	notes: boolean;
}

/**
 * The data table of a chart: one row per datum in the data's order, with the same series names,
 * dates and formatted values as the chart's tooltips (both use `describe.ts`).
 */
export function tableModel(data: ChartData, locale: Locale): TableModel {
	const rows = data.datums.map((d) => ({
		key: d.key,
		series: seriesLabel(data.id, d, locale),
		stack: stackLabel(data.id, d, locale),
		when: xLabel(data.id, d.at, locale),
		value: formatValue(d, locale),
		producer: producerNames(d, locale),
		sources: d.sources,
		confidence: d.confidence,
		note: d.note ? locale.t(d.note) : ''
	}));
	return {
		rows,
		stacked: data.datums.some((d) => d.stack),
		notes: data.datums.some((d) => d.note)
	};
}
