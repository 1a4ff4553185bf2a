// Node-only: builds every chart's data straight from the raw CSV files, through the same `charts/<id>/data.ts`
// the site uses. For tests and scripts (the site itself imports the files with `?raw`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_IDS } from '../charts/list.js';
import { parseCsv } from './parse';
import { FeeComponentRow } from './schema';
import type { ChartData, ChartDataSource, ReadCsv } from './types';

export const RAW_DIR = 'src/lib/data/raw';

export function readRaw(file: string): string {
	return readFileSync(join(RAW_DIR, file), 'utf8');
}

const read: ReadCsv = (file, schema) => parseCsv(`${RAW_DIR}/${file}`, readRaw(file), schema);

export function loadFeeComponents() {
	return read('h1b-fee-components.csv', FeeComponentRow);
}

type ChartId = (typeof CHART_IDS)[number];

/** Every chart's ChartData keyed by chart id, exactly as the build produces it. */
export async function loadChartData(): Promise<Record<ChartId, ChartData>> {
	const entries = await Promise.all(
		CHART_IDS.map(async (id) => {
			const source: { default: ChartDataSource } = await import(`../charts/${id}/data.ts`);
			return [id, source.default(read)] as const;
		})
	);
	return Object.fromEntries(entries) as Record<ChartId, ChartData>;
}
