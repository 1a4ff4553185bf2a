import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visaCostsData } from '$lib/data/datasets';
import { parseCsv } from '$lib/data/parse';
import { VisaCostRow } from '$lib/data/schema';

const csv = readFileSync(new URL('../../data/raw/visa-costs.csv', import.meta.url), 'utf8');
const rows = parseCsv('visa-costs.csv', csv, VisaCostRow);
const data = visaCostsData(rows);

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
	'us-large-abroad': 103595,
	'us-small-abroad': 102225
};

describe('visaCostsData route totals', () => {
	it.each(Object.entries(RESEARCH_TOTALS))('%s matches the research TOTAL row (%d USD)', (route, expected) => {
		const datum = data.datums.find((d) => d.key === route);
		expect(datum).toBeDefined();
		// The research converts each local-currency total in one step; the dataset adds components
		// that were converted (and rounded to the cent) one by one, so each may differ by half a cent.
		const parts = rows.filter((r) => r.route.includes(route)).length;
		expect(Math.abs(datum!.value - expected)).toBeLessThanOrEqual(0.005 * parts + 1e-9);
		expect(Math.round(datum!.value)).toBe(Math.round(expected));
	});

	it('adds the $100,000 payment only to the routes for a worker abroad', () => {
		const byKey = new Map(data.datums.map((d) => [d.key, d.value]));
		expect(byKey.get('us-large-abroad')! - byKey.get('us-large')!).toBe(100000);
		expect(byKey.get('us-small-abroad')! - byKey.get('us-small')!).toBe(100000);
		expect(byKey.get('us-large')).toBeLessThan(10000);
	});

	it('leaves out optional premium processing ($2,965) from the US in-country total', () => {
		expect(data.datums.find((d) => d.key === 'us-large')!.value).toBe(3595);
		expect(data.datums.find((d) => d.key === 'us-small')!.value).toBe(2225);
	});
});
