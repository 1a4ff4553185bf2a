import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { CHART_DATA } from '$lib/server/datasets';
import { describeDatum } from './describe';
import { tableModel } from './dataTable';
import { sourceSupport } from './sourceSupport';
import { allSources } from './sources';
import { parseAt } from '$lib/data/at';

describe.each(CHART_IDS)('tableModel(%s)', (id) => {
	const data = CHART_DATA[id];
	const model = tableModel(data, EN);

	it('has one row per datum, in the data’s order', () => {
		expect(model.rows.map((r) => r.key)).toEqual(data.datums.map((d) => d.key));
	});

	it('says the same date, value and series as the tooltip', () => {
		model.rows.forEach((row, i) => {
			const tip = describeDatum(id, data.datums[i], EN);
			expect(row.when).toBe(tip.when);
			expect(row.value).toBe(tip.value);
			expect(row.stack ? `${row.series}: ${row.stack}` : row.series).toBe(tip.series);
		});
	});

	it('adds a component column only for stacked data and a note column only when there are notes', () => {
		expect(model.stacked).toBe(data.datums.some((d) => d.stack !== undefined));
		expect(model.notes).toBe(data.datums.some((d) => d.note));
	});
});

describe.each(CHART_IDS)('sourceSupport(%s)', (id) => {
	const data = CHART_DATA[id];
	const support = sourceSupport(data, EN);

	it('lists every distinct source once, in first-cited order', () => {
		expect(support.map((s) => s.source.url)).toEqual(allSources(data).map((s) => s.url));
	});

	it('counts every citation', () => {
		const citations = data.datums.reduce((n, d) => n + d.sources.length, 0);
		expect(support.reduce((n, s) => n + s.count, 0)).toBe(citations);
	});
});

describe('sourceSupport lines', () => {
	it('list up to three dates and summarise more as a range with a count', () => {
		const src = { url: 'https://x.example/a', title: 'X' };
		const datum = (x: string) => ({
			key: `new-16-24-${x}`,
			series: 'new-16-24',
			x,
			at: parseAt(x, 'month'),
			value: 1,
			unit: 'percent' as const,
			producers: ['National Bureau of Statistics of China'],
			sources: [src],
			confidence: 'confirmed' as const
		});
		const few = sourceSupport({ id: 'youth-unemployment', updated: '', datums: ['2024-01', '2024-02'].map(datum) }, EN);
		expect(few[0].lines).toEqual(['16-24, students excluded: Jan 2024, Feb 2024']);
		const many = sourceSupport(
			{ id: 'youth-unemployment', updated: '', datums: ['2024-01', '2024-02', '2024-05', '2025-08'].map(datum) },
			EN
		);
		expect(many[0].lines).toEqual(['16-24, students excluded: Jan 2024 – Aug 2025 (4 values)']);

		// Chinese punctuation: 、between dates, 至 for a range, full-width colon and brackets.
		const zhFew = sourceSupport(
			{ id: 'youth-unemployment', updated: '', datums: ['2024-01', '2024-02'].map(datum) },
			ZH
		);
		expect(zhFew[0].lines).toEqual(['16—24岁，不含在校生：2024年1月、2024年2月']);
		const zhMany = sourceSupport(
			{ id: 'youth-unemployment', updated: '', datums: ['2024-01', '2024-02', '2024-05', '2025-08'].map(datum) },
			ZH
		);
		expect(zhMany[0].lines).toEqual(['16—24岁，不含在校生：2024年1月至2025年8月（4个数值）']);
	});
});
