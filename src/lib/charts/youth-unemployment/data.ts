// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { latest } from '../../data/datasets';
import { rowAt } from '../../data/parse';
import { YouthRow } from '../../data/schema';
import type { ChartData, ChartDataSource, Datum, DatumFlag } from '../../data/types';

const YOUTH_SERIES: Record<YouthRow['series'], string | null> = {
	'16-24_incl_students_old': 'old-16-24',
	'16-24_excl_students': 'new-16-24',
	'25-29_excl_students': 'new-25-29',
	'30-59_excl_students': 'new-30-59',
	urban_all: null
};

/**
 * The NBS stopped publishing the 16–24 rate after the figure for June 2023 (the old series' last) and
 * resumed with December 2023, under the new definition (students excluded: the new series' first).
 * Those two figures are flagged `suspended` and `resumed`; the chart marks the months between them.
 */
const SUSPENSION: Partial<Record<YouthRow['series'], 'suspended' | 'resumed'>> = {
	'16-24_incl_students_old': 'suspended',
	'16-24_excl_students': 'resumed'
};

/** The flag of `row`: `suspended` on the last month of the old 16–24 series, `resumed` on the first of the new. */
function suspensionFlag(row: YouthRow, rows: readonly YouthRow[]): { flag: DatumFlag } | null {
	const flag = SUSPENSION[row.series];
	const months = rows
		.filter((r) => r.series === row.series)
		.map((r) => r.month)
		.sort();
	const end = flag === 'suspended' ? months.at(-1) : months[0];
	return flag && row.month === end ? { flag } : null;
}

export function youthData(rows: readonly YouthRow[]): ChartData {
	const datums: Datum[] = [];
	for (const row of rows) {
		const series = YOUTH_SERIES[row.series];
		if (!series) continue;
		datums.push({
			key: `${series}-${row.month}`,
			series,
			...rowAt(row, 'month', 'month'),
			value: row.value_percent,
			unit: 'percent',
			producers: [row.producer],
			sources: row.source_url,
			confidence: row.confidence,
			...suspensionFlag(row, rows)
		});
	}
	datums.sort((a, b) => a.series.localeCompare(b.series) || a.x.localeCompare(b.x));
	return { id: 'youth-unemployment', datums, updated: latest(datums.map((d) => d.x)) };
}

const data: ChartDataSource = (read) =>
	youthData(read('china-youth-unemployment.csv', YouthRow, { key: ['month', 'series'] }));
export default data;
