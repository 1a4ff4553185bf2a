import { CHART_IDS } from '../charts/list.js';
import { atText, parseAt, type XKind } from './at';
import { parseCsv } from './parse';
import { DemandRow, FeeComponentRow } from './schema';
import type { ChartData, ChartDataSource, Datum, ReadCsv } from './types';

type ChartId = (typeof CHART_IDS)[number];

/** Where the raw files live, as named in error messages. */
export const RAW_DIR = 'src/lib/data/raw';

/** Each chart's data source: the default export of its `charts/<id>/data.ts`. */
export type ChartSources = Readonly<Record<ChartId, ChartDataSource>>;

/**
 * Validates the raw files and builds every listed chart's data from its `data.ts`: what the build does
 * when it starts, and what tests and scripts do through loadFromDisk. Each chart names the columns that
 * identify a row of the files it reads, so a repeated row fails here instead of blanking a page
 * (duplicate keys break hydration).
 * @param texts each raw file's CSV text, by file name
 * @param sources each chart's data source, by chart id
 * @param dir the folder the files are named by in errors
 * @throws DataError naming `file:line` (and the field) for the first bad row; Error for a missing file,
 *   a chart without a source, two data points of one chart with the same key, a data point whose
 *   `x` is not the text of its typed value `at`, or a series whose x values are of two kinds
 */
export function loadData(texts: Readonly<Record<string, string>>, sources: ChartSources, dir = RAW_DIR) {
	const read: ReadCsv = (file, schema, options) => {
		const text = texts[file];
		if (text === undefined) throw new Error(`${dir}/${file}: no such data file`);
		return parseCsv(`${dir}/${file}`, text, schema, options);
	};
	const fees = read('h1b-fee-components.csv', FeeComponentRow, {
		key: ['component', 'employer', 'applies_when', 'effective_from']
	});
	const demand = read('h1b-demand.csv', DemandRow, { key: ['fiscal_year', 'measure'] });
	const charts = {} as Record<ChartId, ChartData>;
	for (const id of CHART_IDS) {
		const source = sources[id];
		if (!source) throw new Error(`chart "${id}" has no src/lib/charts/${id}/data.ts`);
		const chart = source(read);
		const keys = chart.datums.map((d) => d.key);
		const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
		if (repeated) throw new Error(`${id}: two data points have the key "${repeated}"`);
		const kinds = new Map<string, XKind>();
		for (const d of chart.datums) {
			const wrong = xDisagrees(d);
			if (wrong) throw new Error(`${id}: data point "${d.key}": ${wrong}`);
			const kind = kinds.get(d.series) ?? d.at.kind;
			if (kind !== d.at.kind)
				throw new Error(`${id}: data point "${d.key}" has a ${d.at.kind} for x, the rest of "${d.series}" a ${kind}`);
			kinds.set(d.series, kind);
		}
		charts[id] = chart;
	}
	return { fees, demand, charts };
}

/** Why a datum's `x` and its typed value `at` disagree, or null when `at` is `x` read as its kind. */
function xDisagrees(d: Datum): string | null {
	try {
		parseAt(d.x, d.at.kind);
	} catch (error) {
		return (error as Error).message;
	}
	return atText(d.at) === d.x ? null : `x is "${d.x}" but its value is written "${atText(d.at)}"`;
}
