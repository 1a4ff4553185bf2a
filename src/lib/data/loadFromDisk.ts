// Node-only: builds every chart's data straight from the raw CSV files, through the same loader the
// build uses (loadData). For tests and scripts (the site itself imports the files with `?raw`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData, RAW_DIR, RAW_FILES, type RawFile } from './load';
import type { ChartData } from './types';

export { RAW_DIR };

export function readRaw(file: string, dir = RAW_DIR): string {
	return readFileSync(join(dir, file), 'utf8');
}

/** Validated rows and chart data from the raw files in `dir`. */
export function loadFromDisk(dir = RAW_DIR) {
	const texts = Object.fromEntries(RAW_FILES.map((file) => [file, readRaw(file, dir)])) as Record<RawFile, string>;
	return loadData(texts, dir);
}

export function loadFeeComponents() {
	return loadFromDisk().fees;
}

/** Every chart's ChartData keyed by chart id, exactly as the build produces it. */
export function loadChartData(dir = RAW_DIR): Record<string, ChartData> {
	return loadFromDisk(dir).charts;
}
