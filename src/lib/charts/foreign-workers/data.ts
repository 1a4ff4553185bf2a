// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { rowAt } from '../../data/parse';
import { ForeignersRow } from '../../data/schema';
import { researchNote } from '../../data/notes';
import type { ChartData, ChartDataSource, Confidence, Datum } from '../../data/types';

/**
 * Research measures that the chart plots, by series. Different definitions never share a series.
 * Residence permits are split by purpose as far as the sources itemise them (OECD: every purpose for
 * 2022, work and study only for 2023). The official estimates of foreign workers (2004, 2016) are
 * left out of the chart: round figures of unclear definition, explained with their sources in the
 * chart's text instead.
 */
const FOREIGN_SERIES: Record<string, string> = {
	'census: foreign nationals residing on the mainland': 'census',
	'residence permits issued to foreigners (all purposes)': 'permits-all',
	'residence permits issued to foreigners residing in China (all purposes)': 'permits-all',
	'residence permits issued for work': 'permits-work',
	'residence permits issued for study': 'permits-study',
	'residence permits issued for family reunion': 'permits-family',
	'residence permits issued for private affairs': 'permits-private',
	'US comparator: H-1B authorized-to-work population (30 Sep 2019)': 'us-h1b'
};

/**
 * foreigners-in-china.csv has no confidence column; its notes say it. A note that starts with `weak`
 * (`weak: <reason>`) is weak, one that says "single source" or "unverified" is single, any other confirmed.
 */
export function foreignersConfidence(note: string): Confidence {
	if (/^weak(?::| \()/i.test(note)) return 'weak';
	if (/\bsingle source\b|\bunverified\b/i.test(note)) return 'single';
	return 'confirmed';
}

export function foreignWorkersData(rows: readonly ForeignersRow[]): ChartData {
	const datums: Datum[] = [];
	for (const row of rows) {
		const series = FOREIGN_SERIES[row.measure];
		if (!series) continue;
		const key = `${series}-${row.year}`;
		datums.push({
			key,
			series,
			...rowAt(row, 'year', 'year'),
			value: row.value,
			unit: row.unit === 'permits' ? 'permits' : 'persons',
			producers: [row.producer],
			sources: row.source_url,
			confidence: foreignersConfidence(row.note),
			...(row.note ? { note: researchNote('foreign-workers', key, row.note) } : {})
		});
	}
	datums.sort((a, b) => a.series.localeCompare(b.series) || a.x.localeCompare(b.x));
	return { id: 'foreign-workers', datums, updated: '2024-01-18' };
}

const data: ChartDataSource = (read) =>
	foreignWorkersData(read('foreigners-in-china.csv', ForeignersRow, { key: ['year', 'measure'] }));
export default data;
