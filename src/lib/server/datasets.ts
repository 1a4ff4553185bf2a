import { CHART_IDS, type ChartId } from '$lib/charts';
import { parseCsv } from '$lib/data/parse';
import { DemandRow, FeeComponentRow } from '$lib/data/schema';
import type { ChartData, ChartDataSource, ReadCsv } from '$lib/data/types';

const RAW = 'src/lib/data/raw';
const RAW_FILES = import.meta.glob<string>('/src/lib/data/raw/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
});
const SOURCES = import.meta.glob<ChartDataSource>('/src/lib/charts/*/data.ts', { import: 'default', eager: true });

const read: ReadCsv = (file, schema) => {
	const text = RAW_FILES[`/${RAW}/${file}`];
	if (text === undefined) throw new Error(`${RAW}/${file}: no such data file`);
	return parseCsv(`${RAW}/${file}`, text, schema);
};

/** Validated fee components: also used by the methodology page and the fee tests. */
export const FEE_COMPONENTS = read('h1b-fee-components.csv', FeeComponentRow);
export const DEMAND_ROWS = read('h1b-demand.csv', DemandRow);

/** Every chart's data (from `charts/<id>/data.ts`), validated once when this module loads (at build time). */
export const CHART_DATA = Object.fromEntries(
	CHART_IDS.map((id) => {
		const source = SOURCES[`/src/lib/charts/${id}/data.ts`];
		if (!source) throw new Error(`chart "${id}" has no src/lib/charts/${id}/data.ts`);
		return [id, source(read)];
	})
) as Record<ChartId, ChartData>;
