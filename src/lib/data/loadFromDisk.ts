// Node-only: builds every chart's data straight from the raw CSV files, through the same parsers and
// builders the site uses. For tests and scripts (the site itself imports the files with `?raw`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './parse';
import { DemandRow, FeeComponentRow, ForeignersRow, VisaCostRow, VisaTotalRow, YouthRow } from './schema';
import { foreignWorkersData, h1bCostData, h1bDemandData, visaCostsData, youthData } from './datasets';
import type { ChartData } from './types';

export const RAW_DIR = 'src/lib/data/raw';

export function readRaw(file: string): string {
	return readFileSync(join(RAW_DIR, file), 'utf8');
}

export function loadFeeComponents() {
	return parseCsv(`${RAW_DIR}/h1b-fee-components.csv`, readRaw('h1b-fee-components.csv'), FeeComponentRow);
}

/** Every chart's ChartData keyed by chart id, exactly as the build produces it. */
export function loadChartData(): Record<string, ChartData> {
	return {
		'h1b-cost': h1bCostData(loadFeeComponents()),
		'visa-costs': visaCostsData(
			parseCsv(`${RAW_DIR}/visa-costs.csv`, readRaw('visa-costs.csv'), VisaCostRow),
			parseCsv(`${RAW_DIR}/visa-cost-totals.csv`, readRaw('visa-cost-totals.csv'), VisaTotalRow)
		),
		'foreign-workers': foreignWorkersData(
			parseCsv(`${RAW_DIR}/foreigners-in-china.csv`, readRaw('foreigners-in-china.csv'), ForeignersRow)
		),
		'youth-unemployment': youthData(
			parseCsv(`${RAW_DIR}/china-youth-unemployment.csv`, readRaw('china-youth-unemployment.csv'), YouthRow)
		),
		'h1b-demand': h1bDemandData(parseCsv(`${RAW_DIR}/h1b-demand.csv`, readRaw('h1b-demand.csv'), DemandRow))
	};
}
