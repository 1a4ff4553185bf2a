import { describe, expect, it } from 'vitest';
import { loadChartData } from './loadFromDisk';
import { CHART_IDS } from '$lib/charts';

const data = await loadChartData();

describe('the dataset', () => {
	it('has data for every chart in the registry', () => {
		for (const id of CHART_IDS) expect(data[id]?.datums.length, id).toBeGreaterThan(0);
	});

	it('gives every datum a unique URL-safe key, an http(s) source with a title, and a confidence', () => {
		for (const id of CHART_IDS) {
			const keys = data[id].datums.map((d) => d.key);
			expect(new Set(keys).size, id).toBe(keys.length);
			for (const d of data[id].datums) {
				expect(d.key).toMatch(/^[a-z0-9-]+$/);
				expect(d.sources.length).toBeGreaterThan(0);
				for (const s of d.sources) {
					expect(s.url).toMatch(/^https?:\/\//);
					expect(s.title.length).toBeGreaterThan(1);
				}
				expect(['confirmed', 'single', 'inferred', 'weak']).toContain(d.confidence);
				expect(d.producers.length, d.key).toBeGreaterThan(0);
				expect(Number.isFinite(d.value)).toBe(true);
			}
		}
	});

	it('keeps the old (students included) and new (students excluded) youth series apart', () => {
		const youth = data['youth-unemployment'].datums;
		const old = youth.filter((d) => d.series === 'old-16-24');
		const fresh = youth.filter((d) => d.series === 'new-16-24');
		expect(old.at(-1)?.x).toBe('2023-06');
		expect(old.at(-1)?.value).toBe(21.3);
		expect(fresh[0]?.x).toBe('2023-12');
		expect(fresh.find((d) => d.x === '2025-09')?.value).toBe(17.7);
		expect(old.some((d) => d.x >= '2023-07')).toBe(false);
	});

	it('computes the payment scenarios from fee components', () => {
		const cost = Object.fromEntries(data['h1b-cost'].datums.map((d) => [d.key, d.value]));
		expect(cost['payment-large-in-us']).toBe(3595);
		expect(cost['payment-large-abroad']).toBe(103595);
		expect(cost['payment-small-abroad']).toBe(102225);
	});

	it('adds the H-1B cap from its two parts and leaves out gap rows', () => {
		const demand = data['h1b-demand'].datums;
		expect(demand.find((d) => d.key === 'cap-2027')?.value).toBe(85000);
		expect(demand.find((d) => d.key === 'eligible-2027')?.value).toBe(211600);
		expect(demand.find((d) => d.key === 'eligible-2024')?.value).toBe(758994);
	});

	it('takes the 711,000 as residence permits, not workers', () => {
		const foreign = data['foreign-workers'].datums;
		expect(foreign.find((d) => d.value === 711000)?.series).toBe('permits-all');
		expect(foreign.find((d) => d.key === 'permits-work-2023')?.value).toBe(237000);
	});
});
