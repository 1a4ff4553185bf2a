// Node-only: builds every chart's data straight from the raw CSV files, through the same loader and
// `charts/<id>/data.ts` files the build uses (loadData). For tests and scripts (the site itself imports
// the files with `?raw`). Relative imports only: Playwright loads this file as it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_IDS } from '../charts/list.js';
import { loadData, RAW_DIR, type ChartSources } from './load';
import type { ChartDataSource } from './types';

export { RAW_DIR };

export function readRaw(file: string, dir = RAW_DIR): string {
	return readFileSync(join(dir, file), 'utf8');
}

/** Every CSV file in `dir`, by file name. */
export function readRawFiles(dir = RAW_DIR): Record<string, string> {
	const files = readdirSync(dir).filter((file) => file.endsWith('.csv'));
	return Object.fromEntries(files.map((file) => [file, readRaw(file, dir)]));
}

/** Each listed chart's data source, imported from its folder. */
export async function chartSources(): Promise<ChartSources> {
	const entries = await Promise.all(
		CHART_IDS.map(async (id) => {
			const module: { default: ChartDataSource } = await import(`../charts/${id}/data.ts`);
			return [id, module.default] as const;
		})
	);
	return Object.fromEntries(entries) as ChartSources;
}

/** Validated rows and chart data from the raw files in `dir`. */
export async function loadFromDisk(dir = RAW_DIR) {
	return loadData(readRawFiles(dir), await chartSources(), dir);
}

export async function loadFeeComponents() {
	return (await loadFromDisk()).fees;
}

/** Every chart's ChartData keyed by chart id, exactly as the build produces it. */
export async function loadChartData(dir = RAW_DIR) {
	return (await loadFromDisk(dir)).charts;
}
