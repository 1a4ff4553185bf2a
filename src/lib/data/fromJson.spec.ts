import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts';
import { CHART_DATA } from '$lib/server/datasets';
import { EN } from '$lib/i18n/locale';
import { chartJson, chartFiles } from './export';
import { chartDataFromJson, dataFileUrl, datumExtras } from './fromJson';

describe.each(CHART_IDS)('chartDataFromJson(%s)', (id) => {
	// As the browser gets it: the published document, through JSON text.
	const published = JSON.parse(JSON.stringify(chartJson(CHART_DATA[id], EN, 'licence')));
	const extras = JSON.parse(JSON.stringify(datumExtras(CHART_DATA[id])));

	it('with the extras, gives back exactly the data the build drew the chart from', () => {
		expect(chartDataFromJson(published, extras)).toStrictEqual(structuredClone(CHART_DATA[id]));
	});

	it('reads the file the data downloads publish', () => {
		expect(dataFileUrl(id)).toBe(chartFiles(id).json);
	});

	it('carries in the extras only datums with a note or a flag', () => {
		const keys = [...Object.keys(extras.notes ?? {}), ...Object.keys(extras.flags ?? {})];
		for (const key of keys) {
			const d = CHART_DATA[id].datums.find((datum) => datum.key === key);
			expect(d?.note ?? d?.flag, key).toBeDefined();
		}
	});
});

describe('chartDataFromJson', () => {
	const doc = JSON.parse(JSON.stringify(chartJson(CHART_DATA['h1b-demand'], EN, 'licence')));

	it('reads each x as its series declares: the fiscal years the file writes as plain years', () => {
		const data = chartDataFromJson(doc, datumExtras(CHART_DATA['h1b-demand']));
		expect(new Set(data.datums.map((d) => d.at.kind))).toEqual(new Set(['fiscal-year']));
		expect(data.datums.find((d) => d.key === 'eligible-2027')?.at).toEqual({ kind: 'fiscal-year', year: 2027 });
	});

	it('throws on an x that is not of its series’ kind, or a series of no declared kind', () => {
		const bad = { ...doc, rows: [{ ...doc.rows[0], x: 'FY2027' }] };
		expect(() => chartDataFromJson(bad, { x: { [doc.rows[0].series]: 'fiscal-year' } })).toThrow(
			`/data/h1b-demand.json: row "${doc.rows[0].key}": "FY2027" is not a fiscal year as YYYY`
		);
		expect(() => chartDataFromJson(doc, { x: {} })).toThrow(
			`/data/h1b-demand.json: series "${doc.rows[0].series}" has no kind of x`
		);
	});

	it.each([
		null,
		{},
		{ id: 'h1b-demand', updated: '2025-01-01' },
		{ id: 'h1b-demand', rows: [] },
		{ id: 'nope', updated: '2025-01-01', rows: [] }
	])('throws on a document that is not a data file: %j', (doc) => {
		expect(() => chartDataFromJson(doc as never, { x: {} })).toThrow('not a chart data file');
	});
});
