import { describe, expect, it } from 'vitest';
import { petitionCost } from './h1bFees';
import { loadFeeComponents } from './loadFromDisk';
import type { FeeComponentRow } from './schema';

const rows = await loadFeeComponents();

// Year-by-year totals from the research notes (us-visa-data.md §1.2, fees in force on 1 April),
// an independent check on the computation from components: [year, large employer, small employer].
const RESEARCH_TOTALS: [number, number, number][] = [
	[1999, 610, 610],
	[2000, 610, 610],
	[2001, 1110, 1110],
	[2002, 1130, 1130],
	[2003, 1130, 1130],
	[2004, 130, 130],
	[2005, 2185, 1435],
	[2006, 2190, 1440],
	[2007, 2190, 1440],
	[2008, 2320, 1570],
	[2009, 2320, 1570],
	[2010, 2320, 1570],
	[2011, 2325, 1575],
	[2015, 2325, 1575],
	[2016, 2325, 1575],
	[2017, 2460, 1710],
	[2019, 2460, 1710],
	[2020, 2470, 1720],
	[2023, 2470, 1720],
	[2024, 3390, 2020],
	[2025, 3595, 2225],
	[2026, 3595, 2225]
];

describe('petitionCost(rows, date, employer, workerAbroad)', () => {
	it.each(RESEARCH_TOTALS)('on 1 April %i matches the research totals ($%i large, $%i small)', (year, large, small) => {
		expect(petitionCost(rows, `${year}-04-01`, 'large', false).total).toBe(large);
		expect(petitionCost(rows, `${year}-04-01`, 'small', false).total).toBe(small);
	});

	it('adds the $100,000 payment for a worker abroad from 21 September 2025, not the day before', () => {
		expect(petitionCost(rows, '2025-09-20', 'large', true).total).toBe(3595);
		expect(petitionCost(rows, '2025-09-21', 'large', true).total).toBe(103595);
		expect(petitionCost(rows, '2025-09-21', 'small', true).total).toBe(102225);
		expect(petitionCost(rows, '2026-04-01', 'large', true).total).toBe(103595);
	});

	it('does not charge the payment for a worker already in the US', () => {
		expect(petitionCost(rows, '2026-04-01', 'large', false).total).toBe(3595);
		expect(petitionCost(rows, '2026-04-01', 'large', false).items.map((i) => i.component)).not.toContain(
			'proclamation'
		);
	});

	it('itemises the 2025 large-employer fees with a source for each', () => {
		const cost = petitionCost(rows, '2025-04-01', 'large', false);
		expect(Object.fromEntries(cost.items.map((i) => [i.component, i.amount]))).toEqual({
			i129: 780,
			acwia: 1500,
			fraud: 500,
			asylum: 600,
			registration: 215
		});
		for (const item of cost.items) expect(item.sources[0].url).toMatch(/^https?:\/\//);
	});

	it('marks fees whose start date is inferred as inferred', () => {
		const cost = petitionCost(rows, '1999-04-01', 'large', false);
		expect(cost.items.find((i) => i.component === 'i129')?.confidence).toBe('inferred');
	});

	it('throws when two amounts of one fee overlap in time', () => {
		const overlapping: FeeComponentRow[] = [
			...rows,
			{ ...rows.find((r) => r.component === 'fraud')!, amount_usd: 600, effective_from: '2020-01-01' }
		];
		expect(() => petitionCost(overlapping, '2021-04-01', 'large', false)).toThrow(/two "fraud" fees/);
	});
});
