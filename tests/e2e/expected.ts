// The data the site must publish, built in Node straight from the raw CSV files through the same
// parsers and pure dataset builders the site's `$lib/server/datasets` uses (that module loads the
// files with Vite's `?raw`, which Playwright cannot import).
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/parse';
import { DemandRow, FeeComponentRow, ForeignersRow, VisaCostRow, YouthRow } from '../../src/lib/data/schema';
import {
	foreignWorkersData,
	h1bCostData,
	h1bDemandData,
	visaCostsData,
	youthData
} from '../../src/lib/data/datasets';
import type { ChartData } from '../../src/lib/data/types';
import { CHART_IDS, type ChartId } from '../../src/lib/charts';

const RAW = 'src/lib/data/raw';
const raw = (file: string) => readFileSync(`${RAW}/${file}`, 'utf8');

export const EXPECTED: Record<ChartId, ChartData> = {
	'h1b-cost': h1bCostData(parseCsv(file('h1b-fee-components.csv'), raw('h1b-fee-components.csv'), FeeComponentRow)),
	'visa-costs': visaCostsData(parseCsv(file('visa-costs.csv'), raw('visa-costs.csv'), VisaCostRow)),
	'foreign-workers': foreignWorkersData(
		parseCsv(file('foreigners-in-china.csv'), raw('foreigners-in-china.csv'), ForeignersRow)
	),
	'youth-unemployment': youthData(
		parseCsv(file('china-youth-unemployment.csv'), raw('china-youth-unemployment.csv'), YouthRow)
	),
	'h1b-demand': h1bDemandData(parseCsv(file('h1b-demand.csv'), raw('h1b-demand.csv'), DemandRow))
};

function file(name: string): string {
	return `${RAW}/${name}`;
}

export { CHART_IDS };

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
	const signature = [137, 80, 78, 71, 13, 10, 26, 10];
	if (!signature.every((byte, i) => png[i] === byte)) throw new Error('not a PNG');
	if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
