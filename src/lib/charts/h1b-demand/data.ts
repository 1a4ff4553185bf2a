// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { mergeProducers, mergeSources, weakestOf } from '../../data/datasets';
import { researchNote } from '../../data/notes';
import { rowAt } from '../../data/parse';
import { DemandRow } from '../../data/schema';
import type { ChartData, ChartDataSource, Datum } from '../../data/types';

const DEMAND_SERIES: Record<string, string> = {
	'eligible registrations': 'eligible',
	'properly submitted registrations': 'eligible',
	'selected registrations (all rounds)': 'selected'
};

export function h1bDemandData(rows: readonly DemandRow[]): ChartData {
	const datums: Datum[] = [];
	for (const row of rows) {
		if (row.gap) continue;
		const series = DEMAND_SERIES[row.measure];
		if (!series) continue;
		const key = `${series}-${row.fiscal_year}`;
		datums.push({
			key,
			series,
			...rowAt(row, 'fiscal_year', 'fiscal-year'),
			value: row.value,
			unit: 'registrations',
			producers: [row.producer],
			sources: row.sources,
			confidence: row.confidence,
			...(row.measure === 'properly submitted registrations'
				? {
						note: researchNote(
							'h1b-demand',
							key,
							'FY2027 figure is "properly submitted" registrations, from one secondary report.'
						),
						flag: 'other-measure' as const
					}
				: {})
		});
	}
	const capYears = [...new Set(rows.filter((r) => r.measure.startsWith('annual cap')).map((r) => r.fiscal_year))];
	for (const fy of capYears) {
		const parts = rows.filter((r) => r.fiscal_year === fy && r.measure.startsWith('annual cap'));
		const valued = parts.flatMap((r) => (r.gap ? [] : [r]));
		datums.push({
			key: `cap-${fy}`,
			series: 'cap',
			...rowAt(parts[0], 'fiscal_year', 'fiscal-year'),
			value: valued.reduce((sum, r) => sum + r.value, 0),
			unit: 'registrations',
			producers: mergeProducers(valued.map((r) => [r.producer])),
			sources: mergeSources(valued.map((r) => r.sources)),
			confidence: weakestOf(valued.map((r) => r.confidence)),
			note: researchNote('h1b-demand', 'cap', '65,000 regular cap plus 20,000 for holders of US master’s degrees.')
		});
	}
	datums.sort((a, b) => a.series.localeCompare(b.series) || a.x.localeCompare(b.x));
	return { id: 'h1b-demand', datums, updated: '2026-05-21' };
}

const data: ChartDataSource = (read) =>
	h1bDemandData(read('h1b-demand.csv', DemandRow, { key: ['fiscal_year', 'measure'] }));
export default data;
