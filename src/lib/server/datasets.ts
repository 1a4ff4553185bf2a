import { CHART_IDS } from '$lib/charts';
import { loadData, type ChartSources } from '$lib/data/load';
import type { ChartDataSource } from '$lib/data/types';

const RAW = import.meta.glob<string>('/src/lib/data/raw/*.csv', { query: '?raw', import: 'default', eager: true });
const SOURCES = import.meta.glob<ChartDataSource>('/src/lib/charts/*/data.ts', { import: 'default', eager: true });

// Every file validated once when this module loads, at build time: a bad row fails the build.
const data = loadData(
	Object.fromEntries(Object.entries(RAW).map(([path, text]) => [path.split('/').at(-1)!, text])),
	Object.fromEntries(CHART_IDS.map((id) => [id, SOURCES[`/src/lib/charts/${id}/data.ts`]])) as ChartSources
);

/** Validated fee components: also used by the methodology page and the fee tests. */
export const FEE_COMPONENTS = data.fees;
export const DEMAND_ROWS = data.demand;
/** Every chart's data (from `charts/<id>/data.ts`). */
export const CHART_DATA = data.charts;
