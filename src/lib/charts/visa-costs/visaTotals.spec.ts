import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visaCostsData } from './data';
import { parseCsv } from '$lib/data/parse';
import { VisaCostRow, VisaTotalRow } from '$lib/data/schema';

const csv = readFileSync(new URL('../../data/raw/visa-costs.csv', import.meta.url), 'utf8');
const totalsCsv = readFileSync(new URL('../../data/raw/visa-cost-totals.csv', import.meta.url), 'utf8');
const rows = parseCsv('visa-costs.csv', csv, VisaCostRow);
const totals = parseCsv('visa-cost-totals.csv', totalsCsv, VisaTotalRow);
const data = visaCostsData(rows, totals);

/**
 * The research's own TOTAL rows, copied by hand from research/visa-costs-compared.csv
 * (amount_usd column): the independent check of how the dataset adds up component rows.
 */
const RESEARCH_TOTALS: Record<string, number> = {
	'uk-large': 10959.07,
	'uk-small': 7655.22,
	canada: 879.18,
	germany: 202.14,
	'australia-large': 5769.88,
	'australia-small': 4608.16,
	singapore: 425.39,
	japan: 19.13,
	// Like-for-like: the petition fees and payment plus the $205 consular (MRV) visa fee, as every other
	// country's total counts its visa fee (the research's "TOTAL incl. consular visa fee" rows).
	'us-large-abroad': 103800,
	'us-small-abroad': 102430
};

describe('visaCostsData route totals', () => {
	it.each(Object.entries(RESEARCH_TOTALS))('%s matches the research TOTAL row (%d USD)', (route, expected) => {
		const datum = data.datums.find((d) => d.key === route);
		expect(datum).toBeDefined();
		expect(datum!.value).toBe(expected);
	});

	it('adds the $100,000 payment and the $205 consular visa fee only to the routes for a worker abroad', () => {
		const byKey = new Map(data.datums.map((d) => [d.key, d.value]));
		expect(byKey.get('us-large-abroad')! - byKey.get('us-large')!).toBe(100000 + 205);
		expect(byKey.get('us-small-abroad')! - byKey.get('us-small')!).toBe(100000 + 205);
		expect(byKey.get('us-large')).toBeLessThan(10000);
	});

	it('leaves out optional premium processing ($2,965) from the US in-country total', () => {
		expect(data.datums.find((d) => d.key === 'us-large')!.value).toBe(3595);
		expect(data.datums.find((d) => d.key === 'us-small')!.value).toBe(2225);
	});

	it('marks China’s K-visa fee for US citizens as weak: $140 is the ordinary visa fee, no K-visa fee is published', () => {
		const k = data.datums.find((d) => d.key === 'china-k-us')!;
		expect(k.value).toBe(140);
		expect(k.confidence).toBe('weak');
	});

	it('fails loudly when a total disagrees with its parts', () => {
		const wrong = totals.map((t) => (t.route === 'canada' ? { ...t, total_usd: 900 } : t));
		expect(() => visaCostsData(rows, wrong)).toThrow(/canada.*disagrees/);
	});
});
