import { expect, test } from '@playwright/test';
import { csvParseRows } from 'd3-dsv';
import { CHART_IDS, EXPECTED, pngSize } from './expected';
import { en } from '../../src/lib/i18n/messages.en';

const COLUMNS = [
	'chart',
	'key',
	'series',
	'series_label',
	'x',
	'x_label',
	'stack',
	'stack_label',
	'value',
	'unit',
	'confidence',
	'producer',
	'source_url',
	'source_title',
	'other_sources',
	'note'
];
const HTTP = /^https?:\/\/\S+$/;

for (const id of CHART_IDS) {
	test.describe(`data files of ${id}`, () => {
		const data = EXPECTED[id];

		test(`/data/${id}.csv is RFC 4180 CSV with the chart’s exact values and a source on every row`, async ({
			request
		}) => {
			const response = await request.get(`/data/${id}.csv`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^text\/csv/);
			const body = await response.body();
			expect(body[0]).toBe('c'.charCodeAt(0)); // no byte-order mark
			const text = body.toString('utf8');
			expect(text.endsWith('\r\n')).toBe(true);
			const [header, ...rows] = csvParseRows(text);
			expect(header).toEqual(COLUMNS);
			expect(rows).toHaveLength(data.datums.length);
			const col = (row: string[], name: string) => row[COLUMNS.indexOf(name)];
			rows.forEach((row, i) => {
				const d = data.datums[i];
				expect(row).toHaveLength(COLUMNS.length);
				expect(col(row, 'chart')).toBe(id);
				expect(col(row, 'key')).toBe(d.key);
				expect(col(row, 'series')).toBe(d.series);
				expect(col(row, 'x')).toBe(d.x);
				expect(col(row, 'stack')).toBe(d.stack ?? '');
				expect(Number(col(row, 'value'))).toBe(d.value);
				expect(col(row, 'unit')).toBe(d.unit);
				expect(col(row, 'confidence')).toBe(d.confidence);
				expect(col(row, 'producer')).toBe(d.producers.join(' ; '));
				expect(col(row, 'producer')).not.toBe('');
				expect(col(row, 'source_url')).toMatch(HTTP);
				expect(col(row, 'source_url')).toBe(d.sources[0].url);
				expect(col(row, 'source_title')).toBe(d.sources[0].title);
				const others = col(row, 'other_sources');
				expect(others ? others.split(' ; ') : []).toEqual(d.sources.slice(1).map((s) => s.url));
				for (const url of others ? others.split(' ; ') : []) expect(url).toMatch(HTTP);
				// A note is a message key; the data files carry its English words.
				expect(col(row, 'note')).toBe(d.note ? en[d.note] : '');
				expect(col(row, 'series_label')).not.toBe('');
				expect(col(row, 'x_label')).not.toBe('');
			});
		});

		test(`/data/${id}.json has the same rows, a title, a description and a licence`, async ({ request }) => {
			const response = await request.get(`/data/${id}.json`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^application\/json/);
			const doc = await response.json();
			expect(doc).toMatchObject({ id, updated: data.updated, page: `/charts/${id}` });
			for (const field of ['title', 'description', 'licence']) expect(doc[field]).toEqual(expect.any(String));
			expect(doc.columns).toEqual(COLUMNS);
			expect(doc.rows).toHaveLength(data.datums.length);
			doc.rows.forEach((row: Record<string, unknown>, i: number) => {
				const d = data.datums[i];
				expect(Object.keys(row).sort()).toEqual([...COLUMNS].sort());
				expect(row).toMatchObject({
					chart: id,
					key: d.key,
					series: d.series,
					x: d.x,
					stack: d.stack ?? null,
					value: d.value,
					unit: d.unit,
					confidence: d.confidence,
					producer: d.producers.join(' ; '),
					source_url: d.sources[0].url,
					source_title: d.sources[0].title,
					other_sources: d.sources.slice(1).map((s) => ({ url: s.url, title: s.title })),
					note: d.note ? en[d.note] : null
				});
				expect(row.source_url).toMatch(HTTP);
			});
		});

		test(`/charts/${id}.svg is well-formed standalone SVG with the title and literal colours`, async ({
			page,
			request
		}) => {
			const response = await request.get(`/charts/${id}.svg`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
			const svg = await response.text();
			expect(svg).not.toContain('var(--');
			await page.goto(`/charts/${id}`);
			const title = (await page.locator('h1').textContent())!.trim();
			const parsed = await page.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
				const root = doc.documentElement;
				return {
					error: doc.getElementsByTagName('parsererror').length > 0,
					name: root.localName,
					ns: root.namespaceURI,
					width: root.getAttribute('width'),
					title: doc.querySelector('title')?.textContent ?? '',
					style: doc.querySelector('style')?.textContent ?? '',
					fonts: root.getAttribute('font-family') ?? '',
					marks: doc.querySelectorAll('[data-key]').length
				};
			}, svg);
			expect(parsed.error).toBe(false);
			expect(parsed).toMatchObject({ name: 'svg', ns: 'http://www.w3.org/2000/svg', width: '1200' });
			expect(parsed.title).toBe(title);
			expect(parsed.style).toMatch(/#[0-9a-f]{6}/);
			expect(parsed.fonts).toMatch(/Arial/);
			expect(parsed.marks).toBeGreaterThan(0);
		});

		test(`/charts/${id}.png is a PNG 1200 px wide`, async ({ request }) => {
			const response = await request.get(`/charts/${id}.png`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			const size = pngSize(await response.body());
			expect(size.width).toBe(1200);
			expect(size.height).toBeGreaterThan(600);
		});
	});
}

test('/data/index.json lists every dataset with title, description, licence and files that exist', async ({
	request
}) => {
	const response = await request.get('/data/index.json');
	expect(response.status()).toBe(200);
	const index = await response.json();
	expect(index.licence).toEqual(expect.any(String));
	expect(index.datasets.map((d: { id: string }) => d.id)).toEqual([...CHART_IDS]);
	for (const dataset of index.datasets) {
		expect(dataset.title).toEqual(expect.any(String));
		expect(dataset.description).toEqual(expect.any(String));
		expect(dataset.rows).toBe(EXPECTED[dataset.id as (typeof CHART_IDS)[number]].datums.length);
		for (const path of Object.values(dataset.files) as string[]) {
			expect((await request.get(path)).status(), path).toBe(200);
		}
	}
});

test('data files of unknown charts do not exist', async ({ request }) => {
	expect((await request.get('/data/no-such-chart.csv')).status()).toBe(404);
	expect((await request.get('/charts/no-such-chart.svg')).status()).toBe(404);
});
