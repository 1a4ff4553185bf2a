import youthCsv from '$lib/data/raw/china-youth-unemployment.csv?raw';
import feesCsv from '$lib/data/raw/h1b-fee-components.csv?raw';
import visaCsv from '$lib/data/raw/visa-costs.csv?raw';
import visaTotalsCsv from '$lib/data/raw/visa-cost-totals.csv?raw';
import demandCsv from '$lib/data/raw/h1b-demand.csv?raw';
import foreignCsv from '$lib/data/raw/foreigners-in-china.csv?raw';
import { loadData } from '$lib/data/load';

// Every file validated once when this module loads, at build time: a bad row fails the build.
const data = loadData({
	'china-youth-unemployment.csv': youthCsv,
	'h1b-fee-components.csv': feesCsv,
	'visa-costs.csv': visaCsv,
	'visa-cost-totals.csv': visaTotalsCsv,
	'h1b-demand.csv': demandCsv,
	'foreigners-in-china.csv': foreignCsv
});

/** Validated fee components: also used by the methodology page and the fee tests. */
export const FEE_COMPONENTS = data.fees;
export const DEMAND_ROWS = data.demand;
/** Every chart's data. */
export const CHART_DATA = data.charts;
