import youthCsv from '$lib/data/raw/china-youth-unemployment.csv?raw';
import feesCsv from '$lib/data/raw/h1b-fee-components.csv?raw';
import visaCsv from '$lib/data/raw/visa-costs.csv?raw';
import visaTotalsCsv from '$lib/data/raw/visa-cost-totals.csv?raw';
import demandCsv from '$lib/data/raw/h1b-demand.csv?raw';
import foreignCsv from '$lib/data/raw/foreigners-in-china.csv?raw';
import { parseCsv } from '$lib/data/parse';
import { DemandRow, FeeComponentRow, ForeignersRow, VisaCostRow, VisaTotalRow, YouthRow } from '$lib/data/schema';
import { foreignWorkersData, h1bCostData, h1bDemandData, visaCostsData, youthData } from '$lib/data/datasets';
import type { ChartData } from '$lib/data/types';
import type { ChartId } from '$lib/charts';

const RAW = 'src/lib/data/raw';

/** Validated fee components: also used by the methodology page and the fee tests. */
export const FEE_COMPONENTS = parseCsv(`${RAW}/h1b-fee-components.csv`, feesCsv, FeeComponentRow);
export const DEMAND_ROWS = parseCsv(`${RAW}/h1b-demand.csv`, demandCsv, DemandRow);

/** Every chart's data, validated once when this module loads (at build time). */
export const CHART_DATA: Record<ChartId, ChartData> = {
	'h1b-cost': h1bCostData(FEE_COMPONENTS),
	'visa-costs': visaCostsData(
		parseCsv(`${RAW}/visa-costs.csv`, visaCsv, VisaCostRow),
		parseCsv(`${RAW}/visa-cost-totals.csv`, visaTotalsCsv, VisaTotalRow)
	),
	'foreign-workers': foreignWorkersData(parseCsv(`${RAW}/foreigners-in-china.csv`, foreignCsv, ForeignersRow)),
	'youth-unemployment': youthData(parseCsv(`${RAW}/china-youth-unemployment.csv`, youthCsv, YouthRow)),
	'h1b-demand': h1bDemandData(DEMAND_ROWS)
};
