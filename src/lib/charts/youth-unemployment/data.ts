// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { latest } from '../../data/datasets';
import { YouthRow } from '../../data/schema';
import type { ChartData, ChartDataSource, Datum } from '../../data/types';

const YOUTH_SERIES: Record<YouthRow['series'], string | null> = {
	'16-24_incl_students_old': 'old-16-24',
	'16-24_excl_students': 'new-16-24',
	'25-29_excl_students': 'new-25-29',
	'30-59_excl_students': 'new-30-59',
	urban_all: null
};

export function youthData(rows: readonly YouthRow[]): ChartData {
	const datums: Datum[] = [];
	for (const row of rows) {
		const series = YOUTH_SERIES[row.series];
		if (!series) continue;
		datums.push({
			key: `${series}-${row.month}`,
			series,
			x: row.month,
			value: row.value_percent,
			unit: 'percent',
			producers: [row.producer],
			sources: row.source_url,
			confidence: row.confidence
		});
	}
	datums.sort((a, b) => a.series.localeCompare(b.series) || a.x.localeCompare(b.x));
	return { id: 'youth-unemployment', datums, updated: latest(datums.map((d) => d.x)) };
}

const data: ChartDataSource = (read) =>
	youthData(read('china-youth-unemployment.csv', YouthRow, { key: ['month', 'series'] }));
export default data;
