import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts';
import { CHART_DATA } from '$lib/server/datasets';
import { EN } from '$lib/i18n/locale';
import { withChineseNotes } from '$lib/i18n/dataNotes.zh';
import { chartJson, chartFiles } from './export';
import { chartDataFromJson, dataFileUrl, notesBetween, withNotes } from './fromJson';

describe.each(CHART_IDS)('chartDataFromJson(%s)', (id) => {
	// As the browser gets it: the published document, through JSON text.
	const published = JSON.parse(JSON.stringify(chartJson(CHART_DATA[id], EN, 'licence')));

	it('gives back exactly the data the build drew the chart from', () => {
		expect(chartDataFromJson(published)).toStrictEqual(structuredClone(CHART_DATA[id]));
	});

	it('reads the file the data downloads publish', () => {
		expect(dataFileUrl(id)).toBe(chartFiles(id).json);
	});

	it('with the Chinese notes of notesBetween, gives the Chinese chart page’s data', () => {
		const zh = withChineseNotes(CHART_DATA[id]);
		const notes = notesBetween(CHART_DATA[id], zh);
		expect(withNotes(chartDataFromJson(published), notes)).toStrictEqual(structuredClone(zh));
		// Only the notes that change travel.
		for (const key of Object.keys(notes)) {
			expect(CHART_DATA[id].datums.find((d) => d.key === key)?.note).not.toBe(notes[key]);
		}
	});
});

describe('chartDataFromJson', () => {
	it.each([null, {}, { id: 'x', updated: '2025-01-01' }, { id: 'x', rows: [] }])(
		'throws on a document that is not a data file: %j',
		(doc) => {
			expect(() => chartDataFromJson(doc as never)).toThrow('not a chart data file');
		}
	);
});
