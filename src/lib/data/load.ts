import { parseCsv } from './parse';
import { DemandRow, FeeComponentRow, ForeignersRow, VisaCostRow, VisaTotalRow, YouthRow } from './schema';
import { foreignWorkersData, h1bCostData, h1bDemandData, visaCostsData, youthData } from './datasets';
import type { ChartData } from './types';
import type { ChartId } from '$lib/charts';

/** Where the raw files live, as named in error messages. */
export const RAW_DIR = 'src/lib/data/raw';

/** The raw data files, by name. */
export const RAW_FILES = [
	'china-youth-unemployment.csv',
	'h1b-fee-components.csv',
	'visa-costs.csv',
	'visa-cost-totals.csv',
	'h1b-demand.csv',
	'foreigners-in-china.csv'
] as const;
export type RawFile = (typeof RAW_FILES)[number];

/**
 * Validates every raw file and builds every chart's data: what the build does when it starts, and
 * what tests and scripts do through loadFromDisk. Each file names the columns that identify a row,
 * so a repeated row fails here instead of blanking a page (duplicate keys break hydration).
 * @param texts each raw file's CSV text
 * @param dir the folder the files are named by in errors
 * @throws DataError naming `file:line` (and the field) for the first bad row; Error for two data
 *   points of one chart with the same key
 */
export function loadData(texts: Readonly<Record<RawFile, string>>, dir = RAW_DIR) {
	const at = (name: RawFile) => `${dir}/${name}`;
	const fees = parseCsv(at('h1b-fee-components.csv'), texts['h1b-fee-components.csv'], FeeComponentRow, {
		key: ['component', 'employer', 'applies_when', 'effective_from']
	});
	const demand = parseCsv(at('h1b-demand.csv'), texts['h1b-demand.csv'], DemandRow, {
		key: ['fiscal_year', 'measure']
	});
	const charts: Record<ChartId, ChartData> = {
		'h1b-cost': h1bCostData(fees),
		'visa-costs': visaCostsData(
			parseCsv(at('visa-costs.csv'), texts['visa-costs.csv'], VisaCostRow, { key: ['country', 'visa', 'component'] }),
			parseCsv(at('visa-cost-totals.csv'), texts['visa-cost-totals.csv'], VisaTotalRow, { key: ['route'] })
		),
		'foreign-workers': foreignWorkersData(
			parseCsv(at('foreigners-in-china.csv'), texts['foreigners-in-china.csv'], ForeignersRow, {
				key: ['year', 'measure']
			})
		),
		'youth-unemployment': youthData(
			parseCsv(at('china-youth-unemployment.csv'), texts['china-youth-unemployment.csv'], YouthRow, {
				key: ['month', 'series']
			})
		),
		'h1b-demand': h1bDemandData(demand)
	};
	for (const chart of Object.values(charts)) {
		const keys = chart.datums.map((d) => d.key);
		const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
		if (repeated) throw new Error(`${chart.id}: two data points have the key "${repeated}"`);
	}
	return { fees, demand, charts };
}
