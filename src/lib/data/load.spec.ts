import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHART_IDS } from '../charts/list.js';
import { loadData, RAW_DIR } from './load';
import { chartSources, loadChartData, readRawFiles } from './loadFromDisk';

const RAW = readRawFiles();
const SOURCES = await chartSources();
type RawFile = keyof typeof RAW;

/** The raw files with `file` changed by `edit`, loaded the way the build loads them. */
function loadEdited(file: RawFile, edit: (lines: string[]) => string[]) {
	const lines = RAW[file].split('\n');
	return () => loadData({ ...RAW, [file]: edit(lines).join('\n') }, SOURCES);
}

/** Replaces the first match of `from` in line `n` (1-based). */
const change = (n: number, from: string | RegExp, to: string) => (lines: string[]) =>
	lines.map((text, i) => (i === n - 1 ? text.replace(from, to) : text));

describe('loadData (what the build runs first)', () => {
	it('loads the real files', () => {
		expect(Object.keys(loadData(RAW, SOURCES).charts)).toEqual([...CHART_IDS]);
	});

	it('fails on a repeated month of a youth series, naming the file, both lines and the values', () => {
		const edit = (lines: string[]) => [lines[0], lines[1], lines[1].replace(',14.9,', ',15.0,'), ...lines.slice(2)];
		expect(loadEdited('china-youth-unemployment.csv', edit)).toThrow(
			'src/lib/data/raw/china-youth-unemployment.csv:3: field "month": "2023-12", series "16-24_excl_students" repeats line 2'
		);
	});

	it('fails on a month that does not exist, naming the file, the line and the reason', () => {
		expect(loadEdited('china-youth-unemployment.csv', change(3, /^2024-01,/, '2024-13,'))).toThrow(
			'src/lib/data/raw/china-youth-unemployment.csv:3: field "month": "2024-13" is not a month as YYYY-MM (no such month)'
		);
	});

	it('fails on a data point whose x and typed value disagree, naming the chart and the point', () => {
		const [d] = loadData(RAW, SOURCES).charts['h1b-demand'].datums;
		const wrong = { ...d, at: { kind: 'fiscal-year' as const, year: 1999 } };
		const sources = { ...SOURCES, 'h1b-demand': () => ({ id: 'h1b-demand' as const, updated: '', datums: [wrong] }) };
		expect(() => loadData(RAW, sources)).toThrow(
			`h1b-demand: data point "${d.key}": x is "${d.x}" but its value is written "1999"`
		);
	});

	it('fails on a series whose x values are of two kinds (the browser reads each series as one kind)', () => {
		const [a, b] = loadData(RAW, SOURCES).charts['h1b-demand'].datums;
		const odd = { ...b, series: a.series, key: 'odd', at: { kind: 'year' as const, year: Number(b.x) } };
		const sources = { ...SOURCES, 'h1b-demand': () => ({ id: 'h1b-demand' as const, updated: '', datums: [a, odd] }) };
		expect(() => loadData(RAW, sources)).toThrow(
			`h1b-demand: data point "odd" has a year for x, the rest of "${a.series}" a fiscal-year`
		);
	});

	it('fails on a typo in a route of visa-costs.csv, naming the line', () => {
		expect(loadEdited('visa-costs.csv', change(4, /^uk-large/, 'uk-lage'))).toThrow(
			/^src\/lib\/data\/raw\/visa-costs\.csv:4: field "route": unknown route "uk-lage" \(routes: us-large-abroad, /
		);
	});

	it('fails on a total that disagrees with its parts, naming the total and the parts', () => {
		expect(loadEdited('visa-cost-totals.csv', change(2, '10959.07', '10959.70'))).toThrow(
			'src/lib/data/raw/visa-cost-totals.csv:2: field "total_usd": 10959.7 for route "uk-large" disagrees with the sum of its 4 component rows (lines 2, 3, 4, 6): 10959.07'
		);
	});

	it('fails on a route with several components but no total row', () => {
		expect(loadEdited('visa-cost-totals.csv', (lines) => lines.filter((l) => !l.startsWith('canada,')))).toThrow(
			'src/lib/data/raw/visa-costs.csv:9: field "route": route "canada" has 3 component rows (lines 9, 10, 11) but no total row'
		);
	});

	it('fails on a total for a route of one component, or for an unknown route', () => {
		const add = (row: string) => (lines: string[]) => [...lines.filter(Boolean), row, ''];
		expect(loadEdited('visa-cost-totals.csv', add('china-r,400,CNY,56.1,TOTAL'))).toThrow(
			'src/lib/data/raw/visa-cost-totals.csv:12: field "route": route "china-r" has 1 component rows; a total needs several'
		);
		expect(loadEdited('visa-cost-totals.csv', add('narnia,400,CNY,56.1,TOTAL'))).toThrow(
			/^src\/lib\/data\/raw\/visa-cost-totals\.csv:12: field "route": unknown route "narnia"/
		);
	});

	it('fails on two research measures that become the same data point', () => {
		// Two measures of one year that the chart draws in one series ("permits-all").
		const extra =
			'2023,"residence permits issued to foreigners (all purposes)",712000,permits,OECD,OECD,https://example.org,';
		expect(loadEdited('foreigners-in-china.csv', (lines) => [...lines.slice(0, 2), extra, ...lines.slice(2)])).toThrow(
			'foreign-workers: two data points have the key "permits-all-2023"'
		);
	});

	it('fails on a number written any other way than as a plain decimal', () => {
		expect(loadEdited('h1b-demand.csv', change(2, ',65000,', ',6.5e4,'))).toThrow(
			'src/lib/data/raw/h1b-demand.csv:2: field "value": "6.5e4" is not a number written as a plain decimal (digits with an optional "." and decimals, e.g. 17.7)'
		);
	});

	it('fails on an empty or header-only file, naming it', () => {
		expect(() => loadData({ ...RAW, 'h1b-fee-components.csv': '' }, SOURCES)).toThrow(
			'src/lib/data/raw/h1b-fee-components.csv:1: the file is empty (expected a header line, then data rows)'
		);
		expect(loadEdited('china-youth-unemployment.csv', (lines) => [lines[0], ''])).toThrow(
			'src/lib/data/raw/china-youth-unemployment.csv:1: the file has a header but no data rows'
		);
	});
});

describe('a corrupted copy of the raw folder', () => {
	const dir = mkdtempSync(join(tmpdir(), 'talentrace-raw-'));
	cpSync(RAW_DIR, dir, { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('fails to load from disk with the message the build prints', async () => {
		expect(Object.keys(await loadChartData(dir))).toEqual([...CHART_IDS]);
		const file = join(dir, 'china-youth-unemployment.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		// Line 5 copied below itself with another value.
		writeFileSync(
			file,
			[...lines.slice(0, 5), lines[4].replace(/,(\d+\.\d),/, ',99.9,'), ...lines.slice(5)].join('\n')
		);
		await expect(loadChartData(dir)).rejects.toThrow(
			`${dir}/china-youth-unemployment.csv:6: field "month": "2024-03", series "16-24_excl_students" repeats line 5`
		);
	});
});
