import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts';
import { EN, makeLocale } from '$lib/i18n/locale';
import { en } from '$lib/i18n/messages.en';
import { CHART_DATA } from '$lib/server/datasets';
import { chartCsv, chartFiles, chartJson, csvField, dataIndex, EXPORT_COLUMNS, exportRows, toCsv } from './export';
import type { ChartData } from './types';
import { parseAt } from './at';

describe('csvField(value) quotes per RFC 4180', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		[null, ''],
		[0, '0'],
		[17.7, '17.7'],
		[10959.07, '10959.07'],
		[103595, '103595'],
		[' leading space', ' leading space'],
		['US H-1B, large employer', '"US H-1B, large employer"'],
		['the “711,000”', '"the “711,000”"'],
		['say "nearly 18%"', '"say ""nearly 18%"""'],
		['"', '""""'],
		['line\nbreak', '"line\nbreak"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		['crlf\r\nboth', '"crlf\r\nboth"'],
		['Cozen O’Connor; 中文', 'Cozen O’Connor; 中文']
	])('%j → %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

describe('toCsv(records)', () => {
	const text = toCsv([
		['a', 'b', 'c'],
		['1,5', 'x"y', 'two\r\nlines'],
		[null, 2, '']
	]);

	it('ends every record, the last one too, with CRLF', () => {
		expect(text).toBe('a,b,c\r\n"1,5","x""y","two\r\nlines"\r\n,2,\r\n');
	});

	it('reads back to the same fields with an independent RFC 4180 parser', () => {
		expect(csvParseRows(text)).toEqual([
			['a', 'b', 'c'],
			['1,5', 'x"y', 'two\r\nlines'],
			['', '2', '']
		]);
	});
});

describe('exportRows(data, locale)', () => {
	const data: ChartData = {
		id: 'h1b-cost',
		updated: '2025-09-21',
		datums: [
			{
				key: 'large-2025-i129',
				series: 'large',
				x: '2025',
				at: parseAt('2025', 'year'),
				stack: 'i129',
				value: 780,
				unit: 'usd',
				producers: ['U.S. Citizenship and Immigration Services (USCIS)'],
				sources: [
					{ url: 'https://a.example/1', title: 'A, "quoted"' },
					{ url: 'https://b.example/2', title: 'B' }
				],
				confidence: 'confirmed',
				note: 'h1b-cost.note.payment-sum'
			}
		]
	};

	it('labels series, x and stack in the given language and splits main and other sources', () => {
		expect(exportRows(data, EN)).toEqual([
			{
				chart: 'h1b-cost',
				key: 'large-2025-i129',
				series: 'large',
				series_label: 'Large employer',
				x: '2025',
				x_label: '2025',
				stack: 'i129',
				stack_label: 'I-129 filing fee',
				value: 780,
				unit: 'usd',
				confidence: 'confirmed',
				producer: 'U.S. Citizenship and Immigration Services (USCIS)',
				source_url: 'https://a.example/1',
				source_title: 'A, "quoted"',
				other_sources: [{ url: 'https://b.example/2', title: 'B' }],
				note: 'Sum of the fee components in force on 21 September 2025 (inferred by arithmetic).'
			}
		]);
	});

	it('survives a CSV round trip with commas, quotes and a line break in one record', () => {
		// A catalogue whose note has a line break, as a translator might write one.
		const locale = makeLocale('en', { ...en, 'h1b-cost.note.payment-sum': 'Line one\nline two' });
		const [header, row] = csvParseRows(chartCsv(exportRows(data, locale)));
		expect(header).toEqual([...EXPORT_COLUMNS]);
		expect(row[header.indexOf('source_title')]).toBe('A, "quoted"');
		expect(row[header.indexOf('note')]).toBe('Line one\nline two');
		expect(row[header.indexOf('other_sources')]).toBe('https://b.example/2');
	});

	it('publishes a weak datum as confidence "weak", with every producer', () => {
		const weak = {
			...data.datums[0],
			confidence: 'weak' as const,
			producers: ['UK Home Office', 'U.S. Department of State']
		};
		const [row] = exportRows({ ...data, datums: [weak] }, EN);
		expect(row.confidence).toBe('weak');
		const [header, record] = csvParseRows(chartCsv([row]));
		expect(record[header.indexOf('confidence')]).toBe('weak');
		expect(record[header.indexOf('producer')]).toBe('UK Home Office ; U.S. Department of State');
	});

	it('refuses a datum without a source', () => {
		expect(() => exportRows({ ...data, datums: [{ ...data.datums[0], sources: [] }] }, EN)).toThrow(/no source/);
	});
});

describe.each(CHART_IDS)('the data files of %s', (id) => {
	const data = CHART_DATA[id];
	const csv = chartCsv(exportRows(data, EN));
	const [header, ...records] = csvParseRows(csv);
	const json = JSON.parse(JSON.stringify(chartJson(data, EN, 'licence')));

	it('CSV: one record per datum, every field count equal to the header', () => {
		expect(header).toEqual([...EXPORT_COLUMNS]);
		expect(records).toHaveLength(data.datums.length);
		for (const r of records) expect(r).toHaveLength(EXPORT_COLUMNS.length);
		expect(csv.endsWith('\r\n')).toBe(true);
		// Outside quoted fields, every line feed ends a record and follows a carriage return.
		expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
	});

	it('CSV and JSON: every row has an http(s) source and the exact value the chart draws', () => {
		records.forEach((r, i) => {
			const d = data.datums[i];
			expect(r[header.indexOf('key')]).toBe(d.key);
			expect(r[header.indexOf('source_url')]).toMatch(/^https?:\/\/\S+$/);
			expect(Number(r[header.indexOf('value')])).toBe(d.value);
			const others = r[header.indexOf('other_sources')];
			for (const url of others ? others.split(' ; ') : []) expect(url).toMatch(/^https?:\/\/\S+$/);
		});
		expect(json.rows).toHaveLength(data.datums.length);
		json.rows.forEach((row: { key: string; value: number; source_url: string }, i: number) => {
			expect(row.key).toBe(data.datums[i].key);
			expect(row.value).toBe(data.datums[i].value);
			expect(row.source_url).toMatch(/^https?:\/\//);
		});
	});

	it('JSON: carries the title, description, date and licence', () => {
		expect(json).toMatchObject({ id, title: EN.t(`${id}.title`), updated: data.updated, licence: 'licence' });
		expect(json.columns).toEqual([...EXPORT_COLUMNS]);
	});
});

describe('dataIndex(charts, locale, licence)', () => {
	it('lists every chart with its files and row count', () => {
		const index = dataIndex(
			CHART_IDS.map((id) => CHART_DATA[id]),
			EN,
			'licence'
		);
		expect(index.datasets.map((d) => d.id)).toEqual([...CHART_IDS]);
		expect(index.datasets[0].files).toEqual({
			csv: `/data/${CHART_IDS[0]}.csv`,
			json: `/data/${CHART_IDS[0]}.json`,
			svg: `/charts/${CHART_IDS[0]}.svg`,
			png: `/charts/${CHART_IDS[0]}.png`
		});
		expect(index.datasets[0].rows).toBe(CHART_DATA[CHART_IDS[0]].datums.length);
		expect(index.licence).toBe('licence');
	});

	it('links the Chinese images under /zh, and the same English data files, for a Chinese page', () => {
		expect(chartFiles('h1b-cost', 'zh')).toEqual({
			csv: '/data/h1b-cost.csv',
			json: '/data/h1b-cost.json',
			svg: '/zh/charts/h1b-cost.svg',
			png: '/zh/charts/h1b-cost.png'
		});
	});
});
