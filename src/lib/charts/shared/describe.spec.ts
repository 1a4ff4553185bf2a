import { describe, expect, it } from 'vitest';
import type { Datum } from '$lib/data/types';
import { EN } from '$lib/i18n/locale';
import { loadChartData } from '$lib/data/loadFromDisk';
import { ZH } from '$lib/i18n/current';
import { describeDatum, producerNames, xLabel } from './describe';
import { parseAt } from '$lib/data/at';

const youth: Datum = {
	key: 'new-16-24-2025-09',
	series: 'new-16-24',
	x: '2025-09',
	at: parseAt('2025-09', 'month'),
	value: 17.7,
	unit: 'percent',
	producers: ['National Bureau of Statistics of China'],
	sources: [
		{ url: 'https://example.org/a', title: 'BigMacroData' },
		{ url: 'https://example.org/b', title: 'Central News Agency' }
	],
	confidence: 'confirmed'
};
const fee: Datum = {
	key: 'large-2025-proclamation',
	series: 'large',
	x: '2025',
	at: parseAt('2025', 'year'),
	stack: 'proclamation',
	value: 100000,
	unit: 'usd',
	producers: ['U.S. Citizenship and Immigration Services (USCIS)'],
	sources: [{ url: 'https://example.org/c', title: 'Federal Register (GPO)' }],
	confidence: 'confirmed'
};

describe('describeDatum', () => {
	it('says a datum in English sentence punctuation', () => {
		expect(describeDatum('youth-unemployment', youth, EN).sentence).toBe(
			'16-24, students excluded, Sep 2025: 17.7%. Source: National Bureau of Statistics of China, via BigMacroData (+1 more).'
		);
		expect(describeDatum('h1b-cost', fee, EN).series).toBe('Large employer: $100,000 payment');
	});

	it('says it in Chinese with Chinese punctuation and formats', () => {
		expect(describeDatum('youth-unemployment', youth, ZH).sentence).toBe(
			'16—24岁，不含在校生，2025年9月：17.7%。来源：中国国家统计局，转引自BigMacroData（另有1个来源）。'
		);
		const text = describeDatum('h1b-cost', fee, ZH);
		expect(text.series).toBe('大型雇主：10万美元费用');
		expect(text.value).toBe('10万美元');
		expect(text.when).toBe('2025年');
	});

	it('gives a fee component the year’s total for that employer, the sum of its fees, with who produced them', async () => {
		const datums = (await loadChartData())['h1b-cost'].datums;
		const parts = datums.filter((d) => d.series === 'large' && d.x === '2024');
		const sum = parts.reduce((a, d) => a + d.value, 0);
		const acwia = parts.find((d) => d.stack === 'acwia')!;
		const text = describeDatum('h1b-cost', acwia, EN, datums);
		const producers = producerNames({ producers: [...new Set(parts.flatMap((p) => p.producers))] }, EN);
		expect(parts.length).toBeGreaterThan(2);
		expect(text.total).toBe(
			`Total in 2024: ${EN.fmt.usd(sum)}, the sum of ${parts.length} fees (source: ${producers})`
		);
		expect(text.total).toContain(EN.fmt.usd(sum));
		expect(text.sentence.endsWith(text.total)).toBe(true);
		// Another fee in the year changes the total.
		const raised = datums.map((d) => (d.key === acwia.key ? { ...d, value: d.value + 1000 } : d));
		expect(describeDatum('h1b-cost', acwia, EN, raised).total).toContain(EN.fmt.usd(sum + 1000));
		expect(describeDatum('h1b-cost', acwia, ZH, datums).total).toMatch(
			/^2024年合计：.+美元，为\d项费用之和（来源：.+）$/
		);
		// Not for a datum that is not part of a stack, nor without the chart's datums.
		expect(
			describeDatum(
				'h1b-cost',
				datums.find((d) => d.key === 'small-2024')!,
				EN,
				datums
			).total
		).toBe('');
		expect(describeDatum('h1b-cost', acwia, EN).total).toBe('');
	});

	it('labels fiscal years and categories in each language', () => {
		expect(xLabel('h1b-demand', parseAt('2027', 'fiscal-year'), ZH)).toBe('2027财年');
		expect(xLabel('h1b-demand', parseAt('2027', 'fiscal-year'), EN)).toBe('FY2027');
		expect(xLabel('foreign-workers', parseAt('2023', 'year'), EN)).toBe('2023');
		expect(xLabel('visa-costs', parseAt('germany', 'category'), ZH)).toBe('德国欧盟蓝卡');
		expect(xLabel('h1b-cost', parseAt('2025-09-21', 'day'), ZH)).toBe('2025年9月21日');
		expect(xLabel('youth-unemployment', parseAt('2025-09', 'month'), EN)).toBe('Sep 2025');
	});
});
