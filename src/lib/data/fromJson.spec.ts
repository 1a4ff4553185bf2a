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
	it.each([
		null,
		{},
		{ id: 'h1b-demand', updated: '2025-01-01' },
		{ id: 'h1b-demand', rows: [] },
		{ id: 'nope', updated: '2025-01-01', rows: [] }
	])('throws on a document that is not a data file: %j', (doc) => {
		expect(() => chartDataFromJson(doc as never)).toThrow('not a chart data file');
	});
});
